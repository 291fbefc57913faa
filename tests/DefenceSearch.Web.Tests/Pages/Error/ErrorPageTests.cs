using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Error;

[Collection(SiteCollection.Name)]
public sealed class ErrorPageTests(SharedSite site)
{
    [Fact]
    public async Task An_unknown_address_gets_the_404_page_in_the_layout()
    {
        var page = await site.Factory.Browser().GetPageAsync("/no/such/page", HttpStatusCode.NotFound);
        Assert.Contains("Không tìm thấy trang", page);
        Assert.Contains("class=\"site-header\"", page);
    }

    [Fact]
    public async Task The_error_page_itself_renders()
    {
        var page = await site.Factory.Browser().GetPageAsync("/error", HttpStatusCode.InternalServerError);
        Assert.Contains("Đã xảy ra lỗi", page);
    }
}
