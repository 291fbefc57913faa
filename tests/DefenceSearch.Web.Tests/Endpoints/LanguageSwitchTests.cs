using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class LanguageSwitchTests(SharedSite site)
{
    [Fact]
    public async Task Switching_to_English_is_remembered_and_labels_follow()
    {
        var client = site.Factory.Browser();
        var vi = await client.GetPageAsync("/?q=nga");
        Assert.Contains("href=\"/language/en?returnUrl=%2F%3Fq%3Dnga\"", vi);

        using (var response = await client.GetAsync("/language/en?returnUrl=%2F%3Fq%3Dnga"))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/?q=nga", response.Headers.Location!.ToString());
        }
        var en = await client.GetPageAsync("/?q=nga");
        Assert.Contains("<html lang=\"en\">", en);
        Assert.Contains("Search defence cooperation news", en);
        Assert.Contains(">Russia<", en); // facet labels in English too
        Assert.Contains("Tiếng Việt", en);

        await client.GetAsync("/language/vi");
        Assert.Contains("<html lang=\"vi\">", await client.GetPageAsync("/"));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task The_return_address_stays_on_the_site(string returnUrl)
    {
        using var response = await site.Factory.Browser().GetAsync("/language/en?returnUrl=" + Uri.EscapeDataString(returnUrl));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
    }
}
