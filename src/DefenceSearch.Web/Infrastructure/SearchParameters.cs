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

    public static readonly SearchParameters Empty = new();

    public static readonly IReadOnlyList<string> Dimensions = ["country", "minister", "year", "area"];

    public string Query { get; init; } = "";

    /// <summary>True when words beyond <see cref="MaxQueryLength"/> were cut off here, before the library saw the query.</summary>
    public bool QueryCut { get; init; }
    public IReadOnlyList<string> Countries { get; init; } = [];
    public IReadOnlyList<string> Ministers { get; init; } = [];
    public IReadOnlyList<string> Years { get; init; } = [];
    public IReadOnlyList<string> Areas { get; init; } = [];
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

    /// <summary>The text typed in the minister list's filter box (narrows that list only).</summary>
    public string MinisterFilter { get; init; } = "";

    /// <summary>
    /// When a saved search was last opened (Unix seconds, <c>since</c>): the articles indexed after it are shown first
    /// and marked new. Set by opening a saved search; not part of what is saved or exported.
    /// </summary>
    public long? Since { get; init; }

    /// <summary>The text typed in the country list's filter box (<c>cq</c>).</summary>
    public string CountryFilter { get; init; } = "";

    /// <summary>The text typed in the area list's filter box (<c>aq</c>).</summary>
    public string AreaFilter { get; init; } = "";

    /// <summary>The long facets with a filter-as-you-type box, and each box's URL parameter.</summary>
    public static readonly IReadOnlyDictionary<string, string> ListFilterParameters = new Dictionary<string, string>
    {
        ["country"] = "cq",
        ["minister"] = "mq",
        ["area"] = "aq",
    };

    /// <summary>The text typed in a facet's filter box ("" when none, or for a facet without one).</summary>
    public string ListFilter(string dimension) => dimension switch
    {
        "country" => CountryFilter,
        "minister" => MinisterFilter,
        "area" => AreaFilter,
        _ => "",
    };

    public bool HasFilters => Countries.Count + Ministers.Count + Years.Count + Areas.Count > 0 || HasRange;

    /// <summary>How many filters are set: each ticked value, and the date range as one.</summary>
    public int ActiveFilterCount => Countries.Count + Ministers.Count + Years.Count + Areas.Count + (HasRange ? 1 : 0);

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
            Countries = Values(Get("country")),
            Ministers = Values(Get("minister")),
            Years = Values(Get("year")),
            Areas = Values(Get("area")),
            DateFrom = range?.From,
            DateTo = range?.To,
            SortByDate = string.Equals(Get("sort").FirstOrDefault(), "date", StringComparison.OrdinalIgnoreCase),
            Apart = Get("apart").FirstOrDefault() is "1" or "true",
            Page = Number(Get("page"), 1, 1, maxPage),
            Size = size,
            MinisterFilter = Clean(Get("mq").FirstOrDefault(), MaxValueLength),
            CountryFilter = Clean(Get("cq").FirstOrDefault(), MaxValueLength),
            Since = long.TryParse(Get("since").FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var since) && since < 100_000_000_000 ? since : null,
            AreaFilter = Clean(Get("aq").FirstOrDefault(), MaxValueLength),
        };
    }

    public SearchRequest ToRequest(string lang, bool snippets = true) => new SearchRequest
    {
        Query = Query,
        Countries = Countries,
        Ministers = Ministers,
        Years = Years,
        Areas = Areas,
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

    public IReadOnlyList<string> Selected(string dimension) => dimension switch
    {
        "country" => Countries,
        "minister" => Ministers,
        "year" => Years,
        "area" => Areas,
        _ => [],
    };

    public bool IsSelected(string dimension, string key) => Selected(dimension).Contains(key, StringComparer.Ordinal);

    /// <summary>The same search with one more filter value, from page 1.</summary>
    public SearchParameters With(string dimension, string key) =>
        IsSelected(dimension, key) ? this with { Page = 1 } : Replace(dimension, [.. Selected(dimension), key]);

    /// <summary>The same search without one filter value, from page 1.</summary>
    public SearchParameters Without(string dimension, string key) =>
        Replace(dimension, Selected(dimension).Where(v => v != key).ToList());

    /// <summary>Only the filter value given, nothing else selected in its dimension (a chip on a result).</summary>
    public SearchParameters Only(string dimension, string key) => Replace(dimension, [key]);

    public SearchParameters WithoutFilters() => this with { Countries = [], Ministers = [], Years = [], Areas = [], DateFrom = null, DateTo = null, Page = 1, MinisterFilter = "", CountryFilter = "", AreaFilter = "" };

    /// <summary>The same search over a date range instead of any ticked years or range, from page 1.</summary>
    public SearchParameters WithRange(string? from, string? to)
    {
        var range = DateRange.Parse(from, to);
        return this with { DateFrom = range?.From, DateTo = range?.To, Years = [], Page = 1 };
    }

    /// <summary>The date range as the page says it ("06/2016 – 12/2017"; an open end as "…").</summary>
    public string RangeLabel(Ui ui) => $"{(DateFrom is { } from ? ui.Date(from) : "…")} – {(DateTo is { } to ? ui.Date(to) : "…")}";

    public SearchParameters WithoutRange() => this with { DateFrom = null, DateTo = null, Page = 1 };

    public SearchParameters WithPage(int page) => this with { Page = page };

    public SearchParameters WithSort(bool byDate) => this with { SortByDate = byDate, Page = 1 };

    public SearchParameters WithQuery(string query) => this with { Query = query, Page = 1, Apart = false };

    /// <summary>The same search showing the other tier (words apart, or back to words together), from page 1.</summary>
    public SearchParameters WithApart(bool apart) => this with { Apart = apart, Page = 1 };

    private SearchParameters Replace(string dimension, IReadOnlyList<string> values) => dimension switch
    {
        "country" => this with { Countries = values, Page = 1 },
        "minister" => this with { Ministers = values, Page = 1 },
        "year" => this with { Years = values, Page = 1 },
        "area" => this with { Areas = values, Page = 1 },
        _ => this,
    };

    /// <summary>The URL parameters in a stable order; <paramref name="withPage"/> false drops page and the UI-only list filters (saved searches, exports).</summary>
    public IEnumerable<KeyValuePair<string, string?>> Pairs(bool withPage = true)
    {
        if (Query.Length > 0) yield return new("q", Query);
        foreach (var dimension in Dimensions)
            foreach (var value in Selected(dimension))
                yield return new(dimension, value);
        if (DateFrom is not null) yield return new("from", DateFrom);
        if (DateTo is not null) yield return new("to", DateTo);
        if (SortByDate) yield return new("sort", "date");
        if (Apart) yield return new("apart", "1");
        if (Size != DefaultSize) yield return new("size", Size.ToString(CultureInfo.InvariantCulture));
        if (!withPage) yield break;
        if (Since is { } seen) yield return new("since", seen.ToString(CultureInfo.InvariantCulture));
        if (CountryFilter.Length > 0) yield return new("cq", CountryFilter);
        if (MinisterFilter.Length > 0) yield return new("mq", MinisterFilter);
        if (AreaFilter.Length > 0) yield return new("aq", AreaFilter);
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
