namespace DefenceSearch.Searching;

/// <summary>One stored article with its facet values, for the article page.</summary>
public sealed record ArticleView
{
    /// <summary>The article's id.</summary>
    public required string Id { get; init; }

    /// <summary>The headline as shown.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the article has no headline and <see cref="Title"/> is the first sentence of its lead.</summary>
    public bool TitleFromLead { get; init; }

    /// <summary>The body's paragraphs as stored text.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The Markdown source of an article read from Markdown (the page renders it), or null.</summary>
    public string? Markdown { get; init; }

    /// <summary>The publication date at its precision, or null when undated.</summary>
    public string? Date { get; init; }

    /// <summary>The publication year, or null when undated.</summary>
    public int? Year { get; init; }

    /// <summary>"day", "month" or "year"; null when undated.</summary>
    public string? DatePrecision { get; init; }

    /// <summary>"metadata", "dateline", "lead" or "text"; null when undated.</summary>
    public string? DateEvidence { get; init; }

    /// <summary>The short text the date was read from.</summary>
    public string? DateSpan { get; init; }

    /// <summary>For an undated article, the day and month its lead states with no year; shown only, never a date.</summary>
    public Extraction.LeadDay? LeadDay { get; init; }

    /// <summary>The original article's address, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The newspaper or agency, when known.</summary>
    public string? Source { get; init; }

    /// <summary>The countries the article is about, labelled.</summary>
    public IReadOnlyList<FacetValue> Countries { get; init; } = [];

    /// <summary>The defence ministers named in office, labelled.</summary>
    public IReadOnlyList<FacetValue> Ministers { get; init; } = [];

    /// <summary>The cooperation areas, labelled.</summary>
    public IReadOnlyList<FacetValue> Areas { get; init; } = [];

    /// <summary>Per area key, the phrases of the text that made the area (none for areas from the article's metadata).</summary>
    public IReadOnlyDictionary<string, string> AreaPhrases { get; init; } = new Dictionary<string, string>();
}
