using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;

namespace DefenceSearch.Web.Tests.Infrastructure;

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
