using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// Collects the hits of the query and counts facet values in one pass, disjunctively ("drill
/// sideways"): values within a dimension are OR-ed, dimensions AND-ed, and each dimension is counted
/// over the documents that pass every other dimension's selection, so ticking Belarus still shows how
/// many articles Russia has. Counting reads SortedSetDocValues directly (no facet module).
/// </summary>
internal sealed class FacetCollector : ICollector
{
    private sealed class Dimension(string field, IReadOnlyList<string> selected)
    {
        public readonly string Field = field;
        public readonly IReadOnlyList<string> Selected = selected;
        public readonly Dictionary<string, int> Totals = new(StringComparer.Ordinal);
        public SortedSetDocValues Values = DocValues.EMPTY_SORTED_SET;
        public int[] Counts = [];
        public HashSet<long> SelectedOrds = [];
        public long[] Ords = new long[16];
        public int OrdCount;

        public bool HasSelection => Selected.Count > 0;
    }

    private readonly ICollector _hits;
    private readonly Dimension[] _dimensions;
    private readonly BytesRef _scratch = new();

    public FacetCollector(ICollector hits, IReadOnlyList<(string Field, IReadOnlyList<string> Selected)> dimensions)
    {
        _hits = hits;
        _dimensions = dimensions.Select(d => new Dimension(d.Field, d.Selected)).ToArray();
    }

    /// <summary>Documents that pass the query and every selection.</summary>
    public int Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var d in _dimensions)
        {
            d.Values = context.AtomicReader.GetSortedSetDocValues(d.Field) ?? DocValues.EMPTY_SORTED_SET;
            d.Counts = new int[d.Values.ValueCount];
            d.SelectedOrds = [];
            foreach (var s in d.Selected)
            {
                var ord = d.Values.LookupTerm(new BytesRef(s));
                if (ord >= 0) d.SelectedOrds.Add(ord);
            }
        }
        _hits.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        Dimension? failed = null;
        var failures = 0;
        foreach (var d in _dimensions)
        {
            d.OrdCount = 0;
            d.Values.SetDocument(doc);
            long ord;
            var pass = !d.HasSelection;
            while ((ord = d.Values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                if (d.OrdCount == d.Ords.Length) Array.Resize(ref d.Ords, d.Ords.Length * 2);
                d.Ords[d.OrdCount++] = ord;
                if (!pass && d.SelectedOrds.Contains(ord)) pass = true;
            }
            if (pass) continue;
            failures++;
            failed = d;
            if (failures > 1) return;
        }

        if (failures == 0)
        {
            Total++;
            _hits.Collect(doc);
            foreach (var d in _dimensions) Count(d);
        }
        else Count(failed!);
    }

    private static void Count(Dimension d)
    {
        for (var i = 0; i < d.OrdCount; i++) d.Counts[d.Ords[i]]++;
    }

    private void Flush()
    {
        foreach (var d in _dimensions)
        {
            for (var ord = 0; ord < d.Counts.Length; ord++)
            {
                if (d.Counts[ord] == 0) continue;
                d.Values.LookupOrd(ord, _scratch);
                var key = _scratch.Utf8ToString();
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
