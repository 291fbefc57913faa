namespace DefenceSearch.Engine;

/// <summary>
/// An index was opened for reading with another engine than the one that built it. Nothing was read or changed:
/// open it with the engine it names, rebuild it (indexing with the other engine rebuilds it), or export it
/// (<see cref="StandardExport"/>).
/// </summary>
public sealed class IndexEngineMismatchException(string path, IndexEngine builtBy, IndexEngine requested)
    : InvalidOperationException($"the index at {path} was built by the {builtBy.Name()} engine, not the {requested.Name()} one: " +
        $"open it with the {builtBy.Name()} engine, or rebuild it with the {requested.Name()} engine")
{
    /// <summary>The engine that built the index.</summary>
    public IndexEngine BuiltBy { get; } = builtBy;

    /// <summary>The engine it was opened with.</summary>
    public IndexEngine Requested { get; } = requested;
}
