using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>
/// Following a search: opening it shows what is new first, marked; its feed holds its matches, newest first.
/// Its own site (class fixture): it adds an article to the corpus.
/// </summary>
public sealed class FollowingBrowserTests(FollowingBrowserTests.Site site) : IClassFixture<FollowingBrowserTests.Site>
{
    /// <summary>The seeds and a UNC file without a title line (its first line a photo caption; the headline in its URL).</summary>
    public sealed class Site() : BrowserSite(new KestrelSiteFactory(corpus => File.WriteAllText(Path.Combine(corpus, "news_world_900.txt"),
        "# doc_id = news_world_900\n# url = https://dantri.com.vn/the-gioi/hai-quan-canada-nhan-tau-ngam-moi-20210101120000123.htm\n# date = 20210101\n" +
        "Tàu ngầm mới neo tại cảng (Ảnh: minh họa).\nHải quân Canada nhận tàu ngầm mới trong tuần này.\n")));

    [Fact]
    public async Task A_file_without_a_title_line_is_listed_under_its_urls_headline_with_diacritics()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=tau+ngam");
        Assert.Equal(["Hải quân Canada nhận tàu ngầm mới"], await page.Locator(".hit__title a").AllInnerTextsAsync());
        await page.Locator(".hit__title a").ClickAsync();
        await page.WaitForPageAsync(new Regex("/article/"));
        Assert.Contains("Tàu ngầm mới neo tại cảng", await page.Locator(".article__body").InnerTextAsync()); // the caption is body text
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Opening_a_saved_search_shows_the_new_article_first_marked_new_and_the_feed_holds_only_its_matches()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=belarus");
        Assert.Equal(2, await page.Locator(".hit").CountAsync());
        await page.GetByText("Lưu tìm kiếm này").ClickAsync();
        await page.GetByLabel("Tên tìm kiếm").FillAsync("Belarus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        // The save redirects to /saved: wait for that page, then for the saved search on it.
        await page.WaitForPageAsync(new Regex("/saved"));
        await page.Locator(".saved-item", new() { HasText = "Belarus" }).WaitForAsync(new() { Timeout = 60_000 });

        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the index's clock counts in seconds
        var seed = Directory.GetFiles(site.Factory.CorpusPath, "004_*").Single();
        await File.WriteAllTextAsync(Path.Combine(site.Factory.CorpusPath, "005_new.txt"),
            "Belarus và Việt Nam ký kế hoạch hợp tác mới\n" + await File.ReadAllTextAsync(seed));
        var report = await site.Factory.Services.GetRequiredService<IndexingService>().ReindexAsync();
        Assert.Equal(1, report!.Added);

        await page.ReloadAsync();
        var item = page.Locator(".saved-item", new() { HasText = "Belarus" });
        Assert.Contains("1 bài mới", await item.InnerTextAsync());
        // The feed button says what it is and how to use it.
        var feed = item.GetByRole(AriaRole.Link, new() { Name = "Nguồn tin Atom (RSS)" });
        var described = await page.Locator("#" + await feed.GetAttributeAsync("aria-describedby")).InnerTextAsync();
        Assert.Contains("trình đọc tin", described);
        var feedUrl = await feed.GetAttributeAsync("href");

        await item.GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("since="));
        await page.Locator(".new-hits").WaitForAsync(new() { Timeout = 60_000 });
        var fresh = page.Locator(".new-hits");
        Assert.Contains("1 bài mới", await fresh.Locator("h3").First.InnerTextAsync());
        Assert.Equal(["Belarus và Việt Nam ký kế hoạch hợp tác mới"], await fresh.Locator(".hit__title a").AllInnerTextsAsync());
        Assert.Equal(1, await fresh.Locator(".badge--new").CountAsync());
        var newBox = await fresh.BoundingBoxAsync();
        var list = await page.Locator("ol.hits:not(.hits--new)").BoundingBoxAsync();
        Assert.True(newBox!.Y < list!.Y, "the new article comes before the results");
        // In the results too, only the new one is marked.
        Assert.Equal(1, await page.Locator("ol.hits:not(.hits--new) .hit--new").CountAsync());
        Assert.Equal(3, await page.Locator("ol.hits:not(.hits--new) .hit").CountAsync());
        await BrowserSite.ScreenshotAsync(page, "saved-opened-new-first");

        // The feed: the search's three matches and nothing else, newest first, no placeholder dates.
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var xml = XDocument.Parse(await (await page.APIRequest.GetAsync(feedUrl!)).TextAsync());
        var entries = xml.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        var ids = entries.Select(e => Regex.Match(e.Element(atom + "link")!.Attribute("href")!.Value, "/article/([0-9]{3})").Groups[1].Value).Order();
        Assert.Equal(["000", "004", "005"], ids);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(atom + "updated")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderByDescending(d => d), updated);
        Assert.All(updated, d => Assert.True(d.Year >= 2000, $"placeholder date {d}"));
        Assert.Empty(errors);
    }
}
