using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Security;
using DefenceSearch.Web.Tests.Browser;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Playwright;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// The seeds plus messy and malicious pages: the bad files are skipped and named in the log, the rest are
/// indexed, and in Chromium no injected script runs on any page (with the CSP, and without it too), no
/// <c>javascript:</c> address or event-handler attribute reaches the DOM, and every response carries the CSP.
/// </summary>
public sealed class HostileCorpusBrowserTests(HostileCorpusBrowserTests.Site site) : IClassFixture<HostileCorpusBrowserTests.Site>
{
    private const string Pwn = "window.__pwned=1";

    public sealed class Site() : BrowserSite(new KestrelSiteFactory(Write));

    /// <summary>Files that are indexed (by id) and files that must be skipped.</summary>
    public static readonly string[] HostileIds = ["910_script", "911_img", "912_markdown", "913_utf16", "914_nfd", "915_crlf", "916_vectors"];

    /// <summary>
    /// Link addresses from the usual XSS vector lists (OWASP's filter-evasion cheat sheet, PortSwigger's): case,
    /// entities with and without semicolons, tabs and newlines inside the scheme, leading controls, data: and vbscript:.
    /// </summary>
    public static readonly string[] UrlVectors =
    [
        $"javascript:{Pwn}", $"JaVaScRiPt:{Pwn}", $"javascript&colon;{Pwn}", $"java&#x09;script:{Pwn}", $"jav&#x0A;ascript:{Pwn}",
        $"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;{Pwn}", $"&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A{Pwn}",
        $"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058{Pwn}",
        $"&#x01;javascript:{Pwn}", $"javascript://%0a{Pwn}", $"javascript:/**/{Pwn}", "vbscript:msgbox(1)",
        "data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+", $"data:text/html,%3Cscript%3E{Pwn}%3C/script%3E",
        $"%6A%61%76%61%73%63%72%69%70%74:{Pwn}", $"\\javascript:{Pwn}",
    ];

    /// <summary>Raw HTML from the same lists: all of it must be shown as text.</summary>
    public static readonly string[] HtmlVectors =
    [
        $"<svg/onload={Pwn}>", $"<body onload={Pwn}>", $"<a href=\"javascript:{Pwn}\">a</a>", $"<details open ontoggle={Pwn}>",
        $"<math><mtext><table><mglyph><style><img src=x onerror={Pwn}>", $"\"><script>{Pwn}</script>", $"<iframe srcdoc=\"<script>{Pwn}</script>\">",
        $"<img src=\"x` `<script>{Pwn}</script>\"` `>", $"<object data=\"javascript:{Pwn}\">", $"<isindex action=javascript:{Pwn} type=image>",
        $"<form><button formaction=javascript:{Pwn}>b</button></form>", $"<input onfocus={Pwn} autofocus>", $"<video><source onerror={Pwn}>",
    ];

    public static readonly string[] SkippedFiles = ["920_empty.txt", "921_binary.txt", "922_invalid_utf8.txt", "923_huge.txt"];

    private static void Write(string corpus)
    {
        File.WriteAllText(Path.Combine(corpus, "910_script.txt"), $"""
            Hợp tác quốc phòng <script>{Pwn}</script> Việt Nam - Belarus
            Đoàn đại biểu quân sự <script>{Pwn}</script> thăm Minsk, bàn về huấn luyện.
            <img src=x onerror="{Pwn}"> Ảnh hiện trường <svg onload="{Pwn}"></svg> <a href="javascript:{Pwn}">xem</a>
            [x](javascript:{Pwn}) và <iframe src="javascript:{Pwn}"></iframe> "><script>{Pwn}</script>
            """);
        File.WriteAllText(Path.Combine(corpus, "911_img.txt"), $$"""
            <img src=x onerror="{{Pwn}}"> Tàu hải quân Nga thăm Cam Ranh
            Tàu <b onmouseover="{{Pwn}}">hải quân</b> Nga cập cảng Cam Ranh; <style>body{display:none}</style> thủy thủ giao lưu.
            """);
        File.WriteAllText(Path.Combine(corpus, "912_markdown.md"), $"""
            ---
            title: "Liên kết độc <script>{Pwn}</script> về quân y"
            date: 2024-03-05
            url: "javascript:{Pwn}"
            source: "<img src=x onerror=\"{Pwn}\">"
            countries: [BY]
            ---
            Hợp tác **quân y** Việt Nam - Belarus.

            [x](javascript:{Pwn}) và ![y](javascript:{Pwn}) và [nhấn đây](JaVaScRiPt:{Pwn}) và [mã hóa](&#x6A;avascript:{Pwn}).

            Tham chiếu [r][evil] và tự động <javascript:{Pwn}> và <script>{Pwn}</script> và <img src=x onerror="{Pwn}">.

            <a href="javascript:{Pwn}">thẻ a</a>

            [evil]: javascript:{Pwn}
            """);
        var vectors = new StringBuilder("---\ntitle: \"Vectơ tấn công\"\ndate: 2024-03-06\n---\nXem <javascript:alert(document.domain)> và [trang](/saved).\n\n");
        for (var i = 0; i < UrlVectors.Length; i++)
        {
            var url = UrlVectors[i];
            // Every kind of link one after another, a good link between them: none may be skipped.
            vectors.Append($"Dòng {i}: [liên kết {i}]({url}) <{url}> ![ảnh {i}]({url}) [tham chiếu {i}][v{i}] [trang {i}](/saved) <{url}> [ngoài {i}](https://example.org/{i}).\n\n");
            vectors.Append($"[v{i}]: {url}\n\n");
        }
        foreach (var html in HtmlVectors) vectors.Append($"Mã: {html}\n\n");
        File.WriteAllText(Path.Combine(corpus, "916_vectors.md"), vectors.ToString());
        File.WriteAllBytes(Path.Combine(corpus, "913_utf16.txt"),
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes($"Bài UTF-16 <script>{Pwn}</script>\nHợp tác hải quân Việt Nam.\n")]);
        File.WriteAllText(Path.Combine(corpus, "914_nfd.txt"), "Bài NFD về Belarus\nĐại tướng Ngô Xuân Lịch thăm Belarus.\n".Normalize(NormalizationForm.FormD));
        File.WriteAllText(Path.Combine(corpus, "915_crlf.txt"), $"Bài CRLF <img src=x onerror=\"{Pwn}\">\r\nAn ninh biển và hải quân.\r\n");

        File.WriteAllBytes(Path.Combine(corpus, "920_empty.txt"), []);
        File.WriteAllBytes(Path.Combine(corpus, "921_binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        File.WriteAllBytes(Path.Combine(corpus, "922_invalid_utf8.txt"), [.. Encoding.UTF8.GetBytes("Tiêu đề\n"), 0xC3, 0x28, 0xA0, 0xA1]);
        using var huge = File.Create(Path.Combine(corpus, "923_huge.txt"));
        huge.SetLength(50L * 1024 * 1024); // 50 MB: skipped for its size before it is read
    }

    [Fact]
    public void Every_bad_file_is_named_in_the_log_and_the_rest_are_indexed()
    {
        var report = site.Factory.State.LastReport!;
        Assert.Equal(SkippedFiles, report.Skipped.Select(s => s.Path).Order());
        Assert.Equal(5 + HostileIds.Length, report.DocumentCount);
        var log = site.Factory.Log.Text;
        foreach (var file in SkippedFiles) Assert.Contains(file, log);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task No_injected_script_runs_on_any_page(bool bypassCsp)
    {
        var (context, page, errors) = await site.NewPageAsync(bypassCsp: bypassCsp);
        await using var _ = context;
        var responses = new ConcurrentQueue<IResponse>();
        page.Response += (_, response) => responses.Enqueue(response);

        var ids = await ArticleIdsAsync(page);
        Assert.Superset(HostileIds.ToHashSet(), ids.ToHashSet());
        var hostileQuery = Uri.EscapeDataString($"<script>{Pwn}</script>\"><img src=x onerror=\"{Pwn}\">");
        var urls = new List<string>
        {
            "/",
            "/?q=hai+quan",
            "/?q=quan+y&country=BY",
            "/?sort=date&size=100",
            $"/?q={hostileQuery}&country={hostileQuery}&mq={hostileQuery}",
            $"/article/{hostileQuery}",
            $"/no-such-page/{hostileQuery}",
            "/help",
            "/saved",
        };
        urls.AddRange(ids.Select(id => "/article/" + Uri.EscapeDataString(id)));
        urls.AddRange(HostileIds.Select(id => $"/article/{id}?hl={hostileQuery}"));

        var missing = new[] { $"/article/{hostileQuery}", $"/no-such-page/{hostileQuery}" };
        foreach (var url in urls)
        {
            errors.Clear();
            var response = await page.GotoAsync(url);
            await AssertInertAsync(page, url);
            if (missing.Contains(url))
            {
                Assert.Equal(404, response!.Status);
                Assert.All(errors, e => Assert.StartsWith("Failed to load resource: the server responded with a status of 404", e)); // the page itself
                Assert.Single(errors);
            }
            else
            {
                Assert.Equal(200, response!.Status);
                Assert.True(errors.Count == 0, $"{url}: {string.Join(" | ", errors)}"); // a blocked inline script or a broken injected <img> would show here
            }
        }
        errors.Clear();

        // The Markdown article's bad links lost their addresses: clicking where their words stand does nothing.
        await page.GotoAsync("/article/912_markdown");
        foreach (var words in new[] { "x", "y", "nhấn đây", "mã hóa", "r", "thẻ a" })
        {
            var at = await page.EvaluateAsync<double[]?>(WordsPosition, words);
            Assert.True(at is not null, $"the words \"{words}\" are not on the Markdown article");
            await page.Mouse.ClickAsync((float)at[0], (float)at[1]);
            await page.WaitForTimeoutAsync(100);
            Assert.EndsWith("/article/912_markdown", page.Url);
            await AssertInertAsync(page, "after clicking " + words);
        }
        await BrowserSite.ScreenshotAsync(page, bypassCsp ? "hostile-markdown-without-csp" : "hostile-markdown");
        await page.GotoAsync("/?q=hai+quan");
        await BrowserSite.ScreenshotAsync(page, bypassCsp ? "hostile-search-without-csp" : "hostile-search");

        Assert.Empty(errors);
        var own = responses.Where(r => r.Url.StartsWith(site.BaseUrl, StringComparison.Ordinal)).ToList();
        Assert.True(own.Count >= urls.Count, $"{own.Count} responses");
        foreach (var response in own)
        {
            Assert.True(response.Headers.TryGetValue("content-security-policy", out var policy), $"no CSP on {response.Url}");
            Assert.Equal(SecurityHeaders.ContentSecurityPolicy, policy);
        }
    }

    /// <summary>
    /// The article built from the vector lists, with the CSP bypassed: nothing runs, every address in the body is
    /// http, https, mailto or relative, the relative and https links stay, and each vector's words are still shown.
    /// </summary>
    [Fact]
    public async Task The_xss_vector_article_keeps_only_safe_links()
    {
        var (context, page, errors) = await site.NewPageAsync(bypassCsp: true);
        await using var _ = context;
        var response = await page.GotoAsync("/article/916_vectors");
        Assert.Equal(200, response!.Status);
        await AssertInertAsync(page, "/article/916_vectors");
        var hrefs = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.article__body a')].map(a => a.getAttribute('href'))");
        // As the browser reads them (entities without semicolons stay text, so such an address is a relative one).
        var protocols = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.article__body a')].map(a => a.protocol)");
        Assert.All(protocols, p => Assert.Contains(p, new[] { "http:", "https:", "mailto:" }));
        Assert.Equal(UrlVectors.Length + 1, hrefs.Count(h => h == "/saved"));
        Assert.Equal(UrlVectors.Length, hrefs.Count(h => h.StartsWith("https://example.org/", StringComparison.Ordinal)));
        var text = await page.InnerTextAsync(".article__body");
        for (var i = 0; i < UrlVectors.Length; i++)
        {
            Assert.Contains($"liên kết {i}", text);
            Assert.Contains($"ảnh {i}", text);
        }
        Assert.Contains("<svg/onload=", text);

        // Clicking where the dead links stand does nothing.
        foreach (var words in new[] { "liên kết 0", "ảnh 3", "tham chiếu 5" })
        {
            var at = await page.EvaluateAsync<double[]?>(WordsPosition, words);
            Assert.True(at is not null, words);
            await page.Mouse.ClickAsync((float)at[0], (float)at[1]);
            await page.WaitForTimeoutAsync(100);
            Assert.EndsWith("/article/916_vectors", page.Url);
            await AssertInertAsync(page, "after clicking " + words);
        }
        Assert.Empty(errors);
    }

    /// <summary>The centre of the first occurrence of some words in the article body (in the viewport), or null.</summary>
    private const string WordsPosition = """
        words => {
          const walker = document.createTreeWalker(document.querySelector('.article__body'), NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(words);
            if (at < 0) continue;
            node.parentElement.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + words.length);
            const box = range.getBoundingClientRect();
            return [box.x + box.width / 2, box.y + box.height / 2];
          }
          return null;
        }
        """;

    private static async Task<IReadOnlyList<string>> ArticleIdsAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/search?size=100&sort=date");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }

    private static async Task AssertInertAsync(IPage page, string where)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), $"injected script ran on {where}");
        var findings = await page.EvaluateAsync<string[]>("""
            () => {
              const bad = [];
              for (const el of document.querySelectorAll('*')) {
                for (const attr of el.attributes) {
                  if (attr.name.startsWith('on')) bad.push(`${el.tagName} ${attr.name}`);
                  if (['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
                    bad.push(`${el.tagName} ${attr.name}=${attr.value}`);
                }
              }
              for (const s of document.querySelectorAll('script')) if (!s.src || new URL(s.src).origin !== location.origin) bad.push('script ' + (s.src || 'inline'));
              for (const tag of ['iframe', 'object', 'embed', 'style', 'svg script', 'svg foreignObject']) for (const el of document.querySelectorAll(tag)) bad.push(tag);
              for (const img of document.querySelectorAll('img')) if (new URL(img.src, location.href).origin !== location.origin) bad.push('img ' + img.src);
              for (const img of document.querySelectorAll('img[src="x"]')) bad.push('img src=x');
              return bad;
            }
            """);
        Assert.True(findings.Length == 0, $"{where}: {string.Join(", ", findings)}");
    }
}
