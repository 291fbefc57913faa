using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Filters on a phone (a drawer at the top, nothing wider than the screen) and with a keyboard.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneAndKeyboardBrowserTests(BrowserSite site)
{
    private const int PhoneWidth = 390, PhoneHeight = 844;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_phone_the_filters_open_from_a_control_at_the_top_that_counts_the_active_ones(bool javaScript)
    {
        var (context, page, errors) = await site.NewPageAsync(javaScript, PhoneWidth, PhoneHeight);
        await using var _ = context;
        await page.GotoAsync("/?q=quoc+phong&country=BY&from=2018");
        var toggle = page.Locator(".facets__toggle");
        Assert.Equal("Bộ lọc (2 đang dùng)", (await toggle.InnerTextAsync()).Trim());
        var box = await toggle.BoundingBoxAsync();
        Assert.True(box!.Y + box.Height < PhoneHeight / 2, $"the filter control is {box.Y} px down");
        var belarus = page.Locator(".facet--country").GetByLabel(new Regex("^Belarus"));
        Assert.False(await belarus.IsVisibleAsync());

        await toggle.ClickAsync();
        Assert.True(await belarus.IsVisibleAsync());
        Assert.True(await belarus.IsCheckedAsync());
        await BrowserSite.ScreenshotAsync(page, "phone-filters-open" + (javaScript ? "" : "-nojs"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_wide_screen_the_filters_are_open_without_a_toggle()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=quoc+phong");
        Assert.False(await page.Locator(".facets__toggle").IsVisibleAsync());
        Assert.True(await page.Locator(".facet--country").GetByLabel(new Regex("^Belarus")).IsVisibleAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task No_page_is_wider_than_a_phone()
    {
        var (context, page, errors) = await site.NewPageAsync(width: PhoneWidth, height: PhoneHeight);
        await using var _ = context;

        // A saved search, so that the saved page has one to show.
        await page.GotoAsync("/?q=belarus&country=BY&from=2018-01&to=2018-12");
        await page.GetByText("Lưu tìm kiếm này").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("/saved"));

        foreach (var url in new[] { "/", "/?q=quoc+phong&from=2018-01&to=2018-12", "/help", "/article/000_d3bca8ee1b93142a?hl=belarus", "/saved", "/?q=xyzzyq" })
        {
            await page.GotoAsync(url);
            await page.Locator(".facets__toggle").Or(page.Locator("h1")).First.WaitForAsync();
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scroll, viewport) = (widths[0], widths[1]);
            Assert.True(scroll <= viewport, $"{url} is {scroll} px wide on a {viewport} px screen");
        }
        Assert.Empty(errors);
    }

    [Fact]
    public async Task After_ticking_a_filter_with_the_keyboard_the_focus_is_back_on_that_value()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=quoc+phong");
        var belarus = page.Locator(".facet--country").GetByLabel(new Regex("^Belarus"));
        await belarus.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.WaitForPageAsync(new Regex("country=BY"));

        await page.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'f-country-BY'");
        Assert.True(await page.Locator("#f-country-BY").IsCheckedAsync());
        // The next Tab goes on down the list, not back to the top of the page.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('.facet--country')"));
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("Lọc danh sách quốc gia", ".facet--country", "viet nam", "Việt Nam")]
    [InlineData("Lọc danh sách lĩnh vực", ".facet--area", "dao tao", "Đào tạo")]
    public async Task Long_facets_filter_as_you_type_without_diacritics(string box, string facet, string typed, string expected)
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/");
        var list = page.Locator(facet);
        var all = await list.Locator(".facet__item:visible").CountAsync();
        await page.GetByLabel(box).FillAsync(typed);
        var shown = await list.Locator(".facet__item:visible .facet__label").AllInnerTextsAsync();
        Assert.True(all > shown.Count);
        Assert.Contains(shown, s => s.StartsWith(expected, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_country_box_filters_on_submit_without_javascript()
    {
        var (context, page, _) = await site.NewPageAsync(javaScript: false);
        await using var __ = context;
        await page.GotoAsync("/?cq=viet+nam");
        var shown = await page.Locator(".facet--country .facet__label").AllInnerTextsAsync();
        Assert.Equal(["Việt Nam"], shown);
    }
}
