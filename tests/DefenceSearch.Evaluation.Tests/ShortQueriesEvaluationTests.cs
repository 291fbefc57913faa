using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceSearch.Evaluation.Tests;

/// <summary>The short-query evaluation (the defence prior) on a slice of the real news, and its data file.</summary>
public sealed class ShortQueriesEvaluationTests
{
    [Fact]
    public async Task On_a_slice_every_prior_gets_a_row()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["short", "--articles", "400"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);

        var collection = TopicalCollection.Load(EvaluationContext.DataFile("short-queries.json"));
        Assert.Contains($"{collection.Needs.Count} short queries", text, StringComparison.Ordinal);
        foreach (var prior in ShortQueriesEvaluation.Priors)
            Assert.Matches(new Regex($@"^  prior +{Regex.Escape(prior.ToString(CultureInfo.InvariantCulture))}:", RegexOptions.Multiline), text);
    }

    [Fact]
    public void The_queries_are_short_split_in_halves_and_graded_0_to_2()
    {
        var collection = TopicalCollection.Load(EvaluationContext.DataFile("short-queries.json"));
        Assert.Equal(collection.Needs.Count, collection.Needs.Select(n => n.Id).Distinct().Count());
        Assert.Equal(collection.Needs.Count / 2, collection.Needs.Count(n => n.Split == "tuning"));
        Assert.Equal(collection.Needs.Count / 2, collection.Needs.Count(n => n.Split == "held-out"));
        foreach (var need in collection.Needs)
        {
            Assert.InRange(need.Query.Split(' ').Length, 1, 3);
            Assert.All(need.Judgements.Values, g => Assert.InRange(g, 0, 2));
        }
    }
}
