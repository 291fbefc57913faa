using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DefenceSearch.Tests.Engine;

/// <summary>
/// The custom and the stock engine build the same index from the same corpus; an index records which engine built it,
/// is rebuilt when indexed with the other and refused when opened with the other; an export is stock Lucene.
/// </summary>
public sealed class IndexEngineTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly TempDir _dir = new("engines");

    private void WriteCorpus()
    {
        _corpus.Write("a", "Việt Nam – Ấn Độ hợp tác quốc phòng", "Bộ trưởng Quốc phòng hai nước hội đàm về hợp tác hải quân.", "2019-03-01", countries: "IN");
        _corpus.Write("b", "Hợp tác đào tạo", "Hai bên ký biên bản ghi nhớ về đào tạo sĩ quan.", "2020-05-02", countries: "RU");
        _corpus.Write("c", "Diễn tập cứu hộ", "Lực lượng hải quân diễn tập tìm kiếm cứu nạn trên biển.", "2021-07-03");
    }

    private IndexReport Build(string index, IndexEngine engine, bool rebuild = false) =>
        new CorpusIndexer(ReferenceData.Default).Run(_corpus.CorpusPath, index, new DefenceSearch.Indexing.IndexOptions { Engine = engine, Rebuild = rebuild });

    private static IReadOnlyList<string> Codecs(string index)
    {
        using var directory = FSDirectory.Open(index);
        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.Segments.Select(s => s.Info.Codec.Name).Distinct().ToList();
    }

    private static CheckIndex.Status Check(string index)
    {
        using var directory = FSDirectory.Open(index);
        return new CheckIndex(directory).DoCheckIndex();
    }

    private static int Count(string index, IndexEngine engine)
    {
        using var search = ArticleIndex.Open(index, engine: engine);
        return search.DocumentCount;
    }

    /// <summary>The hits with their scores and snippets; ties in id order (the custom engine's segments follow its threads, so documents tied on score may come in either order).</summary>
    private static List<(string Id, float Score, string Snippet)> Hits(string index, IndexEngine engine, string query)
    {
        using var search = ArticleIndex.Open(index, engine: engine);
        return search.Search(new SearchRequest { Query = query }).Hits
            .Select(h => (h.Id, MathF.Round(h.Score, 4), h.Snippet.ToString()))
            .OrderByDescending(h => h.Item2).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void The_stock_engine_writes_lucene46_segments_that_search_like_the_custom_ones()
    {
        WriteCorpus();
        var custom = Path.Combine(_dir.Path, "custom");
        var stock = Path.Combine(_dir.Path, "stock");
        Assert.Equal(3, Build(custom, IndexEngine.Custom, rebuild: true).DocumentCount);
        Assert.Equal(3, Build(stock, IndexEngine.Stock, rebuild: true).DocumentCount);

        Assert.Equal(["Lucene46"], Codecs(stock));
        Assert.Equal([DefenceCodec.FormatName], Codecs(custom));
        Assert.True(Check(stock).Clean);
        foreach (var query in new[] { "hải quân", "hop tac", "\"quốc phòng\"", "country:IN" })
            Assert.Equal(Hits(custom, IndexEngine.Custom, query), Hits(stock, IndexEngine.Stock, query));
        Assert.NotEmpty(Hits(stock, IndexEngine.Stock, "hải quân"));

        // Updating a stock index goes through the writer too: a changed article is found by its new words.
        _corpus.Write("c", "Diễn tập cứu hộ", "Không quân diễn tập tìm kiếm cứu nạn.", "2021-07-03");
        var update = Build(stock, IndexEngine.Stock);
        Assert.Equal((1, 2, false), (update.Updated, update.Unchanged, update.Rebuilt));
        Assert.Equal("c", Assert.Single(Hits(stock, IndexEngine.Stock, "không quân")).Id);
        Assert.Equal(["Lucene46"], Codecs(stock));
    }

    [Fact]
    public void Opening_an_index_with_the_engine_that_did_not_build_it_is_refused_and_indexing_with_it_rebuilds()
    {
        WriteCorpus();
        var index = Path.Combine(_dir.Path, "index");
        Build(index, IndexEngine.Custom, rebuild: true);

        var refused = Assert.Throws<IndexEngineMismatchException>(() => ArticleIndex.Open(index, engine: IndexEngine.Stock));
        Assert.Equal((IndexEngine.Custom, IndexEngine.Stock), (refused.BuiltBy, refused.Requested));
        Assert.Contains("built by the custom engine", refused.Message, StringComparison.Ordinal);
        Assert.Equal(3, Count(index, IndexEngine.Custom)); // the refusal changed nothing

        var rebuilt = Build(index, IndexEngine.Stock);
        Assert.True(rebuilt.Rebuilt);
        Assert.Contains(rebuilt.Warnings, w => w.Contains("built by the custom engine", StringComparison.Ordinal));
        Assert.Equal(["Lucene46"], Codecs(index));
        Assert.Equal(3, Count(index, IndexEngine.Stock));
        Assert.Throws<IndexEngineMismatchException>(() => ArticleIndex.Open(index, engine: IndexEngine.Custom));
    }

    [Fact]
    public void An_open_index_rebuilt_by_the_other_engine_keeps_searching_its_commit_and_refresh_says_why()
    {
        WriteCorpus();
        var index = _dir.Sub("refresh");
        Build(index, IndexEngine.Custom, rebuild: true);
        using var search = ArticleIndex.Open(index, engine: IndexEngine.Custom);
        Assert.Equal(2, search.Search(new SearchRequest { Query = "hải quân" }).Total);

        _corpus.Write("d", "Hợp tác hải quân mới", "Hải quân hai nước ký thỏa thuận mới.", "2022-01-04");
        Build(index, IndexEngine.Stock); // another process rebuilds the folder with the stock engine

        var refused = Assert.Throws<IndexEngineMismatchException>(() => search.RefreshNow());
        Assert.Equal(IndexEngine.Stock, refused.BuiltBy);
        Assert.Throws<IndexEngineMismatchException>(() => search.Refresh());
        Assert.Equal(3, search.DocumentCount); // still the custom commit it had, not the stock one with 4 articles
        Assert.Equal(2, search.Search(new SearchRequest { Query = "hải quân" }).Total);
    }

    [Fact]
    public void An_index_from_before_the_engine_was_recorded_counts_as_custom()
    {
        WriteCorpus();
        var index = Path.Combine(_dir.Path, "index");
        Build(index, IndexEngine.Custom, rebuild: true);
        using (var directory = FSDirectory.Open(index))
        {
            LuceneEngine.RegisterCodecs();
            using var writer = new IndexWriter(directory, LuceneEngine.Custom.WriterConfig());
            var data = new Dictionary<string, string>(writer.CommitData);
            data.Remove(IndexEngines.CommitKey);
            writer.SetCommitData(data);
            writer.Commit();
        }
        var again = Build(index, IndexEngine.Custom);
        Assert.Equal((false, 3), (again.Rebuilt, again.Unchanged));
    }

    [Fact]
    public void A_standard_export_passes_lucenes_check_index_and_searches_like_the_original()
    {
        WriteCorpus();
        var index = Path.Combine(_dir.Path, "index");
        Build(index, IndexEngine.Custom, rebuild: true);
        _corpus.Write("b", "Hợp tác đào tạo", "Hai bên ký kết về đào tạo phi công.", "2020-05-02", countries: "RU"); // a deleted older version in the index
        Build(index, IndexEngine.Custom);

        var export = Path.Combine(_dir.Path, "export");
        Assert.Equal(3, StandardExport.Write(index, export));

        var status = Check(export);
        Assert.True(status.Clean);
        Assert.Equal(3, status.SegmentInfos.Sum(s => s.DocCount));
        Assert.Equal(["Lucene46"], Codecs(export));
        // The same articles and snippets; not the same scores: the original still counts the replaced version in its statistics.
        foreach (var query in new[] { "phi công", "hải quân", "country:RU" })
        {
            Assert.Equal(Hits(index, IndexEngine.Custom, query).Select(h => (h.Id, h.Snippet)).Order(),
                Hits(export, IndexEngine.Stock, query).Select(h => (h.Id, h.Snippet)).Order());
        }

        // Nothing is written over: a second export into the same folder is refused.
        var again = Assert.Throws<IOException>(() => StandardExport.Write(index, export));
        Assert.Contains("not empty", again.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _corpus.Dispose();
        _dir.Dispose();
    }
}
