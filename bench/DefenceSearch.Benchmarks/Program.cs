using System.CommandLine;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// DefenceSearch against SQLite FTS5 on the real news of ../shared/data: indexing, queries, a ten-fold
/// replica and the site under load. Run in Release; see the README's "Benchmarks" section.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args)
    {
        var console = AnsiConsole.Console;
        if (Console.IsOutputRedirected) console.Profile.Width = 200; // whole tables in a log file
        return Run(args, console);
    }

    /// <summary>The entry point with a console to write to (the smoke test passes its own).</summary>
    public static async Task<int> Run(string[] args, IAnsiConsole console, CancellationToken cancellation = default)
    {
        var articles = new Option<int>("--articles") { Description = "Articles to use (0 = all 38,093); an evenly spaced subset otherwise." };
        var scale = new Option<int>("--scale") { Description = "Replicas for the scale run (0 or 1 = no scale run).", DefaultValueFactory = _ => 10 };
        var web = new Option<bool>("--web") { Description = "Load the site (true/false).", DefaultValueFactory = _ => true, Arity = ArgumentArity.ZeroOrOne };
        var output = new Option<string>("--out") { Description = "The JSON file to write.", DefaultValueFactory = _ => "bench-results.json" };
        var iterations = new Option<int>("--iterations") { Description = "Timed runs of every query per engine (after warm-up).", DefaultValueFactory = _ => 20 };
        var queryBudget = new Option<int>("--query-seconds") { Description = "At most this many seconds of timed queries per engine and corpus (at least 3 rounds).", DefaultValueFactory = _ => 90 };
        var indexTrials = new Option<int>("--index-trials") { Description = "Indexing runs per engine on the 38k corpus, the engines in turn; the median counts (the scale run indexes once).", DefaultValueFactory = _ => 3 };
        var threads = new Option<int>("--threads") { Description = "Indexing threads (both engines).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var data = new Option<string?>("--data") { Description = "The folder holding unc-news.tar.gz and baomoi-news.tar.gz (default ../shared/data beside the repository)." };
        var work = new Option<string?>("--work") { Description = "Temporary folder for the extracted articles and indexes (default: a new folder under the system temp folder)." };
        var keep = new Option<bool>("--keep") { Description = "Keep the temporary folder." };
        var site = new Option<string?>("--site") { Description = "The built site (DefenceSearch.Web.dll); default src/DefenceSearch.Web/bin/Release/net10.0, built when missing." };
        var clients = new Option<int>("--clients") { Description = "Concurrent clients in the web load.", DefaultValueFactory = _ => 16 };
        var seconds = new Option<int>("--seconds") { Description = "Duration of the web load.", DefaultValueFactory = _ => 30 };
        var fts5Scale = new Option<bool>("--scale-fts5") { Description = "Also build and query FTS5 at scale (true/false).", DefaultValueFactory = _ => true, Arity = ArgumentArity.ZeroOrOne };
        var queries = new Option<string?>("--queries") { Description = "The query set (default queries.txt beside the program)." };
        var profile = new Option<string?>("--profile-queries") { Description = "Only run the query set against this existing DefenceSearch index for --query-seconds (for dotnet-trace)." };
        var loadOnly = new Option<string?>("--load-only") { Description = "Only load the site (--clients, --seconds) over a work folder kept by --keep (its news/ and 1x/defencesearch)." };
        var profileIndexing = new Option<string?>("--profile-indexing") { Description = "Only time the stages of a rebuild (read, decode, parse, extract, document, invert, segment) over this corpus folder on one thread, then run the indexer and show its allocation." };

        var dumpExtraction = new Option<string?>("--dump-extraction") { Description = "Only write, per article of the folder given by --profile-indexing, the extracted facets and hashes of its parsed text and indexed tokens to this file (diff two dumps to check that a speed-up changed nothing)." };

        var root = new RootCommand("DefenceSearch vs SQLite FTS5: indexing, queries, scale and web load on the real news.")
        {
            articles, scale, web, output, iterations, queryBudget, indexTrials, threads, data, work, keep, site, clients, seconds, fts5Scale, queries, profile, profileIndexing, dumpExtraction, loadOnly,
        };
        var exit = 0;
        root.SetAction(async (parse, token) =>
        {
            var options = new BenchmarkOptions
            {
                Articles = parse.GetValue(articles),
                Scale = parse.GetValue(scale),
                Web = parse.GetValue(web),
                OutputPath = parse.GetValue(output)!,
                Iterations = Math.Max(1, parse.GetValue(iterations)),
                QueryBudget = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(queryBudget))),
                IndexTrials = Math.Max(1, parse.GetValue(indexTrials)),
                Threads = Math.Max(1, parse.GetValue(threads)),
                DataPath = parse.GetValue(data),
                WorkPath = parse.GetValue(work),
                Keep = parse.GetValue(keep),
                SitePath = parse.GetValue(site),
                Clients = Math.Max(1, parse.GetValue(clients)),
                LoadDuration = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(seconds))),
                Fts5AtScale = parse.GetValue(fts5Scale),
                QueriesPath = parse.GetValue(queries),
            };
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, cancellation);
            if (parse.GetValue(loadOnly) is { } workPath)
            {
                exit = await new BenchmarkRunner(options, console).LoadOnlyAsync(workPath, linked.Token);
                return exit;
            }
            if (parse.GetValue(profileIndexing) is { } corpusPath)
            {
                if (parse.GetValue(dumpExtraction) is { } dumpPath)
                {
                    exit = ExtractionDump.Run(corpusPath, dumpPath, console);
                    return exit;
                }
                exit = IndexingProfile.Run(corpusPath, console);
                return exit;
            }
            if (parse.GetValue(profile) is { } indexPath)
            {
                exit = BenchmarkRunner.ProfileQueries(indexPath, options, console);
                return exit;
            }
            exit = await new BenchmarkRunner(options, console).RunAsync(linked.Token);
            return exit;
        });
        var result = root.Parse(args);
        var code = await result.InvokeAsync(cancellationToken: cancellation);
        return code != 0 ? code : exit;
    }
}

public sealed record BenchmarkOptions
{
    public int Articles { get; init; }
    public int Scale { get; init; } = 10;
    public bool Web { get; init; } = true;
    public string OutputPath { get; init; } = "bench-results.json";
    public int Iterations { get; init; } = 20;
    public TimeSpan QueryBudget { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>Indexing runs per engine on the base corpus, in turn (the machine's speed drifts by 10% and more).</summary>
    public int IndexTrials { get; init; } = 3;
    public int Threads { get; init; } = Environment.ProcessorCount;
    public string? DataPath { get; init; }
    public string? WorkPath { get; init; }
    public bool Keep { get; init; }
    public string? SitePath { get; init; }
    public int Clients { get; init; } = 16;
    public TimeSpan LoadDuration { get; init; } = TimeSpan.FromSeconds(30);
    public bool Fts5AtScale { get; init; } = true;
    public string? QueriesPath { get; init; }
}
