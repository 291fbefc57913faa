using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Indexing;

/// <summary>Re-running index brings the index up to date: new, changed and deleted files, unchanged ones skipped.</summary>
public sealed class IncrementalIndexingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();

    [Fact]
    public void A_stopped_rebuild_commits_every_article_it_counted_and_the_next_run_adds_the_rest()
    {
        for (var i = 0; i < 120; i++) _corpus.Write($"n{i:000}", $"Tin số {i}", $"Hợp tác quốc phòng, bài {i}.", "2019-01-01");
        using var stop = new CancellationTokenSource();
        // A fresh index is built from each thread's buffer of documents: stopping must still index what it holds.
        var progress = new SyncProgress(p => { if (p.Done == 40) stop.Cancel(); });
        var stopped = new CorpusIndexer(ReferenceData.Default).Run(_corpus.CorpusPath, _corpus.IndexPath, new IndexOptions { Rebuild = true }, progress, stop.Token);
        Assert.True(stopped.Cancelled);
        Assert.InRange(stopped.Added, 40, 119);
        Assert.Equal(stopped.Added, stopped.DocumentCount);

        var rest = _corpus.IndexNow();
        Assert.Equal((stopped.Added, 120 - stopped.Added), (rest.Unchanged, rest.Added));
        Assert.Equal(120, rest.DocumentCount);
    }

    [Fact]
    public void A_rebuild_while_the_index_is_open_is_what_the_next_refresh_searches()
    {
        _corpus.Write("a", "Hợp tác hải quân", "Tàu hải quân thăm cảng Cam Ranh.", "2019-01-01");
        _corpus.Write("b", "Hợp tác đào tạo", "Học viên sang Nga học tập.", "2019-01-02");
        _corpus.IndexNow();
        using var index = _corpus.Open();
        Assert.Equal(1, index.Search(new SearchRequest { Query = "cam ranh" }).Total);

        // Another process (the command line beside the site) rebuilds the folder from a changed corpus.
        _corpus.Write("a", "Hợp tác hải quân", "Tàu hải quân thăm cảng Hải Phòng.", "2019-01-01");
        _corpus.Write("c", "Diễn tập cứu hộ", "Hải quân diễn tập tìm kiếm cứu nạn.", "2019-01-03");
        new CorpusIndexer(ReferenceData.Default).Run(_corpus.CorpusPath, _corpus.IndexPath, new IndexOptions { Rebuild = true });

        index.RefreshNow();
        Assert.Equal(3, index.DocumentCount);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "cam ranh" }).Total);
        Assert.Equal(2, index.Search(new SearchRequest { Query = "hải quân" }).Total);
    }

    private sealed class SyncProgress(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }

    [Fact]
    public void Add_change_delete_and_unchanged_are_each_counted_and_searchable()
    {
        _corpus.Write("a", "Hợp tác hải quân", "Tàu hải quân thăm cảng Cam Ranh.", "2019-01-01");
        _corpus.Write("b", "Hợp tác đào tạo", "Học viên sang Nga học tập.", "2019-01-02");
        var c = _corpus.Write("sub/c", "Gìn giữ hòa bình", "Bệnh viện dã chiến cấp 2.", "2019-01-03");
        var first = _corpus.IndexNow();
        Assert.Equal((3, 0, 0, 0), (first.Added, first.Updated, first.Deleted, first.Unchanged));

        var again = _corpus.IndexNow();
        Assert.Equal((0, 0, 0, 3), (again.Added, again.Updated, again.Deleted, again.Unchanged));

        _corpus.Write("b", "Hợp tác đào tạo", "Học viên sang Belarus học tập.", "2019-01-02");
        File.Delete(c);
        _corpus.Write("d", "Triển lãm quốc phòng", "Triển lãm quốc phòng quốc tế tại Hà Nội.", "2019-01-04");
        var third = _corpus.IndexNow();
        Assert.Equal((1, 1, 1, 1), (third.Added, third.Updated, third.Deleted, third.Unchanged));

        using var index = _corpus.Open();
        Assert.Equal(3, index.DocumentCount);
        Assert.Equal(1, index.Search(new SearchRequest { Query = "belarus" }).Total);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "nga" }).Total);
        Assert.Equal(0, index.Search(new SearchRequest { Query = "\"benh vien da chien\"" }).Total);
        Assert.Null(index.Get("sub/c"));
    }

    [Fact]
    public void Broken_files_are_skipped_by_name_and_the_rest_is_indexed()
    {
        _corpus.Write("good", "Bài tốt", "Nội dung quốc phòng.");
        File.WriteAllBytes(Path.Combine(_corpus.CorpusPath, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_corpus.CorpusPath, "image.jpg"), [0xFF, 0xD8, 0xFF, 0x00, 0x10, 0x4A, 0x46]);
        File.WriteAllBytes(Path.Combine(_corpus.CorpusPath, "latin1.txt"), [0x48, 0xE0, 0x20, 0x4E, 0xF4, 0x69]);
        File.WriteAllText(Path.Combine(_corpus.CorpusPath, ".hidden.txt"), "not an article");
        var report = _corpus.IndexNow();
        Assert.Equal(1, report.Added);
        Assert.Equal(["empty.txt", "image.jpg", "latin1.txt"], report.Skipped.Select(s => s.Path));
        Assert.All(report.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Rebuild_starts_fresh()
    {
        _corpus.Write("a", "Một", "Quốc phòng.");
        _corpus.IndexNow();
        var rebuilt = new CorpusIndexer(ReferenceData.Default).Run(_corpus.CorpusPath, _corpus.IndexPath, new IndexOptions { Rebuild = true });
        Assert.True(rebuilt.Rebuilt);
        Assert.Equal(1, rebuilt.Added);
        Assert.Equal(1, rebuilt.DocumentCount);
    }

    [Fact]
    public void An_index_of_another_schema_is_rebuilt_even_when_this_version_cannot_open_its_files()
    {
        _corpus.Write("a", "Một", "Quốc phòng.");
        _corpus.IndexNow();
        // As an index of schema 5 looks to this version: its commit says 5, its stored fields are in files it lacks.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_corpus.IndexPath))
        {
            var config = new Lucene.Net.Index.IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48)) { Codec = new DefenceCodec() };
            using var writer = new Lucene.Net.Index.IndexWriter(directory, config);
            writer.SetCommitData(new Dictionary<string, string> { [Schema.SchemaKey] = "5" });
            writer.Commit();
        }
        foreach (var file in Directory.GetFiles(_corpus.IndexPath, "*." + DefenceStoredFieldsFormat.DataExtension)) File.Delete(file);

        var report = _corpus.IndexNow();
        Assert.True(report.Rebuilt);
        Assert.Contains(report.Warnings, w => w.Contains("another version of DefenceSearch (schema 5)", StringComparison.Ordinal));
        using var index = ArticleIndex.Open(_corpus.IndexPath);
        Assert.Equal("Một", Assert.Single(index.Search(new SearchRequest { Query = "quoc phong" }).Hits).Title);
    }

    [Fact]
    public void A_corrupt_index_is_rebuilt_from_the_corpus()
    {
        _corpus.Write("a", "Một", "Quốc phòng.");
        _corpus.IndexNow();
        foreach (var file in Directory.GetFiles(_corpus.IndexPath, "segments_*")) File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        var report = _corpus.IndexNow();
        Assert.True(report.Rebuilt);
        Assert.Contains(report.Warnings, w => w.Contains("could not be read", StringComparison.Ordinal));
        Assert.Equal(1, report.DocumentCount);
        var forced = new CorpusIndexer(ReferenceData.Default).Run(_corpus.CorpusPath, _corpus.IndexPath, new IndexOptions { Rebuild = true });
        Assert.Equal(1, forced.DocumentCount);
    }

    [Fact]
    public void A_reader_open_during_indexing_sees_the_previous_commit_until_refresh()
    {
        _corpus.Write("a", "Một", "Quốc phòng.");
        _corpus.IndexNow();
        using var index = _corpus.Open();
        _corpus.Write("b", "Hai", "Quốc phòng.");
        _corpus.IndexNow();
        Assert.Equal(1, index.DocumentCount);
        Assert.True(index.Refresh());
        Assert.Equal(2, index.DocumentCount);
    }

    [Fact]
    public void New_since_counts_only_articles_added_after_the_time()
    {
        _corpus.Write("a", "Một", "Quốc phòng.");
        _corpus.IndexNow();
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Thread.Sleep(1100);
        _corpus.Write("b", "Hai", "Quốc phòng.");
        _corpus.IndexNow();
        using var index = _corpus.Open();
        Assert.Equal(1, index.CountAddedSince(new SearchRequest { Query = "quoc phong" }, before));
        Assert.Equal(2, index.CountAddedSince(new SearchRequest { Query = "quoc phong" }, before - 3600));
    }

    public void Dispose() => _corpus.Dispose();
}
