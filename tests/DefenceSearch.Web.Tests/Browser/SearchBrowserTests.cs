using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>The search page in a real browser, mirroring Pages/Search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task Typing_without_diacritics_finds_the_four_articles_with_the_name_marked()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        await page.GetByLabel("Từ khóa").FillAsync("ngo xuan lich");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForPageAsync(new Regex("q=ngo"));
        Assert.DoesNotContain("mq=", page.Url);

        var titles = page.Locator(".hit__title a");
        Assert.Equal(4, await titles.CountAsync());
        var hrefs = await titles.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["000", "001", "002", "003"], hrefs.Select(h => h["/article/".Length..][..3]).Order());
        var marks = await page.Locator(".hit__snippet mark").AllInnerTextsAsync();
        Assert.Contains("Ngô Xuân Lịch", marks);
        var background = await page.Locator(".hit__snippet mark").First.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", background); // marks are visibly styled
        await BrowserSite.ScreenshotAsync(page, "search-ngo-xuan-lich");

        // On to the article: the words stay highlighted.
        await titles.First.ClickAsync();
        await page.WaitForPageAsync(new Regex("/article/"));
        Assert.True(await page.Locator(".article__body mark").CountAsync() > 0);
        await BrowserSite.ScreenshotAsync(page, "article-highlighted");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Ticking_Belarus_shows_the_two_Belarus_articles_and_keeps_the_other_counts()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        var countries = page.Locator(".facet--country");
        var before = await CountsAsync(countries);
        Assert.Equal(5, await page.Locator(".hit").CountAsync());

        // The script submits the form on tick: click, then wait for the new page. (CheckAsync would re-read the box
        // after the click, racing the page it navigates away from.)
        await countries.GetByLabel(new Regex("^Belarus")).ClickAsync();
        await page.WaitForPageAsync(new Regex("country=BY"));

        var hrefs = await page.Locator(".hit__title a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(["000", "004"], hrefs.Select(h => h["/article/".Length..][..3]).Order());
        Assert.Equal(before, await CountsAsync(countries));
        Assert.True(await countries.GetByLabel(new Regex("^Belarus")).IsCheckedAsync());
        Assert.Equal(1, await page.Locator(".active-filters .chip").CountAsync());
        await BrowserSite.ScreenshotAsync(page, "filter-belarus");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Filters_work_without_javascript()
    {
        var (context, page, _) = await site.NewPageAsync(javaScript: false);
        await using var __ = context;
        await page.GotoAsync("/?q=quoc+phong");
        await page.Locator(".facet--country").GetByLabel(new Regex("^Canada")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng bộ lọc" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("country=CA"));
        Assert.Contains("q=quoc", page.Url);
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
    }

    [Fact]
    public async Task The_minister_box_filters_as_you_type()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        var ministers = page.Locator(".facet--minister");
        var all = await ministers.Locator(".facet__item:visible").CountAsync();
        await page.GetByLabel("Lọc danh sách bộ trưởng").FillAsync("ngo xuan");
        Assert.Equal(1, await ministers.Locator(".facet__item:visible").CountAsync());
        Assert.True(all > 1);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_page_reads_well_on_a_phone()
    {
        var (context, page, errors) = await site.NewPageAsync(width: 390, height: 844);
        await using var _ = context;
        await page.GotoAsync("/?q=belarus");
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways on a phone");
        // The filters are folded behind one control above the results; the results start on the first screen.
        var results = await page.Locator(".results").BoundingBoxAsync();
        var toggle = await page.Locator(".facets__toggle").BoundingBoxAsync();
        Assert.True(toggle!.Y < results!.Y, "the filter control comes before the results on a phone");
        Assert.True(results.Y < 844, "the results start on the first screen");
        Assert.False(await page.Locator(".facet--country").IsVisibleAsync());
        await BrowserSite.ScreenshotAsync(page, "phone-search");
        Assert.Empty(errors);
    }

    private static async Task<Dictionary<string, string>> CountsAsync(ILocator facet)
    {
        var items = await facet.Locator(".facet__item").AllAsync();
        var counts = new Dictionary<string, string>();
        foreach (var item in items)
            counts[await item.Locator(".facet__label").InnerTextAsync()] = await item.Locator(".facet__count").InnerTextAsync();
        return counts;
    }
}
