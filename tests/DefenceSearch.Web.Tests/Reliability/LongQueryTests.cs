using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// Long and expensive queries over real HTTP (Kestrel): cut once, early, with a notice; links carry only
/// what is searched; prefixes expand within the search budget.
/// </summary>
public sealed partial class LongQueryTests : IClassFixture<LongQueryTests.Site>
{
    private readonly Site _site;
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public LongQueryTests(Site site, Xunit.Abstractions.ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    public sealed class Site : IAsyncLifetime
    {
        public KestrelSiteFactory Factory { get; } = new();
        public HttpClient Http { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            await Factory.ReadyAsync();
            Http = new HttpClient { BaseAddress = new Uri(Factory.BaseUrl) };
        }

        public Task DisposeAsync()
        {
            Http.Dispose();
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private static string LongQuery(int characters)
    {
        var words = string.Concat(Enumerable.Repeat("hợp tác quốc phòng Việt Nam Belarus huấn luyện ", characters / 40 + 1));
        return words[..characters];
    }

    [Theory]
    [InlineData(3_500)]
    [InlineData(6_000)]
    public async Task A_long_query_over_http_is_cut_with_a_notice_not_refused(int characters)
    {
        var query = LongQuery(characters);
        Assert.True(Uri.EscapeDataString(query).Length > 8 * 1024, "longer than Kestrel's default request line");
        foreach (var path in new[] { "/?lang=en&q=", "/api/search?lang=en&q=" })
        {
            using var response = await _site.Http.GetAsync(path + Uri.EscapeDataString(query));
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(body.Contains($"longer than {QueryParser.MaxLength} characters") || body.Contains($"dài hơn {QueryParser.MaxLength} ký tự"),
                $"no notice that the query was cut on {path}");
        }
    }

    [Fact]
    public async Task Links_on_the_page_of_a_2000_character_query_carry_only_what_is_searched()
    {
        var query = LongQuery(2_000);
        var page = await _site.Http.GetStringAsync("/?q=" + Uri.EscapeDataString(query));
        Assert.Contains("dài hơn", page);
        var links = Href().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Where(h => h.Contains("q=")).ToList();
        Assert.True(links.Count > 20, $"only {links.Count} links keep the query");
        foreach (var link in links)
        {
            var q = QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), link).Query).GetValueOrDefault("q").ToString();
            Assert.InRange(q.Length, 1, SearchRequest.MaxQueryLength);
        }
        _output.WriteLine($"{page.Length} characters, {links.Count} links keep the query");
        // Each link holds at most the searched characters, not the 2,000 typed (that made a 1 MB page at 38k articles).
        Assert.True(page.Length < links.Count * (SearchRequest.MaxQueryLength * 4 + 300) + 60_000, $"{page.Length} characters for {links.Count} links");
    }

    [Fact]
    public async Task Many_prefixes_expand_within_the_budget_and_the_api_says_how_much()
    {
        var prefixes = string.Join(" OR ", "th tr ng ch ph qu kh nh gi do ha la ba ca ma ta xu vi hu du".Split(' ').Select(p => p + "*"));
        using var json = JsonDocument.Parse(await _site.Http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString(prefixes)));
        var work = json.RootElement.GetProperty("work");
        Assert.InRange(work.GetProperty("termsExpanded").GetInt32(), 1, SearchBudget.Default.MaxTermsPerQuery);
        Assert.True(json.RootElement.GetProperty("total").GetInt32() > 0);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Href();
}
