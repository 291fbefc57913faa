using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>The whole benchmark: corpus, both engines at 1× and N×, the site under load, the table and the JSON file.</summary>
public sealed class BenchmarkRunner(BenchmarkOptions options, IAnsiConsole console)
{
    private const long LoadMaxRequests = 2_000_000;

    // DefenceSearch.Cli's build, when the repository is here: indexing is timed as a user runs it.
    private string? _cli;

    public async Task<int> RunAsync(CancellationToken cancellation)
    {
        var repo = RepoRoot();
        var dataPath = Path.GetFullPath(options.DataPath ?? Path.Combine(repo ?? ".", "..", "shared", "data"));
        var queriesPath = options.QueriesPath ?? Path.Combine(AppContext.BaseDirectory, "queries.txt");
        var queries = QueryTimer.Load(queriesPath);
        var work = options.WorkPath ?? Path.Combine(Path.GetTempPath(), "defencesearch-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);

        var result = new BenchmarkResult { Machine = MachineInfo.Read(), Options = options, QueryCount = queries.Count };
        Say($"machine: {result.Machine.Cores} cores, {result.Machine.MemoryGiB} GiB, {result.Machine.Cpu}; {result.Machine.Dotnet}; SQLite {result.Machine.Sqlite}; Lucene.Net {result.Machine.LuceneNet}; {result.Machine.Configuration}");
        Say($"load average before: {result.Machine.LoadAverageBefore}");
        Say($"work folder: {work}; {queries.Count} queries from {queriesPath}");
        try
        {
            if (repo is not null)
            {
                var (cli, why) = ReleaseBuild.Locate(repo, "DefenceSearch.Cli", Say);
                _cli = cli;
                if (cli is null) Say($"DefenceSearch indexing runs in this process: {why}");
            }
            var news = NewsCorpus.Extract(dataPath, Path.Combine(work, "news"), options.Articles);
            Say($"extracted {news.Count:N0} articles ({news.Bytes / 1048576.0:0.0} MB) from {dataPath}");
            var baseName = Label(news.Count);
            var first = BenchCorpus(baseName, news, Path.Combine(work, "1x"), queries, fts5: true, options.IndexTrials, cancellation);
            result.Corpora.Add(first);

            var sitePath = (string?)null;
            if (options.Web)
            {
                var (dll, why) = repo is null ? (options.SitePath, options.SitePath is null ? "skipped: the repository (DefenceSearch.sln) was not found" : null)
                    : SiteProcess.Locate(options.SitePath, repo, Say);
                sitePath = dll;
                if (dll is null)
                {
                    Say(why!);
                    result.Web.Add(new WebResult { Corpus = baseName, Skipped = why });
                }
                else
                {
                    // As shipped (recent responses cached), then with every request searched: both figures are reported.
                    result.Web.Add(await BenchSite(dll, baseName, Path.Combine(work, "1x", "defencesearch"), news, queries, options.LoadDuration, work, cancellation));
                    result.Web.Add(await BenchSite(dll, baseName, Path.Combine(work, "1x", "defencesearch"), news, queries, options.LoadDuration, work, cancellation, resultCache: false));
                }
            }

            if (options.Scale > 1)
            {
                Say($"replicating the corpus {options.Scale}× (hard links) …");
                var scaled = news.Replicate(Path.Combine(work, "news-x" + options.Scale), options.Scale);
                var name = Label(scaled.Count);
                result.Corpora.Add(BenchCorpus(name, scaled, Path.Combine(work, options.Scale + "x"), queries, options.Fts5AtScale, trials: 1, cancellation));
                if (sitePath is not null)
                {
                    // The memory the site needs to serve the big index, under a shorter load of the same kind.
                    var seconds = TimeSpan.FromSeconds(Math.Min(options.LoadDuration.TotalSeconds, 15));
                    result.Web.Add(await BenchSite(sitePath, name, Path.Combine(work, options.Scale + "x", "defencesearch"), scaled, queries, seconds, work, cancellation) with { MemoryRun = true });
                }
                else if (options.Web) result.Web.Add(new WebResult { Corpus = name, Skipped = result.Web[0].Skipped, MemoryRun = true });
            }
        }
        finally
        {
            result.Machine.LoadAverageAfter = MachineInfo.LoadAverage();
            if (!options.Keep)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                }
                catch (IOException e)
                {
                    Say($"could not remove {work}: {e.Message}");
                }
            }
        }
        Say($"load average after: {result.Machine.LoadAverageAfter}");
        Targets(result);
        Report.Print(console, result);
        var output = Path.GetFullPath(options.OutputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(result, BenchmarkResult.Json), cancellation);
        Say($"wrote {output}");
        return 0;
    }

    private CorpusResult BenchCorpus(string name, NewsCorpus corpus, string folder, IReadOnlyList<string> queries, bool fts5, int trials, CancellationToken cancellation)
    {
        Directory.CreateDirectory(folder);
        corpus.WarmPageCache();
        var indexPath = Path.Combine(folder, "defencesearch");
        var dbPath = Path.Combine(folder, "fts5.db");

        // The engines index in turn, each `trials` times, and each one's median run counts: the machine's speed
        // drifts by 10% and more within minutes, and a single run of each would measure the drift.
        var dsRuns = new List<(TimeSpan Elapsed, int Documents, int Skipped)>();
        var liteRuns = new List<Fts5Engine.BuildResult>();
        string how = "";
        for (var trial = 1; trial <= trials; trial++)
        {
            var of = trials > 1 ? $" (run {trial} of {trials})" : "";
            Say($"[{name}] DefenceSearch: indexing {corpus.Count:N0} articles with {options.Threads} threads{of} …");
            Collect();
            if (_cli is { } cli)
            {
                // As a user builds the index: the CLI in its own process, timed from start to exit.
                var run = CliIndexing.Run(cli, corpus.Path, indexPath, options.Threads, cancellation);
                dsRuns.Add((run.Elapsed, run.Documents, run.Skipped));
                how = "DefenceSearch.Cli index --rebuild";
            }
            else
            {
                var clock = Stopwatch.StartNew();
                var report = new CorpusIndexer(ReferenceData.Default).Run(corpus.Path, indexPath, new IndexOptions { Rebuild = true, Threads = options.Threads }, null, cancellation);
                dsRuns.Add((clock.Elapsed, report.DocumentCount, report.Skipped.Count));
                how = "in this process (the CLI was not found)";
            }
            Say($"[{name}] DefenceSearch: {dsRuns[^1].Elapsed.TotalSeconds:0.00} s, {dsRuns[^1].Documents:N0} documents");
            if (!fts5) continue;
            Say($"[{name}] FTS5: indexing{of} …");
            Collect();
            liteRuns.Add(Fts5Engine.Build(corpus, dbPath, options.Threads, cancellation));
            Say($"[{name}] FTS5: {liteRuns[^1].Total.TotalSeconds:0.00} s (insert {liteRuns[^1].Insert.TotalSeconds:0.0} s + optimize {liteRuns[^1].Optimize.TotalSeconds:0.0} s)");
        }
        var dsMedian = dsRuns.OrderBy(r => r.Elapsed).ElementAt(dsRuns.Count / 2);
        var runs = trials > 1 ? $"; median of {trials} runs in turn with FTS5: {string.Join(", ", dsRuns.Select(r => r.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s" : "";
        var ds = IndexingResult.Of(dsMedian.Documents, corpus.Bytes, dsMedian.Elapsed, FolderBytes(indexPath),
            how + (dsMedian.Skipped > 0 ? $"; {dsMedian.Skipped} files skipped" : "") + runs);
        Say($"[{name}] DefenceSearch: {ds.Seconds:0.00} s ({ds.Notes}), {ds.MegabytesPerSecond:0.0} MB/s, {ds.IndexBytes / 1048576.0:0} MB, {dsMedian.Documents:N0} documents");

        IndexingResult? lite = null;
        if (fts5)
        {
            var built = liteRuns.OrderBy(r => r.Total).ElementAt(liteRuns.Count / 2);
            var liteRunsText = trials > 1 ? $"; median of {trials}: {string.Join(", ", liteRuns.Select(r => r.Total.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)))} s" : "";
            lite = IndexingResult.Of(built.Articles, corpus.Bytes, built.Total, built.IndexBytes,
                $"insert {built.Insert.TotalSeconds:0.0} s + optimize {built.Optimize.TotalSeconds:0.0} s{liteRunsText}");
            Say($"[{name}] FTS5: {lite.Seconds:0.00} s ({lite.Notes}), {lite.MegabytesPerSecond:0.0} MB/s, {lite.IndexBytes / 1048576.0:0} MB");
        }

        Say($"[{name}] DefenceSearch: {queries.Count} queries × up to {options.Iterations} warm rounds …");
        QueryRun dsQueries;
        Collect();
        using (var index = ArticleIndex.Open(indexPath))
        {
            dsQueries = QueryTimer.Run(queries, q =>
            {
                var response = index.Search(new SearchRequest { Query = q, Size = 10 });
                return response.Total;
            }, options.Iterations, options.QueryBudget, cancellation);
        }
        Say($"[{name}] DefenceSearch: p50 {dsQueries.Latency.P50} ms, p95 {dsQueries.Latency.P95} ms, p99 {dsQueries.Latency.P99} ms ({dsQueries.Rounds} rounds)");

        QueryRun? liteQueries = null;
        if (fts5)
        {
            Say($"[{name}] FTS5: {queries.Count} queries × up to {options.Iterations} warm rounds …");
            Collect();
            using var engine = Fts5Engine.Open(dbPath);
            liteQueries = QueryTimer.Run(queries, engine.Search, options.Iterations, options.QueryBudget, cancellation);
            Say($"[{name}] FTS5: p50 {liteQueries.Latency.P50} ms, p95 {liteQueries.Latency.P95} ms, p99 {liteQueries.Latency.P99} ms ({liteQueries.Rounds} rounds)");
        }

        return new CorpusResult
        {
            Name = name,
            Articles = corpus.Count,
            CorpusBytes = corpus.Bytes,
            DefenceSearchIndexing = ds,
            Fts5Indexing = lite,
            IndexingThroughputRatio = lite is null ? null : Ratio(lite.Seconds, ds.Seconds),
            DefenceSearchQueries = dsQueries,
            Fts5Queries = liteQueries,
            QueryP50Ratio = liteQueries is null ? null : Ratio(dsQueries.Latency.P50, liteQueries.Latency.P50),
            QueryP95Ratio = liteQueries is null ? null : Ratio(dsQueries.Latency.P95, liteQueries.Latency.P95),
            QueryP99Ratio = liteQueries is null ? null : Ratio(dsQueries.Latency.P99, liteQueries.Latency.P99),
        };
    }

    private async Task<WebResult> BenchSite(string dll, string name, string indexPath, NewsCorpus corpus, IReadOnlyList<string> queries,
        TimeSpan duration, string work, CancellationToken cancellation, bool resultCache = true)
    {
        var database = Path.Combine(work, $"site-{name}-{(resultCache ? "cache" : "nocache")}.db");
        name = resultCache ? name : name + ", no result cache";
        Say($"[{name}] site: starting {dll} on 127.0.0.1 …");
        Collect();
        using var site = await SiteProcess.StartAsync(dll, indexPath, corpus.Path, database, TimeSpan.FromMinutes(10), cancellation, resultCache);
        var paths = RequestPaths(queries);
        // A short warm-up so the measured run is of a warm site, as a live one would be.
        await LoadGenerator.RunAsync(site.Address, paths, options.Clients, TimeSpan.FromSeconds(Math.Min(5, duration.TotalSeconds)), paths.Count * 4L, cancellation);
        var idle = MemorySample.Of(site.Id);
        Say($"[{name}] site: pid {site.Id}, RSS {idle.VmRssBytes / 1048576.0:0} MB after warm-up; {options.Clients} clients for {duration.TotalSeconds:0} s …");
        LoadResult load;
        long peak;
        using (var sampler = new RssSampler(site.Id, TimeSpan.FromMilliseconds(250)))
        {
            load = await LoadGenerator.RunAsync(site.Address, paths, options.Clients, duration, LoadMaxRequests, cancellation);
            peak = sampler.Peak;
        }
        await Task.Delay(1000, cancellation);
        var after = MemorySample.Of(site.Id);
        Say($"[{name}] site: {load.RequestsPerSecond:0} req/s, p50 {load.Latency.P50} ms, p99 {load.Latency.P99} ms, {load.Errors} errors; RSS peak {peak / 1048576.0:0} MB, after {after.VmRssBytes / 1048576.0:0} MB");
        if (load.FirstError is not null) Say($"[{name}] site: first error: {load.FirstError}");
        return new WebResult
        {
            Corpus = name,
            ResultCache = resultCache,
            Site = dll,
            Endpoints = ["/?q=…", "/api/search?q=…"],
            Load = load,
            RssIdle = idle,
            RssPeakBytes = peak,
            RssAfter = after,
        };
    }

    /// <summary>
    /// Only the site under load, over what a work folder kept with --keep holds: news/ with 1x/defencesearch (as shipped,
    /// then without the result cache), and news-xN/ with Nx/defencesearch when present (memory, 15 s).
    /// </summary>
    public async Task<int> LoadOnlyAsync(string work, CancellationToken cancellation)
    {
        var repo = RepoRoot() ?? throw new InvalidOperationException("the repository (DefenceSearch.sln) was not found");
        var queries = QueryTimer.Load(options.QueriesPath ?? Path.Combine(AppContext.BaseDirectory, "queries.txt"));
        var (dll, why) = SiteProcess.Locate(options.SitePath, repo, Say);
        if (dll is null) throw new InvalidOperationException(why);
        var scratch = Directory.CreateTempSubdirectory("defencesearch-load-").FullName;
        var result = new BenchmarkResult { Machine = MachineInfo.Read(), Options = options, QueryCount = queries.Count };
        try
        {
            var news = NewsCorpus.Open(Path.Combine(work, "news"));
            var index = Path.Combine(work, "1x", "defencesearch");
            result.Web.Add(await BenchSite(dll, Label(news.Count), index, news, queries, options.LoadDuration, scratch, cancellation));
            result.Web.Add(await BenchSite(dll, Label(news.Count), index, news, queries, options.LoadDuration, scratch, cancellation, resultCache: false));
            foreach (var scaled in Directory.EnumerateDirectories(work, "news-x*"))
            {
                var n = Path.GetFileName(scaled)["news-x".Length..];
                var corpus = NewsCorpus.Open(scaled);
                var seconds = TimeSpan.FromSeconds(Math.Min(options.LoadDuration.TotalSeconds, 15));
                result.Web.Add(await BenchSite(dll, Label(corpus.Count), Path.Combine(work, n + "x", "defencesearch"), corpus, queries, seconds, scratch, cancellation) with { MemoryRun = true });
            }
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
        result.Machine.LoadAverageAfter = MachineInfo.LoadAverage();
        Targets(result);
        Report.Print(console, result);
        return 0;
    }

    /// <summary>The query set against an existing index, round after round, for a profiler to watch.</summary>
    internal static int ProfileQueries(string indexPath, BenchmarkOptions options, IAnsiConsole console)
    {
        var queries = QueryTimer.Load(options.QueriesPath ?? Path.Combine(AppContext.BaseDirectory, "queries.txt"));
        using var index = ArticleIndex.Open(indexPath);
        using var sampler = new AllocationSampler();
        var allocated = GC.GetTotalAllocatedBytes();
        var pauses = GC.GetTotalPauseDuration();
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var run = QueryTimer.Run(queries, q => index.Search(new SearchRequest { Query = q, Size = 10 }).Total, 100_000, options.QueryBudget, CancellationToken.None);
        var searches = (run.Rounds + 2) * queries.Count;
        console.MarkupLineInterpolated($"{(GC.GetTotalAllocatedBytes() - allocated) / searches / 1024.0:0} KiB allocated a search; GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms; collections {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}; CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s");
        console.MarkupLineInterpolated($"{run.Rounds} rounds: p50 {run.Latency.P50} ms, p95 {run.Latency.P95} ms, p99 {run.Latency.P99} ms");
        foreach (var q in run.PerQuery.OrderByDescending(q => q.P50).Take(15)) console.MarkupLineInterpolated($"  {q.P50,8} ms  {q.Total,7}  {q.Query}");
        var samples = sampler.Samples.ToArray();
        var all = Math.Max(1, samples.Sum(s => s.Value));
        console.MarkupLineInterpolated($"allocation samples (~100 KB each): {all:N0}, large object heap {samples.Where(s => s.Key.Large).Sum(s => s.Value):N0}");
        foreach (var s in samples.OrderByDescending(s => s.Value).Take(20))
            console.MarkupLineInterpolated($"  {100.0 * s.Value / all,5:0.0}%  {(s.Key.Large ? "LOH" : "   ")}  {s.Key.Type}");
        return 0;
    }

    /// <summary>Every query against the page and the API, interleaved.</summary>
    internal static List<string> RequestPaths(IReadOnlyList<string> queries)
    {
        var paths = new List<string>(queries.Count * 2);
        foreach (var q in queries)
        {
            var encoded = Uri.EscapeDataString(q);
            paths.Add("/?q=" + encoded);
            paths.Add("/api/search?q=" + encoded);
        }
        return paths;
    }

    private static void Targets(BenchmarkResult result)
    {
        var first = result.Corpora.FirstOrDefault();
        var scaled = result.Corpora.Skip(1).FirstOrDefault();
        if (first?.IndexingThroughputRatio is { } ir)
            result.Targets.Add(new TargetResult($"indexing throughput ≥ FTS5's ({first.Name})", $"{ir:0.00}×", ir >= 1.0));
        if (scaled?.IndexingThroughputRatio is { } sr)
            result.Targets.Add(new TargetResult($"indexing throughput ≥ FTS5's ({scaled.Name}, not a stated target)", $"{sr:0.00}×", null));
        if (first?.QueryP50Ratio is { } qr)
            result.Targets.Add(new TargetResult($"search p50 ≤ 0.3 × FTS5's ({first.Name})", $"{qr:0.000}× ({first.DefenceSearchQueries!.Latency.P50} vs {first.Fts5Queries!.Latency.P50} ms)", qr <= 0.3));
        if (scaled?.QueryP50Ratio is { } qs)
            result.Targets.Add(new TargetResult($"search p50 ≤ 0.3 × FTS5's ({scaled.Name})", $"{qs:0.000}× ({scaled.DefenceSearchQueries!.Latency.P50} vs {scaled.Fts5Queries!.Latency.P50} ms)", qs <= 0.3));
        if (scaled?.DefenceSearchQueries is { } big)
            result.Targets.Add(new TargetResult($"search p95 ≤ 25 ms ({scaled.Name})", $"{big.Latency.P95} ms", big.Latency.P95 <= 25));
        foreach (var web in result.Web)
        {
            if (web.Load is not { } load)
            {
                result.Targets.Add(new TargetResult($"site ({web.Corpus})", web.Skipped ?? "skipped", null));
                continue;
            }
            if (!web.MemoryRun)
            {
                result.Targets.Add(new TargetResult($"site ≥ 800 req/s at {load.Clients} clients ({web.Corpus})", $"{load.RequestsPerSecond:0}", load.RequestsPerSecond >= 800));
                result.Targets.Add(new TargetResult($"site p99 ≤ 50 ms ({web.Corpus})", $"{load.Latency.P99} ms", load.Latency.P99 <= 50));
                result.Targets.Add(new TargetResult($"site 0 errors ({web.Corpus})", $"{load.Errors}", load.Errors == 0));
            }
            else
            {
                var mb = web.RssPeakBytes / 1048576.0;
                result.Targets.Add(new TargetResult($"site RSS ≤ 512 MB ({web.Corpus})", $"{mb:0} MB peak (anon {web.RssAfter!.RssAnonBytes / 1048576.0:0} MB + file {web.RssAfter.RssFileBytes / 1048576.0:0} MB after)", mb <= 512));
            }
        }
    }

    private static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 3);

    private static string Label(int articles) => articles >= 1000 ? $"{articles / 1000.0:0}k" : articles.ToString(CultureInfo.InvariantCulture);

    private static long FolderBytes(string path) => Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private void Say(string line) => console.MarkupLineInterpolated($"[grey]{DateTime.Now:HH:mm:ss}[/] {line}");

    /// <summary>The folder holding DefenceSearch.sln, above the program or the current folder.</summary>
    internal static string? RepoRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DefenceSearch.sln"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }
        return null;
    }
}
