using System.Globalization;

namespace DefenceSearch.Engine;

/// <summary>How an <see cref="IndexEngine"/> is named, chosen by default and recorded in an index.</summary>
public static class IndexEngines
{
    /// <summary>
    /// The environment variable that chooses the engine of every program that does not choose one itself (the command
    /// line without <c>--engine</c>, the site without <c>DefenceSearch:Engine</c>, the tests): <c>custom</c> or <c>stock</c>.
    /// </summary>
    public const string EnvironmentVariable = "DEFENCESEARCH_ENGINE";

    /// <summary>The commit data key that names the engine which built the index; an index without it was built by <see cref="IndexEngine.Custom"/>.</summary>
    public const string CommitKey = "defencesearch.engine";

    /// <summary>The engine used when none is given: <see cref="EnvironmentVariable"/> if set, else <see cref="IndexEngine.Custom"/>.</summary>
    public static IndexEngine Default { get; } = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value
        ? Parse(value)
        : IndexEngine.Custom;

    /// <summary>The engine named <paramref name="name"/> ("custom" or "stock", any case).</summary>
    /// <exception cref="ArgumentException">The name is neither.</exception>
    public static IndexEngine Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "custom" or "default" => IndexEngine.Custom,
        "stock" => IndexEngine.Stock,
        _ => throw new ArgumentException($"unknown index engine \"{name}\": use \"custom\" or \"stock\"", nameof(name)),
    };

    /// <summary>The engine's name as the command line, the settings and an index's commit data spell it.</summary>
    public static string Name(this IndexEngine engine) => engine switch
    {
        IndexEngine.Custom => "custom",
        IndexEngine.Stock => "stock",
        _ => ((int)engine).ToString(CultureInfo.InvariantCulture),
    };
}
