using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Security;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Infrastructure.Security;

[Collection(SiteCollection.Name)]
public sealed class SecurityHeadersTests(SharedSite site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/help")]
    [InlineData("/saved")]
    [InlineData("/css/site.css")]
    [InlineData("/js/site.js")]
    [InlineData("/api/search")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_the_policy(string url)
    {
        using var response = await site.Factory.Browser().GetAsync(url);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task Pages_have_no_inline_script_or_style()
    {
        foreach (var url in new[] { "/", "/?q=belarus&country=BY", "/help", "/saved" })
        {
            var page = await site.Factory.Browser().GetPageAsync(url);
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", page);
            Assert.DoesNotContain(" style=", page);
            Assert.DoesNotContain("<style", page);
            Assert.DoesNotContain(" onclick=", page);
        }
    }
}
