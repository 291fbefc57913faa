using System.Globalization;
using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using Xunit.Abstractions;

namespace DefenceSearch.Tests.Integration;

/// <summary>Publication dates over all 38,093 real articles: never after the day of indexing, and undated articles counted as such.</summary>
[Collection(SharedDataCollection.Name)]
public sealed class SharedDataDateTests(SharedDataFixture data, ITestOutputHelper output)
{
    [Fact]
    public void No_indexed_date_is_later_than_the_day_its_article_was_indexed()
    {
        var (hits, total) = data.Index.All(new SearchRequest { Query = "", Snippets = false }, 40_000);
        Assert.Equal(SharedDataFixture.UncArticles + SharedDataFixture.BaomoiArticles, total);
        var dated = 0;
        foreach (var hit in hits)
        {
            if (hit.Date is null)
            {
                Assert.Null(hit.Year);
                continue;
            }
            dated++;
            Assert.NotNull(hit.Indexed);
            var first = hit.DatePrecision switch
            {
                "day" => DateOnly.ParseExact(hit.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                "month" => DateOnly.ParseExact(hit.Date, "yyyy-MM", CultureInfo.InvariantCulture),
                "year" => new DateOnly(int.Parse(hit.Date, CultureInfo.InvariantCulture), 1, 1),
                var other => throw new Xunit.Sdk.XunitException($"{hit.Id}: unknown precision {other}"),
            };
            Assert.True(first <= DateOnly.FromDateTime(hit.Indexed!.Value.UtcDateTime), $"{hit.Id} dated {hit.Date}, indexed {hit.Indexed}");
            Assert.Contains(hit.DateEvidence, new[] { "metadata", "dateline", "lead", "text" });
            Assert.False(string.IsNullOrEmpty(hit.DateSpan), hit.Id);
        }
        output.WriteLine($"{dated} of {total} dated");
        Assert.True(dated >= SharedDataFixture.UncArticles, "every UNC article states its date in its header");
    }

    [Fact]
    public void The_year_facet_has_a_date_unknown_value_and_no_guessed_years()
    {
        var facet = data.Index.Search(new SearchRequest { Query = "", Size = 1 }).Facets["year"];
        var unknown = Assert.Single(facet, v => v.Key == Schema.UnknownYear);
        output.WriteLine($"date unknown: {unknown.Count}; years {string.Join(", ", facet.Where(v => v != unknown).OrderBy(v => v.Key).Select(v => $"{v.Key}:{v.Count}"))}");
        // baomoi's pages mostly name a day without its year ("Sáng 9/5"): most of them are honestly undated; UNC states every date.
        Assert.InRange(unknown.Count, 20_000, SharedDataFixture.BaomoiArticles);
        Assert.Equal(SharedDataFixture.UncArticles + SharedDataFixture.BaomoiArticles, facet.Sum(v => v.Count));
        var years = facet.Where(v => v != unknown).Select(v => int.Parse(v.Key, CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(years.Min(), 1990, 2021);
        Assert.InRange(years.Max(), 2017, DateTime.UtcNow.Year); // before: 1901 to 2027, from plans and anniversaries
        Assert.Equal("Date unknown", data.Index.Search(new SearchRequest { Query = "", Size = 1, Lang = "en" }).Facets["year"].Single(v => v.Key == Schema.UnknownYear).Label);

        var filtered = data.Index.Search(new SearchRequest { Query = "year:unknown", Size = 20, Snippets = false });
        Assert.Equal(unknown.Count, filtered.Total);
        Assert.All(filtered.Hits, h => Assert.Null(h.Date));
    }
}
