using DefenceSearch.Indexing;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Infrastructure.Indexing;

/// <summary>Something the reader should know about the index, worded in the interface language.</summary>
public sealed partial record IndexProblem(string Key, string? Detail = null)
{
    /// <summary>For readers: server paths in the detail are cut to their last part (the log keeps them whole).</summary>
    public string Text(Ui ui) => ui.Format(Key, Redact(Detail));

    /// <summary>The English wording without server paths, for the API's 503.</summary>
    public string Public => Ui.English.Format(Key, Redact(Detail));

    /// <summary>Absolute paths (/srv/data/corpus, C:\data\corpus) become their last part (corpus).</summary>
    public static string? Redact(string? text) => text is null ? null : AbsolutePath().Replace(text, m =>
    {
        var trimmed = m.Value.TrimEnd('/', '\\', '.');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return "…" + (cut >= 0 ? trimmed[cut..] : "");
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.~])(?:[A-Za-z]:\\|/)[^\s'""()<>,;]+")]
    private static partial System.Text.RegularExpressions.Regex AbsolutePath();

    /// <summary>The English wording, for logs and test messages.</summary>
    public override string ToString() => Ui.English.Format(Key, Detail);
}

public enum IndexStatus
{
    Starting,
    Indexing,
    Ready,
    Failed,
}

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

    public IndexStatus Status => _snapshot.Status;

    /// <summary>Something the reader should know (a corrupt index being rebuilt, a missing corpus), for the banner.</summary>
    public IndexProblem? Problem => _snapshot.Problem;

    public IndexProgress? Progress => _snapshot.Progress;

    public IndexReport? LastReport => _snapshot.Report;

    /// <summary>Completes when the first indexing run has finished (or failed for good).</summary>
    public Task WhenSettled => _ready.Task;

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

    public void Dispose() => Interlocked.Exchange(ref _index, null)?.Dispose();
}
