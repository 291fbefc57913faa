using System.Net;
using System.Net.Http.Headers;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// Small things a careful deployment needs, over real HTTP (Kestrel on 127.0.0.1): real error statuses, a NUL
/// in a form is a 400, no server paths shown, feed links from the configured public address, noindex where
/// private, forwarded scheme makes cookies Secure, HEAD like GET, no Server header.
/// </summary>
public sealed class HttpHygieneTests : IClassFixture<HttpHygieneTests.Site>
{
    public const string PublicBaseUrl = "https://search.example.org";

    private readonly Site _site;

    public HttpHygieneTests(Site site) => _site = site;

    public sealed class Site : KestrelSiteFactory, IAsyncLifetime
    {
        public HttpClient Http { get; private set; } = null!;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["DefenceSearch:PublicBaseUrl"] = PublicBaseUrl + "/",
            }));
        }

        public async Task InitializeAsync()
        {
            await ReadyAsync();
            Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(BaseUrl) };
        }

        Task IAsyncLifetime.DisposeAsync()
        {
            Http.Dispose();
            Dispose();
            return Task.CompletedTask;
        }
    }

    private async Task<(string Antiforgery, string Token)> FormAsync(params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/?q=belarus");
        foreach (var (name, value) in headers) request.Headers.Add(name, value);
        using var page = await _site.Http.SendAsync(request);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ds_af=", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        return (antiforgery, token);
    }

    private async Task<HttpResponseMessage> SaveAsync(string name, params (string Name, string Value)[] headers)
    {
        var (antiforgery, token) = await FormAsync(headers);
        var request = new HttpRequestMessage(HttpMethod.Post, "/saved?handler=Create")
        {
            Content = new FormUrlEncodedContent([new("name", name), new("query", "?q=belarus"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", antiforgery);
        foreach (var (header, value) in headers) request.Headers.Add(header, value);
        return await _site.Http.SendAsync(request);
    }

    [Theory]
    [InlineData("/error/404", HttpStatusCode.NotFound)]
    [InlineData("/error/400", HttpStatusCode.BadRequest)]
    [InlineData("/error/500", HttpStatusCode.InternalServerError)]
    public async Task Error_pages_answer_their_own_status(string path, HttpStatusCode status)
    {
        using var response = await _site.Http.GetAsync(path);
        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task A_nul_in_a_posted_form_is_a_400()
    {
        var (antiforgery, token) = await FormAsync();
        foreach (var (name, query) in new[] { ("a\0b", "?q=x"), ("x", "?q=a\0b"), ("x\u0001", "?q=x") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/saved?handler=Create")
            {
                Content = new FormUrlEncodedContent([new("name", name), new("query", query), new("__RequestVerificationToken", token)]),
            };
            request.Headers.Add("Cookie", antiforgery);
            using var response = await _site.Http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public void Problems_never_show_server_paths()
    {
        var problem = new IndexProblem("problem.noCorpus", "/srv/secret/data/corpus");
        Assert.DoesNotContain("/srv/secret", problem.Text(Ui.English));
        Assert.DoesNotContain("/srv/secret", problem.Public);
        Assert.Contains("corpus", problem.Public);
        var failure = new IndexProblem("problem.buildFailed", "Could not find file '/home/ds/index/_0.cfs'. (C:\\ds\\index\\x)");
        Assert.DoesNotContain("/home/ds", failure.Public);
        Assert.DoesNotContain("C:\\ds", failure.Public);
        Assert.Contains("_0.cfs", failure.Public);
    }

    [Fact]
    public async Task Feeds_link_to_the_public_address_not_the_host_header_and_are_not_indexed()
    {
        using var saved = await SaveAsync("feed test");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var owner = saved.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith(OwnerKeys.CookieName + "=", StringComparison.Ordinal));
        using var list = new HttpRequestMessage(HttpMethod.Get, "/saved");
        list.Headers.Add("Cookie", owner);
        using var listed = await _site.Http.SendAsync(list);
        Assert.Contains("noindex", listed.Headers.GetValues("X-Robots-Tag").Single());
        var feed = System.Text.RegularExpressions.Regex.Match(await listed.Content.ReadAsStringAsync(), "href=\"(/feeds/[^\"]+)\"").Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, feed);
        request.Headers.Host = "evil.example";
        using var response = await _site.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.Contains(PublicBaseUrl + "/article/", xml);
        Assert.DoesNotContain("evil.example", xml);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single());

        var robots = await _site.Http.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /saved", robots);
        Assert.Contains("Disallow: /feeds/", robots);
    }

    [Fact]
    public async Task Behind_a_tls_proxy_the_owner_cookie_is_secure()
    {
        using var plain = await SaveAsync("plain");
        Assert.DoesNotContain("secure", OwnerCookie(plain), StringComparison.OrdinalIgnoreCase);
        using var proxied = await SaveAsync("proxied", ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Redirect, proxied.StatusCode);
        Assert.Contains("secure", OwnerCookie(proxied), StringComparison.OrdinalIgnoreCase);
    }

    private static string OwnerCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(OwnerKeys.CookieName + "=", StringComparison.Ordinal));

    [Theory]
    [InlineData("/")]
    [InlineData("/?q=belarus")]
    [InlineData("/api/search?q=belarus")]
    [InlineData("/export.csv?q=belarus")]
    [InlineData("/export.json?q=belarus")]
    [InlineData("/help")]
    [InlineData("/robots.txt")]
    public async Task Head_answers_like_get_without_a_server_header(string path)
    {
        using var get = await _site.Http.GetAsync(path);
        using var head = await _site.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.False(get.Headers.Contains("Server"), string.Join(", ", get.Headers.Server.Select(s => s.ToString())));
    }
}
