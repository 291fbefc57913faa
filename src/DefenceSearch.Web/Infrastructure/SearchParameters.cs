using System.Globalization;
using DefenceSearch.Searching;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>
/// The whole state of a search as it stands in the URL (<c>?q=…&amp;country=BY&amp;year=2018&amp;sort=date&amp;page=2</c>):
/// read leniently (a bad value is dropped or brought into range, never an error) and written back as links.
/// </summary>
public sealed record SearchParameters
{
    public const int DefaultSize = 10;

    /// <summary>
    /// The library's one limit: the query is cut here, once, as the library would cut it, so links (pager,
    /// facets, sort, exports) never carry more than is searched; the page still says it was cut.
    /// </summary>
    public const int MaxQueryLength = QueryParser.MaxLength;

    public const int MaxValueLength = 100;
    public const int MaxValuesPerDimension = 20;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoFilters = new Dictionary<string, IReadOnlyList<string>>();
    private static readonly IReadOnlyDictionary<string, string> NoListFilters = new Dictionary<string, string>();

    // After the empty collections above: static fields are initialised in order.
    public static readonly SearchParameters Empty = new();


    public string Query { get; init; } = "";

    /// <summary>True when words beyond <see cref="MaxQueryLength"/> were cut off here, before the library saw the query.</summary>
    public bool QueryCut { get; init; }

    /// <summary>The ticked values of each facet dimension, by <see cref="FacetDimension.Name"/> (<c>country=BY</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = NoFilters;
    public bool SortByDate { get; init; }

    /// <summary>The publication date range (<c>from=2016-06&amp;to=2017-12</c>; a year, month or day at either end), as the library reads it.</summary>
    public string? DateFrom { get; init; }
    public string? DateTo { get; init; }

    public bool HasRange => DateFrom is not null || DateTo is not null;

    public DateRange? Range => DateRange.Parse(DateFrom, DateTo);

    /// <summary>The second tier: articles with every word, but never together (<c>apart=1</c>).</summary>
    public bool Apart { get; init; }
    public int Page { get; init; } = 1;
    public int Size { get; init; } = DefaultSize;

    /// <summary>
    /// When a saved search was last opened (Unix seconds, <c>since</c>): the articles indexed after it are shown first
    /// and marked new. Set by opening a saved search; not part of what is saved or exported.
    /// </summary>
    public long? Since { get; init; }

    /// <summary>
    /// The text typed in the long facets' filter-as-you-type boxes, by dimension name (its URL parameter is the
    /// dimension's <see cref="FacetDimension.ListFilterParameter"/>, <c>cq</c>): it narrows that list only.
    /// </summary>
    public IReadOnlyDictionary<string, string> ListFilters { get; init; } = NoListFilters;

    /// <summary>The text typed in a facet's filter box ("" when none, or for a facet without one).</summary>
    public string ListFilter(string dimension) => ListFilters.GetValueOrDefault(dimension, "");

    /// <summary>The same search with nothing typed in the list filter boxes.</summary>
    public SearchParameters WithoutListFilters() => this with { ListFilters = NoListFilters };

    public bool HasFilters => SelectedCount > 0 || HasRange;

    /// <summary>How many filters are set: each ticked value, and the date range as one.</summary>
    public int ActiveFilterCount => SelectedCount + (HasRange ? 1 : 0);

    private int SelectedCount => Filters.Values.Sum(v => v.Count);

    public bool IsEmpty => Query.Length == 0 && !HasFilters;

    public static SearchParameters From(IQueryCollection query) =>
        From(query.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));

    public static SearchParameters FromQueryString(string? queryString) =>
        From(QueryHelpers.ParseQuery(queryString is null || queryString.StartsWith('?') ? queryString : "?" + queryString));

    public static SearchParameters From(IDictionary<string, StringValues> query)
    {
        StringValues Get(string key) => query.TryGetValue(key, out var v) ? v : StringValues.Empty;
        var size = Number(Get("size"), DefaultSize, 1, SearchRequest.MaxSize);
        var maxPage = Math.Max(1, Math.Min(SearchRequest.MaxPage, ArticleIndex.MaxDepth / size));
        var q = QueryParser.Cut(Get("q").FirstOrDefault(), out var cut);
        var range = DateRange.Parse(Clean(Get("from").FirstOrDefault(), MaxValueLength), Clean(Get("to").FirstOrDefault(), MaxValueLength));
        return new SearchParameters
        {
            Query = q,
            QueryCut = cut,
            Filters = FacetDimensions.All
                .Select(d => (d.Name, Values: Values(Get(d.Name))))
                .Where(f => f.Values.Count > 0)
                .ToDictionary(f => f.Name, f => f.Values, StringComparer.Ordinal),
            DateFrom = range?.From,
            DateTo = range?.To,
            SortByDate = string.Equals(Get("sort").FirstOrDefault(), "date", StringComparison.OrdinalIgnoreCase),
            Apart = Get("apart").FirstOrDefault() is "1" or "true",
            Page = Number(Get("page"), 1, 1, maxPage),
            Size = size,
            Since = long.TryParse(Get("since").FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var since) && since < 100_000_000_000 ? since : null,
            ListFilters = FacetDimensions.All
                .Where(d => d.ListFilterParameter is not null)
                .Select(d => (d.Name, Text: Clean(Get(d.ListFilterParameter!).FirstOrDefault(), MaxValueLength)))
                .Where(f => f.Text.Length > 0)
                .ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal),
        };
    }

    public SearchRequest ToRequest(string lang, bool snippets = true) => new SearchRequest
    {
        Query = Query,
        Filters = Filters,
        From = DateFrom,
        To = DateTo,
        Sort = SortByDate ? SortOrder.Date : SortOrder.Relevance,
        Apart = Apart,
        Page = Page,
        Size = Size,
        Lang = lang == "en" ? "en" : "vi",
        Snippets = snippets,
    }.Clamped();

    /// <summary>
    /// Searches <paramref name="index"/>. When this site cut the query (the library only sees the first
    /// <see cref="MaxQueryLength"/> characters and may find nothing to cut), the answer still says it was cut.
    /// </summary>
    public SearchResponse SearchIn(ArticleIndex index, string lang, bool snippets = true)
    {
        var response = index.Search(ToRequest(lang, snippets));
        if (!QueryCut || response.Notices.Any(n => n.Kind == QueryNoticeKind.Truncated)) return response;
        var notices = response.Notices
            .Prepend(new QueryNotice(QueryNoticeKind.Truncated, QueryParser.MaxLength.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        return response with { Notices = notices, Notice = NoticeText.Join(notices, "en") };
    }

    /// <summary>The values ticked in a dimension.</summary>
    public IReadOnlyList<string> Selected(string dimension) => Filters.TryGetValue(dimension, out var values) ? values : [];

    public bool IsSelected(string dimension, string key) => Selected(dimension).Contains(key, StringComparer.Ordinal);

    /// <summary>The same search with one more filter value, from page 1.</summary>
    public SearchParameters With(string dimension, string key) =>
        IsSelected(dimension, key) ? this with { Page = 1 } : Replace(dimension, [.. Selected(dimension), key]);

    /// <summary>The same search without one filter value, from page 1.</summary>
    public SearchParameters Without(string dimension, string key) =>
        Replace(dimension, Selected(dimension).Where(v => v != key).ToList());

    /// <summary>Only the filter value given, nothing else selected in its dimension (a chip on a result).</summary>
    public SearchParameters Only(string dimension, string key) => Replace(dimension, [key]);

    public SearchParameters WithoutFilters() => this with { Filters = NoFilters, DateFrom = null, DateTo = null, Page = 1, ListFilters = NoListFilters };

    /// <summary>The same search over a date range instead of any ticked years or range, from page 1.</summary>
    public SearchParameters WithRange(string? from, string? to)
    {
        var range = DateRange.Parse(from, to);
        return Replace(FacetDimensions.Year.Name, []) with { DateFrom = range?.From, DateTo = range?.To };
    }

    /// <summary>The date range as the page says it ("06/2016 – 12/2017"; an open end as "…").</summary>
    public string RangeLabel(Ui ui) => $"{(DateFrom is { } from ? ui.Date(from) : "…")} – {(DateTo is { } to ? ui.Date(to) : "…")}";

    public SearchParameters WithoutRange() => this with { DateFrom = null, DateTo = null, Page = 1 };

    public SearchParameters WithPage(int page) => this with { Page = page };

    public SearchParameters WithSort(bool byDate) => this with { SortByDate = byDate, Page = 1 };

    public SearchParameters WithQuery(string query) => this with { Query = query, Page = 1, Apart = false };

    /// <summary>The same search showing the other tier (words apart, or back to words together), from page 1.</summary>
    public SearchParameters WithApart(bool apart) => this with { Apart = apart, Page = 1 };

    private SearchParameters Replace(string dimension, IReadOnlyList<string> values)
    {
        if (FacetDimensions.Find(dimension) is null) return this;
        var filters = new Dictionary<string, IReadOnlyList<string>>(Filters, StringComparer.Ordinal);
        if (values.Count == 0) filters.Remove(dimension);
        else filters[dimension] = values;
        return this with { Filters = filters, Page = 1 };
    }

    /// <summary>The URL parameters in a stable order; <paramref name="withPage"/> false drops page and the UI-only list filters (saved searches, exports).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Pairs(bool withPage = true)
    {
        if (Query.Length > 0) yield return new("q", Query);
        foreach (var dimension in FacetDimensions.All)
            foreach (var value in Selected(dimension.Name))
                yield return new(dimension.Name, value);
        if (DateFrom is not null) yield return new("from", DateFrom);
        if (DateTo is not null) yield return new("to", DateTo);
        if (SortByDate) yield return new("sort", "date");
        if (Apart) yield return new("apart", "1");
        if (Size != DefaultSize) yield return new("size", Size.ToString(CultureInfo.InvariantCulture));
        if (!withPage) yield break;
        if (Since is { } seen) yield return new("since", seen.ToString(CultureInfo.InvariantCulture));
        foreach (var dimension in FacetDimensions.All)
            if (dimension.ListFilterParameter is { } parameter && ListFilter(dimension.Name) is { Length: > 0 } typed)
                yield return new(parameter, typed);
        if (Page > 1) yield return new("page", Page.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>"?q=…&amp;…" or "" when there is nothing to say.</summary>
    public string ToQueryString(bool withPage = true) => QueryString.Create(Pairs(withPage)).ToUriComponent();

    /// <summary>The link to this search on <paramref name="path"/>.</summary>
    public string Url(string path = "/", bool withPage = true) => path + ToQueryString(withPage);

    private static IReadOnlyList<string> Values(StringValues values) => values
        .Select(v => Clean(v, MaxValueLength))
        .Where(v => v.Length > 0)
        .Distinct(StringComparer.Ordinal)
        .Take(MaxValuesPerDimension)
        .ToList();

    private static int Number(StringValues values, int fallback, int min, int max) =>
        int.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, min, max) : fallback;

    private static string Clean(string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Length > max ? value[..max] : value;
        if (text.Any(char.IsControl)) text = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        if (text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        return text.Trim();
    }
}
