using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Infrastructure.Indexing;

/// <summary>
/// The one shared <see cref="ArticleIndex"/> and what the start-up indexer is doing. Pages read it and
/// show a banner instead of failing while there is no index yet.
/// </summary>
public sealed class IndexState : IDisposable
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile ArticleIndex? _index;
    private volatile Snapshot _snapshot = new(IndexStatus.Starting, null, null, null);

    private sealed record Snapshot(IndexStatus Status, IndexProblem? Problem, IndexProgress? Progress, IndexReport? Report);

    /// <summary>The index to search, or null while none can be read yet.</summary>
    public ArticleIndex? Index => _index;

    /// <summary>What the indexer is doing now.</summary>
    public IndexStatus Status => _snapshot.Status;

    /// <summary>Something the reader should know (a corrupt index being rebuilt, a missing corpus), for the banner.</summary>
    public IndexProblem? Problem => _snapshot.Problem;

    /// <summary>Files done and found by the running indexer, or null when none runs.</summary>
    public IndexProgress? Progress => _snapshot.Progress;

    /// <summary>The last indexing run's report, or null before the first.</summary>
    public IndexReport? LastReport => _snapshot.Report;

    /// <summary>Completes when the first indexing run has finished (or failed for good).</summary>
    public Task WhenSettled => _ready.Task;

    /// <summary>True when an index can be searched.</summary>
    public bool IsReady => Status == IndexStatus.Ready && _index is not null;

    internal void Opened(ArticleIndex? index)
    {
        var old = Interlocked.Exchange(ref _index, index);
        old?.Dispose();
    }

    internal void Indexing(IndexProblem? problem) => _snapshot = new(IndexStatus.Indexing, problem, null, _snapshot.Report);

    internal void Progressed(IndexProgress progress) => _snapshot = _snapshot with { Progress = progress };

    internal void Ready(IndexReport? report, IndexProblem? problem)
    {
        _snapshot = new(IndexStatus.Ready, problem, null, report ?? _snapshot.Report);
        _ready.TrySetResult();
    }

    internal void Failed(IndexProblem problem)
    {
        _snapshot = new(_index is null ? IndexStatus.Failed : IndexStatus.Ready, problem, null, _snapshot.Report);
        _ready.TrySetResult();
    }

    /// <summary>Closes the index.</summary>
    public void Dispose() => Interlocked.Exchange(ref _index, null)?.Dispose();
}
