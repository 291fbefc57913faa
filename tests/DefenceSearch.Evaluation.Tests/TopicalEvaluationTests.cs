using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceSearch.Evaluation.Tests;

/// <summary>The topical evaluation on a slice of the real news, and the measures it prints.</summary>
public sealed class TopicalEvaluationTests
{
    private static readonly string[] Engines = ["DefenceSearch", "DS two tiers", "BM25", "FTS5"];

    [Fact]
    public async Task On_a_slice_every_engine_gets_a_row_of_sane_figures_and_every_need_a_line()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["topical", "--articles", "400"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);

        var collection = TopicalCollection.Load(EvaluationContext.DataFile("topical.json"));
        Assert.Contains($"{collection.Needs.Count} needs", text, StringComparison.Ordinal);
        Assert.Contains("Unjudged hits count as not relevant", text, StringComparison.Ordinal);
        foreach (var engine in Engines)
        {
            var row = Regex.Match(text, $@"^{engine}\s+(?<ndcg>\d+\.\d+)\s+(?<p>\d+\.\d+)\s+(?<judged>\d+\.\d+)\s*$", RegexOptions.Multiline);
            Assert.True(row.Success, $"no row for {engine} in:\n{text}");
            foreach (var figure in new[] { "ndcg", "p", "judged" })
            {
                var value = double.Parse(row.Groups[figure].Value, CultureInfo.InvariantCulture);
                Assert.InRange(value, 0.0, 1.0);
            }
        }
        // The slice holds some judged relevant articles, so at least one need is scored and printed per engine.
        var scored = Regex.Match(text, @"Means over the (?<n>\d+) needs").Groups["n"].Value;
        Assert.True(int.Parse(scored, CultureInfo.InvariantCulture) > 0, text);
        // The fresh split (T46 on) has its own rows, one per engine, outside the headline means.
        var fresh = Regex.Match(text, @"^fresh split: (?<scored>\d+) of (?<needs>\d+) needs scored", RegexOptions.Multiline);
        Assert.True(fresh.Success, $"no fresh split in:\n{text}");
        Assert.Equal(collection.Needs.Count(n => n.Split == "fresh"), int.Parse(fresh.Groups["needs"].Value, CultureInfo.InvariantCulture));
        // The 400-article slice holds relevant articles of some fresh needs (two at the time of writing), so the rows carry figures.
        Assert.True(int.Parse(fresh.Groups["scored"].Value, CultureInfo.InvariantCulture) > 0, text);
        Assert.Matches(@"fresh \(\d+ needs\): DefenceSearch \d\.\d{3}/\d\.\d{3}, DS two tiers \d\.\d{3}/\d\.\d{3}, BM25", text);
        foreach (var engine in Engines)
        {
            var row = Regex.Match(text, $@"^fresh\s+{engine}\s+(?<ndcg>\d+\.\d+)\s+(?<p>\d+\.\d+)\s+(?<judged>\d+\.\d+)\s*$", RegexOptions.Multiline);
            Assert.True(row.Success, $"no fresh row for {engine} in:\n{text}");
            foreach (var figure in new[] { "ndcg", "p", "judged" })
            {
                Assert.InRange(double.Parse(row.Groups[figure].Value, CultureInfo.InvariantCulture), 0.0, 1.0);
            }
        }
        var perNeed = Regex.Matches(text, @"^T\d\d\s+(?<ndcg>(\d\.\d\d ){3})", RegexOptions.Multiline);
        Assert.Equal(int.Parse(scored, CultureInfo.InvariantCulture) + int.Parse(fresh.Groups["scored"].Value, CultureInfo.InvariantCulture), perNeed.Count);
        Assert.Matches(@"vs BM25\s+better on \d+, worse on \d+, even on \d+; mean difference [+-]\d\.\d{3}, p = [01]\.\d{3}", text);
        Assert.Matches(@"vs FTS5\s+better on \d+", text);
        Assert.Matches(@"(tuning|held-out) \(\d+ needs\): DefenceSearch \d\.\d{3}/\d\.\d{3}, DS two tiers \d\.\d{3}/\d\.\d{3}, BM25", text);
    }

    [Fact]
    public void The_paired_test_finds_a_consistent_gain_and_not_a_balanced_one()
    {
        // Ten needs all better by 0.1: only the all-plus and all-minus flips are as extreme, p = 2/1024.
        Assert.InRange(TopicalMeasures.PairedRandomizationP(Enumerable.Repeat(0.1, 10).ToList()), 0.0, 0.01);
        // Gains and losses that cancel out: every flip is at least as extreme.
        Assert.Equal(1.0, TopicalMeasures.PairedRandomizationP([0.3, -0.3, 0.2, -0.2]), 9);
        Assert.Equal(1.0, TopicalMeasures.PairedRandomizationP([]), 9);
    }

    [Fact]
    public void Ndcg_is_one_for_the_ideal_ranking_and_counts_unjudged_hits_as_misses()
    {
        var judgements = new Dictionary<string, int> { ["a"] = 3, ["b"] = 2, ["c"] = 0, ["d"] = 1 };
        var present = new HashSet<string>(["a", "b", "c", "d", "x"]);
        Assert.Equal(1.0, TopicalMeasures.Ndcg(["a", "b", "d"], judgements, present)!.Value, 9);
        Assert.Equal(1.0, TopicalMeasures.Ndcg(["a", "b", "d", "c", "x"], judgements, present)!.Value, 9);
        var worse = TopicalMeasures.Ndcg(["x", "a", "b", "d"], judgements, present)!.Value;
        Assert.InRange(worse, 0.0, 0.999);
        Assert.Equal(0.0, TopicalMeasures.Ndcg(["x", "c"], judgements, present)!.Value, 9);
        // The ideal only holds articles that are in the indexed corpus: without "a", ranking b, d is perfect.
        Assert.Equal(1.0, TopicalMeasures.Ndcg(["b", "d"], judgements, new HashSet<string>(["b", "d"]))!.Value, 9);
        Assert.Null(TopicalMeasures.Ndcg(["c"], judgements, new HashSet<string>(["c"])));
    }

    [Fact]
    public void Precision_counts_grades_two_and_three_over_ten_ranks_and_judged_share_counts_returned_hits()
    {
        var judgements = new Dictionary<string, int> { ["a"] = 3, ["b"] = 2, ["c"] = 1, ["d"] = 0 };
        Assert.Equal(0.2, TopicalMeasures.PrecisionAt10(["a", "b", "c", "d", "x"], judgements), 9);
        Assert.Equal(0.8, TopicalMeasures.JudgedAt10(["a", "b", "c", "d", "x"], judgements)!.Value, 9);
        Assert.Null(TopicalMeasures.JudgedAt10([], judgements));
    }

    [Theory]
    [InlineData("Bộ trưởng Quốc phòng", "bo truong quoc phong")]
    [InlineData("ĐÀ NẴNG", "da nang")]
    [InlineData("\u00D0à Nẵng", "da nang")] // Ð (U+00D0, eth) typed for Đ
    [InlineData("hoà bình hòa", "hoa binh hoa")]
    [InlineData("Su-30MK2 Việt Nam", "su 30mk2 viet nam")]
    public void The_plain_engine_reads_text_as_a_folding_match_query_would(string typed, string expected)
    {
        Assert.Equal(expected, string.Join(' ', PlainBm25Engine.Analyze(typed)));
    }

    [Fact]
    public void Every_need_has_a_query_a_narrative_and_a_relevant_judged_article()
    {
        var collection = TopicalCollection.Load(EvaluationContext.DataFile("topical.json"));
        Assert.True(collection.Needs.Count >= 40, $"{collection.Needs.Count} needs");
        Assert.True(collection.Needs.Count(n => n.Split == "held-out") >= 20, "a held-out half to report on");
        Assert.True(collection.Needs.Count(n => n.Split == "fresh") >= 12, "a fresh split nobody tuned on");
        Assert.Equal(collection.Needs.Count, collection.Needs.Select(n => n.Id).Distinct().Count());
        foreach (var need in collection.Needs)
        {
            Assert.False(string.IsNullOrWhiteSpace(need.Query), need.Id);
            Assert.Contains(need.Split, new[] { "tuning", "held-out", "fresh" });
            Assert.False(string.IsNullOrWhiteSpace(need.Narrative), need.Id);
            Assert.Contains(need.Judgements.Values, g => g >= 2);
            Assert.All(need.Judgements, j => Assert.InRange(j.Value, 0, 3));
            Assert.All(need.Judgements.Keys, id => Assert.Matches("^(unc|baomoi)/[A-Za-z0-9_]+$", id));
        }
    }
}
