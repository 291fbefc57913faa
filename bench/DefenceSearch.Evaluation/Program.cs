namespace DefenceSearch.Evaluation;

/// <summary>
/// Quality evaluations over the real news of ../shared/data: <c>dotnet run -c Release --project
/// bench/DefenceSearch.Evaluation -- [EVALUATION…] [--data DIR] [--articles N] [--work DIR]</c>. Each evaluation
/// prints its own table; with no name every evaluation runs. Not a test: the test suite runs each on a small
/// slice (tests/DefenceSearch.Evaluation.Tests) so it cannot rot.
/// </summary>
public static class Program
{
    /// <summary>Every evaluation by the name given on the command line, in the order a full run takes them.</summary>
    internal static readonly IReadOnlyDictionary<string, Func<EvaluationContext, Task<int>>> Evaluations =
        new Dictionary<string, Func<EvaluationContext, Task<int>>>(StringComparer.OrdinalIgnoreCase)
        {
            // Each evaluation registers itself here: ["name"] = SomeEvaluation.Run,
            ["ranking"] = RankingEvaluation.Run,
            ["topical"] = TopicalEvaluation.Run,
            ["short"] = ShortQueriesEvaluation.Run,
            ["entities"] = EntitiesEvaluation.Run,
            ["dates"] = DatesEvaluation.Run,
            ["area-counts"] = AreaCountsEvaluation.Run,
        };

    public static Task<int> Main(string[] args) => Run(args, Console.Out);

    public static async Task<int> Run(string[] args, TextWriter output)
    {
        if (!EvaluationOptions.TryParse(args, out var options, out var error))
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync($"evaluations: {string.Join(", ", Evaluations.Keys)}");
            return 2;
        }
        var names = options.Names.Count > 0 ? options.Names : Evaluations.Keys.ToList();
        var unknown = names.Where(n => !Evaluations.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            await output.WriteLineAsync($"unknown evaluation(s): {string.Join(", ", unknown)}; known: {string.Join(", ", Evaluations.Keys)}");
            return 2;
        }
        using var context = new EvaluationContext(options, output);
        var exit = 0;
        foreach (var name in names)
        {
            await output.WriteLineAsync($"== {name} ==");
            exit = Math.Max(exit, await Evaluations[name](context));
            await output.WriteLineAsync();
        }
        return exit;
    }
}
