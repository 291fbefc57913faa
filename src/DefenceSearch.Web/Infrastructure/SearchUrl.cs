using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure.Localisation;
using Microsoft.AspNetCore.WebUtilities;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>
/// A search as it stands in the site's URLs (<c>?q=…&amp;country=BY&amp;year=2018&amp;sort=date&amp;page=2</c>): read with
/// the library's <see cref="SearchRequest.Read"/> (lenient, clamped once there) and written back as links.
/// </summary>
public static class SearchUrl
{
    /// <summary>
    /// The search form's marker (<c>replace=range</c>), sent while a date range is in force and no year is ticked: a
    /// year ticked on that form replaces the range, as the timeline's links do, so the click shows the count the year
    /// list offered (it counts each year without the range). Without the marker a year and a range both narrow.
    /// </summary>
    public const string ReplaceParameter = "replace";

    /// <summary>The marker's value.</summary>
    public const string ReplaceRange = "range";

    /// <summary>The search a request's query string describes.</summary>
    public static SearchRequest Read(IQueryCollection query) =>
        Read(key => query.TryGetValue(key, out var values) ? values.ToArray() : []);

    /// <summary>The search a query string ("?q=…" or "q=…") describes.</summary>
    public static SearchRequest Read(string? queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString is null || queryString.StartsWith('?') ? queryString : "?" + queryString);
        return Read(key => query.TryGetValue(key, out var values) ? values.ToArray() : []);
    }

    private static SearchRequest Read(Func<string, IReadOnlyList<string?>> get)
    {
        var request = SearchRequest.Read(get);
        var yearReplacesRange = get(ReplaceParameter) is { Count: > 0 } marker && marker[0] == ReplaceRange;
        return yearReplacesRange && request.HasRange && request.Selected(FacetDimensions.Year.Name).Count > 0
            ? request.WithoutRange() with { Page = request.Page }
            : request;
    }

    /// <summary>"?q=…&amp;…" or "" when there is nothing to say.</summary>
    public static string ToQueryString(this SearchRequest request, bool withPage = true) => QueryString.Create(request.Pairs(withPage)).ToUriComponent();

    /// <summary>The link to this search on <paramref name="path"/>.</summary>
    public static string Url(this SearchRequest request, string path = "/", bool withPage = true) => path + request.ToQueryString(withPage);

    /// <summary>The date range as the page says it ("06/2016 – 12/2017"; an open end as "…").</summary>
    public static string RangeLabel(this SearchRequest request, Ui ui) =>
        $"{(request.From is { } from ? ui.Date(from) : "…")} – {(request.To is { } to ? ui.Date(to) : "…")}";

    /// <summary>Searches <paramref name="index"/> in the page's language, with or without snippets.</summary>
    public static SearchResponse SearchIn(this SearchRequest request, ArticleIndex index, string lang, bool snippets = true) =>
        index.Search(request with { Lang = lang, Snippets = snippets });
}
