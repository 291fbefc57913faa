using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>Facet counts are disjunctive: OR within a dimension, AND across, each dimension counted without its own filter.</summary>
public sealed class FacetCountingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public FacetCountingTests()
    {
        _corpus.Write("a", "Bài A", "Hợp tác quốc phòng.", "2018-01-01", "VN, BY", "training");
        _corpus.Write("b", "Bài B", "Hợp tác quốc phòng.", "2018-02-01", "VN, RU", "naval");
        _corpus.Write("c", "Bài C", "Hợp tác quốc phòng.", "2019-03-01", "RU", "training");
        _corpus.Write("d", "Bài D", "Hợp tác quốc phòng.", "2019-04-01", "BY, RU", "naval, training");
        _corpus.Write("e", "Bài E", "Hợp tác quốc phòng.", "2020-05-01", "US", "");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private static Dictionary<string, int> Counts(SearchResponse r, string dim) => r.Facets[dim].ToDictionary(v => v.Key, v => v.Count);

    [Fact]
    public void Counts_and_filters_add_up_across_segments_that_know_different_values()
    {
        // Three indexing runs, three segments: each numbers its own values (BY only in the first, US only in the last).
        using var corpus = new SmallCorpus();
        corpus.Write("a", "Bài A", "Hợp tác quốc phòng.", "2018-01-01", "VN, BY", "training");
        corpus.IndexNow();
        corpus.Write("b", "Bài B", "Hợp tác quốc phòng.", "2019-02-01", "RU", "naval");
        corpus.Write("c", "Bài C", "Hợp tác quốc phòng.", "2019-03-01", "RU, VN", "training");
        corpus.IndexNow();
        corpus.Write("d", "Bài D", "Hợp tác quốc phòng.", "2020-04-01", "US, RU", "naval");
        corpus.IndexNow();
        using var index = corpus.Open();

        var all = index.Search(new SearchRequest { Query = "hop tac" });
        Assert.Equal(new Dictionary<string, int> { ["RU"] = 3, ["VN"] = 2, ["BY"] = 1, ["US"] = 1 }, Counts(all, "country"));
        Assert.Equal(new Dictionary<string, int> { ["2018"] = 1, ["2019"] = 2, ["2020"] = 1 }, Counts(all, "year"));

        var ru = index.Search(new SearchRequest { Query = "hop tac" }.WithSelected("country", ["RU"]).WithSelected("area", ["naval"]));
        Assert.Equal(["b", "d"], ru.Hits.Select(h => h.Id).Order());
        Assert.Equal(new Dictionary<string, int> { ["RU"] = 2, ["US"] = 1 }, Counts(ru, "country"));
        Assert.Equal(new Dictionary<string, int> { ["naval"] = 2, ["training"] = 1 }, Counts(ru, "area"));
    }

    [Fact]
    public void Without_filters_every_value_is_counted()
    {
        var r = _index.Search(new SearchRequest());
        Assert.Equal(5, r.Total);
        Assert.Equal(new Dictionary<string, int> { ["RU"] = 3, ["BY"] = 2, ["VN"] = 2, ["US"] = 1 }, Counts(r, "country"));
        Assert.Equal(new Dictionary<string, int> { ["2018"] = 2, ["2019"] = 2, ["2020"] = 1 }, Counts(r, "year"));
    }

    [Fact]
    public void Ticking_a_country_keeps_the_other_countries_counts()
    {
        var r = _index.Search(new SearchRequest().WithSelected("country", ["BY"]));
        Assert.Equal(2, r.Total);
        Assert.Equal(["a", "d"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(3, Counts(r, "country")["RU"]);
        Assert.Equal(new Dictionary<string, int> { ["training"] = 2, ["naval"] = 1 }, Counts(r, "area"));
    }

    [Fact]
    public void Values_within_a_dimension_are_or_ed()
    {
        var r = _index.Search(new SearchRequest().WithSelected("country", ["BY", "RU"]));
        Assert.Equal(4, r.Total);
    }

    [Fact]
    public void Dimensions_are_and_ed_and_each_counts_without_its_own_filter()
    {
        var r = _index.Search(new SearchRequest().WithSelected("country", ["BY"]).WithSelected("area", ["naval"]));
        Assert.Equal(["d"], r.Hits.Select(h => h.Id));
        // countries under the area filter alone: b and d are naval
        Assert.Equal(new Dictionary<string, int> { ["VN"] = 1, ["RU"] = 2, ["BY"] = 1 }, Counts(r, "country"));
        // areas under the country filter alone: a and d are Belarus
        Assert.Equal(new Dictionary<string, int> { ["training"] = 2, ["naval"] = 1 }, Counts(r, "area"));
        Assert.Equal(new Dictionary<string, int> { ["2019"] = 1 }, Counts(r, "year"));
    }

    [Fact]
    public void A_ticked_value_with_no_match_stays_listed_at_zero()
    {
        var r = _index.Search(new SearchRequest { Query = "xyzzy-khong-co" }.WithSelected("country", ["US"]));
        Assert.Equal(0, r.Total);
        Assert.Contains(r.Facets["country"], v => v.Key == "US" && v.Count == 0);
    }

    [Fact]
    public void Facet_values_are_ordered_by_count_then_label()
    {
        var r = _index.Search(new SearchRequest { Lang = "en" });
        var labels = r.Facets["country"].Select(v => v.Label).ToList();
        Assert.Equal("Russia", labels[0]);
        Assert.Equal(["Belarus", "Vietnam"], labels.Skip(1).Take(2));
    }

    [Fact]
    public void Query_and_facets_combine()
    {
        var r = _index.Search(new SearchRequest { Query = "bai d" }.WithSelected("country", ["RU"]));
        Assert.Equal("d", r.Hits[0].Id);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
