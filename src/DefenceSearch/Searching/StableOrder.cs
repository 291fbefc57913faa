using System.Runtime.CompilerServices;
using DefenceSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// Every article's id by its document number in a segment, read once per segment from the signature doc values (the id is
/// their first part; the stored id for an index without them): the key that breaks ties in every result order. Document
/// numbers broke them before session 23, and the indexing threads lay the same corpus out differently each time: two
/// indexings of the 38k news showed different first pages for `dao chinh`, and different orders of a day's articles by date.
/// </summary>
internal static class ArticleIds
{
    private static readonly ConditionalWeakTable<object, string[]> PerSegment = new();

    /// <summary>The ids of <paramref name="segment"/>'s documents, by document number (deleted ones too).</summary>
    public static string[] Of(AtomicReader segment) =>
        PerSegment.TryGetValue(segment.CoreCacheKey, out var known) ? known : PerSegment.GetValue(segment.CoreCacheKey, _ => Read(segment));

    /// <summary>The id of a document of a composite reader, by its document number there.</summary>
    public static string Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return Of(leaf.AtomicReader)[doc - leaf.DocBase];
    }

    private static string[] Read(AtomicReader segment)
    {
        var ids = new string[segment.MaxDoc];
        var signatures = segment.GetBinaryDocValues(Schema.Signature);
        var scratch = new BytesRef();
        for (var doc = 0; doc < ids.Length; doc++)
        {
            if (signatures is not null)
            {
                signatures.Get(doc, scratch);
                var end = scratch.Offset;
                while (end < scratch.Offset + scratch.Length && scratch.Bytes[end] != 1) end++;
                if (end > scratch.Offset)
                {
                    ids[doc] = System.Text.Encoding.UTF8.GetString(scratch.Bytes, scratch.Offset, end - scratch.Offset);
                    continue;
                }
            }
            ids[doc] = segment.Document(doc).Get(Schema.Id) ?? "";
        }
        return ids;
    }
}

/// <summary>
/// The best hits in a total order that depends on the articles only, never on where indexing put them: by relevance, the
/// higher score first; by date, the newer first, then the higher score; then, on a tie, the lower article id (ordinal). The
/// document number decides only between two documents with the same id (none in an index the indexer built). A page is a
/// slice of that order, so page 2 continues page 1 whatever the layout. Scores as Lucene's collectors compute them (documents in
/// order, the same scorers); the id is read only when a hit ties with the one it is compared to.
/// </summary>
internal sealed class StableTopCollector(int size, bool byDate) : ICollector
{
    private struct Entry
    {
        public long Date;
        public float Score;
        public int Doc;
        public string Id;
    }

    // A binary heap with the worst kept hit on top (replaced by a better one when full).
    private readonly Entry[] _heap = new Entry[Math.Max(0, size)];
    private int _count;
    private Scorer? _scorer;
    private int _base;
    private string[] _ids = [];
    private NumericDocValues? _dates;
    private float _maxScore = float.NegativeInfinity;

    /// <summary>How many documents were collected.</summary>
    public int TotalHits { get; private set; }

    /// <summary>The best hits, best first (the maximum score for a relevance order; not tracked by date, as Lucene's field sort).</summary>
    public TopDocs GetTopDocs()
    {
        var kept = _heap[.._count];
        Array.Sort(kept, (a, b) => Compare(b, a));
        var docs = new ScoreDoc[kept.Length];
        for (var i = 0; i < kept.Length; i++) docs[i] = new ScoreDoc(kept[i].Doc, kept[i].Score);
        return new TopDocs(TotalHits, docs, byDate || _count == 0 ? float.NaN : _maxScore);
    }

    /// <summary>In order: the scorers that score documents in order (those Lucene's top-hits collectors ask for), whose sums ties rest on.</summary>
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        _ids = ArticleIds.Of(context.AtomicReader);
        _dates = byDate ? context.AtomicReader.GetNumericDocValues(Schema.DateSort) : null;
    }

    public void Collect(int doc)
    {
        TotalHits++;
        var score = _scorer!.GetScore();
        if (score > _maxScore) _maxScore = score;
        var date = _dates?.Get(doc) ?? 0;
        if (_count < _heap.Length)
        {
            _heap[_count] = new Entry { Date = date, Score = score, Doc = _base + doc, Id = _ids[doc] };
            Up(_count++);
            return;
        }
        if (_heap.Length == 0) return;
        // The worst kept hit: most candidates lose to it on the date or the score alone, without reading an id.
        ref var worst = ref _heap[0];
        if (date != worst.Date)
        {
            if (date < worst.Date) return;
        }
        else if (score != worst.Score)
        {
            if (score < worst.Score) return;
        }
        else
        {
            var byId = string.CompareOrdinal(_ids[doc], worst.Id);
            if (byId > 0 || (byId == 0 && _base + doc > worst.Doc)) return;
        }
        worst = new Entry { Date = date, Score = score, Doc = _base + doc, Id = _ids[doc] };
        Down(0);
    }

    // Positive when a ranks before b: newer (by date), higher score, lower id, lower document number.
    private static int Compare(in Entry a, in Entry b)
    {
        if (a.Date != b.Date) return a.Date > b.Date ? 1 : -1;
        if (a.Score != b.Score) return a.Score > b.Score ? 1 : -1;
        var byId = string.CompareOrdinal(b.Id, a.Id);
        if (byId != 0) return byId;
        return b.Doc.CompareTo(a.Doc);
    }

    private void Up(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (Compare(_heap[i], _heap[parent]) >= 0) return;
            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void Down(int i)
    {
        while (true)
        {
            var worst = i;
            var left = 2 * i + 1;
            var right = left + 1;
            if (left < _count && Compare(_heap[left], _heap[worst]) < 0) worst = left;
            if (right < _count && Compare(_heap[right], _heap[worst]) < 0) worst = right;
            if (worst == i) return;
            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
