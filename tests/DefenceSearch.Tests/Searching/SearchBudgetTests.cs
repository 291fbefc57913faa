using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>Every search does bounded work whatever is typed, and says when it left something out.</summary>
public sealed class SearchBudgetTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private ArticleIndex Open(SearchBudget budget) => ArticleIndex.Open(seeds.IndexPath, budget: budget);

    [Fact]
    public void A_prefix_expands_to_at_most_its_allowance_and_says_so()
    {
        var full = seeds.Search("th*");
        Assert.True(full.Work.TermsExpanded > 4, $"the seeds should hold many th… words, got {full.Work.TermsExpanded}");
        Assert.False(full.Work.ExpansionCut);

        using var index = Open(new SearchBudget { MaxTermsPerPrefix = 2 });
        var cut = index.Search(new SearchRequest { Query = "th*", Lang = "en" });
        Assert.InRange(cut.Work.TermsExpanded, 1, 2 * 2); // two fields, two terms each
        Assert.True(cut.Work.ExpansionCut);
        Assert.Contains(cut.Notices, n => n.Kind == QueryNoticeKind.ExpansionCut && n.Detail == "2"); // only the 2 most common
        Assert.InRange(cut.Total, 1, full.Total); // the most frequent terms still find articles
    }

    [Fact]
    public void Many_prefixes_together_expand_to_at_most_the_query_allowance()
    {
        var prefixes = string.Join(" OR ", new[] { "th", "tr", "ng", "ch", "ph", "qu", "kh", "nh", "gi", "do", "ha", "la", "ba", "ca", "ma", "ta" }.Select(p => p + "*"));
        var budget = new SearchBudget { MaxTermsPerQuery = 20 };
        using var index = Open(budget);
        var r = index.Search(new SearchRequest { Query = prefixes });
        Assert.InRange(r.Work.TermsExpanded, 1, budget.MaxTermsPerQuery);
        Assert.True(r.Work.ExpansionCut);
        Assert.True(r.Total > 0);

        var unbounded = seeds.Search(prefixes);
        Assert.InRange(unbounded.Work.TermsExpanded, budget.MaxTermsPerQuery + 1, SearchBudget.Default.MaxTermsPerQuery);
    }

    [Fact]
    public void A_search_out_of_time_stops_collecting_and_says_so()
    {
        using var index = Open(new SearchBudget { Time = TimeSpan.Zero, MatchesBeforeClock = 0 });
        var r = index.Search(new SearchRequest { Query = "quoc phong", Lang = "en" });
        Assert.True(r.Work.TimedOut);
        Assert.Equal(0, r.Work.Collected);
        Assert.Equal(0, r.Total);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.TimedOut);

        var normal = seeds.Search("quoc phong");
        Assert.False(normal.Work.TimedOut);
        // The words-together tier, then the count of every article with all the words (for "N more apart").
        Assert.InRange(normal.Work.Collected, normal.Total, 3L * Math.Max(1, normal.Total));
    }

    [Fact]
    public void A_search_that_finds_few_articles_is_never_cut_by_the_clock()
    {
        // A spent clock stands for the site's first search after a start (compiling the search code took 2 s of its
        // 1 s) or a busy machine: an ordinary search still answers in full (a long query's readings, an extra, are left out).
        using var index = Open(new SearchBudget { Time = TimeSpan.Zero, MatchesBeforeClock = 10_000 });
        var r = index.Search(new SearchRequest { Query = "quoc phong", Lang = "en" });
        var normal = seeds.Search("quoc phong");

        Assert.False(r.Work.TimedOut);
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.TimedOut);
        Assert.True(normal.Total > 0);
        Assert.Equal(normal.Total, r.Total);
        Assert.Equal(normal.Hits.Select(h => h.Id), r.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_timed_out_answer_is_not_cached()
    {
        using var index = ArticleIndex.Open(seeds.IndexPath, resultCacheEntries: 10, budget: new SearchBudget { Time = TimeSpan.Zero, MatchesBeforeClock = 0 });
        index.Search(new SearchRequest { Query = "quoc phong" });
        Assert.False(index.Search(new SearchRequest { Query = "quoc phong" }).Cached);
    }
}
