using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Article;

[Collection(SiteCollection.Name)]
public sealed class ArticlePageTests(SharedSite site)
{
    private readonly HttpClient _client = site.Factory.Browser();

    private async Task<string> IdAsync(string prefix) =>
        Http.HitIds(await _client.GetPageAsync("/")).Single(id => id.StartsWith(prefix, StringComparison.Ordinal));

    [Fact]
    public async Task The_article_shows_title_date_source_and_chips()
    {
        var id = await IdAsync("000_");
        var page = await _client.GetPageAsync("/article/" + id);
        Assert.Contains("<h1 class=\"article__title\">Việt Nam và Belarus tăng cường hợp tác quốc phòng</h1>", page);
        Assert.Contains("datetime=\"2018-11-15\"", page);
        Assert.Contains("Sputnik Việt Nam", page);
        Assert.Contains("href=\"/?country=BY\"", page);
        Assert.Contains("href=\"/?minister=ngo-xuan-lich\"", page);
        Assert.DoesNotContain("<mark>", page);
    }

    [Fact]
    public async Task The_search_words_are_highlighted_from_hl()
    {
        var results = await _client.GetPageAsync("/?q=ngo+xuan+lich");
        var link = System.Text.RegularExpressions.Regex.Match(results, "href=\"(/article/000_[^\"]+)\"").Groups[1].Value;
        Assert.Contains("?hl=", link);
        var page = await _client.GetPageAsync(System.Net.WebUtility.HtmlDecode(link));
        Assert.Contains("<mark>Ngô Xuân Lịch</mark>", page);
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_page()
    {
        var page = await _client.GetPageAsync("/article/no-such-article", HttpStatusCode.NotFound);
        Assert.Contains("Không tìm thấy bài viết", page);
        await _client.GetPageAsync("/article/a/b/c", HttpStatusCode.NotFound); // ids may hold slashes
        await _client.GetPageAsync("/article/", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_hostile_hl_parameter_is_encoded()
    {
        var id = await IdAsync("001_");
        var page = await _client.GetPageAsync($"/article/{id}?hl=" + Uri.EscapeDataString("<img src=x onerror=alert(1)> \"x"));
        Assert.DoesNotContain("<img src=x", page);
    }
}
