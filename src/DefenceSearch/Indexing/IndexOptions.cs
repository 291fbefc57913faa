using DefenceSearch.Engine;

namespace DefenceSearch.Indexing;

/// <summary>How an indexing run goes: rebuild or update, commits, threads, segment size and engine.</summary>
public sealed record IndexOptions
{
    /// <summary>Start a fresh index instead of updating the existing one.</summary>
    public bool Rebuild { get; init; }

    /// <summary>
    /// Documents before the first intermediate commit, and at least between two: a run stopped early still
    /// leaves an index to search and to resume from.
    /// </summary>
    public int CommitEvery { get; init; } = 5000;

    /// <summary>
    /// Time at least between intermediate commits after the first, so a crash loses at most about this much
    /// work. Not more often: each commit writes the in-memory segments out early, and small segments cost merges.
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Indexing threads (default: one a core).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Building a fresh index, each thread writes a segment once its documents hold this many tokens (about 16 bytes
    /// of memory each while the segment is written; an article has about a thousand).
    /// </summary>
    /// <remarks>
    /// Fewer, larger segments search faster (each query sets up its postings once a segment): the 38k articles
    /// make 4 segments at 12 M tokens against 8 at 6 M, and the query set's median went from 1.54-1.70 to
    /// 1.44-1.48 ms. The rebuild takes as long; it holds about 300 MB more (840 MB at its peak).
    /// </remarks>
    public long SegmentTokens { get; init; } = 12_000_000;

    /// <summary>The Lucene pieces the index is built with (<see cref="IndexEngines.Default"/> when null). An index built by another engine is rebuilt.</summary>
    public IndexEngine? Engine { get; init; }
}
