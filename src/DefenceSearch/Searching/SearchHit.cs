using System.Text.Json.Serialization;

namespace DefenceSearch.Searching;

/// <summary>One result: the article's fields, its score, its snippet and its facet values by key (the API's <c>hits</c>).</summary>
public sealed record SearchHit
{
    /// <summary>The article's id (its file name without extension, or the corpus's doc_id).</summary>
    [JsonPropertyName("id")] public required string Id { get; init; }

    /// <summary>The headline as shown.</summary>
    [JsonPropertyName("title")] public required string Title { get; init; }

    /// <summary>
    /// Whether the article has no headline and <see cref="Title"/> is the first sentence of its lead (shown marked as such).
    /// </summary>
    [JsonPropertyName("titleFromLead")] public bool TitleFromLead { get; init; }

    /// <summary>The publication date at its precision ("2018-11-15", "2018-11", "2018"), or null when undated.</summary>
    [JsonPropertyName("date")] public string? Date { get; init; }

    /// <summary>The publication year, or null when undated.</summary>
    [JsonPropertyName("year")] public int? Year { get; init; }

    /// <summary>How much of <see cref="Date"/> is known: "day", "month", "year"; null when the article is undated.</summary>
    [JsonPropertyName("datePrecision")] public string? DatePrecision { get; init; }

    /// <summary>Where the date was read: "metadata", "dateline", "lead" or "text"; null when undated.</summary>
    [JsonPropertyName("dateEvidence")] public string? DateEvidence { get; init; }

    /// <summary>The short text the date was read from ("Sáng 27/6").</summary>
    [JsonPropertyName("dateSpan")] public string? DateSpan { get; init; }

    /// <summary>
    /// For an undated article, the day and month its lead states with no year ("Sáng 27/6": <c>{"value":"--06-27",
    /// "month":6,"day":27,"span":"Sáng 27/6"}</c>); shown only, never a date. Null otherwise.
    /// </summary>
    [JsonPropertyName("leadDay")] public Extraction.LeadDay? LeadDay { get; init; }

    /// <summary>When the article entered the index (UTC).</summary>
    [JsonPropertyName("indexed")] public DateTimeOffset? Indexed { get; init; }

    /// <summary>The original article's address, when known.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }

    /// <summary>The newspaper or agency, when known.</summary>
    [JsonPropertyName("source")] public string? Source { get; init; }

    /// <summary>The relevance score (rounded to 3 places); below zero for articles that miss one of the words.</summary>
    [JsonPropertyName("score")] public float Score { get; init; }
    /// <summary>Passages around the matches, with the matched words marked (in JSON: HTML-encoded, marks in &lt;mark&gt;).</summary>
    [JsonPropertyName("snippet")] public Snippet Snippet { get; init; } = Snippet.Empty;

    /// <summary>The countries the article is about, by key.</summary>
    [JsonPropertyName("countries")] public IReadOnlyList<string> Countries { get; init; } = [];

    /// <summary>The defence ministers named in office, by key.</summary>
    [JsonPropertyName("ministers")] public IReadOnlyList<string> Ministers { get; init; } = [];

    /// <summary>The cooperation areas, by key.</summary>
    [JsonPropertyName("areas")] public IReadOnlyList<string> Areas { get; init; } = [];
}
