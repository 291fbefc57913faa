namespace DefenceSearch.Evaluation.Tests;

/// <summary>The ranking evaluation on a slice of the real news: both engines are measured and every figure is printed.</summary>
public sealed class RankingEvaluationTests
{
    [Fact]
    public async Task Ranking_prints_known_item_and_exact_first_figures_for_both_engines()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["ranking", "--articles", "400"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        foreach (var line in new[] { "prefix@1", "tuning folded DefenceSearch", "held out accented DefenceSearch", "held out folded FTS5", "tuning accented FTS5", "all DefenceSearch", "all FTS5" })
            Assert.Contains(line, text, StringComparison.Ordinal);

        var figures = RankingEvaluation.Last!;
        Assert.True(figures.Headlines >= 100, text);
        // On its own headlines, every engine finds most articles at once: a broken engine or id mapping shows here.
        foreach (var (name, known) in figures.Known)
        {
            Assert.InRange(known.Hit1, 0.5, 1.0);
            Assert.InRange(known.Mrr, known.Hit1, 1.0);
            Assert.InRange(known.Hit3, known.Hit1, 1.0);
            // A first hit whose headline starts with the typed words counts too: never below hit@1.
            Assert.InRange(known.PrefixHit1, known.Hit1, 1.0);
        }
        Assert.True(figures.Exact["DefenceSearch/all"].Queries >= 5, text);
        Assert.Equal(figures.Exact["DefenceSearch/all"].Queries, figures.Exact["FTS5/all"].Queries);
        Assert.InRange(figures.Exact["FTS5/all"].Share, 0.0, 1.0);
        Assert.InRange(figures.Exact["DefenceSearch/all"].Share, 0.0, 1.0);
        // The two-tier list holds the first page: it never has fewer exact hits than the old measure counted.
        Assert.True(figures.Exact["DefenceSearch/all"].Share >= figures.Exact["DefenceSearch/all"].OldShare, text);
        Assert.InRange(figures.Exact["DefenceSearch/all"].ShownShare, 0.0, 1.0);
        Assert.Contains("two tiers", text);
    }
}
