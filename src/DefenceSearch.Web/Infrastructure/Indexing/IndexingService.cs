using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure.Configuration;
using Lucene.Net.Store;

namespace DefenceSearch.Web.Infrastructure.Indexing;

/// <summary>
/// Brings the index up to date with the corpus at start-up (and every <see cref="SitePaths.Rescan"/>), opens
/// it, and refreshes the shared searcher every second so commits from the command line show up too.
/// </summary>
public sealed class IndexingService(IndexState state, SitePaths paths, ILogger<IndexingService> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReferenceData? _data;
    private volatile bool _pending;

    /// <summary>Indexes the corpus at start, then re-scans it as configured, until the site stops.</summary>
    /// <param name="stoppingToken">Signalled when the site stops.</param>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            _data = paths.Data is null ? ReferenceData.Default : ReferenceData.Load(paths.Data);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            logger.LogError(e, "The reference data could not be loaded");
            state.Failed(new IndexProblem("problem.data", e.Message));
            return;
        }

        try
        {
            await ReindexAsync(TryOpen(), stoppingToken);
            var lastScan = DateTimeOffset.UtcNow;
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Refresh();
                var retry = _pending || state.Index is null;
                var due = paths.Rescan is { } every && DateTimeOffset.UtcNow - lastScan >= every;
                if ((retry && DateTimeOffset.UtcNow - lastScan >= TimeSpan.FromSeconds(30)) || due)
                {
                    lastScan = DateTimeOffset.UtcNow;
                    await ReindexAsync(null, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down; the indexer commits what it finished, the index stays whole
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Never stop the host: the site keeps serving what it has and says why it cannot index.
            logger.LogError(e, "The indexing service stopped");
            state.Failed(new IndexProblem("problem.buildFailed", e.Message));
        }
    }

    /// <summary>Runs the indexer now (one run at a time) and refreshes the searcher; null when it could not run.</summary>
    public async Task<IndexReport?> ReindexAsync(IndexProblem? knownProblem = null, CancellationToken cancellation = default)
    {
        var data = _data ?? ReferenceData.Default;
        await _gate.WaitAsync(cancellation);
        _pending = true;
        try
        {
            state.Indexing(knownProblem);
            var progress = new Progress(state);
            IndexReport report;
            try
            {
                report = await Task.Run(() => new CorpusIndexer(data).Run(paths.Corpus, paths.Index, new IndexOptions { Engine = paths.Engine }, progress, cancellation), cancellation);
            }
            catch (LockObtainFailedException)
            {
                var busy = new IndexProblem("problem.busy");
                logger.LogWarning("{Problem} ({Index})", busy, paths.Index);
                state.Failed(busy);
                return null;
            }
            catch (DirectoryNotFoundException e)
            {
                logger.LogError("{Message}", e.Message);
                state.Failed(new IndexProblem("problem.noCorpus", paths.Corpus));
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Indexing {Corpus} into {Index} failed; rebuilding from scratch", paths.Corpus, paths.Index);
                knownProblem = new IndexProblem("problem.rebuilding", e.GetType().Name);
                state.Indexing(knownProblem);
                try
                {
                    report = await Task.Run(() => new CorpusIndexer(data).Run(paths.Corpus, paths.Index, new IndexOptions { Rebuild = true, Engine = paths.Engine }, progress, cancellation), cancellation);
                }
                catch (Exception again) when (again is not OperationCanceledException)
                {
                    // Lucene cannot even start a fresh index over unreadable commit files: move them aside, keep them for inspection.
                    var aside = $"{paths.Index.TrimEnd(Path.DirectorySeparatorChar)}.corrupt-{DateTime.UtcNow:yyyyMMddHHmmss}";
                    logger.LogError(again, "Rebuilding the index at {Index} failed; moving it to {Aside} and starting afresh", paths.Index, aside);
                    try
                    {
                        state.Opened(null);
                        System.IO.Directory.Move(paths.Index, aside);
                        report = await Task.Run(() => new CorpusIndexer(data).Run(paths.Corpus, paths.Index, new IndexOptions { Rebuild = true, Engine = paths.Engine }, progress, cancellation), cancellation);
                    }
                    catch (Exception last) when (last is not OperationCanceledException)
                    {
                        logger.LogError(last, "Building a fresh index at {Index} failed", paths.Index);
                        state.Failed(new IndexProblem("problem.buildFailed", last.Message));
                        return null;
                    }
                }
            }

            foreach (var warning in report.Warnings) logger.LogWarning("Indexer: {Warning}", warning);
            foreach (var skipped in report.Skipped) logger.LogWarning("Skipped {File}: {Reason}", skipped.Path, skipped.Reason);
            logger.LogInformation("Indexed {Corpus}: {Added} added, {Updated} updated, {Deleted} deleted, {Unchanged} unchanged, {Skipped} skipped; {Count} documents in {Seconds:0.0} s",
                paths.Corpus, report.Added, report.Updated, report.Deleted, report.Unchanged, report.Skipped.Count, report.DocumentCount, report.Elapsed.TotalSeconds);

            _pending = false;
            var openProblem = state.Index is null ? TryOpen() : null;
            // Waits for a timer tick's refresh in progress (it may have opened the commit before this one): the
            // caller's next search must see what this run indexed.
            Refresh(wait: true);
            if (state.Index is null) state.Failed(openProblem ?? new IndexProblem("problem.openFailed"));
            else state.Ready(report, report.Warnings.Count > 0 && report.Rebuilt ? new IndexProblem("problem.rebuilt", string.Join(" ", report.Warnings)) : null);
            // An indexing run holds every file's path and signature (about 250 MB at 380k articles) and opening a
            // searcher builds its caches: once done, hand the freed memory back instead of keeping it committed.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return report;
        }
        finally
        {
            _gate.Release();
        }
    }

    private IndexProblem? TryOpen()
    {
        try
        {
            if (!ArticleIndex.Exists(paths.Index))
            {
                logger.LogInformation("No index at {Index} yet: building it from {Corpus}", paths.Index, paths.Corpus);
                return null;
            }
            state.Opened(ArticleIndex.Open(paths.Index, _data, paths.ResultCacheEntries, paths.SearchBudget, paths.ResultCacheBytes, paths.Engine));
            return null;
        }
        catch (Exception e)
        {
            logger.LogError(e, "The index at {Index} could not be opened; it will be rebuilt from the corpus", paths.Index);
            return new IndexProblem("problem.unreadable");
        }
    }

    private void Refresh(bool wait = false)
    {
        try
        {
            if (wait) state.Index?.RefreshNow();
            else state.Index?.Refresh();
        }
        catch (Exception e)
        {
            // A timer tick must never bring the site down; the next tick tries again.
            logger.LogWarning(e, "Refreshing the index searcher failed");
        }
    }

    private sealed class Progress(IndexState state) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => state.Progressed(value);
    }

    /// <summary>Stops the re-scans.</summary>
    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }
}
