using System.Text;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Browser;

/// <summary>Downloading the results as a user does: a file named after the search, readable without the site's codes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserSite site)
{
    [Fact]
    public async Task The_csv_download_is_named_after_the_search_and_carries_names_dates_and_links()
    {
        var (context, page, errors) = await site.NewPageAsync();
        await using var _ = context;
        await page.GotoAsync("/?q=belarus&country=BY");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).ClickAsync());
        Assert.Equal("defencesearch-belarus-by.csv", download.SuggestedFilename);
        var path = await download.PathAsync();
        var lines = (await File.ReadAllTextAsync(path, Encoding.UTF8)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2, lines.Length);
        Assert.All(lines[1..], l => Assert.Contains("Belarus", l));
        Assert.Contains(lines, l => l.Contains("Ngô Xuân Lịch", StringComparison.Ordinal)); // the minister by name, not only his key
        Assert.All(lines[1..], l => Assert.Contains("/article/", l));
        Assert.Contains(lines, l => l.Contains(",2018-11-15,day,2018,", StringComparison.Ordinal));
        Assert.Empty(errors);
    }
}
