namespace DefenceSearch.Web.Infrastructure.Indexing;

/// <summary>What the start-up indexer is doing.</summary>
public enum IndexStatus
{
    /// <summary>Not begun.</summary>
    Starting,
    /// <summary>Building or updating the index; searches wait or use the last commit.</summary>
    Indexing,
    /// <summary>The index is searchable.</summary>
    Ready,
    /// <summary>Search is not available (see the problem).</summary>
    Failed,
}
