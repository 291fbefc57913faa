using System.CommandLine;
using DefenceSearch.Engine;

namespace DefenceSearch.Cli;

/// <summary>The <c>--engine</c> option of <c>index</c> and <c>search</c>.</summary>
internal static class EngineOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--engine")
        {
            Description = $"custom (DefenceSearch's own codec, directory and inversion) or stock (Lucene's only). Default: ${IndexEngines.EnvironmentVariable}, else custom.",
        };
        option.AcceptOnlyFromAmong("custom", "stock");
        return option;
    }

    public static IndexEngine? Value(string? name) => name is null ? null : IndexEngines.Parse(name);
}
