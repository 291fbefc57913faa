using System.Globalization;
using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Pages.Search;

/// <summary>
/// The search's articles on a time axis, oldest first: one bar a month when the date range spans at most
/// <see cref="MaxMonthBars"/> months, else one a year (the years between the first and last, empty ones at 0),
/// and the "date unknown" bucket apart. Each bar links to the search narrowed to its year or month.
/// </summary>
public sealed class Timeline
{
    /// <summary>A range of at most this many months is drawn by month.</summary>
    public const int MaxMonthBars = 36;

    /// <summary>Years are drawn from the first to the last with articles, at most this many (the latest).</summary>
    public const int MaxYearBars = 120;

    private Timeline(IReadOnlyList<TimelineBar> bars, bool months, TimelineBar? unknown)
    {
        Bars = bars;
        ByMonth = months;
        Unknown = unknown;
    }

    /// <summary>The bars, oldest first.</summary>
    public IReadOnlyList<TimelineBar> Bars { get; }

    /// <summary>True when each bar is a month.</summary>
    public bool ByMonth { get; }

    /// <summary>The articles whose date is unknown (left out while a range is set), or null when there are none.</summary>
    public TimelineBar? Unknown { get; }

    /// <summary>The highest bar's count.</summary>
    public int Max => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);

    /// <summary>The timeline of a search's results.</summary>
    /// <param name="p">The search.</param>
    /// <param name="r">Its results.</param>
    /// <param name="ui">The interface language.</param>
    public static Timeline Build(SearchRequest p, SearchResponse r, Ui ui)
    {
        var years = r.Facets.TryGetValue(FacetDimensions.Year.Name, out var values) ? values : [];
        var unknown = years.FirstOrDefault(v => v.Key == Schema.UnknownYear) is { Count: > 0 } u
            ? new TimelineBar(u.Key, ui["timeline.unknown"], ui.Format("timeline.bar", ui["timeline.unknown"], ui.Number(u.Count)), u.Count,
                p.WithoutRange().Only(FacetDimensions.Year.Name, Schema.UnknownYear).Url(), p.IsSelected(FacetDimensions.Year.Name, Schema.UnknownYear), true)
            : null;
        var range = p.Range;
        if (range is not null && r.Months.Count is > 0 and <= MaxMonthBars)
        {
            var bars = r.Months.Select((m, i) =>
            {
                var date = DateOnly.ParseExact(m.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var name = ui.Date(m.Key);
                var label = r.Months.Count <= 12 ? date.ToString(ui.IsEnglish ? "MMM" : "'T'M", ui.Culture)
                    : i == 0 || date.Month == 1 ? date.ToString("yyyy", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
                return new TimelineBar(m.Key, label, ui.Format("timeline.bar", name, ui.Number(m.Count)), m.Count,
                    p.WithRange(m.Key, m.Key).Url(), true, true);
            }).ToList();
            return new Timeline(bars, true, unknown);
        }

        var counted = years.Where(v => v.Key != Schema.UnknownYear && v.Key.Length == 4 && int.TryParse(v.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            .ToDictionary(v => int.Parse(v.Key, CultureInfo.InvariantCulture), v => v.Count);
        var withArticles = counted.Where(kv => kv.Value > 0).Select(kv => kv.Key).ToList();
        if (withArticles.Count == 0) return new Timeline([], false, unknown);
        var last = withArticles.Max();
        var first = Math.Max(withArticles.Min(), last - MaxYearBars + 1);
        var span = last - first + 1;
        var yearBars = Enumerable.Range(first, span).Select(y =>
        {
            var key = y.ToString(CultureInfo.InvariantCulture);
            var count = counted.GetValueOrDefault(y);
            var selected = p.IsSelected(FacetDimensions.Year.Name, key) || (range is not null && range.Lower <= y * 10_000 + 101 && range.Upper >= y * 10_000 + 1231);
            var labelled = span <= 16 || y % 5 == 0 || y == first || y == last;
            return new TimelineBar(key, key, ui.Format("timeline.bar", key, ui.Number(count)), count, p.WithRange(key, key).Url(), selected, labelled);
        }).ToList();
        return new Timeline(yearBars, false, unknown);
    }
}
