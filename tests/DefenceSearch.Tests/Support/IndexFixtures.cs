using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;

namespace DefenceSearch.Tests.Support;

/// <summary>The five seed articles, indexed once for a test class.</summary>
public sealed class SeedIndexFixture : IDisposable
{
    private readonly TempDir _dir = new("seeds");

    public SeedIndexFixture()
    {
        IndexPath = _dir.Sub("index");
        Report = new CorpusIndexer(ReferenceData.Default).Run(TestPaths.Corpus, IndexPath);
        Index = ArticleIndex.Open(IndexPath);
    }

    public string IndexPath { get; }
    public IndexReport Report { get; }
    public ArticleIndex Index { get; }

    public SearchResponse Search(string? q, Func<SearchRequest, SearchRequest>? adjust = null)
    {
        var request = new SearchRequest { Query = q, Size = 20 };
        return Index.Search(adjust is null ? request : adjust(request));
    }

    public void Dispose()
    {
        Index.Dispose();
        _dir.Dispose();
    }
}

/// <summary>Writes small Markdown articles with front matter into a temporary corpus and indexes them.</summary>
public sealed class SmallCorpus : IDisposable
{
    private readonly TempDir _dir = new("small");

    public SmallCorpus() { }

    public string CorpusPath => _dir.Sub("corpus");
    public string IndexPath => Path.Combine(_dir.Path, "index");

    public string Write(string id, string title, string body, string? date = null, string? countries = null, string? areas = null, string? ministers = null)
    {
        var front = new List<string> { "---", $"title: \"{title}\"" };
        if (date is not null) front.Add($"date: {date}");
        if (countries is not null) front.Add($"countries: [{countries}]");
        if (areas is not null) front.Add($"areas: [{areas}]");
        if (ministers is not null) front.Add($"ministers: [{ministers}]");
        front.Add("---");
        var path = Path.Combine(CorpusPath, id + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Join('\n', front) + "\n" + body + "\n");
        return path;
    }

    public IndexReport IndexNow() => new CorpusIndexer(ReferenceData.Default).Run(CorpusPath, IndexPath);

    public ArticleIndex Open(int resultCacheEntries = 0) => ArticleIndex.Open(IndexPath, resultCacheEntries: resultCacheEntries);

    public void Dispose() => _dir.Dispose();
}
