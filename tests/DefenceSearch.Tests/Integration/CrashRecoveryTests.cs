using System.Diagnostics;
using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DefenceSearch.Tests.Integration;

/// <summary>SIGKILL in the middle of `index` leaves the last commit readable; the next run finds every article exactly once.</summary>
[Collection(SharedDataCollection.Name)]
public sealed class CrashRecoveryTests(SharedDataFixture data) : IDisposable
{
    private readonly TempDir _dir = new("crash");

    [Fact]
    public void Killed_indexing_leaves_a_readable_index_and_a_rerun_completes_it()
    {
        var index = Path.Combine(_dir.Path, "index");
        using (var child = StartIndex(data.Corpus, index))
        {
            // Wait for the first intermediate commit (every 5,000 articles), then kill without warning.
            var clock = Stopwatch.StartNew();
            while (!HasCommit(index) && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(4)) Thread.Sleep(100);
            Thread.Sleep(1500);
            if (child.HasExited) Assert.Fail("indexing ended before it could be killed: " + child.StandardError.ReadToEnd());
            child.Kill(entireProcessTree: true);
            child.WaitForExit();
        }

        int committed;
        LuceneEngine.RegisterCodecs(); // the index is written with DefenceSearch's codec
        using (var directory = FSDirectory.Open(index))
        {
            var check = new CheckIndex(directory).DoCheckIndex();
            Assert.True(check.Clean, "the last commit must be intact");
            using var reader = DirectoryReader.Open(directory);
            committed = reader.NumDocs;
        }
        Assert.InRange(committed, 1, SharedDataFixture.UncArticles + SharedDataFixture.BaomoiArticles - 1);

        var rerun = new CorpusIndexer(ReferenceData.Default).Run(data.Corpus, index);
        Assert.Equal(committed, rerun.Unchanged);
        Assert.Equal(SharedDataFixture.UncArticles + SharedDataFixture.BaomoiArticles, rerun.DocumentCount);
        Assert.Equal(rerun.DocumentCount, committed + rerun.Added);

        using var search = ArticleIndex.Open(index);
        var ids = search.All(new SearchRequest(), 100_000).Hits.Select(h => h.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(SharedDataFixture.UncArticles + SharedDataFixture.BaomoiArticles, ids.Count);
    }

    private static bool HasCommit(string index) =>
        System.IO.Directory.Exists(index) && System.IO.Directory.EnumerateFiles(index, "segments_*").Any();

    private static Process StartIndex(string corpus, string index)
    {
        var process = CliProcess.Start("index", "--corpus", corpus, "--index", index);
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    public void Dispose() => _dir.Dispose();
}
