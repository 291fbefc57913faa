using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>The search page says which articles it counts: the words together (or every word), the words apart (or the articles missing one) one click away.</summary>
[Collection(SiteCollection.Name)]
public sealed class WordsTogetherPageTests(SharedSite site)
{
    private readonly HttpClient _client = English(site.Factory.Browser());

    private static HttpClient English(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Cookie", "lang=en");
        return client;
    }

    [Fact]
    public async Task Words_that_stand_together_somewhere_count_only_those_articles_and_link_to_the_rest()
    {
        // "Biển Đông" stands together in one seed article; two more hold "biển" and "đông" apart.
        var page = await _client.GetPageAsync("/?q=bien+dong");
        Assert.Single(Http.HitIds(page));
        Assert.Contains("Showing articles where the words stand together; 2 more have them apart.", page);
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a class=\"notice__tier\" href=\"([^\"]+)\">([^<]+)</a>");
        Assert.True(link.Success, Http.Shorten(page));
        Assert.Equal("Show the 2 articles with the words apart", WebUtility.HtmlDecode(link.Groups[2].Value));

        var apart = await _client.GetPageAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Equal(2, Http.HitIds(apart).Count);
        Assert.DoesNotContain(Http.HitIds(page)[0], Http.HitIds(apart));
        Assert.Contains("Showing articles with the words apart; 1 have them together.", apart);
        Assert.Contains("Back to the articles with the words together", apart);
    }

    [Fact]
    public async Task A_long_query_few_articles_hold_whole_counts_those_and_links_to_the_articles_missing_one_word()
    {
        // Two seed articles hold all five words; three more lack one of them ("belarus" or "bộ trưởng"): a link, not the count.
        var page = await _client.GetPageAsync("/?q=bo+truong+quoc+phong+belarus");
        Assert.Equal(2, Http.HitIds(page).Count);
        Assert.Contains("Showing the articles that hold every word; 3 more miss one of them.", page);
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a class=\"notice__tier\" href=\"([^\"]+)\">([^<]+)</a>");
        Assert.True(link.Success, Http.Shorten(page));
        Assert.Equal("Show the 3 articles that miss one word", WebUtility.HtmlDecode(link.Groups[2].Value));

        var missing = await _client.GetPageAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Equal(3, Http.HitIds(missing).Count);
        Assert.Empty(Http.HitIds(missing).Intersect(Http.HitIds(page)));
        Assert.Contains("Showing the articles that miss one of the words; 2 hold every word.", missing);
        Assert.Contains("Back to the articles with every word", missing);
    }

    [Fact]
    public async Task A_query_whose_words_always_stand_together_says_nothing_about_tiers()
    {
        var page = await _client.GetPageAsync("/?q=ngo+xuan+lich");
        Assert.Equal(4, Http.HitIds(page).Count);
        Assert.DoesNotContain("notice__tier", page);
    }

    [Fact]
    public async Task The_api_reports_the_tier_and_the_other_tiers_count()
    {
        using var response = await _client.GetAsync("/api/search?q=bien+dong");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("together", json.RootElement.GetProperty("tier").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("otherTierTotal").GetInt32());
    }
}
