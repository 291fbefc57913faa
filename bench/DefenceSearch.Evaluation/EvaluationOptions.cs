namespace DefenceSearch.Evaluation;

/// <summary>The command line: evaluation names, then <c>--data DIR</c>, <c>--articles N</c> (an evenly spaced slice; 0 = all) and <c>--work DIR</c>.</summary>
public sealed record EvaluationOptions
{
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The folder holding unc-news.tar.gz and baomoi-news.tar.gz; null = ../shared/data beside the repository.</summary>
    public string? DataPath { get; init; }

    /// <summary>How many articles to take, evenly spaced across both archives; 0 takes all 38,093.</summary>
    public int Articles { get; init; }

    /// <summary>A scratch folder (removed at the end); null = a new folder under the system's temporary folder.</summary>
    public string? WorkPath { get; init; }

    public static bool TryParse(IReadOnlyList<string> args, out EvaluationOptions options, out string error)
    {
        options = new EvaluationOptions();
        error = "";
        var names = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                names.Add(arg);
                continue;
            }
            if (i + 1 >= args.Count)
            {
                error = $"{arg} needs a value";
                return false;
            }
            var value = args[++i];
            switch (arg)
            {
                case "--data": options = options with { DataPath = value }; break;
                case "--work": options = options with { WorkPath = value }; break;
                case "--articles" when int.TryParse(value, out var n) && n >= 0: options = options with { Articles = n }; break;
                default:
                    error = $"unknown option or bad value: {arg} {value}";
                    return false;
            }
        }
        options = options with { Names = names };
        return true;
    }
}
