namespace DefenceSearch.Indexing;

/// <summary>The index schema. Bump <see cref="SchemaVersion"/> whenever analysis or extraction changes: the next run rebuilds.</summary>
public static class Schema
{
    /// <summary>The version of what is stored and how it is analysed; an index of another version is rebuilt.</summary>
    public const int SchemaVersion = 38;
    /// <summary>The commit user-data key that holds <see cref="SchemaVersion"/>.</summary>
    public const string SchemaKey = "defencesearch.schema";

    /// <summary>The article id (archive path without extension): stored, one term.</summary>
    public const string Id = "id";
    /// <summary>The title, analysed for search and stored.</summary>
    public const string Title = "title";
    /// <summary>
    /// For an article without a title only: the first sentence of its lead, stored (not searched) and shown in place of
    /// a headline, marked as the article's first sentence (<see cref="Documents.UrlHeadline.FromLead"/>).
    /// </summary>
    public const string LeadHeadline = "lead_headline";
    /// <summary>The cleaned body text, analysed for search and stored.</summary>
    public const string Body = "body";
    /// <summary>Adjacent title words joined, so that a phrase in the title ranks higher.</summary>
    public const string TitleBigrams = "title_bi";
    /// <summary>The article as Markdown, stored for the article page and exports.</summary>
    public const string Markdown = "markdown";
    /// <summary>The source address, stored when the article has one.</summary>
    public const string Url = "url";
    /// <summary>The archive or feed the article came from.</summary>
    public const string Source = "source";
    /// <summary>The publication date at its precision ("2017-06-27", "2017-06", "2017"), stored.</summary>
    public const string Date = "date";
    /// <summary>The publication date as a number for sorting and ranges.</summary>
    public const string DateSort = "date_sort";

    /// <summary>How much of <see cref="Date"/> is known: "day", "month" or "year".</summary>
    public const string DatePrecision = "date_precision";

    /// <summary>Where the date was read: "metadata", "dateline", "lead" or "text".</summary>
    public const string DateEvidence = "date_evidence";

    /// <summary>The short text the date was read from ("Sáng 27/6", "# date").</summary>
    public const string DateSpan = "date_span";

    /// <summary>
    /// Per cooperation area found in the text, the phrases that made it: the area's key, a tab and the phrases joined by " | "
    /// (stored for the article page only; session 19).
    /// </summary>
    public const string AreaPhrases = "area_phrases";

    /// <summary>
    /// The day and month an undated article's lead states with no year, with its span ("--06-27", a unit separator,
    /// "Sáng 27/6"; <see cref="Extraction.LeadDay.Stored"/>): stored for display only, never a date.
    /// </summary>
    public const string LeadDay = "lead_day";

    /// <summary>The <see cref="Year"/> and <see cref="FacetYear"/> value of an article whose date the text does not tell.</summary>
    public const string UnknownYear = "unknown";
    /// <summary>The publication year, or <see cref="UnknownYear"/>, as a searchable term.</summary>
    public const string Year = "year";
    /// <summary>A country key (ISO) the article is about, one term each.</summary>
    public const string Country = "country";
    /// <summary>A defence minister's key the article names, one term each.</summary>
    public const string Minister = "minister";
    /// <summary>A minister's display name, stored beside <see cref="Minister"/>.</summary>
    public const string MinisterName = "minister_name";
    /// <summary>A cooperation-area key the article is substantially about, one term each.</summary>
    public const string Area = "area";
    /// <summary>The content signature that tells a changed article from an unchanged one on re-indexing.</summary>
    public const string Signature = "sig";

    /// <summary>When the article first entered the index (Unix seconds): "new since you last looked".</summary>
    public const string Added = "added";

    /// <summary>Facet doc values of the countries (one doc-values field per facet dimension).</summary>
    public const string FacetCountry = "f_country";
    /// <summary>Facet doc values of the ministers.</summary>
    public const string FacetMinister = "f_minister";
    /// <summary>Facet doc values of the years (and <see cref="UnknownYear"/>).</summary>
    public const string FacetYear = "f_year";
    /// <summary>Facet doc values of the cooperation areas.</summary>
    public const string FacetArea = "f_area";
    /// <summary>Doc values of "key\u001Fname" pairs, for the minister facet's labels.</summary>
    public const string MinisterLabels = "l_minister";
}
