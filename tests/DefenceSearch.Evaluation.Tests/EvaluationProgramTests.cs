namespace DefenceSearch.Evaluation.Tests;

/// <summary>The evaluation program's command line; each evaluation has its own smoke test on a small slice.</summary>
public sealed class EvaluationProgramTests
{
    [Fact]
    public async Task An_unknown_evaluation_is_refused_with_the_known_names()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["no-such-evaluation"], output);
        Assert.Equal(2, exit);
        Assert.Contains("unknown evaluation(s): no-such-evaluation", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--articles", "-3")]
    [InlineData("--articles")]
    [InlineData("--colour", "red")]
    public async Task A_bad_option_is_refused_with_a_message(params string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(2, await Program.Run(args, output));
        Assert.NotEqual("", output.ToString().Trim());
    }
}
