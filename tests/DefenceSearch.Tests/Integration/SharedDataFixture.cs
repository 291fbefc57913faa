using System.Diagnostics;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Integration;

/// <summary>
/// The real news of ../shared/data (38,093 articles), extracted to a temporary folder and indexed once
/// for the whole test run. Never copied into the repository.
/// </summary>
public sealed class SharedDataFixture : IDisposable
{
    public const int UncArticles = 2653;
    public const int BaomoiArticles = 35440;

    private readonly TempDir _dir = new("shared");

    public SharedDataFixture()
    {
        Corpus = _dir.Sub("news");
        foreach (var archive in new[] { "unc-news.tar.gz", "baomoi-news.tar.gz" })
        {
            var path = Path.Combine(TestPaths.SharedData, archive);
            if (!File.Exists(path)) throw new FileNotFoundException($"The shared news data is missing: {path}");
            using var tar = Process.Start(new ProcessStartInfo("tar", ["-xzf", path, "-C", Corpus]) { RedirectStandardError = true })!;
            tar.WaitForExit();
            if (tar.ExitCode != 0) throw new InvalidOperationException($"tar failed on {path}: {tar.StandardError.ReadToEnd()}");
        }
        IndexPath = Path.Combine(_dir.Path, "index");
        Report = new CorpusIndexer(ReferenceData.Default).Run(Corpus, IndexPath);
        Index = ArticleIndex.Open(IndexPath);
    }

    public string Corpus { get; }
    public string IndexPath { get; }
    public IndexReport Report { get; }
    public ArticleIndex Index { get; }

    public void Dispose()
    {
        Index.Dispose();
        _dir.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedDataCollection : ICollectionFixture<SharedDataFixture>
{
    public const string Name = "shared data";
}
