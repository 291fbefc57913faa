using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using DefenceSearch.Text;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Configuration;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Search;

/// <summary>The search page: the URL's parameters in, one library search, the results and facets out.</summary>
public sealed class IndexModel(IndexState state, SitePaths site, Ui ui) : PageModel
{
    /// <summary>Facet values shown before "show more".</summary>
    public const int FacetTop = 10;

    /// <summary>The <c>UiStrings</c> key of a tier link's words (<see cref="TierLink.Shows"/>; "{0}" in them is the notice's count).</summary>
    public static string TierKey(TierLink link) => "tier." + link.Shows;

    /// <summary>The search as read from the URL (the page shown, after the library's answer).</summary>
    public SearchRequest Parameters { get; private set; } = SearchRequest.Empty;
    /// <summary>The library's answer, or null while there is no index.</summary>
    public SearchResponse? Results { get; private set; }
    /// <summary>The index searched, or null while there is none.</summary>
    public ArticleIndex? Index { get; private set; }

    /// <summary>The most articles an export holds.</summary>
    public int ExportLimit => site.ExportLimit;

    /// <summary>True without a query: every article, newest first.</summary>
    public bool Browse => Parameters.Query.Length == 0;

    /// <summary>The search's words for the article links' <c>hl</c> parameter.</summary>
    public string Highlight => Results?.Highlight.ToParameter() ?? "";

    /// <summary>After opening a saved search: the matches indexed since it was last opened (first page only).</summary>
    public (IReadOnlyList<SearchHit> Hits, int Total)? NewHits { get; private set; }

    /// <summary>How many new articles are listed above the results.</summary>
    public const int NewShown = 10;

    /// <summary>When the saved search was last opened, or null.</summary>
    public DateTimeOffset? SinceTime => Parameters.Since is { } since ? DateTimeOffset.FromUnixTimeSeconds(since) : null;

    /// <summary>Whether a hit entered the index since the saved search was last opened.</summary>
    public bool IsNew(SearchHit hit) => Parameters.Since is { } since && hit.Indexed is { } indexed && indexed.ToUnixTimeSeconds() > since;

    /// <summary>How many pages the results fill (up to <see cref="ArticleIndex.MaxDepth"/> results).</summary>
    public int TotalPages => Results is null ? 0 : (int)Math.Ceiling(Math.Min(Results.Total, ArticleIndex.MaxDepth) / (double)Parameters.Size);

    /// <summary>Reads the URL, searches once, and finds ways out of an empty result.</summary>
    public void OnGet()
    {
        Parameters = SearchUrl.Read(Request.Query);
        Index = state.Index;
        if (Index is null) return;
        Results = Parameters.SearchIn(Index, ui.Lang);
        // Past the last page the library answers with the last one (in the same search): the links follow it.
        if (Results.Page != Parameters.Page) Parameters = Parameters.WithPage(Results.Page);
        if (Results.Total == 0 && Parameters.HasFilters) WaysOut = Ways(Index);
        if (Parameters.Since is { } since && Parameters.Page == 1 && Results.Total > 0 && !Results.AnyWord)
            NewHits = Index.NewSince(Parameters with { Lang = ui.Lang }, since, NewShown);
    }

    /// <summary>A way out of an empty result: a link that drops one filter (or all) and how many articles it finds.</summary>
    public sealed record WayOut(string Label, string Url, int Count);

    /// <summary>With no result and filters set: each filter dropped in turn, then all of them, with their counts.</summary>
    public IReadOnlyList<WayOut> WaysOut { get; private set; } = [];

    /// <summary>The readings of the query without its filters, when the filtered search had none to offer.</summary>
    public IReadOnlyList<Reading> UnfilteredReadings { get; private set; } = [];

    /// <summary>At most this many filters are tried one by one (each is a search).</summary>
    public const int MaxWaysOut = 8;

    private List<WayOut> Ways(ArticleIndex index)
    {
        int Count(SearchRequest other) => other.SearchIn(index, ui.Lang, snippets: false) is var r && !r.AnyWord ? r.Total : 0;
        var ways = new List<WayOut>();
        foreach (var dimension in FacetDimensions.All.Select(d => d.Name))
            foreach (var key in Parameters.Selected(dimension).Take(MaxWaysOut - ways.Count))
                ways.Add(new WayOut(ui.Format("filters.remove", Label(dimension, key)), Parameters.Without(dimension, key).Url(), Count(Parameters.Without(dimension, key))));
        if (Parameters.HasRange) ways.Add(new WayOut(ui.Format("filters.remove", RangeLabel()), Parameters.WithoutRange().Url(), Count(Parameters.WithoutRange())));
        if (Parameters.ActiveFilterCount > 1)
        {
            var none = Parameters.WithoutFilters();
            var unfiltered = none.SearchIn(index, ui.Lang, snippets: false);
            ways.Add(new WayOut(ui["filters.clear"], none.Url(), unfiltered.AnyWord ? 0 : unfiltered.Total));
            UnfilteredReadings = unfiltered.Readings;
        }
        else if (Parameters.Query.Length > 0)
        {
            UnfilteredReadings = Parameters.WithoutFilters().SearchIn(index, ui.Lang, snippets: false).Readings;
        }
        // The ones that find something first, most first.
        return ways.OrderByDescending(w => w.Count).ToList();
    }

    /// <summary>True when more results match than can be paged (<see cref="ArticleIndex.MaxDepth"/>).</summary>
    public bool PagingCut => Results is not null && Results.Total > ArticleIndex.MaxDepth;

    /// <summary>A dimension's values with their counts.</summary>
    /// <param name="dimension">The dimension's name.</param>
    public IReadOnlyList<FacetValue> Facet(string dimension) =>
        Results is not null && Results.Facets.TryGetValue(dimension, out var values) ? values : [];

    /// <summary>
    /// A facet's values split into the first <see cref="FacetTop"/> (plus any ticked value) and the rest; for years,
    /// the latest <see cref="FacetTop"/> and "date unknown", and the earlier years (oldest first) as the rest.
    /// </summary>
    public (IReadOnlyList<FacetValue> Top, IReadOnlyList<FacetValue> More) Split(string dimension)
    {
        IEnumerable<FacetValue> values = Facet(dimension);
        if (Parameters.ListFilter(dimension) is { Length: > 0 } typed)
        {
            var filter = VietnameseText.Fold(typed);
            values = values.Where(v => Parameters.IsSelected(dimension, v.Key) || VietnameseText.Fold(v.Label).Contains(filter, StringComparison.Ordinal));
        }
        var list = values.ToList();
        if (FacetDimensions.Find(dimension) is { Chronological: true })
        {
            // Years in time order: the latest few shown, the earlier ones folded above them, "date unknown" last.
            var dated = list.Where(v => v.Key != Schema.UnknownYear).ToList();
            var recent = dated.Skip(Math.Max(0, dated.Count - FacetTop)).ToList();
            var earlier = dated.Take(dated.Count - recent.Count).ToList();
            return (earlier.Where(v => Parameters.IsSelected(dimension, v.Key)).Concat(recent).Concat(list.Where(v => v.Key == Schema.UnknownYear)).ToList(),
                earlier.Where(v => !Parameters.IsSelected(dimension, v.Key)).ToList());
        }
        var top = list.Take(FacetTop).ToList();
        top.AddRange(list.Skip(FacetTop).Where(v => Parameters.IsSelected(dimension, v.Key)));
        var more = list.Skip(FacetTop).Where(v => !Parameters.IsSelected(dimension, v.Key)).ToList();
        return (top, more);
    }

    /// <summary>The results on a time axis (years, or months over a short range), or null before a search.</summary>
    public Timeline? Timeline => Results is null ? null : _timeline ??= global::DefenceSearch.Web.Pages.Search.Timeline.Build(Parameters, Results, ui);

    private Timeline? _timeline;

    /// <summary>The label of a facet value in the page's language.</summary>
    public string Label(string dimension, string key) =>
        Facet(dimension).FirstOrDefault(v => v.Key == key)?.Label ?? Index?.Label(dimension, key, ui.Lang) ?? key;

    /// <summary>Page numbers around the current one; 0 stands for a gap (…).</summary>
    public IReadOnlyList<int> PageNumbers()
    {
        var last = TotalPages;
        var current = Parameters.Page;
        var pages = new SortedSet<int> { 1, last };
        for (var p = current - 2; p <= current + 2; p++)
            if (p >= 1 && p <= last) pages.Add(p);
        var result = new List<int>();
        var previous = 0;
        foreach (var p in pages.Where(p => p >= 1))
        {
            if (previous > 0 && p > previous + 1) result.Add(0);
            result.Add(p);
            previous = p;
        }
        return result;
    }

    /// <summary>The date range as read ("06/2016 – 12/2017"; an open end as "…").</summary>
    public string RangeLabel() => Parameters.RangeLabel(ui);

    /// <summary>A facet value's checkbox id, the same on every page ("f-country-BY"), so focus can come back to it.</summary>
    public static string FacetItemId(string dimension, string key)
    {
        var id = new System.Text.StringBuilder("f-").Append(dimension).Append('-');
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '-') id.Append(c);
            else id.Append('_').Append(((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        return id.ToString();
    }

    /// <summary>The default name offered when saving this search.</summary>
    public string DefaultSaveName()
    {
        var parts = new List<string>();
        if (Parameters.Query.Length > 0) parts.Add(Parameters.Query);
        foreach (var dimension in FacetDimensions.All.Select(d => d.Name))
            parts.AddRange(Parameters.Selected(dimension).Select(k => Label(dimension, k)));
        if (Parameters.HasRange) parts.Add(RangeLabel());
        var name = parts.Count > 0 ? string.Join(" · ", parts) : ui["save.defaultName"];
        return SavedSearchStore.CleanName(name);
    }
}
