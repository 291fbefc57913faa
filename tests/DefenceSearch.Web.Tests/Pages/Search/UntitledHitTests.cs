using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>
/// An article whose file has no headline (a UNC file whose URL's headline cannot be spelt from its text) is listed under
/// its lead's first sentence, marked as such on the hit and the article page, never under a made-up headline.
/// Its own site: it adds such a file to the seeds.
/// </summary>
public sealed class UntitledHitTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new();

    public async Task InitializeAsync()
    {
        // The slug says "nga dieu 40 chien ham ... ram ro": "rầm rộ" is nowhere in the text, so no headline is spelt.
        await File.WriteAllTextAsync(Path.Combine(_site.CorpusPath, "news_world_161.txt"),
            "# doc_id = news_world_161\n# url = https://dantri.com.vn/the-gioi/nga-dieu-40-chien-ham-tap-tran-ram-ro-gan-ukraine-20210422212654663.htm\n# date = 20210422\n"
            + "Tàu chiến Nga trên biển Đen (Ảnh: TASS).\n"
            + "Nga ngày 22/4 đã điều 40 chiến hạm tới cuộc tập trận quy mô lớn <gần> Ukraine. Bộ trưởng Quốc phòng Nga theo dõi cuộc tập trận.\n");
        await _site.ReadyAsync();
    }

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_hit_and_the_article_page_show_the_first_sentence_marked_as_no_headline()
    {
        var client = _site.Browser();
        var page = await client.GetPageAsync("/?q=chien+ham");
        Assert.Contains("<h3 class=\"hit__title hit__title--lead\">", page);
        // The lead's first sentence, HTML-encoded, and the tag saying what it is.
        Assert.Contains("Nga ngày 22/4 đã điều 40 chiến hạm tới cuộc tập trận quy mô lớn &lt;gần&gt; Ukraine.</a>", page);
        Assert.Contains(">câu mở đầu</span>", page);
        Assert.DoesNotContain("Không có tiêu đề", page);
        Assert.DoesNotContain("TASS).</a>", page); // the photo caption is not taken for the lead

        var id = Http.HitIds(page).Single();
        var article = WebUtility.HtmlDecode(await client.GetPageAsync("/article/" + id));
        Assert.Contains("Bài không có tiêu đề; đây là câu mở đầu", article);

        await client.GetAsync("/language/en?returnUrl=%2F");
        Assert.Contains(">first sentence</span>", await client.GetPageAsync("/?q=chien+ham"));
    }
}
