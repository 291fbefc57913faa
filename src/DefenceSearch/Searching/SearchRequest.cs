using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DefenceSearch.Searching;

/// <summary>
/// One search, the one request type of the library, the site and the command line: the typed query, the facet
/// selections (OR within a dimension, AND across), the date range, sort and page. <see cref="Read"/> takes it from
/// URL or command-line values leniently (a bad value is dropped or brought into range, never an error), and
/// <see cref="Pairs"/> writes it back, so links carry exactly what is searched. <see cref="Clamped"/> brings it into
/// range once, as every search does.
/// </summary>
public sealed record SearchRequest
{
    /// <summary>The most results a page shows.</summary>
    public const int MaxSize = 100;

    /// <summary>The highest page number read (pages are also bounded by <see cref="ArticleIndex.MaxDepth"/>).</summary>
    public const int MaxPage = 1000;

    /// <summary>Results a page when none is asked for.</summary>
    public const int DefaultSize = 10;

    /// <summary>Queries are cut at a word before this many characters (<see cref="QueryParser.MaxLength"/>), with a notice.</summary>
    public const int MaxQueryLength = QueryParser.MaxLength;

    /// <summary>A filter value, date or list-filter text is cut to this many characters when read.</summary>
    public const int MaxValueLength = 100;

    /// <summary>At most this many values of one dimension are read.</summary>
    public const int MaxValuesPerDimension = 20;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();
    private static readonly IReadOnlyDictionary<string, string> NoListFilters = new Dictionary<string, string>();

    /// <summary>No query, no filter: every article, newest first. (After the empty collections: statics initialise in order.)</summary>
    public static readonly SearchRequest Empty = new();

    /// <summary>The typed query ("" to browse; null is read as "").</summary>
    [AllowNull]
    public string Query { get; init => field = value ?? ""; } = "";

    /// <summary>True when <see cref="Query"/> was cut to <see cref="MaxQueryLength"/>; the response then says so.</summary>
    public bool QueryCut { get; init; }

    /// <summary>The selected values of each dimension, by <see cref="FacetDimension.Name"/>; a dimension not in it has none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = NoFilters;

    /// <summary>The first day of a publication date range: "2016", "2016-06" or "2016-06-15" (see <see cref="DateRange"/>).</summary>
    public string? From { get; init; }

    /// <summary>The last day of the range, at any of the same precisions. With either end set, undated articles are left out.</summary>
    public string? To { get; init; }

    /// <summary>The date range <see cref="From"/> and <see cref="To"/> give, or null when neither reads as a date.</summary>
    public DateRange? Range => DateRange.Parse(From, To);

    /// <summary>Relevance (the default with a query) or date, newest first (always without a query).</summary>
    public SortOrder Sort { get; init; } = SortOrder.Relevance;

    /// <summary>The page, from 1. A page past the last is answered with the last.</summary>
    public int Page { get; init; } = 1;

    /// <summary>Results a page, 1 to <see cref="MaxSize"/>.</summary>
    public int Size { get; init; } = DefaultSize;

    /// <summary>"vi" (default) or "en": the language of facet labels and notices' data.</summary>
    public string Lang { get; init; } = "vi";

    /// <summary>
    /// Show the second tier instead of the first: the articles that hold every word but never together (see <see
    /// cref="WordsTogether"/>), those that hold a named country's or minister's words without being tagged with it, or,
    /// for a keyword query that fewer than <see cref="ArticleIndex.MinAllWordsArticles"/> articles hold whole, those that
    /// miss one of its words.
    /// </summary>
    public bool Apart { get; init; }

    /// <summary>Whether to build what a page shows beside the hits: snippets and the did-you-mean (exports and counts need neither).</summary>
    public bool Snippets { get; init; } = true;

    /// <summary>
    /// When a saved search was last opened (Unix seconds, <c>since</c>): the site lists the articles indexed after it
    /// first and marks them new. Not part of what is searched, saved or exported.
    /// </summary>
    public long? Since { get; init; }

    /// <summary>
    /// The text typed in the site's filter-as-you-type boxes, by dimension name (the URL parameter is the dimension's
    /// <see cref="FacetDimension.ListFilterParameter"/>): it narrows the shown list only, never the search.
    /// </summary>
    public IReadOnlyDictionary<string, string> ListFilters { get; init; } = NoListFilters;

    /// <summary>True with either end of a date range.</summary>
    public bool HasRange => From is not null || To is not null;

    /// <summary>True when a value is ticked or a date range set.</summary>
    public bool HasFilters => SelectedCount > 0 || HasRange;

    /// <summary>How many filters are set: each ticked value, and the date range as one.</summary>
    public int ActiveFilterCount => SelectedCount + (HasRange ? 1 : 0);

    /// <summary>No query and no filter.</summary>
    public bool IsEmpty => Query.Length == 0 && !HasFilters;

    private int SelectedCount => Filters.Values.Sum(v => v.Count);

    /// <summary>The highest page <paramref name="size"/> allows: pages end at <see cref="ArticleIndex.MaxDepth"/> results.</summary>
    public static int LastPage(int size) => Math.Max(1, Math.Min(MaxPage, ArticleIndex.MaxDepth / Math.Max(1, size)));

    /// <summary>
    /// The same request brought into range, as every search does once: the query cut (<see cref="QueryCut"/>), page and
    /// size clamped, the date range read, the language "vi" or "en".
    /// </summary>
    public SearchRequest Clamped()
    {
        var size = Math.Clamp(Size, 1, MaxSize);
        var query = QueryParser.Cut(Query, out var cut);
        return this with
        {
            Query = query,
            QueryCut = QueryCut || cut,
            From = Range?.From,
            To = Range?.To,
            Page = Math.Clamp(Page, 1, LastPage(size)),
            Size = size,
            Lang = Lang == "en" ? "en" : "vi",
        };
    }

    /// <summary>
    /// A request from URL or command-line values (<c>q</c>, each dimension's name, <c>from</c>, <c>to</c>,
    /// <c>sort</c>, <c>apart</c>, <c>page</c>, <c>size</c>, <c>since</c>, the list-filter parameters), read leniently
    /// and clamped.
    /// </summary>
    /// <param name="get">The values of a parameter (none when absent).</param>
    public static SearchRequest Read(Func<string, IReadOnlyList<string?>> get)
    {
        string? First(string key) => get(key) is { Count: > 0 } values ? values[0] : null;
        var size = Number(First("size"), DefaultSize, 1, MaxSize);
        var range = DateRange.Parse(Clean(First("from")), Clean(First("to")));
        return new SearchRequest
        {
            Query = First("q"),
            Filters = FacetDimensions.All
                .Select(d => (d.Name, Values: Values(get(d.Name))))
                .Where(f => f.Values.Count > 0)
                .ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal),
            From = range?.From,
            To = range?.To,
            Sort = string.Equals(First("sort"), "date", StringComparison.OrdinalIgnoreCase) ? SortOrder.Date : SortOrder.Relevance,
            Apart = First("apart") is "1" or "true",
            Page = Number(First("page"), 1, 1, LastPage(size)),
            Size = size,
            Since = long.TryParse(First("since"), NumberStyles.None, CultureInfo.InvariantCulture, out var since) && since < 100_000_000_000 ? since : null,
            ListFilters = FacetDimensions.All
                .Where(d => d.ListFilterParameter is not null)
                .Select(d => (d.Name, Text: Clean(First(d.ListFilterParameter!))))
                .Where(f => f.Text.Length > 0)
                .ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal),
        }.Clamped();
    }

    /// <summary>The URL parameters in a stable order; <paramref name="withPage"/> false drops the page and what only the page shows (saved searches, exports).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Pairs(bool withPage = true)
    {
        if (Query.Length > 0) yield return new("q", Query);
        foreach (var dimension in FacetDimensions.All)
            foreach (var value in Selected(dimension.Name))
                yield return new(dimension.Name, value);
        if (From is not null) yield return new("from", From);
        if (To is not null) yield return new("to", To);
        if (Sort == SortOrder.Date) yield return new("sort", "date");
        if (Apart) yield return new("apart", "1");
        if (Size != DefaultSize) yield return new("size", Size.ToString(CultureInfo.InvariantCulture));
        if (!withPage) yield break;
        if (Since is { } seen) yield return new("since", seen.ToString(CultureInfo.InvariantCulture));
        foreach (var dimension in FacetDimensions.All)
            if (dimension.ListFilterParameter is { } parameter && ListFilter(dimension.Name) is { Length: > 0 } typed)
                yield return new(parameter, typed);
        if (Page > 1) yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The values selected in a dimension (none for an unknown name).</summary>
    public IReadOnlyList<string> Selected(string dimension) => Filters.TryGetValue(dimension, out var values) ? values : [];

    /// <summary>Whether a value is selected in a dimension.</summary>
    public bool IsSelected(string dimension, string key) => Selected(dimension).Contains(key, StringComparer.Ordinal);

    /// <summary>The text typed in a dimension's list filter box ("" when none).</summary>
    public string ListFilter(string dimension) => ListFilters.GetValueOrDefault(dimension, "");

    /// <summary>The same request with <paramref name="values"/> as a dimension's selection (none: the dimension is unfiltered).</summary>
    public SearchRequest WithSelected(string dimension, IReadOnlyList<string> values)
    {
        if (FacetDimensions.Find(dimension) is null) return this;
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.Ordinal);
        if (values.Count == 0) filters.Remove(dimension);
        else filters[dimension] = values;
        return this with { Filters = filters };
    }

    /// <summary>The same search with one more filter value, from page 1.</summary>
    public SearchRequest With(string dimension, string key) =>
        IsSelected(dimension, key) ? this with { Page = 1 } : WithSelected(dimension, [.. Selected(dimension), key]) with { Page = 1 };

    /// <summary>The same search without one filter value, from page 1.</summary>
    public SearchRequest Without(string dimension, string key) =>
        WithSelected(dimension, Selected(dimension).Where(v => v != key).ToList()) with { Page = 1 };

    /// <summary>Only the filter value given, nothing else selected in its dimension (a chip on a result), from page 1.</summary>
    public SearchRequest Only(string dimension, string key) => WithSelected(dimension, [key]) with { Page = 1 };

    /// <summary>The same search without any filter, range or list-filter text, from page 1.</summary>
    public SearchRequest WithoutFilters() => this with { Filters = NoFilters, From = null, To = null, Page = 1, ListFilters = NoListFilters };

    /// <summary>The same search with nothing typed in the list filter boxes.</summary>
    public SearchRequest WithoutListFilters() => this with { ListFilters = NoListFilters };

    /// <summary>The same search over a date range instead of any ticked years or range, from page 1.</summary>
    public SearchRequest WithRange(string? from, string? to)
    {
        var range = DateRange.Parse(from, to);
        return WithSelected(FacetDimensions.Year.Name, []) with { From = range?.From, To = range?.To, Page = 1 };
    }

    /// <summary>The same search without its date range, from page 1.</summary>
    public SearchRequest WithoutRange() => this with { From = null, To = null, Page = 1 };

    /// <summary>The same search on another page.</summary>
    public SearchRequest WithPage(int page) => this with { Page = page };

    /// <summary>The same search sorted by date (newest first) or relevance, from page 1.</summary>
    public SearchRequest WithSort(bool byDate) => this with { Sort = byDate ? SortOrder.Date : SortOrder.Relevance, Page = 1 };

    /// <summary>Another query with the same filters, from page 1, words together.</summary>
    public SearchRequest WithQuery(string query) => this with { Query = query, QueryCut = false, Page = 1, Apart = false };

    /// <summary>The same search showing the other tier (words apart, or back to words together), from page 1.</summary>
    public SearchRequest WithApart(bool apart) => this with { Apart = apart, Page = 1 };

    private static IReadOnlyList<string> Values(IReadOnlyList<string?> values) => values
        .Select(Clean)
        .Where(v => v.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .Take(MaxValuesPerDimension)
        .ToList();

    private static int Number(string? value, int fallback, int min, int max) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, min, max) : fallback;

    private static string Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Length > MaxValueLength ? value[..MaxValueLength] : value;
        if (text.Any(char.IsControl)) text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        if (text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        return text.Trim();
    }
}
