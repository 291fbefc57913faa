using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Article;

/// <summary>Its own site: the corpus gains a Markdown article with hostile links and a javascript: source URL, a text page with a
/// script tag, and a text article naming India and the Indian Ocean.</summary>
public sealed class MarkdownArticleTests : IAsyncLifetime
{
    private const string Markdown = """
        ---
        title: Hợp tác quân y Việt Nam - Belarus
        date: 2024-03-05
        url: "javascript:alert(document.cookie)"
        source: Báo thử nghiệm
        countries: [BY]
        ---
        # Hợp tác quân y Việt Nam - Belarus

        Đoàn **quân y** Belarus thăm Hà Nội. <script>alert(1)</script>

        [Bấm vào đây](javascript:alert(1)) hoặc [đây](&#x6A;avascript:alert(2)) và ![ảnh](data:image/svg+xml;base64,PHN2Zz4=).

        [Nguồn chính thức](https://example.org/quan-y)
        """;

    private readonly MarkdownSite _site = new();

    private sealed class MarkdownSite : SiteFactory
    {
        public MarkdownSite()
        {
            File.WriteAllText(Path.Combine(CorpusPath, "900_markdown.md"), Markdown);
            // A plain-text page whose body holds a script tag as text (for the search page's snippet).
            File.WriteAllText(Path.Combine(CorpusPath, "901_script.txt"), "Bài có thẻ script\nĐoàn quân y nói <script>alert(1)</script> trong bài.\n");
            // India as an actor, and inside the Indian Ocean's name.
            File.WriteAllText(Path.Combine(CorpusPath, "902_india.txt"),
                "Tăng cường tuần tra trên biển\nHải quân Ấn Độ cho biết các tàu khu trục sẽ tuần tra vùng biển phía tây Ấn Độ Dương trong tháng tới.\n");
        }
    }

    public async Task InitializeAsync() => await _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Markdown_is_rendered_without_raw_html_or_dangerous_links()
    {
        var page = await _site.Browser().GetPageAsync("/article/900_markdown?hl=quan+y");
        Assert.Contains("<strong><mark>quân y</mark></strong>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Contains("Bấm vào đây", page);
        Assert.Contains("href=\"https://example.org/quan-y\"", page);
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:image", page);
        Assert.DoesNotContain("<script>", page);
        Assert.DoesNotContain("article__original", page); // the javascript: source URL is not a link
        Assert.Contains("Báo thử nghiệm", page);
    }

    [Fact]
    public async Task A_snippet_holding_a_script_tag_is_rendered_encoded_with_its_marks()
    {
        // The search page over this site: 901_script's body holds "<script>alert(1)</script>" as text, and the
        // snippet partial writes it encoded, the matched word in <mark>.
        var page = await _site.Browser().GetPageAsync("/?q=alert");
        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", page);
        Assert.DoesNotContain("<script>", page);
    }

    [Fact]
    public async Task The_article_page_marks_a_country_as_its_hit_did_not_inside_a_place_name()
    {
        // Searched as a user would ("an do", read as India), then opened from the hit's link with its ?hl=.
        var client = _site.Browser();
        var results = await client.GetPageAsync("/?q=an+do");
        var link = System.Text.RegularExpressions.Regex.Match(results, "href=\"(/article/902_[^\"]+)\"").Groups[1].Value;
        Assert.Contains("?hl=", link);
        var page = await client.GetPageAsync(System.Net.WebUtility.HtmlDecode(link));
        Assert.Contains("Hải quân <mark>Ấn Độ</mark> cho biết", page); // the country
        Assert.Contains("phía tây Ấn Độ Dương", page); // the ocean: not marked, as in the hit's snippet
        Assert.DoesNotContain("<mark>Ấn Độ</mark> Dương", page);
    }
}
