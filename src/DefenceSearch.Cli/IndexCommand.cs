using System.CommandLine;
using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using Spectre.Console;

namespace DefenceSearch.Cli;

internal static class IndexCommand
{
    public static Command Create()
    {
        var corpus = new Option<string>("--corpus") { Description = "The corpus folder, read recursively.", DefaultValueFactory = _ => "corpus" };
        var index = new Option<string>("--index") { Description = "The index folder.", DefaultValueFactory = _ => "index" };
        var rebuild = new Option<bool>("--rebuild") { Description = "Start a fresh index instead of updating." };
        var threads = new Option<int>("--threads") { Description = "Indexing threads (default: one a core).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = EngineOption.Create();
        var command = new Command("index", "Bring the index up to date with the corpus: add, update, delete, skip unchanged.") { corpus, index, rebuild, threads, engine };
        command.SetAction(parse => Run(parse.GetValue(corpus)!, parse.GetValue(index)!, parse.GetValue(rebuild), Math.Max(1, parse.GetValue(threads)),
            EngineOption.Value(parse.GetValue(engine))));
        command.Subcommands.Add(CreateExport());
        return command;
    }

    /// <summary><c>index export --standard DIR</c>: a copy of the index in stock Lucene's format.</summary>
    private static Command CreateExport()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", DefaultValueFactory = _ => "index" };
        var standard = new Option<string>("--standard") { Description = "The new (or empty) folder to write the copy to.", Required = true };
        var command = new Command("export", "Copy the index into a folder in stock Lucene 4.6 format (one segment), which Lucene's CheckIndex and Luke open.") { index, standard };
        command.SetAction(parse => Export(parse.GetValue(index)!, parse.GetValue(standard)!));
        return command;
    }

    private static int Export(string index, string target)
    {
        try
        {
            var documents = StandardExport.Write(index, target);
            Console.WriteLine($"exported {documents} documents to {Path.GetFullPath(target)} (Lucene46 codec; search it with --engine stock)");
            return 0;
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.IndexNotFoundException)
        {
            Console.Error.WriteLine($"error: {e.Message}.");
            return 2;
        }
    }

    private static int Run(string corpus, string index, bool rebuild, int threads, IndexEngine? engine)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true; // finish the current documents and commit them; the index stays whole
            cancel.Cancel();
        };
        if (rebuild) _ = CorpusIndexer.PrepareRebuild(engine); // while the reference data loads
        var indexer = new CorpusIndexer(ReferenceData.Default);
        var options = new IndexOptions { Rebuild = rebuild, Threads = threads, Engine = engine };
        IndexReport report;
        try
        {
            report = Console.IsOutputRedirected || Console.IsErrorRedirected
                ? indexer.Run(corpus, index, options, new LineProgress(), cancel.Token)
                : RunWithBar(indexer, corpus, index, options, cancel.Token);
        }
        catch (DirectoryNotFoundException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            Console.Error.WriteLine($"error: the index at {Path.GetFullPath(index)} is being written by another process; try again when it has finished.");
            return 3;
        }
        PrintSummary(report);
        return report.Cancelled ? 130 : 0;
    }

    private static IndexReport RunWithBar(CorpusIndexer indexer, string corpus, string index, IndexOptions options, CancellationToken cancel)
    {
        IndexReport? report = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Indexing");
                report = indexer.Run(corpus, index, options, new SyncProgress(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                }), cancel);
                task.Value = task.MaxValue;
            });
        return report!;
    }

    private static void PrintSummary(IndexReport r)
    {
        var mb = r.BytesRead / 1048576.0;
        Console.WriteLine(r.Cancelled ? "Interrupted: the documents finished so far are committed." : "Done.");
        Console.WriteLine($"  added      {r.Added}");
        Console.WriteLine($"  updated    {r.Updated}");
        Console.WriteLine($"  deleted    {r.Deleted}");
        Console.WriteLine($"  unchanged  {r.Unchanged}");
        Console.WriteLine($"  skipped    {r.Skipped.Count(s => !s.Reason.StartsWith("indexed", StringComparison.Ordinal))}");
        foreach (var s in r.Skipped) Console.WriteLine($"    {s.Path}: {s.Reason}");
        foreach (var w in r.Warnings) Console.WriteLine($"  note: {w}");
        Console.WriteLine($"  documents  {r.DocumentCount} in the index");
        Console.WriteLine($"  time       {r.Elapsed.TotalSeconds:0.00} s, {mb:0.0} MB read, {r.MegabytesPerSecond:0.0} MB/s");
    }

    /// <summary>Plain progress lines for logs and pipes: about every 5%.</summary>
    private sealed class LineProgress : IProgress<IndexProgress>
    {
        private int _lastShown = -1;

        public void Report(IndexProgress value)
        {
            var step = Math.Max(1, value.Total / 20);
            var bucket = value.Done / step;
            if (bucket == Interlocked.Exchange(ref _lastShown, bucket) && value.Done != value.Total) return;
            Console.WriteLine($"indexing {value.Done}/{value.Total} ({100.0 * value.Done / Math.Max(1, value.Total):0}%)");
        }
    }

    private sealed class SyncProgress(Action<IndexProgress> action) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => action(value);
    }
}
