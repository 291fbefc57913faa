using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>The article page in a real browser, mirroring Pages/Article: reading hit after hit, then back.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ArticleBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_reader_opens_a_hit_steps_to_the_next_and_previous_and_returns_to_the_same_results()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=quoc+phong&sort=date");
        var results = page.Url;
        var titles = await page.Locator(".hit__title a").AllInnerTextsAsync();
        Assert.True(titles.Count >= 3);

        await page.Locator(".hit__title a").First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/article/"));
        Assert.Equal(titles[0], await page.Locator(".article__title").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".article__previous").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Bài sau" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("at=1"));
        Assert.Equal(titles[1], await page.Locator(".article__title").InnerTextAsync());
        Assert.True(await page.Locator(".article__body mark").CountAsync() > 0, "the words stay highlighted");
        Assert.Equal("quoc phong", await page.Locator(".article__query q").InnerTextAsync());
        await BrowserSite.ScreenshotAsync(page, "article-next-hit");

        await page.GetByRole(AriaRole.Link, new() { Name = "Bài trước" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("at=0"));
        Assert.Equal(titles[0], await page.Locator(".article__title").InnerTextAsync());

        await page.Locator(".article__back").ClickAsync();
        await page.WaitForPageAsync(new Regex("^(?!.*/article/)"));
        Assert.Equal(new Uri(results).Query.Replace("+", "%20", StringComparison.Ordinal), new Uri(page.Url).Query);
        Assert.Equal(titles, await page.Locator(".hit__title a").AllInnerTextsAsync());
        Assert.Empty(errors);
    }
}
