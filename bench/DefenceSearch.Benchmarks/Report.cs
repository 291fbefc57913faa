using System.Globalization;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>The tables printed at the end of a run.</summary>
public static class Report
{
    public static void Print(IAnsiConsole console, BenchmarkResult result)
    {
        var m = result.Machine;
        console.WriteLine();
        console.MarkupLineInterpolated($"[bold]Machine[/]: {m.Cores} cores, {m.MemoryGiB} GiB, {m.Cpu}; {m.Os}; {m.Dotnet}; SQLite {m.Sqlite} (Microsoft.Data.Sqlite {m.MicrosoftDataSqlite}); Lucene.Net {m.LuceneNet}; {m.Configuration}");
        console.MarkupLineInterpolated($"[bold]Load average[/]: before {m.LoadAverageBefore}; after {m.LoadAverageAfter}");
        console.MarkupLineInterpolated($"[bold]FTS5[/]: {result.Fts5Setup}");

        var indexing = new Table().Title("Indexing").AddColumns("corpus", "articles", "MB", "engine", "seconds", "MB/s", "index MB", "DefenceSearch/FTS5 throughput");
        foreach (var c in result.Corpora)
        {
            if (c.DefenceSearchIndexing is { } ds)
                indexing.AddRow(c.Name, N(c.Articles), Mb(c.CorpusBytes), "DefenceSearch", F(ds.Seconds), F(ds.MegabytesPerSecond), Mb(ds.IndexBytes), c.IndexingThroughputRatio is { } r ? $"{r:0.00}×" : "");
            if (c.Fts5Indexing is { } lite)
                indexing.AddRow(c.Name, N(c.Articles), Mb(c.CorpusBytes), "SQLite FTS5", F(lite.Seconds), F(lite.MegabytesPerSecond), Mb(lite.IndexBytes), Markup.Escape(lite.Notes ?? ""));
        }
        console.Write(indexing);

        var queries = new Table().Title($"Queries ({result.QueryCount}, warm; DefenceSearch: top 10 + total + 4 facets + snippets; FTS5: MATCH top 10 + snippet() + count(*))")
            .AddColumns("corpus", "engine", "rounds", "p50 ms", "p95 ms", "p99 ms", "max ms", "DefenceSearch/FTS5 (p50 / p95 / p99)");
        foreach (var c in result.Corpora)
        {
            if (c.DefenceSearchQueries is { } ds)
                queries.AddRow(c.Name, "DefenceSearch", N(ds.Rounds), F(ds.Latency.P50), F(ds.Latency.P95), F(ds.Latency.P99), F(ds.Latency.Max),
                    c.QueryP50Ratio is { } r ? $"{r:0.000} / {c.QueryP95Ratio:0.000} / {c.QueryP99Ratio:0.000}" : "");
            if (c.Fts5Queries is { } lite)
                queries.AddRow(c.Name, "SQLite FTS5", N(lite.Rounds), F(lite.Latency.P50), F(lite.Latency.P95), F(lite.Latency.P99), F(lite.Latency.Max), "");
        }
        console.Write(queries);

        if (result.Web.Count > 0)
        {
            var web = new Table().Title("Site under load (127.0.0.1; / and /api/search, the query set in turn)")
                .AddColumns("index", "clients", "seconds", "requests", "req/s", "p50 ms", "p99 ms", "errors", "RSS idle MB", "RSS peak MB", "RSS after MB (anon + file)");
            foreach (var w in result.Web)
            {
                if (w.Load is not { } load)
                {
                    web.AddRow(w.Corpus, Markup.Escape(w.Skipped ?? "skipped"), "", "", "", "", "", "", "", "", "");
                    continue;
                }
                web.AddRow(w.Corpus, N(load.Clients), F(load.Seconds), N(load.Requests), F(load.RequestsPerSecond), F(load.Latency.P50), F(load.Latency.P99), N(load.Errors),
                    Mb(w.RssIdle?.VmRssBytes ?? 0), Mb(w.RssPeakBytes), $"{Mb(w.RssAfter?.VmRssBytes ?? 0)} ({Mb(w.RssAfter?.RssAnonBytes ?? 0)} + {Mb(w.RssAfter?.RssFileBytes ?? 0)})");
            }
            console.Write(web);
        }

        var targets = new Table().Title("Targets").AddColumns("target", "measured", "met");
        foreach (var t in result.Targets)
            targets.AddRow(Markup.Escape(t.Target), Markup.Escape(t.Measured), t.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "–" });
        console.Write(targets);
    }

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double d) => d.ToString(d >= 100 ? "0" : d >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture);

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture);
}
