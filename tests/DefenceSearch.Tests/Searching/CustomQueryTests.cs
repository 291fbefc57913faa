using DefenceSearch.Analysis;
using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The scorers written for speed must rank exactly as the Lucene queries they replace: a word over its spellings
/// and fields (<see cref="WordQuery"/>), words side by side (<see cref="AdjacentTermsQuery"/>) and every word
/// required (<see cref="AllOfQuery"/>).
/// </summary>
public sealed class CustomQueryTests : IDisposable
{
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public CustomQueryTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(VietnameseAnalyzer.Version, Analyzers.ForIndex()) { Similarity = new BM25Similarity() }))
        {
            string[][] articles =
            [
                ["Đường biên giới", "Tuần tra đường biên giới và đường bộ."],
                ["Thái Bình Dương", "Hải quân ở Thái Bình Dương, dương lịch."],
                ["Tin ngắn", "Duong ghi không dấu; đương nhiên; dưỡng sức."],
                ["Quốc phòng", "Hợp tác quốc phòng, hợp tác an ninh biển và quốc phòng toàn dân."],
                ["An ninh biển", "An ninh biển là an ninh của biển đảo; biển an ninh."],
                ["Đường sắt", "Đường sắt đường sắt đường."],
            ];
            foreach (var (title, body) in articles.Select(a => (a[0], a[1])))
            {
                writer.AddDocument(new Document
                {
                    new TextField(Schema.Title, title, Field.Store.YES),
                    new TextField(Schema.Body, body, Field.Store.NO),
                });
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    [Theory]
    [InlineData("duong", new string[0])]
    [InlineData("duong", new[] { "đường:2", "dương:1.6", "đương:1.4" })]
    [InlineData("bien", new[] { "biển:2", "biên:1.5" })]
    [InlineData("khong", new[] { "không:2" })]
    public void A_word_over_its_spellings_scores_as_disjunctions_of_term_queries(string folded, string[] spellings)
    {
        var others = spellings.Select(s => (s.Split(':')[0], float.Parse(s.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), 0)).ToList();
        var word = new WordQuery([(Schema.Body, 1f, folded, others), (Schema.Title, 2.5f, folded, others)]);

        var lucene = new BooleanQuery();
        foreach (var (field, boost) in new[] { (Schema.Body, 1f), (Schema.Title, 2.5f) })
        {
            var max = new DisjunctionMaxQuery(0f) { new TermQuery(new Term(field, folded)) };
            foreach (var (term, b, _) in others) max.Add(new TermQuery(new Term(field, term)) { Boost = b });
            max.Boost = boost;
            lucene.Add(max, Occur.SHOULD);
        }

        AssertSameScores(lucene, word);
    }

    [Theory]
    [InlineData("an", "ninh")]
    [InlineData("an", "ninh", "bien")]
    [InlineData("hop", "tac", "quoc", "phong")]
    [InlineData("duong", "sat")]
    [InlineData("bien", "an")]
    public void Words_side_by_side_score_as_a_phrase_query(params string[] words)
    {
        var phrase = new PhraseQuery { Boost = 1.2f };
        foreach (var w in words) phrase.Add(new Term(Schema.Body, w));
        AssertSameScores(phrase, new AdjacentTermsQuery(Schema.Body, words) { Boost = 1.2f });
    }

    [Theory]
    [InlineData("an", "ninh")]
    [InlineData("hop", "tac", "quoc")]
    [InlineData("duong", "sat")]
    public void Every_word_required_scores_as_a_boolean_query_of_must_clauses(params string[] words)
    {
        var boolean = new BooleanQuery();
        foreach (var w in words) boolean.Add(new TermQuery(new Term(Schema.Body, w)) { Boost = 1.5f }, Occur.MUST);
        AssertSameScores(boolean, new AllOfQuery(words.Select(w => (Query)new TermQuery(new Term(Schema.Body, w)) { Boost = 1.5f }).ToList()));
    }

    private void AssertSameScores(Query expected, Query actual)
    {
        var want = _searcher.Search(expected, 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var got = _searcher.Search(actual, 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        Assert.NotEmpty(want);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        foreach (var (doc, score) in want) Assert.Equal(score, got[doc], 4);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
