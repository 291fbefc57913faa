using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceSearch.Searching;

/// <summary>The answer to a search: the JSON shape shared by the command line and the site's API.</summary>
public sealed record SearchResponse
{
    /// <summary>The query as searched (cleaned and cut: see <see cref="SearchRequest.Clamped"/>).</summary>
    [JsonPropertyName("query")] public string Query { get; init; } = "";

    /// <summary>How many articles match (the facet counts describe the same set).</summary>
    [JsonPropertyName("total")] public int Total { get; init; }

    /// <summary>How long the search took, in milliseconds.</summary>
    [JsonPropertyName("tookMs")] public double TookMs { get; init; }

    /// <summary>Answered from the site's cache of recent searches over this same version of the index.</summary>
    [JsonPropertyName("cached")] public bool Cached { get; init; }

    /// <summary>The page shown (the last one when a page past it was asked for).</summary>
    [JsonPropertyName("page")] public int Page { get; init; } = 1;

    /// <summary>Results a page.</summary>
    [JsonPropertyName("size")] public int Size { get; init; } = 10;

    /// <summary>The page's results, best first (newest first when sorted by date).</summary>
    [JsonPropertyName("hits")] public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>Each dimension's values with their counts, by <see cref="FacetDimension.Name"/>, in <see cref="FacetDimensions.All"/>'s order.</summary>
    [JsonPropertyName("facets")] public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
    /// <summary>
    /// With a date range (<see cref="SearchRequest.From"/>–<see cref="SearchRequest.To"/>): each month of the range
    /// ("2016-06") and how many of the results were published in it, oldest first (articles dated only by
    /// their year are counted in no month). Empty without a range or with an open end.
    /// </summary>
    [JsonPropertyName("months")] public IReadOnlyList<FacetValue> Months { get; init; } = [];

    /// <summary>The notices in words, for the JSON (set by the caller that words them: the site's API and the command line write English); null from the library.</summary>
    [JsonPropertyName("notice")] public string? Notice { get; init; }

    /// <summary>A did-you-mean spelling when nothing matched, or null.</summary>
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

    /// <summary>How many stored articles were read to find <see cref="Readings"/> (bounded by <see cref="WordsTogether.MaxArticlesRead"/>, for a query of four words or more by <see cref="LongReadings.MaxArticlesRead"/>).</summary>
    [JsonIgnore] public int ReadingsArticlesRead { get; init; }
    /// <summary>The bounded work this search did (terms its prefixes expanded to, matches collected, stopped by the clock).</summary>
    [JsonPropertyName("work")] public SearchWork Work { get; init; } = SearchWork.None;

    /// <summary>Why the query was reinterpreted, for the site to word in its own language.</summary>
    [JsonIgnore] public IReadOnlyList<QueryNotice> Notices { get; init; } = [];

    /// <summary>True when no article had every word and the results hold any of them.</summary>
    [JsonIgnore] public bool AnyWord { get; init; }

    /// <summary>The words to highlight on an article page reached from these results.</summary>
    [JsonIgnore] public HighlightTerms Highlight { get; init; } = HighlightTerms.Empty;

    /// <summary>How the API and <c>--json</c> write a response: every member, non-ASCII text as is.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The response as the API and <c>--json</c> write it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
