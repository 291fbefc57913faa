using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>
/// A hit and an article page say how their date was found ("15/11/2018, from the lead"); an article that never
/// says its date is "date unknown", filterable like a year; a feed never prints a made-up date.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class DatedHitTests(SharedSite site)
{
    [Fact]
    public async Task A_hit_shows_its_date_with_where_it_was_read()
    {
        var client = site.Factory.Browser();
        var page = await client.GetPageAsync("/?q=belarus");
        // 000 opens "Sáng 15/11, …" and its text dates the visit "từ ngày 14 đến 17/11/2018".
        Assert.Matches("<time datetime=\"2018-11-15\">15/11/2018</time><span class=\"hit__date-evidence\" title=\"Căn cứ: «Sáng 15/11»\">, theo đoạn mở đầu</span>", page);
        // 004 names only an earlier visit ("đầu tháng 5/2025"): no date, said so, never a guessed year.
        Assert.Contains("hit__date--unknown", page);
        Assert.DoesNotContain("datetime=\"2025", page);

        await client.GetAsync("/language/en?returnUrl=%2F");
        var english = await client.GetPageAsync("/?q=belarus");
        Assert.Contains("<time datetime=\"2018-11-15\">15 Nov 2018</time><span class=\"hit__date-evidence\" title=\"Read from: «Sáng 15/11»\">, from the lead</span>", english);
        Assert.Contains(">Date unknown<", english);
    }

    [Fact]
    public async Task The_article_page_shows_its_date_and_the_words_it_was_read_from()
    {
        var client = site.Factory.Browser();
        var id = Http.HitIds(await client.GetPageAsync("/")).Single(i => i.StartsWith("001_", StringComparison.Ordinal));
        var page = await client.GetPageAsync("/article/" + id);
        Assert.Contains("<time datetime=\"2018-01-23\">23/01/2018</time><span class=\"article__date-evidence\">, theo dòng ghi ngày</span>", page);
        Assert.Contains("23/1/2018 13:12", WebUtility.HtmlDecode(page));
    }

    [Fact]
    public async Task An_undated_hit_shows_the_day_its_lead_states_and_stays_date_unknown()
    {
        var client = site.Factory.Browser();
        // 003 opens "Chiều nay (5/6), tại Hà Nội, …" and writes no year: the day is shown, the year stays unknown.
        var page = await client.GetPageAsync("/?q=canada");
        Assert.Contains("<time datetime=\"--06-05\">5/6, năm không ghi trong bài</time>", page);
        Assert.Contains("Căn cứ: «Chiều nay (5/6)»", WebUtility.HtmlDecode(page));
        var unknown = await client.GetPageAsync("/?q=canada&year=unknown");
        Assert.Contains(Http.HitIds(unknown), i => i.StartsWith("003_", StringComparison.Ordinal));
        Assert.Equal(Http.HitIds(unknown).Count, Http.FacetCount(page, "year", "unknown"));
        Assert.DoesNotContain("datetime=\"2", Regex.Match(page, "<li class=\"hit[^\"]*\">(?:(?!</li>).)*?/article/003_.*?</li>", RegexOptions.Singleline).Value);

        var id = Http.HitIds(unknown).Single(i => i.StartsWith("003_", StringComparison.Ordinal));
        var article = await client.GetPageAsync("/article/" + id);
        Assert.Contains("<time datetime=\"--06-05\">5/6, năm không ghi trong bài</time>", article);
        await client.GetAsync("/language/en?returnUrl=%2F");
        Assert.Contains("<time datetime=\"--06-05\">5 Jun, year not stated</time>", await client.GetPageAsync("/?q=canada"));

        // The API carries it in its own member; the hit's date and year stay null.
        using var api = System.Text.Json.JsonDocument.Parse(await client.GetPageAsync("/api/search?q=canada"));
        var hit = api.RootElement.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("id").GetString()!.StartsWith("003_", StringComparison.Ordinal));
        Assert.Equal(("--06-05", "Chiều nay (5/6)"), (hit.GetProperty("leadDay").GetProperty("value").GetString(), hit.GetProperty("leadDay").GetProperty("span").GetString()));
        Assert.True(!hit.TryGetProperty("date", out var date) || date.ValueKind == System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Date_unknown_is_a_year_value_of_its_own()
    {
        var client = site.Factory.Browser();
        var page = await client.GetPageAsync("/?year=unknown");
        Assert.Equal(["003", "004"], Http.HitIds(page).Select(i => i[..3]).Order());
        Assert.Equal(2, Http.FacetCount(page, "year", "unknown"));
        Assert.Contains("<span class=\"facet__label\">Không rõ ngày</span>", page);
        var typed = await client.GetPageAsync("/?q=year%3Aunknown");
        Assert.Equal(["003", "004"], Http.HitIds(typed).Select(i => i[..3]).Order());
    }

    [Fact]
    public async Task A_feed_gives_a_real_date_or_says_it_carries_the_indexing_time()
    {
        var client = site.Factory.Browser();
        await client.SaveSearchAsync("Belarus dates", "?q=belarus");
        var list = await client.GetPageAsync("/saved");
        var token = System.Text.RegularExpressions.Regex.Matches(list, "href=\"/feeds/([A-Za-z0-9_-]+)\"").Select(m => m.Groups[1].Value).Last();
        using var feed = await site.Factory.Browser(cookies: false).GetAsync("/feeds/" + token);
        var xml = await feed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("1970-01-01", xml);
        Assert.DoesNotContain("-01-01T00:00:00", xml); // no year-only date dressed up as 1 January
        var doc = System.Xml.Linq.XDocument.Parse(xml);
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = doc.Root!.Elements(atom + "entry").ToList();
        var dated = Assert.Single(entries, e => e.Element(atom + "published") is not null);
        Assert.StartsWith("2018-11-15", dated.Element(atom + "published")!.Value, StringComparison.Ordinal);
        var undated = Assert.Single(entries, e => e.Element(atom + "published") is null);
        Assert.Contains("thời điểm lập chỉ mục", undated.Element(atom + "summary")?.Value ?? undated.Element(atom + "content")?.Value ?? "", StringComparison.Ordinal);
    }
}
