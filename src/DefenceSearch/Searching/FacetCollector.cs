using System.Globalization;
using DefenceSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// Collects the hits of the query and counts facet values in one pass, disjunctively ("drill
/// sideways"): values within a dimension are OR-ed, dimensions AND-ed, and each dimension is counted
/// over the documents that pass every other dimension's selection, so ticking Belarus still shows how
/// many articles Russia has. Counting reads each segment's facet ordinals from memory (<see cref="SegmentFacets"/>)
/// and counts them by the reader's global ordinals (<see cref="ReaderFacets"/>). A date range belongs to the
/// year dimension: it filters like a ticked year, and the years (with "date unknown") are counted without it,
/// so the timeline shows what lies outside the range and how many undated articles it leaves out.
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private sealed class Dimension(ReaderFacets.Dimension global, string field, IReadOnlyList<string> selected)
    {
        public readonly string Field = field;
        public readonly ReaderFacets.Dimension Global = global;
        public readonly int[] Counts = new int[global.Labels.Length];
        public readonly bool[]? Selected = selected.Count == 0 ? null : Selection(global, selected);
        public int[] Starts = [];
        public int[] Ords = [];
        public int[] ToGlobal = [];

        /// <summary>The date range, on the year dimension only, and the segment's date sort keys it reads.</summary>
        public DateRange? Range;
        public NumericDocValues? Dates;

        public bool Active => Selected is not null || Range is not null;

        private static bool[] Selection(ReaderFacets.Dimension global, IReadOnlyList<string> selected)
        {
            var result = new bool[global.Labels.Length];
            foreach (var s in selected)
            {
                if (global.Ordinal(s) is var ord and >= 0) result[ord] = true;
            }
            return result;
        }

        public bool Passes(int doc)
        {
            if (Range is not null && (Dates is null || !Range.Contains(Dates.Get(doc)))) return false;
            if (Selected is null) return true;
            for (int i = Starts[doc], end = Starts[doc + 1]; i < end; i++)
            {
                if (Selected![ToGlobal[Ords[i]]]) return true;
            }
            return false;
        }

        public void Count(int doc)
        {
            for (int i = Starts[doc], end = Starts[doc + 1]; i < end; i++) Counts[ToGlobal[Ords[i]]]++;
        }
    }

    private readonly ICollector _hits;
    private readonly Dimension[] _dimensions;
    private readonly string[] _fields;
    private readonly bool _anySelection;
    private readonly Dimension? _time;
    private readonly Dictionary<int, int>? _months;

    /// <summary>Months are counted for a closed range of at most this many months (ten years).</summary>
    public const int MaxMonths = 120;

    /// <summary>A collector that counts every dimension's values of the documents it passes on to <paramref name="hits"/>.</summary>
    /// <param name="hits">The collector of the matching documents (top hits, or a total).</param>
    /// <param name="reader">The searched reader (its facet arrays are built once per reader).</param>
    /// <param name="dimensions">Each dimension's doc-values field and its selected values (none: not filtered).</param>
    /// <param name="range">A publication date range, applied with the year dimension's selection.</param>
    public FacetCollector(ICollector hits, IndexReader reader, IReadOnlyList<(string Field, IReadOnlyList<string> Selected)> dimensions, DateRange? range = null)
    {
        _hits = hits;
        _fields = ArticleIndex.FacetFields;
        var facets = ReaderFacets.Of(reader, _fields);
        _dimensions = dimensions.Select(d => new Dimension(facets[d.Field], d.Field, d.Selected)).ToArray();
        if (range is not null && _dimensions.FirstOrDefault(d => d.Field == Schema.FacetYear) is { } time)
        {
            _time = time;
            time.Range = range;
            if (range.Months <= MaxMonths) _months = [];
        }
        _anySelection = _dimensions.Any(d => d.Active);
    }

    /// <summary>Documents that pass the query and every selection.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        var segment = SegmentFacets.Of(context.AtomicReader, _fields);
        foreach (var d in _dimensions)
        {
            var values = segment[d.Field];
            d.Starts = values.Starts; // read only when Ords is not empty: a segment without values has no ranges
            d.Ords = values.Ords;
            d.ToGlobal = d.Global.SegmentToGlobal[context.Ord];
        }
        if (_time is not null) _time.Dates = context.AtomicReader.GetNumericDocValues(Schema.DateSort);
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Dimension? failed = null;
        if (_anySelection)
        {
            foreach (var d in _dimensions)
            {
                if (!d.Active || (d.Ords.Length > 0 && d.Passes(doc))) continue;
                // Failing two selections: the document counts nowhere.
                if (failed is not null) return;
                failed = d;
            }
        }
        if (failed is null)
        {
            Total++;
            _hits.Collect(doc);
            foreach (var d in _dimensions)
            {
                if (d.Ords.Length > 0) d.Count(doc);
            }
            if (_months is not null && _time!.Dates is { } dates && dates.Get(doc) is var key and > 0 && key % 10_000 != 0)
            {
                var month = (int)(key / 100);
                _months[month] = _months.GetValueOrDefault(month) + 1;
            }
        }
        else if (failed.Ords.Length > 0) failed.Count(doc); // passes every other dimension: counted in the one it fails
    }

    /// <summary>The key under which <see cref="Counts"/> holds the months of the range ("2016-06" → matches), when counted.</summary>
    public const string MonthsKey = "months";

    /// <summary>Counts per dimension field, after the last segment.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        var result = new Dictionary<string, Dictionary<string, int>>(_dimensions.Length, StringComparer.Ordinal);
        foreach (var d in _dimensions)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var g = 0; g < d.Counts.Length; g++)
            {
                if (d.Counts[g] > 0) counts[d.Global.Labels[g]] = d.Counts[g];
            }
            result[d.Field] = counts;
        }
        if (_months is not null)
        {
            // Every month of the range, at 0 when nothing was published in it.
            result[MonthsKey] = _time!.Range!.MonthKeys().ToDictionary(m => m, m => _months.GetValueOrDefault(int.Parse(m.Replace("-", ""), CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        }
        return result;
    }
}
