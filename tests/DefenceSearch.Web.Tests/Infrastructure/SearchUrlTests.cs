using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;

namespace DefenceSearch.Web.Tests.Infrastructure;

public sealed class SearchUrlTests
{
    [Fact]
    public void The_url_round_trips()
    {
        const string url = "?q=ngo%20xuan%20lich&country=BY&country=RU&minister=ngo-xuan-lich&year=2018&area=training&sort=date&page=2";
        var parameters = SearchUrl.Read(url);
        Assert.Equal("ngo xuan lich", parameters.Query);
        Assert.Equal(["BY", "RU"], parameters.Selected("country"));
        Assert.Equal(SortOrder.Date, parameters.Sort);
        Assert.Equal(2, parameters.Page);
        Assert.Equal(url, parameters.ToQueryString());
    }

    [Fact]
    public void Bad_values_are_brought_into_range()
    {
        var parameters = SearchUrl.Read("?page=-1&size=100000&sort=xyz&country=&country=%20BY%20&country=BY");
        Assert.Equal(1, parameters.Page);
        Assert.Equal(SearchRequest.MaxSize, parameters.Size);
        Assert.Equal(SortOrder.Relevance, parameters.Sort);
        Assert.Equal(["BY"], parameters.Selected("country"));
        var deep = SearchUrl.Read("?page=99999");
        Assert.Equal(SearchRequest.MaxPage, deep.Page);
        Assert.Equal(SearchRequest.MaxQueryLength, SearchUrl.Read("?q=" + new string('x', 50_000)).Query.Length);
    }

    [Fact]
    public void Links_add_and_remove_filters_from_page_one()
    {
        var parameters = SearchUrl.Read("?q=x&country=BY&page=3");
        Assert.Equal("/?q=x&country=BY&country=CA", parameters.With("country", "CA").Url());
        Assert.Equal("/?q=x", parameters.Without("country", "BY").Url());
        Assert.Equal("/?q=x&year=2018", parameters.WithoutFilters().Only("year", "2018").Url());
        Assert.Equal("/?q=x&country=BY&sort=date", parameters.WithSort(true).Url());
        Assert.Equal("/?q=x&country=BY", parameters.Url(withPage: false));
    }

    [Fact]
    public void The_date_range_reads_leniently_and_replaces_ticked_years()
    {
        var parameters = SearchUrl.Read("?q=x&year=2018&from=2016-6&to=2017-12&page=2");
        Assert.Equal(("2016-06", "2017-12"), (parameters.From, parameters.To));
        Assert.Equal(2, parameters.ActiveFilterCount); // the year and the range
        Assert.Equal("/?q=x&year=2018&from=2016-06&to=2017-12&page=2", parameters.Url());
        Assert.Equal("/?q=x&from=2017-03&to=2017-03", parameters.WithRange("2017-03", "2017-03").Url());
        Assert.Equal("/?q=x&year=2018", parameters.WithoutRange().Url());
        Assert.Equal("/?q=x", parameters.WithoutFilters().Url());
        Assert.False(SearchUrl.Read("?from=soon&to=%3Cb%3E").HasRange);
        Assert.Equal(("2016-06", "2017-12"), (parameters.From, parameters.To));
    }
}
