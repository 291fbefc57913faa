using DefenceSearch.Analysis;
using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The articles read for a folded query's readings and the words-together tests are drawn by their ids, not by where the index
/// holds them: the indexing threads lay the same corpus out differently each time, and reading the first matches in index order
/// offered different readings after two indexings of the same news (session 22).
/// </summary>
public class ArticleSampleTests
{
    // 60 articles holding "biển", every third one also "đông"; ids a00 … a59.
    private static readonly string[] Ids = [.. Enumerable.Range(0, 60).Select(i => $"a{i:00}")];

    private static IReadOnlyList<string> Drawn(IEnumerable<string> order, string word, int most)
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(VietnameseAnalyzer.Version, Analyzers.ForIndex())))
        {
            foreach (var id in order)
            {
                var n = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture);
                writer.AddDocument(new Document
                {
                    new StringField(Schema.Id, id, Field.Store.YES),
                    new TextField(Schema.Body, n % 3 == 0 ? "Tàu tuần tra trên biển đông người." : "Sóng biển lớn.", Field.Store.NO),
                    new BinaryDocValuesField(Schema.Signature, new BytesRef(new FileSignature(1, 2, "h", 3).Encode(id))),
                });
                // Several segments, so that documents also change segment between the two orders.
                if (n % 17 == 0) writer.Commit();
            }
        }
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        return [.. ArticleSample.Draw(searcher, new TermQuery(new Term(Schema.Body, word)), most).Select(d => searcher.Doc(d).Get(Schema.Id))];
    }

    [Fact]
    public void The_same_articles_are_drawn_whatever_order_the_index_holds_them_in()
    {
        var forward = Drawn(Ids, "bien", 40);
        var backward = Drawn(Ids.Reverse(), "bien", 40);
        Assert.Equal(40, forward.Count);
        Assert.Equal(forward, backward);
        // Drawn from all the matches, not the first 40 of either order: some of the last ids written and some of the first are read.
        Assert.Contains(forward, id => string.CompareOrdinal(id, "a40") >= 0);
        Assert.Contains(forward, id => string.CompareOrdinal(id, "a20") < 0);
    }

    [Fact]
    public void A_draw_keeps_only_matching_articles_and_all_of_them_when_fewer()
    {
        var drawn = Drawn(Ids, "dong", 40);
        Assert.Equal(Ids.Where((_, i) => i % 3 == 0).Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
    }
}
