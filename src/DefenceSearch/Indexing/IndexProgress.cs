namespace DefenceSearch.Indexing;

/// <summary>How far a run is: files done of the total, and the file being read.</summary>
public sealed record IndexProgress(int Done, int Total, string? Current);
