using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>What a journalist sees when searching the five seed articles.</summary>
public sealed class SeedSearchTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly string[] NgoXuanLichSeeds = ["000_d3bca8ee1b93142a", "001_40cbf469649825da", "002_c644fae08914d46a", "003_b861244a55a171a3"];

    [Fact]
    public void All_five_seeds_are_indexed() => Assert.Equal(5, seeds.Report.DocumentCount);

    [Fact]
    public void A_name_typed_without_diacritics_finds_the_four_articles_and_marks_it()
    {
        var r = seeds.Search("ngo xuan lich");
        Assert.Equal(4, r.Total);
        Assert.Equal(NgoXuanLichSeeds, r.Hits.Select(h => h.Id).Order());
        Assert.All(r.Hits, h => Assert.Contains("<mark>Ngô Xuân Lịch</mark>", h.Snippet.Format("<mark>", "</mark>")));
    }

    [Fact]
    public void The_same_query_with_diacritics_finds_the_same_articles()
    {
        var plain = seeds.Search("ngo xuan lich").Hits.Select(h => h.Id).Order();
        var accented = seeds.Search("Ngô Xuân Lịch").Hits.Select(h => h.Id).Order();
        Assert.Equal(plain, accented);
    }

    [Theory]
    [InlineData("hop tac quoc phong belarus", "000_d3bca8ee1b93142a")]
    [InlineData("bo truong quoc phong viet nam canada", "003_b861244a55a171a3")]
    [InlineData("viet nga thuc day hop tac ky thuat", "001_40cbf469649825da")]
    [InlineData("bo truong quoc phong nga my se tham", "002_c644fae08914d46a")]
    public void Typed_first_words_of_a_headline_put_that_article_first(string query, string expected) =>
        Assert.Equal(expected, seeds.Search(query).Hits[0].Id);

    [Fact]
    public void A_transliterated_country_name_finds_articles_that_spell_it_otherwise()
    {
        var r = seeds.Search("be la rut");
        Assert.Equal(["000_d3bca8ee1b93142a", "004_76e594fcad5834af"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal("004_76e594fcad5834af", r.Hits[0].Id);          // the one that spells it so ranks first
        Assert.Contains("<mark>Belarus</mark>", r.Hits[1].Snippet.Format("<mark>", "</mark>"));
    }

    [Fact]
    public void Chrome_never_appears_in_snippets_nor_matches()
    {
        Assert.Equal(0, seeds.Search("\"Dải Gaza\"").Total); // a related-story list under seed 002
        Assert.Equal(0, seeds.Search("Заголовок").Total);
        Assert.DoesNotContain(seeds.Search("\"Trung Quốc\"").Hits, h => h.Id.StartsWith("000", StringComparison.Ordinal));
    }

    [Fact]
    public void Phrase_exclude_and_or_work_together()
    {
        var r = seeds.Search("\"hop tac\" (nga OR belarus) -canada");
        Assert.DoesNotContain(r.Hits, h => h.Id.StartsWith("003", StringComparison.Ordinal));
        Assert.Equal(4, r.Total);
        Assert.Equal(2, seeds.Search("\"khoa hoc quan su\" belarus").Total);
    }

    [Fact]
    public void Field_prefixes_restrict_to_title_year_and_country()
    {
        Assert.Equal(["003_b861244a55a171a3"], seeds.Search("title:canada").Hits.Select(h => h.Id));
        Assert.Equal(["000_d3bca8ee1b93142a", "001_40cbf469649825da", "002_c644fae08914d46a"], seeds.Search("year:2018").Hits.Select(h => h.Id).Order());
        // The Canada and 2025 Belarus pages never say their year: they stand under "date unknown", not a guess.
        Assert.Equal(["003_b861244a55a171a3", "004_76e594fcad5834af"], seeds.Search("year:unknown").Hits.Select(h => h.Id).Order());
        Assert.Equal(2, seeds.Search("", q => q.WithSelected("year", ["unknown"])).Total);
        Assert.Equal(2, seeds.Search("country:BY").Total);
        Assert.Equal(2, seeds.Search("country:Belarus").Total);
    }

    [Fact]
    public void When_no_article_has_every_word_the_commoner_word_is_left_out_with_a_notice()
    {
        // No seed names both: the Canada pages are shown, without "belarus" (found in more pages), and the notice says so.
        var r = seeds.Search("canada belarus");
        Assert.Equal(["belarus"], r.Notices.Single(n => n.Kind == QueryNoticeKind.WordsLeftOut).Words);
        Assert.False(r.AnyWord);
        Assert.True(r.Total > 0);
        Assert.Equal(r.Total, r.Hits.Count);
        Assert.Contains("003_b861244a55a171a3", r.Hits.Select(h => h.Id));
        Assert.All(r.Hits, h => Assert.DoesNotContain("BY", h.Countries));
    }

    [Fact]
    public void A_misspelt_name_gets_a_did_you_mean()
    {
        var r = seeds.Search("ngo xuan lihc");
        Assert.Equal("ngo xuan lich", r.Suggestion);
        Assert.Null(seeds.Search("ngo xuan lich").Suggestion);
    }

    [Fact]
    public void Date_sort_puts_the_newest_first()
    {
        var r = seeds.Search("quoc phong", q => q with { Sort = SortOrder.Date });
        Assert.Equal("000_d3bca8ee1b93142a", r.Hits[0].Id); // 15/11/2018; the undated pages come last
        var dates = r.Hits.Select(h => h.Date ?? "").ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Pages_split_results_without_overlap()
    {
        var first = seeds.Search("quoc phong", q => q with { Size = 2, Page = 1 });
        var second = seeds.Search("quoc phong", q => q with { Size = 2, Page = 2 });
        Assert.Equal(5, first.Total);
        Assert.Equal(2, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.Id).Intersect(second.Hits.Select(h => h.Id)));
    }

    [Fact]
    public void Json_output_has_the_contract_shape()
    {
        var json = System.Text.Json.JsonDocument.Parse(seeds.Search("ngo xuan lich").ToJson()).RootElement;
        foreach (var name in new[] { "query", "total", "tookMs", "hits", "facets", "notice" }) Assert.True(json.TryGetProperty(name, out _), name);
        var hit = json.GetProperty("hits")[0];
        foreach (var name in new[] { "id", "title", "date", "year", "datePrecision", "dateEvidence", "dateSpan", "url", "score", "snippet", "countries", "ministers", "areas" }) Assert.True(hit.TryGetProperty(name, out _), name);
        foreach (var dim in new[] { "country", "minister", "year", "area" }) Assert.True(json.GetProperty("facets").TryGetProperty(dim, out _), dim);
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public void Article_view_holds_clean_paragraphs_and_labelled_facets()
    {
        var a = seeds.Index.Get("000_d3bca8ee1b93142a");
        Assert.NotNull(a);
        Assert.Equal("2018-11-15", a.Date);
        Assert.Equal(("day", "lead", "Sáng 15/11"), (a.DatePrecision, a.DateEvidence, a.DateSpan));
        Assert.Contains(a.Countries, c => c.Key == "BY" && c.Label == "Belarus");
        Assert.DoesNotContain(a.Paragraphs, p => p.Contains("Sputnik", StringComparison.Ordinal));
        Assert.Null(seeds.Index.Get("no-such-article"));
    }
}
