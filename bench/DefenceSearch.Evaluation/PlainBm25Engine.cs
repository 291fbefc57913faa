using System.Text;
using DefenceSearch.Benchmarks;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace DefenceSearch.Evaluation;

/// <summary>
/// The baseline a team would set up with Elasticsearch's defaults plus an ASCII-folding analyzer: stock Lucene,
/// the article read as FTS5 gets it (<see cref="PlainArticle"/>: title line and body), text NFC, standard
/// tokenizer, lowercase, ASCII folding (which also takes đ/Đ/Ð to d), BM25 (k1 1.2, b 0.75); a query is the typed
/// words analysed the same way, OR semantics, each word a SHOULD clause on title and on body (a `multi_match` of
/// type most_fields). Ids are the indexer's: the file's path relative to the corpus, without its extension.
/// </summary>
public sealed class PlainBm25Engine : IDisposable
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Body = "body";

    private readonly Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    private PlainBm25Engine(Directory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    public int Count => _reader.NumDocs;

    /// <summary>The analyzer of both sides: NFC, standard tokenizer, lowercase, ASCII folding.</summary>
    public static Analyzer CreateAnalyzer() => new FoldingAnalyzer();

    /// <summary>Opens an index <see cref="Build"/> made earlier.</summary>
    public static PlainBm25Engine Open(string indexPath) => new(FSDirectory.Open(indexPath));

    /// <summary>Indexes every file of <paramref name="corpus"/> into <paramref name="indexPath"/> (replacing what was there) and opens it.</summary>
    public static PlainBm25Engine Build(NewsCorpus corpus, string indexPath)
    {
        if (System.IO.Directory.Exists(indexPath)) System.IO.Directory.Delete(indexPath, recursive: true);
        var directory = FSDirectory.Open(indexPath);
        using (var analyzer = CreateAnalyzer())
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = new BM25Similarity(),
                RAMBufferSizeMB = 128,
            };
            using var writer = new IndexWriter(directory, config);
            Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, file =>
            {
                var article = PlainArticle.Read(File.ReadAllBytes(file));
                var relative = Path.GetRelativePath(corpus.Path, file).Replace('\\', '/');
                writer.AddDocument(new Document
                {
                    new StringField(Id, DefenceSearch.Indexing.CorpusIndexer.IdOf(relative), Field.Store.YES),
                    new TextField(Title, article.Title, Field.Store.NO),
                    new TextField(Body, article.Body, Field.Store.NO),
                });
            });
            writer.ForceMerge(1);
            writer.Commit();
        }
        return new PlainBm25Engine(directory);
    }

    /// <summary>The words of <paramref name="query"/> as this engine indexes them (NFC, tokenized, lowercased, folded).</summary>
    public static IReadOnlyList<string> Analyze(string query)
    {
        using var analyzer = CreateAnalyzer();
        return Analyze(analyzer, query);
    }

    private static List<string> Analyze(Analyzer analyzer, string query)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(Body, query.Normalize(NormalizationForm.FormC));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>The ids of the best <paramref name="size"/> articles for the typed words, best first.</summary>
    public IReadOnlyList<string> Search(string query, int size)
    {
        using var analyzer = CreateAnalyzer();
        var terms = Analyze(analyzer, query);
        if (terms.Count == 0) return [];
        var boolean = new BooleanQuery();
        foreach (var term in terms)
        {
            boolean.Add(new TermQuery(new Term(Title, term)), Occur.SHOULD);
            boolean.Add(new TermQuery(new Term(Body, term)), Occur.SHOULD);
        }
        var top = _searcher.Search(boolean, size);
        return top.ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get(Id)).ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    private sealed class FoldingAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
            TokenStream stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, tokenizer);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(tokenizer, stream);
        }
    }
}
