using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>Collects the first <paramref name="limit"/> matching documents (index order) and stops each segment after them.</summary>
internal sealed class FirstDocs(int limit) : ICollector
{
    private int _base;

    public List<int> Docs { get; } = new(limit);

    /// <summary>At most <paramref name="most"/> of the documents collected, evenly spread over all of them (every one when no more).</summary>
    public IReadOnlyList<int> Spread(int most) =>
        Docs.Count <= most ? Docs : Enumerable.Range(0, most).Select(k => Docs[(int)((long)k * Docs.Count / most)]).ToList();

    /// <summary>
    /// The articles to read of those matching <paramref name="query"/>: at most <paramref name="most"/>, spread evenly over the
    /// first <paramref name="limit"/> (their ids only are collected; the first few alone are often one source's).
    /// </summary>
    public static IReadOnlyList<int> Spread(IndexSearcher searcher, Query query, int limit, int most)
    {
        var all = new FirstDocs(limit);
        searcher.Search(query, all);
        return all.Spread(most);
    }

    /// <summary>The stored title and body of an article, each as its written words (the readings and the words-together tests read them).</summary>
    public static IEnumerable<List<Extraction.TextToken>> Words(IndexSearcher searcher, int doc)
    {
        var fields = new HitFieldsVisitor(body: true);
        searcher.Doc(doc, fields);
        yield return Extraction.TextTokens.Tokenize(fields.Title ?? "");
        yield return Extraction.TextTokens.Tokenize(fields.Body ?? "");
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(Lucene.Net.Index.AtomicReaderContext context)
    {
        if (Docs.Count >= limit) throw new CollectionTerminatedException();
        _base = context.DocBase;
    }

    public void Collect(int doc)
    {
        if (Docs.Count >= limit) throw new CollectionTerminatedException();
        Docs.Add(_base + doc);
    }
}
