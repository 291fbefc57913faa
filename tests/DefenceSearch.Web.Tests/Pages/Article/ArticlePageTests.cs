using System.Net;
using System.Text.RegularExpressions;
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
        Assert.Contains("<h1 class=\"article__title\" lang=\"vi\">Việt Nam và Belarus tăng cường hợp tác quốc phòng</h1>", page);
        Assert.Contains("datetime=\"2018-11-15\"", page);
        Assert.Contains("Sputnik Việt Nam", page);
        Assert.Contains("href=\"/?country=BY\"", page);
        Assert.Contains("href=\"/?minister=ngo-xuan-lich\"", page);
        Assert.DoesNotContain("<mark>", page);
    }

    [Fact]
    public async Task The_article_says_which_of_its_phrases_made_each_cooperation_area()
    {
        // Session 19: a researcher who filtered by an area sees, under the chips, the phrases of the text that made each area tag.
        var page = await _client.GetPageAsync("/article/" + await IdAsync("000_"));
        var areas = Regex.Matches(page, "class=\"chip chip--area\"[^>]*>([^<]+)</a>").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(areas);
        Assert.Contains("class=\"article__area-phrases\"", page);
        foreach (var area in areas)
        {
            var phrases = Regex.Match(page, $"<dt>{Regex.Escape(area)}</dt>\\s*<dd lang=\"vi\">([^<]+)</dd>");
            Assert.True(phrases.Success, $"no phrases shown for {area}");
            Assert.False(string.IsNullOrWhiteSpace(phrases.Groups[1].Value));
        }
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
    public async Task From_a_hit_the_reader_goes_back_to_the_same_results_and_on_to_the_next_and_previous_hits()
    {
        var search = "/?q=quoc%20phong&country=RU&sort=date"; // as the site writes its own links
        var results = await _client.GetPageAsync(search);
        var ids = Http.HitIds(results);
        Assert.True(ids.Count >= 2, Http.Shorten(results));
        var links = ArticleLinks(results);

        var first = await _client.GetPageAsync(links[0]);
        Assert.Contains($"href=\"{System.Net.WebUtility.HtmlEncode(search)}\"", first); // back to results: same query, filter and sort
        Assert.DoesNotContain("class=\"article__previous\"", first);
        var next = Regex.Match(first, "class=\"article__next\" href=\"([^\"]+)\"");
        Assert.True(next.Success, "the first hit links to the second");

        var second = await _client.GetPageAsync(System.Net.WebUtility.HtmlDecode(next.Groups[1].Value));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ids[1]), second);
        Assert.Contains("<mark>", second); // the words stay highlighted from hit to hit
        var previous = Regex.Match(second, "class=\"article__previous\" href=\"([^\"]+)\"");
        Assert.True(previous.Success, "the second hit links back to the first");
        Assert.Contains(Uri.EscapeDataString(ids[0]).Replace("%2F", "/", StringComparison.Ordinal), System.Net.WebUtility.HtmlDecode(previous.Groups[1].Value));
    }

    [Fact]
    public async Task A_hit_on_a_later_page_leads_back_to_that_page()
    {
        var page = await _client.GetPageAsync("/?size=2&page=2");
        var link = ArticleLinks(page)[0];
        Assert.Contains("at=2", link);
        var article = await _client.GetPageAsync(link);
        Assert.Contains("href=\"/?size=2&amp;page=2\"", article);
    }

    [Fact]
    public async Task An_article_opened_on_its_own_offers_a_new_search_only()
    {
        var id = await IdAsync("002_");
        var page = await _client.GetPageAsync("/article/" + id);
        Assert.DoesNotContain("article__nav", page);
    }

    private static List<string> ArticleLinks(string page) =>
        Regex.Matches(page, "<h3 class=\"hit__title\"[^>]*><a href=\"([^\"]+)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

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
