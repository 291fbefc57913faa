using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The defence prior (<see cref="ArticleIndex.DefencePrior"/>): among articles that match a query about as well, those
/// tagged with a cooperation area or a defence minister rank first; what matches, the counts and the facets stay the same.
/// </summary>
public sealed class DefencePriorTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public DefencePriorTests()
    {
        // The match names Australia as often as the navy's visit does, in a shorter text: by its words alone it ranks first.
        _corpus.Write("football", "Đức thắng Úc 3-2", "Đội tuyển Đức thắng Úc 3-2 tại Confederations Cup.", date: "2017-06-19", countries: "AU,DE");
        _corpus.Write("navy", "Tàu hộ vệ tên lửa Úc thăm Việt Nam", "Tàu hộ vệ tên lửa HMAS Ballarat của hải quân Úc cập cảng Tiên Sa, Đà Nẵng, bắt đầu chuyến thăm thiện chí.",
            date: "2017-06-04", countries: "AU,VN", areas: "naval");
        _corpus.Write("tourist", "Du khách Úc đột tử tại Hạ Long", "Một du khách người Úc tử vong trên tàu du lịch tại vịnh Hạ Long.", date: "2017-06-09", countries: "AU,VN");
        _corpus.Write("minister", "Bộ trưởng tiếp Đại sứ Úc", "Đại tướng Ngô Xuân Lịch tiếp Đại sứ Úc tại Việt Nam.", date: "2017-06-20", countries: "AU,VN", ministers: "ngo-xuan-lich");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private List<string> Ids(string query, float prior, SortOrder sort = SortOrder.Relevance)
    {
        _index.DefencePrior = prior;
        return _index.Search(new SearchRequest { Query = query, Sort = sort }).Hits.Select(h => h.Id).ToList();
    }

    [Theory]
    [InlineData("uc")]
    [InlineData("Úc")]
    [InlineData("australia")]
    public void A_defence_article_about_a_country_ranks_above_a_match_that_names_it_as_often(string query)
    {
        var plain = Ids(query, 0f);
        Assert.True(plain.IndexOf("football") < plain.IndexOf("navy"), string.Join(", ", plain));

        var ids = Ids(query, ArticleIndex.DefaultDefencePrior);
        Assert.True(ids.IndexOf("navy") < ids.IndexOf("football"), string.Join(", ", ids));
        Assert.True(ids.IndexOf("minister") < ids.IndexOf("football"), string.Join(", ", ids));
    }

    [Fact]
    public void The_prior_changes_the_order_only()
    {
        _index.DefencePrior = 0f;
        var plain = _index.Search(new SearchRequest { Query = "uc" });
        _index.DefencePrior = ArticleIndex.DefaultDefencePrior;
        var ranked = _index.Search(new SearchRequest { Query = "uc" });

        Assert.Equal(plain.Total, ranked.Total);
        Assert.Equal(plain.Hits.Select(h => h.Id).Order(), ranked.Hits.Select(h => h.Id).Order());
        Assert.Equal(plain.Facets.Keys.Order(), ranked.Facets.Keys.Order());
        foreach (var (dimension, values) in plain.Facets)
            Assert.Equal(values.Select(v => (v.Key, v.Count)), ranked.Facets[dimension].Select(v => (v.Key, v.Count)));
        // Newest first is newest first.
        Assert.Equal(Ids("uc", 0f, SortOrder.Date), Ids("uc", ArticleIndex.DefaultDefencePrior, SortOrder.Date));
    }

    [Fact]
    public void A_headline_typed_whole_still_finds_its_article_first()
    {
        Assert.Equal("football", Ids("duc thang uc 3-2", ArticleIndex.DefaultDefencePrior)[0]);
        Assert.Equal("tourist", Ids("du khach uc dot tu tai ha long", ArticleIndex.DefaultDefencePrior)[0]);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
