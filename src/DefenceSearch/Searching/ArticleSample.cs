using DefenceSearch.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// A fixed draw of the articles matching a query, to read their text (the readings of a folded query, the words-together
/// tests): of all the matches, the <paramref name="most"/> whose ids hash lowest. The draw depends on the articles only, not on
/// where indexing put them: the indexing threads lay the corpus out in a different order each time, and the first matches in
/// index order (the draw before session 22) made two indexings of the same 38k news offer different readings for 6 of 77
/// queries ("cơ thể (1,583)" for `co the` in one and not the other, "từ từ (210)" for `tu tu`, "hai quần (24)" for `hai quan`).
/// Every match is visited (its id's hash read from doc values); only <paramref name="most"/> are kept.
/// </summary>
internal sealed class ArticleSample(int most) : ICollector
{
    // The draw so far: the highest key on top, to be dropped for a lower one.
    private readonly PriorityQueue<int, (ulong Key, int Doc)> _kept = new(most + 1, Comparer<(ulong Key, int Doc)>.Create((x, y) => y.CompareTo(x)));
    private readonly BytesRef _scratch = new();
    private BinaryDocValues? _signatures;
    private int _base;

    /// <summary>At most <paramref name="most"/> of the articles matching <paramref name="query"/>, drawn by their ids, in the order of the draw.</summary>
    public static IReadOnlyList<int> Draw(IndexSearcher searcher, Query query, int most)
    {
        var sample = new ArticleSample(most);
        searcher.Search(query, sample);
        var drawn = new List<(ulong Key, int Doc)>(sample._kept.Count);
        while (sample._kept.TryDequeue(out _, out var kept)) drawn.Add(kept);
        drawn.Reverse();
        return drawn.Select(d => d.Doc).ToList();
    }

    /// <summary>The stored title and body of an article, each as its written words (the readings and the words-together tests read them).</summary>
    public static IEnumerable<List<Extraction.TextToken>> Words(IndexSearcher searcher, int doc) => Texts(searcher, doc).Select(t => t.Tokens);

    /// <summary>The stored title and body of an article, each with its written words (a reading's casing reads the punctuation between them).</summary>
    public static IEnumerable<(string Text, List<Extraction.TextToken> Tokens)> Texts(IndexSearcher searcher, int doc)
    {
        var fields = new HitFieldsVisitor(body: true);
        searcher.Doc(doc, fields);
        var title = fields.Title ?? "";
        yield return (title, Extraction.TextTokens.Tokenize(title));
        var body = fields.Body ?? "";
        yield return (body, Extraction.TextTokens.Tokenize(body));
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _base = context.DocBase;
        _signatures = context.AtomicReader.GetBinaryDocValues(Schema.Signature);
    }

    public void Collect(int doc)
    {
        var entry = (Key: Key(doc), Doc: _base + doc);
        if (_kept.Count < most) _kept.Enqueue(entry.Doc, entry);
        else if (most > 0 && _kept.TryPeek(out _, out var top) && entry.CompareTo(top) < 0) _kept.EnqueueDequeue(entry.Doc, entry);
    }

    // FNV-1a over the article's id (the signature's first part, up to its separator), then mixed (MurmurHash3's finaliser): FNV
    // alone leaves ids that differ in their last letters ("s0" … "s4") next to each other in the order, so a draw took all or
    // none of them. The document number where there is no signature.
    private ulong Key(int doc)
    {
        if (_signatures is null) return (ulong)(_base + doc);
        _signatures.Get(doc, _scratch);
        var hash = 14695981039346656037UL;
        for (var i = _scratch.Offset; i < _scratch.Offset + _scratch.Length && _scratch.Bytes[i] != 1; i++)
            hash = (hash ^ (byte)_scratch.Bytes[i]) * 1099511628211UL;
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        return hash ^ (hash >> 33);
    }
}
