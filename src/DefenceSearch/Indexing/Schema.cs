namespace DefenceSearch.Indexing;

/// <summary>The index schema. Bump <see cref="SchemaVersion"/> whenever analysis or extraction changes: the next run rebuilds.</summary>
public static class Schema
{
    public const int SchemaVersion = 11;
    public const string SchemaKey = "defencesearch.schema";

    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";
    public const string TitleBigrams = "title_bi";
    public const string Markdown = "markdown";
    public const string Url = "url";
    public const string Source = "source";
    public const string Date = "date";
    public const string DateSort = "date_sort";

    /// <summary>How much of <see cref="Date"/> is known: "day", "month" or "year".</summary>
    public const string DatePrecision = "date_precision";

    /// <summary>Where the date was read: "metadata", "dateline", "lead" or "text".</summary>
    public const string DateEvidence = "date_evidence";

    /// <summary>The short text the date was read from ("Sáng 27/6", "# date").</summary>
    public const string DateSpan = "date_span";

    /// <summary>The <see cref="Year"/> and <see cref="FacetYear"/> value of an article whose date the text does not tell.</summary>
    public const string UnknownYear = "unknown";
    public const string Year = "year";
    public const string Country = "country";
    public const string Minister = "minister";
    public const string MinisterName = "minister_name";
    public const string Area = "area";
    public const string Signature = "sig";

    /// <summary>When the article first entered the index (Unix seconds): "new since you last looked".</summary>
    public const string Added = "added";

    /// <summary>Facet doc values, one per dimension; <see cref="MinisterLabels"/> holds "key\u001Fname" for labels.</summary>
    public const string FacetCountry = "f_country";
    public const string FacetMinister = "f_minister";
    public const string FacetYear = "f_year";
    public const string FacetArea = "f_area";
    public const string MinisterLabels = "l_minister";
}
