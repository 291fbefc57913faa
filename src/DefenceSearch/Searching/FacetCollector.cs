using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// Collects the hits of the query and counts facet values in one pass, disjunctively ("drill
/// sideways"): values within a dimension are OR-ed, dimensions AND-ed, and each dimension is counted
/// over the documents that pass every other dimension's selection, so ticking Belarus still shows how
/// many articles Russia has. Counting reads each segment's facet ordinals from memory (<see cref="SegmentFacets"/>).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private sealed class Dimension(string field, IReadOnlyList<string> selected)
    {
        public readonly string Field = field;
        public readonly IReadOnlyList<string> Selected = selected;
        public readonly Dictionary<string, int> Totals = new(StringComparer.Ordinal);
        public SegmentFacets.Dimension Values = null!;
        public int[] Counts = [];
        public bool[] SelectedOrds = [];

        public bool HasSelection => Selected.Count > 0;

        public bool Passes(int doc)
        {
            var ords = Values.Ords;
            if (ords.Length == 0) return false; // no document of this segment has a value
            for (int i = Values.Starts[doc], end = Values.Starts[doc + 1]; i < end; i++)
            {
                if (SelectedOrds[ords[i]]) return true;
            }
            return false;
        }

        public void Count(int doc)
        {
            var ords = Values.Ords;
            if (ords.Length == 0) return;
            for (int i = Values.Starts[doc], end = Values.Starts[doc + 1]; i < end; i++) Counts[ords[i]]++;
        }
    }

    private readonly ICollector _hits;
    private readonly Dimension[] _dimensions;
    private readonly string[] _fields;
    private readonly bool _anySelection;

    public FacetCollector(ICollector hits, IReadOnlyList<(string Field, IReadOnlyList<string> Selected)> dimensions)
    {
        _hits = hits;
        _dimensions = dimensions.Select(d => new Dimension(d.Field, d.Selected)).ToArray();
        _fields = _dimensions.Select(d => d.Field).ToArray();
        _anySelection = _dimensions.Any(d => d.HasSelection);
    }

    /// <summary>Documents that pass the query and every selection.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        var facets = SegmentFacets.Of(context.AtomicReader, ArticleIndex.FacetFields);
        foreach (var d in _dimensions)
        {
            d.Values = facets[d.Field];
            d.Counts = new int[d.Values.Labels.Length];
            if (!d.HasSelection) continue;
            d.SelectedOrds = new bool[d.Values.Labels.Length];
            foreach (var s in d.Selected)
            {
                var ord = d.Values.Ordinal(s);
                if (ord >= 0) d.SelectedOrds[ord] = true;
            }
        }
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Dimension? failed = null;
        if (_anySelection)
        {
            foreach (var d in _dimensions)
            {
                if (!d.HasSelection || d.Passes(doc)) continue;
                // Failing two selections: the document counts nowhere.
                if (failed is not null) return;
                failed = d;
            }
        }
        if (failed is null)
        {
            Total++;
            _hits.Collect(doc);
            foreach (var d in _dimensions) d.Count(doc);
        }
        else failed.Count(doc); // passes every other dimension: counted in the one it fails
    }

    private void Flush()
    {
        foreach (var d in _dimensions)
        {
            for (var ord = 0; ord < d.Counts.Length; ord++)
            {
                if (d.Counts[ord] == 0) continue;
                var key = d.Values.Labels[ord];
                d.Totals[key] = d.Totals.GetValueOrDefault(key) + d.Counts[ord];
            }
            d.Counts = [];
        }
    }

    /// <summary>Counts per dimension field, after the last segment.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts()
    {
        Flush();
        return _dimensions.ToDictionary(d => d.Field, d => d.Totals);
    }
}
