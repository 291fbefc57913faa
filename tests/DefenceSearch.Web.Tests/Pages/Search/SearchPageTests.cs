using System.Net;
using DefenceSearch.Searching;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

[Collection(SiteCollection.Name)]
public sealed class SearchPageTests(SharedSite site)
{
    private readonly HttpClient _client = site.Factory.Browser();

    [Fact]
    public async Task Without_a_query_it_browses_the_newest_articles_with_facets()
    {
        var page = await _client.GetPageAsync("/");
        Assert.Contains("<html lang=\"vi\">", page);
        Assert.Contains("Bài mới nhất", page);
        var ids = Http.HitIds(page);
        Assert.Equal(5, ids.Count);
        Assert.StartsWith("000_", ids[0]); // 15/11/2018, the newest dated; the undated come last
        Assert.Equal(2, Http.FacetCount(page, "country", "BY"));
        Assert.Contains("class=\"timeline\"", page);
        Assert.Contains("href=\"/?from=2018&amp;to=2018\"", page); // the year's bar narrows to it
        Assert.Equal(2, Http.FacetCount(page, "year", "unknown")); // the pages that never say their date, under their own value
        if (System.Text.RegularExpressions.Regex.Count(page, "name=\"area\"") > Web.Pages.Search.IndexModel.FacetTop)
            Assert.Contains("class=\"facet__more\"", page); // values past the top ten behind "show more"
    }

    [Fact]
    public async Task A_query_without_diacritics_finds_the_four_seed_articles_and_marks_the_name()
    {
        var page = await _client.GetPageAsync("/?q=ngo+xuan+lich");
        var ids = Http.HitIds(page);
        Assert.Equal(["000", "001", "002", "003"], ids.Select(id => id[..3]).Order());
        Assert.Contains("4 kết quả", page);
        Assert.Contains("<mark>Ngô Xuân Lịch</mark>", page);
        Assert.Contains("?hl=", page); // the article links carry the words to highlight
    }

    [Fact]
    public async Task Ticking_Belarus_keeps_the_two_Belarus_articles_and_the_other_countries_counts()
    {
        var before = await _client.GetPageAsync("/");
        var page = await _client.GetPageAsync("/?country=BY");
        Assert.Equal(["000", "004"], Http.HitIds(page).Select(id => id[..3]).Order());
        foreach (var country in new[] { "RU", "US", "CA", "VN" })
            Assert.Equal(Http.FacetCount(before, "country", country), Http.FacetCount(page, "country", country));
        Assert.Contains("name=\"country\" value=\"BY\" checked", page);
        Assert.Contains("chip--active", page); // the active filter as a removable chip
        Assert.Contains("Bỏ lọc Belarus", page);
        Assert.Contains("Xóa tất cả bộ lọc", page);
    }

    [Fact]
    public async Task Several_filters_combine_and_counts_stay_disjunctive()
    {
        var page = await _client.GetPageAsync("/?country=BY&country=CA&year=2018");
        Assert.Equal(["000"], Http.HitIds(page).Select(id => id[..3]).Order()); // 003 never says its year
        Assert.Equal(1, Http.FacetCount(page, "country", "BY")); // within 2018
        Assert.Equal(2, Http.FacetCount(page, "country", "RU")); // other countries: what ticking them would add
        Assert.Equal(2, Http.FacetCount(page, "year", "unknown")); // the year's count ignores the year filter: 003 and 004
    }

    [Fact]
    public async Task Sorting_by_date_puts_the_newest_first_and_pages_are_numbered()
    {
        var page = await _client.GetPageAsync("/?q=quoc+phong&sort=date&size=2");
        var ids = Http.HitIds(page);
        Assert.Equal(2, ids.Count);
        Assert.StartsWith("000_", ids[0]); // 15/11/2018; undated pages sort last
        Assert.Contains("aria-current=\"page\"", page);
        Assert.Contains("page=2", page);
        var second = await _client.GetPageAsync("/?q=quoc+phong&sort=date&size=2&page=2");
        Assert.DoesNotContain(ids[0], Http.HitIds(second));
    }

    [Fact]
    public async Task Nothing_matched_offers_a_spelling_and_the_filters_to_remove()
    {
        var page = await _client.GetPageAsync("/?q=belaruss&country=CA");
        Assert.Empty(Http.HitIds(page));
        Assert.Contains("Không có bài nào khớp", page);
        Assert.Contains("Bỏ lọc Canada", page);
        Assert.Contains("href=\"/?q=belaruss\"", page); // "remove filter Canada"

        var misspelt = await _client.GetPageAsync("/?q=belaruss");
        Assert.Contains("Có phải bạn muốn tìm", misspelt);
        Assert.Contains("href=\"/?q=belarus\"", misspelt);
    }

    [Fact]
    public async Task A_reinterpreted_query_shows_the_library_notice()
    {
        var page = await _client.GetPageAsync("/?q=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("belarus", 120))));
        Assert.Contains("class=\"notice\"", page);
        Assert.Contains($"dài hơn {QueryParser.MaxLength} ký tự", page);
    }

    [Theory]
    [InlineData("/?page=-1")]
    [InlineData("/?page=abc&size=100000")]
    [InlineData("/?size=-5&page=99999")]
    [InlineData("/?sort=xyz")]
    [InlineData("/?country=ZZ&minister=nobody&area=nothing&year=abcd")]
    [InlineData("/?q=%22unclosed+(phrase")]
    [InlineData("/?q=title:&q=country:")]
    [InlineData("/?q=%00%01%02")]
    [InlineData("/?mq=%F0%9F%98%80&minister=")]
    public async Task Bad_parameters_give_a_normal_page(string url)
    {
        var page = await _client.GetPageAsync(url);
        Assert.Contains("class=\"results\"", page);
    }

    [Fact]
    public async Task A_page_past_the_end_shows_the_last_page_and_links_from_it()
    {
        // Five seeds about quoc phong, two a page: page 40 is answered with page 3 (one search; see SearchRequestTests).
        var page = await _client.GetPageAsync("/?q=quoc+phong&size=2&page=40");
        Assert.Contains("aria-current=\"page\" aria-label=\"Trang 3\">3</a>", page);
        Assert.Contains("href=\"/?q=quoc%20phong&amp;size=2&amp;page=2\" rel=\"prev\"", page);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(page, "class=\"hit[ \"]"));
    }

    [Fact]
    public async Task A_huge_query_gives_a_normal_page()
    {
        var page = await _client.GetPageAsync("/?q=" + new string('a', 20_000));
        Assert.Contains("class=\"results\"", page);
    }

    [Fact]
    public async Task The_query_is_encoded_never_raw()
    {
        var page = await _client.GetPageAsync("/?q=" + Uri.EscapeDataString("<script>alert(1)</script>") + "&country=" + Uri.EscapeDataString("\"><script>x</script>"));
        Assert.DoesNotContain("<script>alert(1)</script>", page);
        Assert.DoesNotContain("<script>x</script>", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
    }

    [Fact]
    public async Task The_minister_list_can_be_filtered_without_javascript()
    {
        var page = await _client.GetPageAsync("/?mq=sajjan");
        Assert.Contains("id=\"mq\"", page);
        Assert.Matches("<span class=\"facet__label\">Harjit[^<]*Sajjan</span>", page);
        Assert.Null(Http.FacetCount(page, "minister", "ngo-xuan-lich"));
        Assert.NotNull(Http.FacetCount(await _client.GetPageAsync("/"), "minister", "ngo-xuan-lich"));
    }

    [Fact]
    public async Task Every_page_has_one_form_for_the_search_state_and_a_save_form()
    {
        var page = await _client.GetPageAsync("/?q=belarus&country=BY");
        Assert.Contains("<form id=\"search\" class=\"searchbar\" method=\"get\" action=\"/\"", page);
        Assert.Contains("form=\"search\"", page); // facet checkboxes belong to the GET form
        Assert.Contains("action=\"/saved?handler=Create\"", page);
        Assert.Contains("name=\"query\" value=\"?q=belarus&amp;country=BY\"", page);
        Assert.Contains("href=\"/export.csv?q=belarus&amp;country=BY\"", page);
    }

    [Fact]
    public async Task A_chip_on_a_result_links_to_that_filter()
    {
        var page = await _client.GetPageAsync("/?q=canada");
        Assert.Contains("href=\"/?q=canada&amp;country=CA\"", page);
    }
}
