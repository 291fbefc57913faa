namespace DefenceSearch.Extraction;

/// <summary>Where a publication date was read.</summary>
public enum DateEvidenceKind
{
    /// <summary>Stated by the source: front matter, header line.</summary>
    Metadata,
    /// <summary>A dateline or time stamp near the title ("Thứ Hai, 25/06/2018 10:32", "Hà Nội, ngày 15/3/2017").</summary>
    Dateline,
    /// <summary>The day the lead reports as its own ("Sáng 27/6, …", "hôm nay (12/7)").</summary>
    Lead,
    /// <summary>The year the text treats as its own ("năm nay (2017)", "năm ngoái (2016)"), no day.</summary>
    Text,
}
