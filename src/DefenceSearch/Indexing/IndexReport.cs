namespace DefenceSearch.Indexing;

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport
{
    /// <summary>Articles new to the index.</summary>
    public int Added { get; init; }
    /// <summary>Articles whose file changed and which were indexed again.</summary>
    public int Updated { get; init; }
    /// <summary>Articles whose file is gone from the corpus, removed from the index.</summary>
    public int Deleted { get; init; }
    /// <summary>Articles whose file is as it was indexed (same size and time, or same content).</summary>
    public int Unchanged { get; init; }
    /// <summary>Files not indexed, or indexed with a warning, and why; in path order.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];
    /// <summary>Why the index was rebuilt when it was not asked to be (another schema or engine, unreadable).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
    /// <summary>How long the run took, committing included.</summary>
    public TimeSpan Elapsed { get; init; }
    /// <summary>Bytes of corpus files read (unchanged files are not read).</summary>
    public long BytesRead { get; init; }
    /// <summary>Whether the index was built afresh.</summary>
    public bool Rebuilt { get; init; }
    /// <summary>Whether the run was stopped early; the documents finished so far are committed.</summary>
    public bool Cancelled { get; init; }
    /// <summary>Documents in the index after the run.</summary>
    public int DocumentCount { get; init; }

    /// <summary>Corpus megabytes read a second of the run.</summary>
    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesRead / 1048576.0 / Elapsed.TotalSeconds : 0;
}
