using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Saved searches and the language switch in a real browser, mirroring Pages/Saved and the layout.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SavedAndLanguageBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_saved_search_survives_a_reload_and_opens_again()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=belarus&country=BY");
        await page.GetByText("Lưu tìm kiếm này").ClickAsync();
        await page.GetByLabel("Tên tìm kiếm").FillAsync("Bàn tin Belarus");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/saved"));

        await page.ReloadAsync();
        var item = page.Locator(".saved-item", new() { HasText = "Bàn tin Belarus" });
        Assert.Equal(1, await item.CountAsync());
        Assert.Contains("2 kết quả", await item.InnerTextAsync());
        Assert.Contains("Không có bài mới", await item.InnerTextAsync());
        await BrowserSite.ScreenshotAsync(page, "saved-searches");

        await item.GetByRole(AriaRole.Link, new() { Name = "Mở" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("country=BY"));
        Assert.Equal("belarus", await page.GetByLabel("Từ khóa").InputValueAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Switching_to_English_changes_the_interface_and_is_remembered()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=nga");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForSelectorAsync("html[lang=en]");
        Assert.Contains("q=nga", page.Url);
        Assert.Equal("Search defence cooperation news", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("Keywords", await page.Locator("label[for=q]").InnerTextAsync());
        Assert.Contains("Russia", await page.Locator(".facet--country").InnerTextAsync());
        await BrowserSite.ScreenshotAsync(page, "english");

        await page.GotoAsync("/help");
        Assert.Equal("Search help", await page.Locator("h1").InnerTextAsync());
        await BrowserSite.ScreenshotAsync(page, "help-english");
        Assert.Empty(errors);
    }
}
