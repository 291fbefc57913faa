using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DefenceSearch.Web.Tests.Support;

/// <summary>
/// The site over a temp copy of the repository's corpus/, with a temp index and a temp SQLite file.
/// </summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// The test host itself blocks a few thread-pool threads for up to a second at a time (measured: with no
    /// site at all, an awaited 50 ms delay resumed 930 ms late). On 2 cores the pool starts with 2 threads
    /// and adds more slowly, so every request in that second waited; the 1 s answer bounds would measure the
    /// test host. More threads from the start keep the site's continuations running.
    /// </summary>
    static SiteFactory()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }

    public SiteFactory() : this(corpus: null)
    {
    }

    /// <param name="corpus">The corpus folder to use instead of a copy of corpus/ (may not exist).</param>
    protected SiteFactory(string? corpus)
    {
        Root = Directory.CreateTempSubdirectory("defencesearch-web-").FullName;
        CorpusPath = corpus ?? Path.Combine(Root, "corpus");
        if (corpus is null) CopyCorpus(CorpusPath);
        IndexPath = Path.Combine(Root, "index");
        DatabasePath = Path.Combine(Root, "App_Data", "saved.db");
    }

    public string Root { get; }
    public string CorpusPath { get; }
    public string IndexPath { get; }
    public string DatabasePath { get; }

    /// <summary>The site's save and owner rate limits (high unless a test sets them before the site starts).</summary>
    public int SavesPerMinute { get; init; } = 100_000;
    public int OwnersPerHour { get; init; } = 100_000;

    /// <summary>What the site logged (warnings and errors).</summary>
    public LogCapture Log { get; } = new();

    public IndexState State => Services.GetRequiredService<IndexState>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DefenceSearch:CorpusPath"] = CorpusPath,
            ["DefenceSearch:IndexPath"] = IndexPath,
            ["DefenceSearch:DatabasePath"] = DatabasePath,
            // The tests save hundreds from one address; RateLimitTests set their own limits.
            ["DefenceSearch:SavesPerMinute"] = SavesPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DefenceSearch:OwnersPerHour"] = OwnersPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Work is bounded by counts in the tests; on a busy machine the clocks would cut searches at random.
            ["DefenceSearch:SearchTimeBudgetMs"] = "60000",
            ["DefenceSearch:SavedCountsMsPerView"] = "600000",
        }));
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddProvider(Log));
    }

    /// <summary>Starts the site and waits until the start-up indexing has finished.</summary>
    public async Task<SiteFactory> ReadyAsync()
    {
        _ = Services; // starts the host
        await State.WhenSettled.WaitAsync(TimeSpan.FromSeconds(120));
        return this;
    }

    /// <summary>A client with its own cookies (its own saved-search owner), not following redirects.</summary>
    public HttpClient Browser(bool cookies = true) => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = cookies,
        BaseAddress = new Uri("http://localhost"),
    });

    public static void CopyCorpus(string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(RepoPaths.Corpus))
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing) return;
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a file still held open by the OS; the temp folder is cleaned later
        }
    }
}

/// <summary>One started site shared by the read-mostly integration tests.</summary>
public sealed class SharedSite : IAsyncLifetime
{
    public SiteFactory Factory { get; } = new();

    public async Task InitializeAsync()
    {
        await Factory.ReadyAsync();
        if (!Factory.State.IsReady)
            throw new InvalidOperationException($"The test site's index is not ready: {Factory.State.Problem} (is the reference data in Data/ or DEFENCESEARCH_DATA?)");
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SharedSite>
{
    public const string Name = "site";
}

/// <summary>The repository around the tests: found by walking up to DefenceSearch.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DefenceSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException($"DefenceSearch.sln not found above {AppContext.BaseDirectory}");
    }
}

/// <summary>Small helpers for reading pages and posting forms the way a browser does.</summary>
public static partial class Http
{
    public static async Task<string> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}\n{Shorten(body)}");
        return body;
    }

    /// <summary>The antiforgery token of the first form on a page (the client keeps the matching cookie).</summary>
    public static async Task<string> TokenAsync(this HttpClient client, string url = "/?q=belarus")
    {
        var page = await client.GetPageAsync(url);
        var match = TokenField().Match(page);
        Assert.True(match.Success, $"no antiforgery token on {url}");
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields, string? token)
    {
        var all = fields.ToList();
        if (token is not null) all.Add(new("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(all));
    }

    /// <summary>Saves a search as the client's owner; returns the new saved search's id.</summary>
    public static async Task<long> SaveSearchAsync(this HttpClient client, string name, string query)
    {
        var token = await client.TokenAsync();
        using var response = await client.PostFormAsync("/saved?handler=Create", [new("name", name), new("query", query)], token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        var match = SavedAnchor().Match(location);
        Assert.True(match.Success, location);
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The ids of the articles listed on a results page, in order.</summary>
    public static IReadOnlyList<string> HitIds(string page) =>
        HitLink().Matches(page).Select(m => Uri.UnescapeDataString(m.Groups[1].Value)).ToList();

    /// <summary>The count shown beside a facet value's checkbox.</summary>
    public static int? FacetCount(string page, string dimension, string key)
    {
        var match = Regex.Match(page, $"name=\"{dimension}\" value=\"{Regex.Escape(key)}\"[^>]*><label[^>]*><span class=\"facet__label\">[^<]*</span> <span class=\"facet__count\"[^>]*>([0-9.,]+)</span>");
        return match.Success ? int.Parse(match.Groups[1].Value.Replace(".", "").Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    public static string Shorten(string text) => text.Length > 2000 ? text[..2000] + "…" : text;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("#saved-([0-9]+)$")]
    private static partial Regex SavedAnchor();

    [GeneratedRegex("<h3 class=\"hit__title[^\"]*\"[^>]*><a href=\"/article/([^\"?]+)")]
    private static partial Regex HitLink();
}
