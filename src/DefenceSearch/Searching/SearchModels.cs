using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceSearch.Searching;

public enum SortOrder
{
    Relevance,
    Date,
}

public sealed record FacetValue(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("count")] int Count);

public sealed record SearchHit
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    [JsonPropertyName("title")] public required string Title { get; init; }
    [JsonPropertyName("date")] public string? Date { get; init; }
    [JsonPropertyName("year")] public int? Year { get; init; }

    /// <summary>How much of <see cref="Date"/> is known: "day", "month", "year"; null when the article is undated.</summary>
    [JsonPropertyName("datePrecision")] public string? DatePrecision { get; init; }

    /// <summary>Where the date was read: "metadata", "dateline", "lead" or "text"; null when undated.</summary>
    [JsonPropertyName("dateEvidence")] public string? DateEvidence { get; init; }

    /// <summary>The short text the date was read from ("Sáng 27/6").</summary>
    [JsonPropertyName("dateSpan")] public string? DateSpan { get; init; }

    /// <summary>When the article entered the index (UTC).</summary>
    [JsonPropertyName("indexed")] public DateTimeOffset? Indexed { get; init; }
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("source")] public string? Source { get; init; }
    [JsonPropertyName("score")] public float Score { get; init; }
    /// <summary>Passages around the matches, with the matched words marked (in JSON: HTML-encoded, marks in &lt;mark&gt;).</summary>
    [JsonPropertyName("snippet")] public Snippet Snippet { get; init; } = Snippet.Empty;
    [JsonPropertyName("countries")] public IReadOnlyList<string> Countries { get; init; } = [];
    [JsonPropertyName("ministers")] public IReadOnlyList<string> Ministers { get; init; } = [];
    [JsonPropertyName("areas")] public IReadOnlyList<string> Areas { get; init; } = [];
}

/// <summary>The answer to a search: the JSON shape shared by the command line and the site's API.</summary>
public sealed record SearchResponse
{
    [JsonPropertyName("query")] public string Query { get; init; } = "";
    [JsonPropertyName("total")] public int Total { get; init; }
    [JsonPropertyName("tookMs")] public double TookMs { get; init; }

    /// <summary>Answered from the site's cache of recent searches over this same version of the index.</summary>
    [JsonPropertyName("cached")] public bool Cached { get; init; }
    [JsonPropertyName("page")] public int Page { get; init; } = 1;
    [JsonPropertyName("size")] public int Size { get; init; } = 10;
    [JsonPropertyName("hits")] public IReadOnlyList<SearchHit> Hits { get; init; } = [];
    [JsonPropertyName("facets")] public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    /// <summary>
    /// With a date range (<see cref="SearchRequest.From"/>–<see cref="SearchRequest.To"/>): each month of the range
    /// ("2016-06") and how many of the results were published in it, oldest first (articles dated only by
    /// their year are counted in no month). Empty without a range or with an open end.
    /// </summary>
    [JsonPropertyName("months")] public IReadOnlyList<FacetValue> Months { get; init; } = [];
    [JsonPropertyName("notice")] public string? Notice { get; init; }
    [JsonPropertyName("suggestion")] public string? Suggestion { get; init; }

    /// <summary>
    /// Which articles the total and the facets describe: "together" (the typed words stand together in every one;
    /// <see cref="OtherTierTotal"/> more hold them apart), "apart" (the second tier, asked for), or null (all words,
    /// anywhere: the query is one word, or its words never stand together).
    /// </summary>
    [JsonPropertyName("tier")] public string? Tier { get; init; }

    /// <summary>With tier "together": how many more articles hold every word, apart. With tier "apart": how many hold them together.</summary>
    [JsonPropertyName("otherTierTotal")] public int OtherTierTotal { get; init; }

    /// <summary>How the articles spell a query typed without diacritics, where its words stand together, commonest first.</summary>
    [JsonPropertyName("readings")] public IReadOnlyList<Reading> Readings { get; init; } = [];

    /// <summary>How many stored articles were read to find <see cref="Readings"/> (bounded by <see cref="WordsTogether.MaxArticlesRead"/>).</summary>
    [JsonIgnore] public int ReadingsArticlesRead { get; init; }
    /// <summary>The bounded work this search did (terms its prefixes expanded to, matches collected, stopped by the clock).</summary>
    [JsonPropertyName("work")] public SearchWork Work { get; init; } = SearchWork.None;

    /// <summary>Why the query was reinterpreted, for the site to word in its own language.</summary>
    [JsonIgnore] public IReadOnlyList<QueryNotice> Notices { get; init; } = [];

    /// <summary>True when no article had every word and the results hold any of them.</summary>
    [JsonIgnore] public bool AnyWord { get; init; }

    /// <summary>The words to highlight on an article page reached from these results.</summary>
    [JsonIgnore] public HighlightTerms Highlight { get; init; } = HighlightTerms.Empty;

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>One stored article with its facet values, for the article page.</summary>
public sealed record ArticleView
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }
    public string? Markdown { get; init; }
    public string? Date { get; init; }
    public int? Year { get; init; }

    /// <summary>"day", "month" or "year"; null when undated.</summary>
    public string? DatePrecision { get; init; }

    /// <summary>"metadata", "dateline", "lead" or "text"; null when undated.</summary>
    public string? DateEvidence { get; init; }

    /// <summary>The short text the date was read from.</summary>
    public string? DateSpan { get; init; }
    public string? Url { get; init; }
    public string? Source { get; init; }
    public IReadOnlyList<FacetValue> Countries { get; init; } = [];
    public IReadOnlyList<FacetValue> Ministers { get; init; } = [];
    public IReadOnlyList<FacetValue> Areas { get; init; } = [];
}
