using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// A site keeps recent responses for the index version it searches: the same search again is answered from
/// memory, and an indexing run that changes the articles is seen by the very next search, cached or not.
/// </summary>
public sealed class ResultCacheTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();

    [Fact]
    public void The_same_search_again_comes_from_the_cache_until_the_index_changes()
    {
        _corpus.Write("a", "Hợp tác hải quân", "Tàu hải quân Nga thăm cảng Cam Ranh.", "2019-01-01");
        _corpus.IndexNow();
        using var index = _corpus.Open(resultCacheEntries: 10);
        var request = new SearchRequest { Query = "hai quan", Countries = ["RU"] };

        var first = index.Search(request);
        var second = index.Search(request);
        var otherPage = index.Search(request with { Page = 2 });
        Assert.False(first.Cached);
        Assert.True(second.Cached);
        Assert.False(otherPage.Cached);
        Assert.Equal(first.Hits.Select(h => h.Id), second.Hits.Select(h => h.Id));
        Assert.Equal(first.Facets["country"], second.Facets["country"]);

        _corpus.Write("b", "Hải quân Nga", "Hải quân Nga diễn tập.", "2019-02-01");
        _corpus.IndexNow();
        Assert.True(index.Refresh());
        var after = index.Search(request);
        Assert.False(after.Cached);
        Assert.Equal(2, after.Total);
    }

    [Fact]
    public void Without_a_cache_every_search_runs()
    {
        _corpus.Write("a", "Hợp tác hải quân", "Tàu hải quân thăm cảng Cam Ranh.", "2019-01-01");
        _corpus.IndexNow();
        using var index = _corpus.Open();
        index.Search(new SearchRequest { Query = "hai quan" });
        Assert.False(index.Search(new SearchRequest { Query = "hai quan" }).Cached);
    }

    public void Dispose() => _corpus.Dispose();
}
