using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Bounded work of a name's tiers: the words' own tiers are counted once, up front (to know which articles name it without
/// being tagged), and reused when the tagged tier does not stand, instead of being run again.
/// </summary>
public sealed class EntityTierWorkTests
{
    [Fact]
    public void A_names_words_tier_that_holds_nothing_is_counted_once_and_the_notice_still_says_the_name_is_absent()
    {
        // Within the year asked for, no article is tagged with the minister and none holds "Phan", "Văn" and "Giang" together:
        // the tagged tier and the words' together tier hold nothing, and the articles with the words apart are the result.
        using var corpus = new SmallCorpus();
        corpus.Write("giang", "Đại tướng Phan Văn Giang thăm Lào", "Bộ trưởng Phan Văn Giang thăm Lào.", date: "2017-05-01", ministers: "phan-van-giang");
        corpus.Write("apart1", "Tin văn hóa", "Ông Phan kể chuyện văn học ở Hương Giang.", date: "2018-05-01");
        corpus.Write("apart2", "Du lịch", "Đoàn Phan Thiết đi thuyền trên sông Giang, đọc văn tế.", date: "2018-06-01");
        corpus.IndexNow();
        using var index = corpus.Open();
        var request = new SearchRequest
        {
            Query = "phan văn giang",
            Lang = "en",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["2018"] },
        };

        var r = index.Search(request);

        Assert.True(r.Hits.Count == 2, string.Join(" / ", r.Notices.Select(n => $"{n.Kind} {n.Detail}")) + $" tier {r.Tier} other {r.OtherTierTotal} total {r.Total} sets {r.Work.SetsRun} " + string.Join(",", r.Facets["year"].Select(f => f.Key + f.Count)));
        Assert.Equal(["apart1", "apart2"], r.Hits.Select(h => h.Id).Order());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityAbsent && n.Detail == "Phan Văn Giang");
        // The sets run: the words together (counted once, up front: nothing), the tagged tier (nothing: no tier), every
        // article with the words (the result, ranked), and the tag within the filters (for the notice). The words-together
        // tier is not run a second time.
        Assert.Equal(4, r.Work.SetsRun);
        // The saved-search count reads it the same way.
        Assert.Equal(2, index.CountAddedSince(request, 0));
    }
}
