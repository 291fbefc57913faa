using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>The one request type: read leniently, clamped once in the library, a page past the end answered in one search.</summary>
public sealed class SearchRequestTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static SearchRequest Read(params (string Key, string Value)[] values) =>
        SearchRequest.Read(key => values.Where(v => v.Key == key).Select(v => (string?)v.Value).ToList());

    [Fact]
    public void A_page_past_the_end_is_answered_with_the_last_page_in_the_same_search()
    {
        var last = seeds.Search("quoc phong", q => q with { Size = 2, Page = 3 });
        var past = seeds.Search("quoc phong", q => q with { Size = 2, Page = 40 });
        Assert.Equal(5, last.Total); // three pages of two
        Assert.Single(last.Hits);
        Assert.Equal(3, past.Page);
        Assert.Equal(last.Hits.Select(h => h.Id), past.Hits.Select(h => h.Id));
        var none = seeds.Search("xyzzyqq", q => q with { Page = 3 });
        Assert.Equal(0, none.Total);
        Assert.Empty(none.Hits);
    }

    [Fact]
    public void Clamping_and_language_are_settled_once_in_the_library()
    {
        var request = new SearchRequest { Query = string.Join(' ', Enumerable.Repeat("belarus", 100)), Page = -3, Size = 5000, Lang = "fr" }.Clamped();
        Assert.Equal(1, request.Page);
        Assert.Equal(SearchRequest.MaxSize, request.Size);
        Assert.Equal(SearchRequest.LastPage(SearchRequest.MaxSize), new SearchRequest { Page = 99_999, Size = 100 }.Clamped().Page);
        Assert.Equal("vi", request.Lang);
        Assert.True(request.QueryCut);
        Assert.InRange(request.Query.Length, 1, SearchRequest.MaxQueryLength);
        var r = seeds.Index.Search(request);
        Assert.Equal(request.Query, r.Query); // the response says what was searched
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.Truncated && n.Detail == SearchRequest.MaxQueryLength.ToString());
    }

    [Fact]
    public void Url_values_are_read_leniently_and_written_back_in_a_stable_order()
    {
        var request = Read(("page", "2"), ("country", " BY "), ("country", ""), ("country", "BY"), ("minister", "ngo-xuan-lich"), ("q", "hop tac"),
            ("sort", "DATE"), ("from", "2016-6"), ("mq", "lich"), ("size", "abc"));
        Assert.Equal(["BY"], request.Selected("country"));
        Assert.Equal(SortOrder.Date, request.Sort);
        Assert.Equal("2016-06", request.From);
        Assert.Equal(SearchRequest.DefaultSize, request.Size);
        Assert.Equal("lich", request.ListFilter("minister"));
        Assert.Equal(
            ["q=hop tac", "country=BY", "minister=ngo-xuan-lich", "from=2016-06", "sort=date", "mq=lich", "page=2"],
            request.Pairs().Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(["q=hop tac", "country=BY", "minister=ngo-xuan-lich", "from=2016-06", "sort=date"], request.Pairs(withPage: false).Select(p => $"{p.Key}={p.Value}"));
        Assert.Equal(3, request.ActiveFilterCount); // two values and the range
    }
}
