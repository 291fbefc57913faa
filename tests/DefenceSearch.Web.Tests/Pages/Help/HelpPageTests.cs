using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Help;

[Collection(SiteCollection.Name)]
public sealed class HelpPageTests(SharedSite site)
{
    [Fact]
    public async Task Help_explains_the_syntax_in_Vietnamese()
    {
        var page = await site.Factory.Browser().GetPageAsync("/help");
        Assert.Contains("<h1>Hướng dẫn tìm kiếm</h1>", page);
        Assert.Contains("<table>", page); // Markdown rendered by Markdig
        foreach (var syntax in new[] { "&quot;hợp tác quốc phòng&quot;", "-nga", "OR", "title:", "country:", "minister:", "year:", "area:", "quoc*", "500" })
            Assert.Contains(syntax, page);
        // A researcher reads how far the tags behind the filters can be trusted (measured on held-out articles) before counting by them.
        Assert.Contains("Thẻ đáng tin đến đâu", page);
        Assert.Contains("8 trên 10 thẻ lĩnh vực", page);
    }

    [Fact]
    public async Task Help_exists_in_English()
    {
        var client = site.Factory.Browser();
        client.DefaultRequestHeaders.Add("Cookie", "lang=en");
        var page = await client.GetPageAsync("/help");
        Assert.Contains("<html lang=\"en\">", page);
        Assert.Contains("<h1>Search help</h1>", page);
        Assert.Contains("Diacritics are optional", page);
        Assert.Contains("How far tags can be trusted", page);
    }
}
