using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Search;

/// <summary>
/// Under a date range the year list counts each year (and "date unknown") without the range, as the timeline does;
/// ticking one must then show that count: the tick replaces the range, also when the form is sent without the script.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class YearUnderRangePageTests(SharedSite site)
{
    private readonly HttpClient _client = site.Factory.Browser();

    [Theory]
    [InlineData("unknown")]
    [InlineData("2018")]
    public async Task A_year_ticked_under_a_range_shows_the_count_it_offered(string year)
    {
        var page = await _client.GetPageAsync("/?from=2018-01&to=2018-01");
        Assert.Equal(2, Http.HitIds(page).Count); // January 2018
        var offered = Http.FacetCount(page, "year", year);
        Assert.NotNull(offered);
        Assert.True(offered > 0);

        var ticked = await _client.GetPageAsync("/?" + Submit(page, ("year", year)));
        Assert.Equal(offered, Http.HitIds(ticked).Count);
        Assert.Equal(offered, Http.FacetCount(ticked, "year", year));
    }

    [Fact]
    public async Task Another_filter_ticked_under_a_range_keeps_the_range()
    {
        var page = await _client.GetPageAsync("/?from=2018-01&to=2018-01");
        var country = Regex.Match(page, "name=\"country\" value=\"([A-Z]+)\"").Groups[1].Value;
        var offered = Http.FacetCount(page, "country", country);
        Assert.True(offered > 0);
        var ticked = await _client.GetPageAsync("/?" + Submit(page, ("country", country)));
        Assert.Equal(offered, Http.HitIds(ticked).Count);
        Assert.Contains("chip--range", ticked);
    }

    [Fact]
    public async Task A_year_with_a_range_in_a_link_still_means_both()
    {
        // A URL with both (a bookmark, the range typed over ticked years) is read as before: the year within the range.
        var page = await _client.GetPageAsync("/?year=unknown&from=2018-01&to=2018-01");
        Assert.Empty(Http.HitIds(page));
    }

    /// <summary>The query string the search form sends without the script: its fields as shown, plus one more box ticked.</summary>
    private static string Submit(string page, (string Name, string Value) tick)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var form = Regex.Match(page, "<form id=\"search\".*?</form>", RegexOptions.Singleline).Value;
        foreach (Match input in Input().Matches(page))
        {
            var tag = input.Value;
            var inForm = form.Contains(tag, StringComparison.Ordinal) || tag.Contains("form=\"search\"", StringComparison.Ordinal);
            var name = Attribute(tag, "name");
            if (!inForm || name is null) continue;
            var value = WebUtility.HtmlDecode(Attribute(tag, "value") ?? "");
            var type = Attribute(tag, "type") ?? "text";
            if (type == "checkbox" && !tag.Contains(" checked", StringComparison.Ordinal) && !(name == tick.Name && value == tick.Value)) continue;
            if (type is "submit" or "button") continue;
            fields.Add(new(name, value));
        }
        return string.Join("&", fields.Select(f => Uri.EscapeDataString(f.Key) + "=" + Uri.EscapeDataString(f.Value)));
    }

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("<input\\b[^>]*>")]
    private static partial Regex Input();
}
