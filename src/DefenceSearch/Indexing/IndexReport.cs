namespace DefenceSearch.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport
{
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
    public long BytesRead { get; init; }
    public bool Rebuilt { get; init; }
    public bool Cancelled { get; init; }
    public int DocumentCount { get; init; }

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesRead / 1048576.0 / Elapsed.TotalSeconds : 0;
}
