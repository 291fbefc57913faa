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
        var request = new SearchRequest { Query = "hai quan" }.WithSelected("country", ["RU"]);

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

    [Fact]
    public void Many_distinct_large_responses_stay_under_the_byte_cap()
    {
        for (var i = 0; i < 120; i++)
            _corpus.Write($"a{i:000}", $"Hải quân bài {i}", string.Join(' ', Enumerable.Repeat($"Tàu hải quân số {i} thăm cảng Cam Ranh và diễn tập cùng hải quân Nga.", 12)), "2019-01-01");
        _corpus.IndexNow();
        const long Cap = 1L << 20;
        using var index = ArticleIndex.Open(_corpus.IndexPath, resultCacheEntries: 100_000, resultCacheBytes: Cap);
        var searches = 0;
        long largest = 0;
        foreach (var query in new[] { "hai quan", "hải quân", "tau", "cam ranh" })
            foreach (var sort in new[] { SortOrder.Relevance, SortOrder.Date })
                for (var size = 60; size <= 100; size++)
                {
                    var response = index.Search(new SearchRequest { Query = query, Sort = sort, Size = size });
                    Assert.False(response.Cached);
                    searches++;
                    largest = Math.Max(largest, ResultCacheBytesOf(response));
                    Assert.InRange(index.ResultCacheBytes, 0, Cap);
                }
        Assert.True(largest > Cap / 20, $"the responses should be large: {largest} bytes"); // so the cap, not the count, decides
        Assert.InRange(index.ResultCacheCount, 1, searches / 4); // most were dropped or never kept
    }

    private static long ResultCacheBytesOf(SearchResponse response) => ResultCache.EstimateBytes(response);

    public void Dispose() => _corpus.Dispose();
}
