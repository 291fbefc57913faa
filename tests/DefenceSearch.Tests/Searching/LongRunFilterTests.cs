using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Whether four typed words make a run's tier ("chất độc da cam": at least a page of articles together, a tenth at most of
/// those with all four) is decided over the whole index, not within the filters: a filter narrows the articles the query
/// means, it does not read the query again. Decided within them, a facet value holding fewer than 10 of the run's articles
/// read the query as its compounds or as every word once clicked: on the 38k `chat doc da cam` offered "Nhật Bản (4)" and
/// its click showed 9, "2021 (3)" showed 14, `bệnh viện quân y`'s "Hoa Kỳ (1)" showed 28.
/// </summary>
public sealed class LongRunFilterTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public LongRunFilterTests()
    {
        // 10 articles with the run together (4 about Japan, dated 2021), 90 with its two compounds apart (20 about Japan, 2021).
        for (var i = 0; i < WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"agent{i}", $"Nạn nhân số {i}", "Hỗ trợ nạn nhân chất độc da cam tại địa phương.",
                date: i < 4 ? "2021-04-25" : "2017-06-01", countries: i < 4 ? "JP" : "VN");
        for (var i = 0; i < 9 * WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"apart{i}", $"Thực phẩm {i}", "Chất độc trong thực phẩm bị thu giữ. Người mặc áo da cam dẫn đường.",
                date: i < 20 ? "2021-04-26" : "2017-06-02", countries: i < 20 ? "JP" : "VN");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_facet_value_of_a_four_word_run_shows_what_its_count_says()
    {
        var all = _index.Search(new SearchRequest { Query = "chat doc da cam", Size = 20 });
        Assert.Equal("together", all.Tier);
        Assert.Equal(WordsTogether.MinLongRunArticles, all.Total);
        var japan = Assert.Single(all.Facets["country"], v => v.Key == "JP");
        Assert.Equal(4, japan.Count);

        var click = _index.Search(new SearchRequest { Query = "chat doc da cam", Size = 50 }.Only("country", "JP"));
        Assert.Equal(japan.Count, click.Total);
        Assert.All(click.Hits, h => Assert.StartsWith("agent", h.Id));
        Assert.Equal("together", click.Tier);
        Assert.Equal(20, click.OtherTierTotal);
        Assert.DoesNotContain(click.Notices, n => n.Kind == QueryNoticeKind.CompoundWords);
    }

    [Fact]
    public void A_year_and_a_date_range_narrow_a_four_word_run_without_reading_it_again()
    {
        var all = _index.Search(new SearchRequest { Query = "chất độc da cam", Size = 20 });
        var year = Assert.Single(all.Facets["year"], v => v.Key == "2021");
        Assert.Equal(4, year.Count);
        var click = _index.Search(new SearchRequest { Query = "chất độc da cam", Size = 50 }.Only("year", "2021"));
        Assert.Equal(year.Count, click.Total);
        Assert.All(click.Hits, h => Assert.StartsWith("agent", h.Id));
        var range = _index.Search(new SearchRequest { Query = "chat doc da cam", Size = 50, From = "2021", To = "2021" });
        Assert.Equal(4, range.Total);
        Assert.All(range.Hits, h => Assert.StartsWith("agent", h.Id));
        // The second tier within the filter is the run's: its apart articles there.
        var apart = _index.Search(new SearchRequest { Query = "chat doc da cam", Size = 50, Apart = true }.Only("year", "2021"));
        Assert.Equal(20, apart.Total);
        Assert.All(apart.Hits, h => Assert.StartsWith("apart", h.Id));
    }

    [Fact]
    public void The_new_since_count_of_a_filtered_four_word_run_counts_only_its_articles()
    {
        var request = new SearchRequest { Query = "chat doc da cam" }.Only("country", "JP");
        Assert.Equal(4, _index.CountAddedSince(request, 0));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
