using System.Net;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>
/// Typed diacritics pick the spelling outright, and the page's counts say so: "Biển Đông" counts the articles holding "biển" and
/// "đông" as typed, not those holding "biên", "biện", "đồng" or "động"; a spelling no article holds is read in every spelling,
/// and the page says so.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class TypedSpellingPageTests(SharedSite site)
{
    private readonly HttpClient _client = English(site.Factory.Browser());

    private static HttpClient English(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Cookie", "lang=en");
        return client;
    }

    [Fact]
    public async Task Words_typed_with_diacritics_count_only_the_articles_that_spell_them_so_in_every_tier()
    {
        // Typed without diacritics, two seed articles hold "bien" and "dong" apart in some spelling; typed "Biển Đông", one.
        var folded = await _client.GetPageAsync("/?q=bien+dong");
        Assert.Contains("Showing articles where the words stand together; 2 more have them apart.", folded);

        var page = await _client.GetPageAsync("/?q=Bi%E1%BB%83n+%C4%90%C3%B4ng");
        Assert.Equal(Http.HitIds(folded), Http.HitIds(page));
        Assert.Contains("Showing articles where the words stand together; 1 more have them apart.", page);
        var link = System.Text.RegularExpressions.Regex.Match(page, "<a class=\"notice__tier\" href=\"([^\"]+)\">([^<]+)</a>");
        Assert.True(link.Success, Http.Shorten(page));
        var apart = await _client.GetPageAsync(WebUtility.HtmlDecode(link.Groups[1].Value));
        Assert.Single(Http.HitIds(apart));
        Assert.Contains("Showing articles with the words apart; 1 have them together.", apart);
    }

    [Fact]
    public async Task A_spelling_no_article_holds_is_read_in_every_spelling_and_the_page_says_so()
    {
        // "hội đạm" (for "hội đàm"): no seed article holds "đạm".
        var page = await _client.GetPageAsync("/?q=h%E1%BB%99i+%C4%91%E1%BA%A1m");
        Assert.NotEmpty(Http.HitIds(page));
        Assert.Contains("No article holds the words as typed (“hội”, “đạm”); showing the articles that spell them any way (with or without marks).", page);
    }
}
