using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Time on an axis: a from–to range in the URL, a timeline of links in time order, undated articles said.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task A_date_range_typed_in_the_filters_narrows_everything_and_the_timeline_shows_its_months()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=quoc+phong");
        await page.GetByLabel("Từ", new() { Exact = true }).FillAsync("2018-01");
        await page.GetByLabel("đến", new() { Exact = true }).FillAsync("2018-12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("from=2018-01&to=2018-12"));
        Assert.Contains("q=quoc", page.Url);

        // The three dated seeds of 2018; the two undated ones are left out, and the page says so.
        Assert.Equal(3, await page.Locator(".hit").CountAsync());
        Assert.Equal(0, await page.Locator(".hit__date--unknown").CountAsync());
        Assert.Contains("2 bài không rõ ngày", await page.Locator(".notice--range").InnerTextAsync());
        Assert.Equal(1, await page.Locator(".chip--range").CountAsync());

        // One bar a month, oldest first, each a link; one tab stop for the whole timeline.
        var bars = page.Locator(".timeline__link");
        Assert.Equal(12, await bars.CountAsync());
        Assert.Equal("01/2018: 2 bài", await bars.First.GetAttributeAsync("aria-label"));
        Assert.Equal("11/2018: 1 bài", await bars.Nth(10).GetAttributeAsync("aria-label"));
        Assert.Equal(1, await page.Locator(".timeline__link[tabindex='0']").CountAsync());
        Assert.Contains("Không rõ ngày: 2 bài", await page.Locator(".timeline__unknown").InnerTextAsync());
        await BrowserSite.ScreenshotAsync(page, "timeline-months");

        // The export holds the same three articles.
        var csv = await page.APIRequest.GetAsync("/export.csv?q=quoc+phong&from=2018-01&to=2018-12");
        Assert.Equal(1 + 3, (await csv.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // A bar narrows to its month; the count on the bar is the count of results.
        await bars.First.ClickAsync();
        await page.WaitForPageAsync(new Regex("from=2018-01&to=2018-01"));
        Assert.Equal(2, await page.Locator(".hit").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_arrow_keys_move_between_bars_and_years_are_listed_in_time_order()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?from=2018-01&to=2018-12");
        var focusable = page.Locator(".timeline__link[tabindex='0']");
        await focusable.FocusAsync();
        var first = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        await page.Keyboard.PressAsync("ArrowLeft");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')");
        Assert.NotEqual(first, second);
        await page.Keyboard.PressAsync("Home");
        Assert.StartsWith("01/2018", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));

        // The year list: in time order, "date unknown" last.
        var years = await page.Locator(".facet--year .facet__label").AllInnerTextsAsync();
        Assert.Equal(["2018", "Không rõ ngày"], years);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_range_works_without_javascript()
    {
        var (context, page, _) = await site.NewPageAsync(javaScript: false);
        await using var __ = context;
        await page.GotoAsync("/");
        await page.GetByLabel("Từ", new() { Exact = true }).FillAsync("2018-11-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
        await page.WaitForPageAsync(new Regex("from=2018-11-01"));
        Assert.Equal(1, await page.Locator(".hit").CountAsync());
        Assert.Contains("15/11/2018", await page.Locator(".hit__date").InnerTextAsync());
    }

    [Fact]
    public async Task A_year_ticked_under_a_range_replaces_it_and_shows_the_count_it_offered()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?from=2018-01&to=2018-01");
        Assert.Equal(2, await page.Locator(".hit").CountAsync());
        var unknown = page.Locator(".facet--year").GetByLabel(new Regex("^Không rõ ngày"));
        Assert.Equal("2", await page.Locator("#f-year-unknown + label .facet__count").InnerTextAsync()); // counted without the range
        Assert.Contains("thay khoảng thời gian", await page.Locator(".range__hint--replace").InnerTextAsync());

        // The script submits on tick (click, then wait: see SearchBrowserTests) and leaves the range out.
        await unknown.ClickAsync();
        await page.WaitForPageAsync(new Regex("year=unknown"));
        Assert.DoesNotContain("from=", page.Url);
        Assert.DoesNotContain("replace=", page.Url);
        Assert.Equal(2, await page.Locator(".hit").CountAsync());
        Assert.Equal(0, await page.Locator(".chip--range").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_year_ticked_under_a_range_replaces_it_without_javascript()
    {
        var (context, page, _) = await site.NewPageAsync(javaScript: false);
        await using var __ = context;
        await page.GotoAsync("/?from=2018-01&to=2018-01");
        await page.Locator(".facet--year").GetByLabel(new Regex("^2018")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng bộ lọc" }).ClickAsync();
        await page.WaitForPageAsync(new Regex("year=2018"));
        Assert.Equal(3, await page.Locator(".hit").CountAsync()); // the 2018 the list offered, not January's 2
        Assert.Equal(0, await page.Locator(".chip--range").CountAsync());
    }
}
