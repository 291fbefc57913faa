using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Security;

namespace DefenceSearch.Web.Tests.Infrastructure.Security;

public sealed class SafeMarkdownTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](&#x6A;avascript:alert(1))")]
    [InlineData("[click](java%0ascript:alert(1))")]
    [InlineData("[click][r]\n\n[r]: javascript:alert(1)")]
    [InlineData("![pic](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("![pic](vbscript:msgbox)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    public void Dangerous_urls_never_reach_an_attribute(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public void A_bad_link_before_an_autolink_does_not_let_the_autolink_through()
    {
        var html = SafeMarkdown.ToHtml("[a](javascript:alert(1)) Xem <javascript:alert(document.domain)> và [trang](/saved). [b](vbscript:x) <javascript:alert(2)> <https://example.org/ok>");
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"/saved\"", html);
        Assert.Contains("href=\"https://example.org/ok\"", html);
        Assert.Contains("javascript:alert(document.domain)", html); // shown as text
        Assert.Equal(2, html.Split("<a ").Length - 1);
    }

    [Theory]
    [InlineData("/saved", true)]
    [InlineData("../a?b=c#d", true)]
    [InlineData("#top", true)]
    [InlineData("https://example.org/", true)]
    [InlineData("MAILTO:a@example.org", true)]
    [InlineData("javascript:x", false)]
    [InlineData(" \tjava\nscript:x", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("ftp://example.org/", false)]
    [InlineData(":x", false)]
    [InlineData("\\\\javascript:x", false)]
    public void Only_http_https_mailto_and_relative_urls_are_safe(string url, bool safe) =>
        Assert.Equal(safe, SafeMarkdown.IsSafeUrl(url));

    [Fact]
    public void Raw_html_is_shown_as_text()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(1)>");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Fact]
    public void Safe_links_stay_and_images_become_links()
    {
        var html = SafeMarkdown.ToHtml("[site](https://example.org/a) [mail](mailto:a@example.org) ![map](http://example.org/map.png)");
        Assert.Contains("href=\"https://example.org/a\"", html);
        Assert.Contains("href=\"mailto:a@example.org\"", html);
        Assert.Contains("href=\"http://example.org/map.png\"", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Search_words_are_marked_in_text_not_in_urls()
    {
        var html = SafeMarkdown.ToHtml("Đại tướng **Ngô Xuân Lịch** và [Belarus](https://example.org/ngo)", HighlightTerms.FromParameter("ngo xuan lich belarus"));
        Assert.Contains("<mark>Ngô Xuân Lịch</mark>", html);
        Assert.Contains("<mark>Belarus</mark>", html);
        Assert.Contains("href=\"https://example.org/ngo\"", html);
    }
}
