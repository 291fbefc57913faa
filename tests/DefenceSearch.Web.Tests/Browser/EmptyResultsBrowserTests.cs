using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>No result: the page offers what helps (each filter to drop, with what it would find), and nothing to export or save.</summary>
[Collection(BrowserCollection.Name)]
public sealed class EmptyResultsBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task An_empty_result_offers_dropping_each_filter_with_its_count_and_no_export_or_save()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=belarus&country=CA&from=2018");
        Assert.Equal(0, await page.Locator(".hit").CountAsync());
        Assert.Equal(0, await page.Locator(".tools").CountAsync());
        Assert.Equal(0, await page.GetByText("Lưu tìm kiếm này").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='/export']").CountAsync());

        var ways = await page.Locator(".empty__filters li").AllInnerTextsAsync();
        // Dropping Canada finds the Belarus article dated 2018; dropping the range finds nothing (no Canada article
        // mentions Belarus); dropping both finds the two Belarus articles. Those that find something come first.
        Assert.Equal(["Xóa tất cả bộ lọc (2 kết quả)", "Bỏ lọc Canada (1 kết quả)", "Bỏ lọc 2018 – … (0 kết quả)"], ways);
        await BrowserSite.ScreenshotAsync(page, "empty-ways-out");

        await page.Locator(".empty__filters").GetByRole(AriaRole.Link, new() { Name = "Bỏ lọc Canada" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("^(?!.*country=CA).*from=2018"));
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.Equal(1, await page.Locator(".tools").CountAsync()); // results again: export and save are back
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_pager_says_how_many_pages_there_are_and_links_each()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?size=2");
        Assert.Contains("trang 1/3", await page.Locator(".results__count").InnerTextAsync());
        Assert.Equal(["1", "2", "3", "Sau ›"], await page.Locator(".pager a").AllInnerTextsAsync());
        await page.Locator(".pager a", new() { HasText = "3" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("page=3"));
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.Contains("trang 3/3", await page.Locator(".results__count").InnerTextAsync());
        Assert.Empty(errors);
    }
}
