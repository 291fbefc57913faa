using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>Typed diacritics rank exact spellings first, near spellings next, folded-only matches last.</summary>
public sealed class AccentRankingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public AccentRankingTests()
    {
        // Same length and shape, so only the spelling decides.
        _corpus.Write("exact", "Tin một", "Con đường hợp tác.");
        _corpus.Write("near", "Tin hai", "Con dương hợp tác.");
        _corpus.Write("folded", "Tin ba", "Con duong hợp tác.");
        _corpus.Write("other", "Tin bốn", "Con đò hợp tác.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void Exact_before_near_before_folded()
    {
        var ids = _index.Search(new SearchRequest { Query = "đường" }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(["exact", "near", "folded"], ids);
    }

    [Fact]
    public void Without_diacritics_every_spelling_matches()
    {
        var r = _index.Search(new SearchRequest { Query = "duong" });
        Assert.Equal(3, r.Total);
        Assert.All(r.Hits, h => Assert.Contains("<mark>", h.Snippet));
    }

    [Fact]
    public void Snippets_mark_folded_matches_with_their_own_spelling()
    {
        var hit = _index.Search(new SearchRequest { Query = "duong" }).Hits.Single(h => h.Id == "exact");
        Assert.Contains("<mark>đường</mark>", hit.Snippet);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
