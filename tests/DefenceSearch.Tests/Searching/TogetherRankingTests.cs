using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The order inside the words-together tier: an article where the whole run of typed words stands together often, or in
/// its title, ranks above one that names it once in passing, however well its title matches part of the run.
/// </summary>
public sealed class TogetherRankingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public TogetherRankingTests()
    {
        // About the British navy: "hải quân" in the title and throughout, "hải quân Nga" once.
        _corpus.Write("passing", "Hải quân Anh đã hết thời?", "Hải quân Anh từng mạnh nhất thế giới. Nay hải quân Anh chỉ còn ít tàu. "
            + "Ngân sách của hải quân Anh giảm mạnh, trong khi hải quân Nga được đầu tư. Tương lai của hải quân Anh còn bỏ ngỏ.", countries: "GB");
        // About the Russian navy: "hải quân Nga" again and again.
        _corpus.Write("often", "Nga hồi sinh hạm đội Thái Bình Dương", "Hải quân Nga nhận thêm tàu mới. Hạm đội của hải quân Nga được tăng cường. "
            + "Các tàu ngầm của hải quân Nga tuần tra thường xuyên. Hải quân Nga diễn tập lớn.", countries: "RU");
        // The run in the title.
        _corpus.Write("title", "Hải quân Nga diễn tập ở Địa Trung Hải", "Các tàu chiến tham gia diễn tập ở Địa Trung Hải.", countries: "RU");
        _corpus.Write("other1", "Nga thử tên lửa", "Quân đội Nga thử tên lửa mới.", countries: "RU");
        _corpus.Write("other2", "Hai nước bàn hợp tác", "Hai nước bàn hợp tác quân sự.");
        _corpus.Write("other3", "Không quân Nga", "Không quân Nga nhận máy bay mới.", countries: "RU");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void Articles_where_the_run_stands_together_often_or_in_the_title_rank_above_a_passing_mention()
    {
        var r = _index.Search(new SearchRequest { Query = "hai quan nga" });

        Assert.Equal("together", r.Tier);
        var ids = r.Hits.Select(h => h.Id).ToList();
        Assert.Equal(["often", "passing", "title"], ids.Order().ToList());
        Assert.True(ids.IndexOf("often") < ids.IndexOf("passing"), string.Join(", ", ids));
        Assert.True(ids.IndexOf("title") < ids.IndexOf("passing"), string.Join(", ", ids));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
