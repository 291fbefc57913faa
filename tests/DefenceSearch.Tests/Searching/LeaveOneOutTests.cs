using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// When no article holds every word of a query, the search leaves out as little as it can: one unit (a word, or a name of
/// several words), the one found in the most articles, and says which; any word only when that finds nothing. The count,
/// the facets, exports and "new since" describe that same set.
/// </summary>
public sealed class LeaveOneOutTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public LeaveOneOutTests()
    {
        // The minister and Russia together, never with "thăm"; "thăm" is the commonest word, Russia the next.
        _corpus.Write("giang1", "Đại tướng Phan Văn Giang hội đàm với Bộ trưởng Quốc phòng Nga", "Đại tướng Phan Văn Giang hội đàm với người đồng cấp Liên bang Nga.",
            date: "2021-05-01", countries: "RU", ministers: "phan-van-giang");
        _corpus.Write("giang2", "Phan Văn Giang tiếp Đại sứ Nga", "Bộ trưởng Phan Văn Giang tiếp Đại sứ Nga tại Hà Nội.", date: "2022-06-01", countries: "RU", ministers: "phan-van-giang");
        _corpus.Write("giang3", "Phan Văn Giang kiểm tra huấn luyện", "Bộ trưởng Phan Văn Giang kiểm tra huấn luyện.", date: "2022-07-01", ministers: "phan-van-giang");
        _corpus.Write("visit1", "Chủ tịch nước thăm Lào", "Chủ tịch nước thăm chính thức Lào.", date: "2020-01-01", countries: "LA");
        _corpus.Write("visit2", "Thủ tướng thăm Nhật Bản", "Thủ tướng thăm Nhật Bản.", date: "2020-02-01", countries: "JP");
        _corpus.Write("visit3", "Đoàn công tác thăm Campuchia", "Đoàn công tác thăm Campuchia.", date: "2020-03-01", countries: "KH");
        _corpus.Write("visit4", "Thăm Nga mùa đông", "Đoàn văn công thăm Nga mùa đông.", date: "2020-04-01", countries: "RU");
        _corpus.Write("visit5", "Học sinh thăm bảo tàng", "Học sinh thăm bảo tàng.", date: "2020-05-01");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private const string Query = "phan van giang tham nga";

    [Fact]
    public void With_no_article_holding_every_word_the_commonest_word_is_left_out_and_named()
    {
        var r = _index.Search(new SearchRequest { Query = Query, Lang = "en" });

        // The minister with Russia, not the visits that hold only "thăm" (or "thăm Nga" without the minister).
        Assert.Equal(["giang1", "giang2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, r.Total);
        Assert.False(r.AnyWord);
        var notice = Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.WordsLeftOut);
        Assert.Equal("2", notice.Detail);
        Assert.Equal(["tham"], notice.Words);
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.AnyWordFallback);
    }

    [Fact]
    public void The_count_the_facets_exports_and_new_since_describe_the_set_shown()
    {
        var request = new SearchRequest { Query = Query };
        var r = _index.Search(request);

        Assert.Equal(r.Total, r.Facets["country"].Where(v => v.Key == "RU").Sum(v => v.Count));
        Assert.DoesNotContain(r.Facets["country"], v => v.Key is "LA" or "JP" or "KH");
        var (exported, total) = _index.All(request, 100);
        Assert.Equal(2, total);
        Assert.Equal(["giang1", "giang2"], exported.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, _index.CountAddedSince(request, 0));
        Assert.Equal(["giang2", "giang1"], _index.NewSince(request with { Sort = SortOrder.Date }, 0, 10).Hits.Select(h => h.Id).ToList());
        // Sorted by date, the same set, newest first.
        Assert.Equal(["giang2", "giang1"], _index.Search(request with { Sort = SortOrder.Date }).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_word_no_article_holds_is_the_one_left_out()
    {
        // "nga" is the commoner, yet leaving it out keeps "xyzzy", which no article holds: the unknown word goes.
        var r = _index.Search(new SearchRequest { Query = "phan van giang nga xyzzy" });

        Assert.Equal(["xyzzy"], r.Notices.Single(n => n.Kind == QueryNoticeKind.WordsLeftOut).Words);
        Assert.Equal(["giang1", "giang2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "phan van giang nga xyzzy" }, 0));
    }

    [Fact]
    public void When_leaving_one_word_out_finds_nothing_any_word_is_the_last_resort()
    {
        // Two words no article holds: leaving one out still keeps the other.
        var r = _index.Search(new SearchRequest { Query = "thăm xyzzy qwerty" });

        Assert.True(r.AnyWord);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.AnyWordFallback);
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.WordsLeftOut);
        Assert.Equal(5, r.Total);
        // A saved search's "new" count and feed describe the same articles as its total.
        Assert.Equal(5, _index.CountAddedSince(new SearchRequest { Query = "thăm xyzzy qwerty" }, 0));
        Assert.Equal(r.Hits.Select(h => h.Id).Order(), _index.NewSince(new SearchRequest { Query = "thăm xyzzy qwerty" }, 0, 10).Hits.Select(h => h.Id).Order());
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
