using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Xunit.Abstractions;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// The site on Kestrel answers 8 clients without a single failure while the corpus gains, changes and loses
/// articles and is re-indexed, either by the library's indexer (what the command line's <c>index</c> runs)
/// from outside the site or by the site's own periodic re-scan; each change shows in /api/search within 10 s.
/// </summary>
public sealed class ReindexWhileServingTests(ITestOutputHelper output)
{
    public enum Reindexer
    {
        /// <summary>CorpusIndexer.Run in this process against the site's index folder, as `index` would.</summary>
        Outside,

        /// <summary>The site's own IndexingService with RescanMinutes set.</summary>
        SiteRescan,
    }

    private const int Clients = 8;
    private static readonly TimeSpan MaxRun = TimeSpan.FromSeconds(40);
    private static readonly TimeSpan Visible = TimeSpan.FromSeconds(60);

    private const string Added = "930_added";
    private const string Edited = "003_b861244a55a171a3";
    private const string Deleted = "004_76e594fcad5834af";

    private sealed class Site(Reindexer mode) : KestrelSiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            if (mode == Reindexer.SiteRescan)
                builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["DefenceSearch:RescanMinutes"] = "0.02", // every 1.2 s (checked on the 1 s tick)
                }));
        }
    }

    [Theory]
    [InlineData(Reindexer.Outside)]
    [InlineData(Reindexer.SiteRescan)]
    public async Task Eight_clients_see_no_failure_and_every_change_within_ten_seconds(Reindexer mode)
    {
        using var site = new Site(mode);
        await site.ReadyAsync(); // the start-up run has finished and released the index's write lock
        Assert.True(site.State.IsReady, site.State.Problem?.ToString());
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
        Assert.Equal(1, await TotalAsync(http, "ravkov"));        // only in 000
        Assert.Equal(0, await TotalAsync(http, "kolibrixa"));     // the word the new article brings
        Assert.Equal(0, await TotalAsync(http, "zulumerkat"));    // the word the edit adds
        Assert.Contains(Deleted, await IdsAsync(http, "nguyen tan cuong"));

        using var stop = new CancellationTokenSource(MaxRun);
        var failures = new ConcurrentQueue<string>();
        var latencies = new ConcurrentBag<long>();
        var clients = Enumerable.Range(0, Clients).Select(n => Task.Run(() => ClientAsync(site.BaseUrl, n, failures, latencies, stop.Token))).ToList();
        var seen = new Dictionary<string, TimeSpan>();
        try
        {
            await Task.Delay(500);

            // Added: a new article.
            File.WriteAllText(Path.Combine(site.CorpusPath, Added + ".txt"),
                "Kolibrixa: tàu hải quân mới thăm Cam Ranh\nĐoàn tàu Kolibrixa của hải quân Việt Nam và Belarus giao lưu tại Cam Ranh.\n");
            seen["added"] = await ReindexAndWaitAsync(site, mode, http, async () => (await IdsAsync(http, "kolibrixa")).SequenceEqual([Added]), "the added article");

            // Edited: a seed article gains a paragraph with a new word, under its title (its tail is page chrome).
            var edited = Path.Combine(site.CorpusPath, Edited + ".txt");
            var lines = File.ReadAllLines(edited).ToList();
            lines.Insert(2, "Hai bên ký biên bản Zulumerkat về an ninh biển.");
            File.WriteAllLines(edited, lines);
            seen["edited"] = await ReindexAndWaitAsync(site, mode, http, async () => (await IdsAsync(http, "zulumerkat")).SequenceEqual([Edited]), "the edit");

            // Deleted: a seed article goes, from search and from its address.
            File.Delete(Path.Combine(site.CorpusPath, Deleted + ".txt"));
            seen["deleted"] = await ReindexAndWaitAsync(site, mode, http, async () =>
                !(await IdsAsync(http, "nguyen tan cuong")).Contains(Deleted)
                && (await http.GetAsync("/article/" + Deleted)).StatusCode == HttpStatusCode.NotFound, "the deletion");

            await Task.Delay(500);
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(clients);
        }

        var count = latencies.Count;
        output.WriteLine($"{mode}: {count} requests from {Clients} clients, {failures.Count} failed, slowest {latencies.DefaultIfEmpty().Max()} ms; " +
            string.Join(", ", seen.Select(kv => $"{kv.Key} visible after {kv.Value.TotalSeconds:0.0} s")));
        Assert.True(failures.IsEmpty, $"{failures.Count} of {count} requests failed: {string.Join("\n", failures.Take(10))}");
        Assert.True(count >= Clients * 10, $"only {count} requests were made");
        Assert.Equal(1, await TotalAsync(http, "ravkov")); // the untouched articles are still there, once
        Assert.Equal(5, await TotalAsync(http, ""));        // 5 seeds + 1 added − 1 deleted
    }

    /// <summary>Re-indexes (or lets the site do it) and polls until <paramref name="visible"/>; returns how long that took.</summary>
    private static async Task<TimeSpan> ReindexAndWaitAsync(SiteFactory site, Reindexer mode, HttpClient http, Func<Task<bool>> visible, string what)
    {
        var clock = Stopwatch.StartNew();
        if (mode == Reindexer.Outside)
        {
            var report = await Task.Run(() => new CorpusIndexer(ReferenceData.Default).Run(site.CorpusPath, site.IndexPath));
            Assert.Empty(report.Skipped);
        }
        // A generous wait for a condition, not a bound on time: the test fails only if it never comes.
        using var patience = new CancellationTokenSource(Visible);
        while (!await visible())
        {
            if (patience.IsCancellationRequested)
                Assert.Fail($"{what} was not visible after {Visible.TotalSeconds} s ({site.State.Status}, {site.State.Problem}; last report: {site.State.LastReport})");
            await Task.Delay(100);
        }
        return clock.Elapsed;
    }

    private static async Task ClientAsync(string baseUrl, int n, ConcurrentQueue<string> failures, ConcurrentBag<long> latencies, CancellationToken stop)
    {
        string[] urls =
        [
            "/?q=ngo+xuan+lich",
            "/api/search?q=quoc+phong&country=BY",
            "/?q=kolibrixa",
            "/api/search?q=zulumerkat",
            "/?q=nguyen+tan+cuong&sort=date",
            "/api/search?q=belarus&lang=en",
            "/article/000_d3bca8ee1b93142a?hl=ravkov",
            "/?country=RU&year=2018",
        ];
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(10) };
        for (var i = 0; i < 100_000 && !stop.IsCancellationRequested; i++)
        {
            var url = urls[(i + n) % urls.Length];
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(url, CancellationToken.None);
                await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                if (response.StatusCode != HttpStatusCode.OK) failures.Enqueue($"{(int)response.StatusCode} {url}");
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                failures.Enqueue($"{e.GetType().Name} {url}: {e.Message}");
            }
            latencies.Add(clock.ElapsedMilliseconds);
        }
    }

    private static async Task<int> TotalAsync(HttpClient http, string query)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/search?size=100&q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<IReadOnlyList<string>> IdsAsync(HttpClient http, string query)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("/api/search?size=100&q=" + Uri.EscapeDataString(query)));
        return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).ToList();
    }
}
