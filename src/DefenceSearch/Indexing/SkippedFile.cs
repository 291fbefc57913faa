namespace DefenceSearch.Indexing;

/// <summary>A corpus file the run did not index (or indexed with a warning), and why.</summary>
public sealed record SkippedFile(string Path, string Reason);
