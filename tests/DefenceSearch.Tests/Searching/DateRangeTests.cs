using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>A from–to date range narrows the results, the facets and the exports alike; undated articles are left out.</summary>
public sealed class DateRangeTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public DateRangeTests()
    {
        _corpus.Write("a", "Bài A", "Hợp tác quốc phòng.", "2016-05-31", "BY");
        _corpus.Write("b", "Bài B", "Hợp tác quốc phòng.", "2016-06-01", "BY");
        _corpus.Write("c", "Bài C", "Hợp tác quốc phòng.", "2017-03-15", "RU");
        _corpus.Write("d", "Bài D", "Hợp tác quốc phòng.", "2017-12-31", "RU");
        _corpus.Write("e", "Bài E", "Hợp tác quốc phòng.", "2018-01-01", "US");
        _corpus.Write("u", "Bài U", "Hợp tác quốc phòng.", null, "RU");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Theory]
    [InlineData("2016-06", "2017-12", "2016-06", "2017-12", 20160601, 20171231)]
    [InlineData("2016", "2016", "2016", "2016", 20160101, 20161231)]
    [InlineData("2016-6-5", null, "2016-06-05", null, 20160605, 99991231)]
    [InlineData("2017-12", "2016-06", "2016-06", "2017-12", 20160601, 20171231)] // given the wrong way round
    [InlineData("2016-13", "2017", null, "2017", 0, 20171231)]                   // a month that does not exist is dropped
    public void Ends_read_at_year_month_or_day_precision(string? from, string? to, string? readFrom, string? readTo, int lower, int upper)
    {
        var range = DateRange.Parse(from, to)!;
        Assert.Equal((readFrom, readTo, lower, upper), (range.From, range.To, range.Lower, range.Upper));
    }

    [Fact]
    public void Nothing_that_reads_as_a_date_gives_no_range() =>
        Assert.Null(DateRange.Parse("soon", "<script>"));

    [Fact]
    public void An_article_known_only_by_its_year_is_in_a_range_only_when_the_whole_year_is()
    {
        var range = DateRange.Parse("2016-06", "2017-12")!;
        Assert.True(range.Contains(20170000));   // "2017": all of it is inside
        Assert.False(range.Contains(20160000));  // "2016": January to May are not
        Assert.True(range.Contains(20160600));   // "June 2016"
        Assert.False(range.Contains(0));         // undated
    }

    [Fact]
    public void The_range_narrows_the_total_hits_and_other_facets_and_leaves_out_undated_articles()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac", From = "2016-06", To = "2017-12", Lang = "en" });
        Assert.Equal(3, r.Total);
        Assert.Equal(["b", "c", "d"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(new Dictionary<string, int> { ["BY"] = 1, ["RU"] = 2 }, r.Facets["country"].ToDictionary(v => v.Key, v => v.Count));
        Assert.Equal(3, _index.All(new SearchRequest { Query = "hop tac", From = "2016-06", To = "2017-12" }, 100).Total);
    }

    [Fact]
    public void Years_are_counted_beside_the_range_in_time_order_so_the_timeline_shows_what_it_leaves_out()
    {
        var r = _index.Search(new SearchRequest { From = "2017", To = "2017" });
        Assert.Equal(2, r.Total);
        Assert.Equal(["2016", "2017", "2018", Schema.UnknownYear], r.Facets["year"].Select(v => v.Key));
        Assert.Equal([2, 2, 1, 1], r.Facets["year"].Select(v => v.Count));
    }

    [Fact]
    public void A_short_range_counts_its_months_including_the_empty_ones()
    {
        var r = _index.Search(new SearchRequest { From = "2017-01", To = "2017-12" });
        Assert.Equal(12, r.Months.Count);
        Assert.Equal("2017-01", r.Months[0].Key);
        Assert.Equal(1, r.Months.Single(m => m.Key == "2017-03").Count);
        Assert.Equal(r.Total, r.Months.Sum(m => m.Count));
        Assert.Empty(_index.Search(new SearchRequest { Query = "hop tac" }).Months);
    }

    [Fact]
    public void A_day_range_cuts_within_a_month()
    {
        var r = _index.Search(new SearchRequest { From = "2016-05-31", To = "2016-05-31" });
        Assert.Equal(["a"], r.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Cached_answers_keep_ranges_apart()
    {
        using var cached = _corpus.Open(resultCacheEntries: 10);
        Assert.Equal(6, cached.Search(new SearchRequest()).Total);
        Assert.Equal(1, cached.Search(new SearchRequest { From = "2018" }).Total);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
