using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>A query naming a country says honestly whether any article is about it: never "read as" it over articles that are not.</summary>
[Collection(SiteCollection.Name)]
public sealed class EntityNoticePageTests(SharedSite site)
{
    private readonly HttpClient _client = English(site.Factory.Browser());

    private static HttpClient English(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Cookie", "lang=en");
        return client;
    }

    [Fact]
    public async Task A_country_no_seed_article_is_about_nor_names_says_so_over_an_empty_page()
    {
        // No seed article is tagged with Australia, and none holds "uc" in any spelling: "Read as Australia" over 0 results was no answer.
        var page = await _client.GetPageAsync("/?q=uc");
        Assert.Empty(Http.HitIds(page));
        Assert.Contains("No article is about Australia (none is tagged with it), nor holds all the words typed.", page);
        Assert.DoesNotContain("Read as Australia", page);
    }

    [Fact]
    public async Task A_country_no_seed_article_is_about_shows_the_articles_with_its_word_and_says_they_are_not_about_it()
    {
        // Three seed articles say "biện pháp" and none is tagged with France: they are shown as what they are.
        var page = await _client.GetPageAsync("/?q=phap");
        Assert.Equal(3, Http.HitIds(page).Count);
        Assert.Contains("No article is about France (none is tagged with it); the articles below only hold the words typed.", page);
        Assert.DoesNotContain("Read as France", page);
        // Where seed articles are tagged with the country, the notice reads the query as it.
        Assert.Contains("Read as Belarus", await _client.GetPageAsync("/?q=belarus"));
    }
}
