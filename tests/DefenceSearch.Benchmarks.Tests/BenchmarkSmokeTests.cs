using System.Net;
using System.Text.Json;
using DefenceSearch.Benchmarks;
using Spectre.Console;

namespace DefenceSearch.Benchmarks.Tests;

/// <summary>
/// The benchmark program on a few hundred real articles (both engines, the query set, a 2× replica, no
/// site), so it cannot rot. Not a benchmark: it asserts only that the numbers are sane.
/// </summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "defencesearch-bench-tests", Guid.NewGuid().ToString("N")[..8]);

    public BenchmarkSmokeTests() => Directory.CreateDirectory(_dir);

    [Fact]
    public async Task The_program_benchmarks_both_engines_on_a_few_hundred_articles_and_writes_json()
    {
        var json = Path.Combine(_dir, "bench.json");
        var work = Path.Combine(_dir, "work");
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;

        var exit = await Program.Run(["--articles", "300", "--scale", "2", "--web", "false", "--iterations", "3", "--work", work, "--out", json], console);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("Indexing", text, StringComparison.Ordinal);
        Assert.Contains("SQLite FTS5", text, StringComparison.Ordinal);
        Assert.False(Directory.Exists(work), "the temporary folder is removed");

        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        var root = doc.RootElement;
        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() >= 1);
        Assert.StartsWith("3.", root.GetProperty("machine").GetProperty("sqlite").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("queryCount").GetInt32() >= 60);

        var corpora = root.GetProperty("corpora").EnumerateArray().ToList();
        Assert.Equal(2, corpora.Count);
        Assert.Equal(300, corpora[0].GetProperty("articles").GetInt32());
        Assert.Equal(600, corpora[1].GetProperty("articles").GetInt32());
        // The base corpus is indexed three times by each engine, in turn, and the medians compared; the scale run once.
        Assert.Contains("median of 3 runs in turn with FTS5", corpora[0].GetProperty("defenceSearchIndexing").GetProperty("notes").GetString(), StringComparison.Ordinal);
        Assert.Contains("median of 3:", corpora[0].GetProperty("fts5Indexing").GetProperty("notes").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("median", corpora[1].GetProperty("defenceSearchIndexing").GetProperty("notes").GetString(), StringComparison.Ordinal);
        foreach (var corpus in corpora)
        {
            var articles = corpus.GetProperty("articles").GetInt32();
            foreach (var engine in new[] { "defenceSearchIndexing", "fts5Indexing" })
            {
                var indexing = corpus.GetProperty(engine);
                Assert.Equal(articles, indexing.GetProperty("articles").GetInt32());
                Assert.InRange(indexing.GetProperty("seconds").GetDouble(), 0.001, 120);
                Assert.True(indexing.GetProperty("megabytesPerSecond").GetDouble() > 0);
                Assert.True(indexing.GetProperty("indexBytes").GetInt64() > 10_000);
            }
            Assert.True(corpus.GetProperty("indexingThroughputRatio").GetDouble() > 0);
            // DefenceSearch's indexing is timed as a user runs it: the CLI's own process, with its runtime settings.
            Assert.StartsWith("DefenceSearch.Cli index --rebuild", corpus.GetProperty("defenceSearchIndexing").GetProperty("notes").GetString(), StringComparison.Ordinal);
            foreach (var engine in new[] { "defenceSearchQueries", "fts5Queries" })
            {
                var queries = corpus.GetProperty(engine);
                Assert.Equal(3, queries.GetProperty("rounds").GetInt32());
                var latency = queries.GetProperty("latency");
                Assert.Equal(3 * root.GetProperty("queryCount").GetInt32(), latency.GetProperty("samples").GetInt32());
                var p50 = latency.GetProperty("p50").GetDouble();
                var p95 = latency.GetProperty("p95").GetDouble();
                var p99 = latency.GetProperty("p99").GetDouble();
                Assert.InRange(p50, 0.0001, 5000);
                Assert.True(p50 <= p95 && p95 <= p99, $"{engine}: {p50} {p95} {p99}");
                // The set finds things: most queries have hits on both engines even in 300 articles.
                var withHits = queries.GetProperty("perQuery").EnumerateArray().Count(q => q.GetProperty("total").GetInt32() > 0);
                Assert.True(withHits >= 20, $"{engine}: only {withHits} queries with hits");
            }
            Assert.True(corpus.GetProperty("queryP50Ratio").GetDouble() > 0);
        }
        // The twice-replicated corpus has twice the hits for a common word in both engines.
        int Total(JsonElement corpus, string engine, string query) =>
            corpus.GetProperty(engine).GetProperty("perQuery").EnumerateArray().First(q => q.GetProperty("query").GetString() == query).GetProperty("total").GetInt32();
        Assert.Equal(2 * Total(corpora[0], "defenceSearchQueries", "năm"), Total(corpora[1], "defenceSearchQueries", "năm"));
        Assert.Equal(2 * Total(corpora[0], "fts5Queries", "năm"), Total(corpora[1], "fts5Queries", "năm"));
        Assert.NotEmpty(root.GetProperty("targets").EnumerateArray());
    }

    [Fact]
    public void Queries_become_fts5_match_expressions_word_by_word()
    {
        Assert.Equal("\"quốc\" \"phòng\"", Fts5Engine.ToMatch("quốc phòng"));
        Assert.Equal("\"an ninh biển\" \"nga\"", Fts5Engine.ToMatch("\"an ninh biển\" nga"));
        Assert.Equal("\"Su-30\"", Fts5Engine.ToMatch("Su-30"));
    }

    [Fact]
    public void The_query_set_has_at_least_sixty_queries_of_one_to_four_syllables()
    {
        var queries = QueryTimer.Load(Path.Combine(AppContext.BaseDirectory, "queries.txt"));
        Assert.True(queries.Count >= 60, $"{queries.Count} queries");
        Assert.All(queries, q => Assert.InRange(q.Trim('"').Split(' ', '-').Length, 1, 4));
        Assert.Contains(queries, q => q.StartsWith('"'));
        Assert.Contains(queries, q => q.All(char.IsAscii));
        Assert.Contains(queries, q => !q.All(char.IsAscii));
    }

    [Fact]
    public void Percentiles_use_the_nearest_rank()
    {
        var summary = LatencySummary.Of(Enumerable.Range(1, 100).Select(i => (double)i).ToList());
        Assert.Equal(50, summary.P50);
        Assert.Equal(95, summary.P95);
        Assert.Equal(99, summary.P99);
        Assert.Equal(100, summary.Max);
    }

    [Fact]
    public async Task The_load_generator_counts_requests_latencies_and_errors_on_loopback()
    {
        using var listener = new HttpListener();
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        using var stop = new CancellationTokenSource();
        var server = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                context.Response.StatusCode = context.Request.Url!.AbsolutePath == "/missing" ? 404 : 200;
                var body = "ok"u8.ToArray();
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });

        var result = await LoadGenerator.RunAsync(new Uri($"http://127.0.0.1:{port}/"), ["/a", "/b", "/missing"], 4, TimeSpan.FromSeconds(10), 300, CancellationToken.None);

        stop.Cancel();
        listener.Stop();
        Assert.Equal(300, result.Requests);
        Assert.Equal(300, result.Statuses.Values.Sum());
        Assert.Equal(result.Statuses["404"], result.Errors);
        Assert.InRange(result.Errors, 60, 140); // every client cycles the three paths
        Assert.Equal(300 - result.Errors, result.Statuses["200"]);
        Assert.True(result.RequestsPerSecond > 0);
        Assert.True(result.Latency.P50 > 0 && result.Latency.P50 <= result.Latency.P99);
        await Assert.ThrowsAsync<ArgumentException>(() => LoadGenerator.RunAsync(new Uri("http://192.0.2.1/"), ["/"], 1, TimeSpan.FromSeconds(1), 1, CancellationToken.None));
    }

    [Fact]
    public void Without_the_site_project_the_web_part_says_it_is_skipped()
    {
        var repo = Path.Combine(_dir, "repo");
        Directory.CreateDirectory(repo);
        var (dll, why) = SiteProcess.Locate(null, repo, _ => { });
        Assert.Null(dll);
        Assert.Contains("src/DefenceSearch.Web is not built", why, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
