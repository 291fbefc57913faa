using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// One segment's facet values in memory: for each dimension, every document's ordinals in one flat array
/// and each ordinal's label. Reading SortedSetDocValues from disk for every hit (a positioned read per
/// document and dimension) was a quarter of a search's time; these arrays are built once per segment and
/// live as long as it does (about 10 bytes a document and dimension).
/// </summary>
internal sealed class SegmentFacets
{
    private static readonly ConditionalWeakTable<object, SegmentFacets> PerSegment = new();

    private readonly Dictionary<string, Dimension> _dimensions = new(StringComparer.Ordinal);

    /// <summary>Document d's ordinals are <c>Ords[Starts[d]..Starts[d + 1]]</c>; ordinal o reads <c>Labels[o]</c>.</summary>
    public sealed class Dimension(int[] starts, int[] ords, string[] labels)
    {
        public readonly int[] Starts = starts;
        public readonly int[] Ords = ords;
        public readonly string[] Labels = labels;
    }

    private static readonly Dimension Empty = new([0], [], []);

    public static SegmentFacets Of(AtomicReader segment, IEnumerable<string> fields) =>
        PerSegment.TryGetValue(segment.CoreCacheKey, out var known) ? known : PerSegment.GetValue(segment.CoreCacheKey, _ => Build(segment, fields));

    public Dimension this[string field] => _dimensions.GetValueOrDefault(field) ?? Empty;

    private static SegmentFacets Build(AtomicReader segment, IEnumerable<string> fields)
    {
        var result = new SegmentFacets();
        foreach (var field in fields)
        {
            var values = segment.GetSortedSetDocValues(field);
            if (values is null) continue;
            var maxDoc = segment.MaxDoc;
            var starts = new int[maxDoc + 1];
            var ords = new List<int>(maxDoc);
            for (var doc = 0; doc < maxDoc; doc++)
            {
                starts[doc] = ords.Count;
                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
            }
            starts[maxDoc] = ords.Count;
            var labels = new string[values.ValueCount];
            var scratch = new BytesRef();
            for (var ord = 0; ord < labels.Length; ord++)
            {
                values.LookupOrd(ord, scratch);
                labels[ord] = scratch.Utf8ToString();
            }
            result._dimensions[field] = new Dimension(starts, ords.ToArray(), labels);
        }
        return result;
    }
}

/// <summary>
/// One index reader's facet values numbered across its segments: each segment ordinal maps to a global one, so
/// a search counts into one array per dimension instead of merging each segment's counts by label.
/// </summary>
internal sealed class ReaderFacets
{
    private static readonly ConditionalWeakTable<IndexReader, ReaderFacets> PerReader = new();

    private readonly Dictionary<string, Dimension> _dimensions = new(StringComparer.Ordinal);

    /// <summary>Labels[g] is global ordinal g's label; SegmentToGlobal[leaf][segment ordinal] its global ordinal.</summary>
    public sealed class Dimension(string[] labels, int[][] segmentToGlobal)
    {
        private readonly Dictionary<string, int> _ordinals = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);

        public readonly string[] Labels = labels;
        public readonly int[][] SegmentToGlobal = segmentToGlobal;

        public int Ordinal(string label) => _ordinals.GetValueOrDefault(label, -1);
    }

    public static ReaderFacets Of(IndexReader reader, IReadOnlyList<string> fields) =>
        PerReader.TryGetValue(reader, out var known) ? known : PerReader.GetValue(reader, _ => Build(reader, fields));

    public Dimension this[string field] => _dimensions[field];

    private static ReaderFacets Build(IndexReader reader, IReadOnlyList<string> fields)
    {
        var result = new ReaderFacets();
        var segments = reader.Leaves.Select(leaf => SegmentFacets.Of(leaf.AtomicReader, fields)).ToList();
        foreach (var field in fields)
        {
            var labels = segments.SelectMany(s => s[field].Labels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var global = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
            var maps = segments.Select(s => s[field].Labels.Select(l => global[l]).ToArray()).ToArray();
            result._dimensions[field] = new Dimension(labels, maps);
        }
        return result;
    }
}
