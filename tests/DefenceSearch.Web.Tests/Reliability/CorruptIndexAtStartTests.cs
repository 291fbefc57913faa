using System.Diagnostics;
using System.Net;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// A corrupt index at start: the site logs it, says so in the banner, and answers every page while it
/// rebuilds (pages 200 with the banner, the API 503 with Retry-After, never a 500); then it serves the
/// rebuilt index. The rebuild is held open by a named pipe in the corpus (a file on a slow share), which
/// the indexer blocks on until the test writes the article into it.
/// </summary>
public sealed class CorruptIndexAtStartTests
{
    private const string SlowFile = "950_slow.txt";

    private sealed class Site : SiteFactory
    {
        public Site()
        {
            Directory.CreateDirectory(IndexPath);
            File.WriteAllText(Path.Combine(IndexPath, "segments_2"), "this is not a Lucene index");
            File.WriteAllBytes(Path.Combine(IndexPath, "_0.cfs"), [0x3F, 0xD7, 0x6C, 0x17, 0, 0, 0]);
            using var mkfifo = Process.Start("mkfifo", Path.Combine(CorpusPath, SlowFile));
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        /// <summary>Lets the indexer read the slow file (a new article); false when nobody was reading it.</summary>
        public async Task<bool> ReleaseAsync()
        {
            // Opening a pipe for writing waits for its reader: bounded, so a test that failed early cannot hang.
            var write = Task.Run(() => File.WriteAllText(Path.Combine(CorpusPath, SlowFile), "Bài chậm về hải quân Kolibrixa\nTàu Kolibrixa thăm Cam Ranh.\n"));
            return await Task.WhenAny(write, Task.Delay(TimeSpan.FromSeconds(10))) == write;
        }
    }

    [Fact]
    public async Task It_logs_shows_a_banner_and_serves_while_it_rebuilds()
    {
        using var site = new Site();
        try
        {
            _ = site.Services; // starts the site and its indexer
            using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                while (site.State.Status != IndexStatus.Indexing || site.State.Problem is null)
                {
                    if (patience.IsCancellationRequested) Assert.Fail($"never saw the rebuild start: {site.State.Status} {site.State.Problem}");
                    await Task.Delay(20);
                }
            }
            Assert.Null(site.State.Index);
            Assert.Contains("could not be opened; it will be rebuilt from the corpus", site.Log.Text);

            // Meanwhile: 4 browsers, every address, a few rounds.
            var pages = new[] { "/", "/?q=belarus&country=BY", "/article/000_d3bca8ee1b93142a", "/help", "/saved", "/?page=999&size=-1" };
            var requests = 0;
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
            {
                var client = site.Browser();
                for (var round = 0; round < 5; round++)
                {
                    foreach (var url in pages)
                    {
                        var page = await client.GetPageAsync(url);
                        Assert.Contains("banner--info", page);
                        Assert.Contains("Không đọc được chỉ mục; đang dựng lại từ kho bài viết.", page);
                        Interlocked.Increment(ref requests);
                    }
                    foreach (var url in new[] { "/api/search?q=belarus", "/export.csv?q=belarus", "/export.json" })
                    {
                        using var response = await client.GetAsync(url);
                        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
                        Interlocked.Increment(ref requests);
                    }
                }
            }));
            Assert.Equal(IndexStatus.Indexing, site.State.Status); // all of that was answered during the rebuild
            Assert.Equal(4 * 5 * 9, requests);
        }
        finally
        {
            Assert.True(await site.ReleaseAsync(), "the indexer was not reading the slow file");
        }

        await site.State.WhenSettled.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(site.State.IsReady, site.State.Problem?.ToString());
        var client = site.Browser();
        var home = await client.GetPageAsync("/");
        Assert.Equal(6, Http.HitIds(home).Count);
        Assert.Contains("banner--warn", home);
        Assert.Contains("Chỉ mục đã được dựng lại", home);
        Assert.Single(Http.HitIds(await client.GetPageAsync("/?q=kolibrixa")));
        await client.GetPageAsync("/api/search?q=belarus");
    }
}
