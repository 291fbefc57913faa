namespace DefenceSearch.Extraction;

/// <summary>How much of a publication date is known.</summary>
public enum DatePrecision
{
    /// <summary>Only the year is known ("năm nay (2017)").</summary>
    Year,
    /// <summary>The month and year are known.</summary>
    Month,
    /// <summary>The day is known ("Sáng 27/6/2017").</summary>
    Day,
}
