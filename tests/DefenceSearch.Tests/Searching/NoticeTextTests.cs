using DefenceSearch.Searching;

namespace DefenceSearch.Tests.Searching;

/// <summary>The one table that words a reinterpreted query for the site and the command line.</summary>
public sealed class NoticeTextTests
{
    [Fact]
    public void Every_notice_kind_the_search_gives_is_worded_in_both_languages()
    {
        var kinds = Enum.GetValues<QueryNoticeKind>().Where(k => k != QueryNoticeKind.None).ToList();
        Assert.Equal(kinds.Order(), NoticeText.Kinds.Order());
        foreach (var kind in kinds)
        {
            var notice = new QueryNotice(kind, "7") { Words = ["biển đông"] };
            var vi = NoticeText.Of(notice, "vi");
            var en = NoticeText.Of(notice, "en");
            Assert.NotEqual("", en);
            Assert.NotEqual(vi, en);
            Assert.DoesNotContain("{", vi + en, StringComparison.Ordinal); // every place filled
        }
        Assert.Equal("", NoticeText.Of(new QueryNotice(QueryNoticeKind.None, null), "en"));
    }

    [Fact]
    public void A_notice_names_the_words_and_the_count_it_is_about()
    {
        var notice = new QueryNotice(QueryNoticeKind.WordsLeftOut, "12") { Words = ["tham"] };
        Assert.Equal("No article holds all the words; showing the articles without “tham” (12).", NoticeText.Of(notice, "en"));
        Assert.Equal("Không có bài nào chứa tất cả các từ; đang hiển thị các bài không có “tham” (12 bài).", NoticeText.Of(notice, "vi"));
    }
}
