using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// Saved searches under pressure: 50 saves at once from 5 owners all land and stay with their owner, feed
/// tokens are long and distinct, and a SIGKILL of the site in the middle of saving loses no save it acknowledged.
/// </summary>
public sealed partial class SavedSearchReliabilityTests(ITestOutputHelper output) : IDisposable
{
    private const int Owners = 5;
    private const int SavesEach = 10;

    private readonly string _root = Directory.CreateTempSubdirectory("defencesearch-saved-").FullName;

    /// <summary>
    /// A browser as the site sees it: its antiforgery cookie and token (from a page) and its owner key (the
    /// cookie a browser holds after its first save; a fresh random key here, so every save is one of the 50).
    /// </summary>
    private sealed record Owner(int Number, string Key, string AntiforgeryCookie, string Token)
    {
        public HttpRequestMessage Request(HttpMethod method, string url, IEnumerable<KeyValuePair<string, string>>? form = null)
        {
            var request = new HttpRequestMessage(method, url);
            request.Headers.Add("Cookie", $"{AntiforgeryCookie}; {OwnerKeys.CookieName}={Key}");
            if (form is not null) request.Content = new FormUrlEncodedContent([.. form, new("__RequestVerificationToken", Token)]);
            return request;
        }
    }

    private static async Task<Owner> NewOwnerAsync(HttpClient client, int number)
    {
        using var page = await client.GetAsync("/?q=belarus");
        var cookie = page.Headers.GetValues("Set-Cookie").Select(c => AntiforgeryCookie().Match(c)).Single(m => m.Success).Value;
        var token = TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value;
        Assert.NotEmpty(token);
        // Owner keys are issued by the server: a first save gets one, then that save is deleted.
        using var first = new HttpRequestMessage(HttpMethod.Post, "/saved?handler=Create")
        {
            Content = new FormUrlEncodedContent([new("name", "first"), new("query", "?q=x"), new("__RequestVerificationToken", token)]),
        };
        first.Headers.Add("Cookie", cookie);
        using var saved = await client.SendAsync(first);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var key = saved.Headers.GetValues("Set-Cookie").Select(c => OwnerCookie().Match(c)).Single(m => m.Success).Groups[1].Value;
        var owner = new Owner(number, key, cookie, token);
        var id = SavedAnchor().Match(saved.Headers.Location!.ToString()).Groups[1].Value;
        using var delete = await client.SendAsync(owner.Request(HttpMethod.Post, $"/saved?handler=Delete&id={id}", []));
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        return owner;
    }

    [GeneratedRegex("^ds_owner=([^;]+)")]
    private static partial Regex OwnerCookie();

    /// <summary>Saves one search; the new id when the site acknowledged it (a redirect to the saved search), else null.</summary>
    private static async Task<long?> SaveAsync(HttpClient client, Owner owner, string name, string query = "?q=belarus")
    {
        using var request = owner.Request(HttpMethod.Post, "/saved?handler=Create", [new("name", name), new("query", query)]);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Redirect) return null;
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(OwnerKeys.CookieName, StringComparison.Ordinal)),
            "the site issued a new owner key to a browser that had one");
        var match = SavedAnchor().Match(response.Headers.Location?.ToString() ?? "");
        return match.Success ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static async Task<List<(long Id, string Name, string Feed)>> ListAsync(HttpClient client, Owner owner)
    {
        using var request = owner.Request(HttpMethod.Get, "/saved");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        return SavedItem().Matches(page)
            .Select(m => (long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), WebUtility.HtmlDecode(m.Groups[2].Value), m.Groups[3].Value))
            .ToList();
    }

    [Fact]
    public async Task Fifty_parallel_saves_from_five_owners_all_land_with_their_owner_only()
    {
        using var site = new SiteFactory();
        await site.ReadyAsync();
        var client = site.Browser(cookies: false);
        var owners = new List<Owner>();
        for (var n = 0; n < Owners; n++) owners.Add(await NewOwnerAsync(client, n));

        var saves = owners.SelectMany(o => Enumerable.Range(0, SavesEach).Select(i => (Owner: o, Name: $"owner {o.Number} save {i}"))).ToList();
        var ids = await Task.WhenAll(saves.Select(s => Task.Run(() => SaveAsync(client, s.Owner, s.Name, $"?q=belarus+{s.Owner.Number}&country=BY"))));
        Assert.All(ids, id => Assert.NotNull(id));
        Assert.Equal(Owners * SavesEach, ids.Distinct().Count());

        var mine = new Dictionary<int, List<(long Id, string Name, string Feed)>>();
        foreach (var owner in owners)
        {
            var list = await ListAsync(client, owner);
            mine[owner.Number] = list;
            Assert.Equal(Enumerable.Range(0, SavesEach).Select(i => $"owner {owner.Number} save {i}").Order(), list.Select(s => s.Name).Order());
            Assert.Equal(saves.Select((s, i) => (s, ids[i])).Where(x => x.s.Owner == owner).Select(x => x.Item2!.Value).Order(), list.Select(s => s.Id).Order());
        }

        // Feed tokens: 50 distinct, each at least 128 random bits.
        var feeds = mine.Values.SelectMany(l => l.Select(s => s.Feed)).ToList();
        Assert.Equal(Owners * SavesEach, feeds.Distinct(StringComparer.Ordinal).Count());
        Assert.All(feeds, f => Assert.True(WebEncoders.Base64UrlDecode(f).Length * 8 >= 128, f));
        output.WriteLine($"feed tokens: {WebEncoders.Base64UrlDecode(feeds[0]).Length * 8} bits");

        // Every owner tries every other owner's ids: open, rename and delete all give 404.
        var attempts = 0;
        foreach (var owner in owners)
        {
            foreach (var (id, _, _) in mine.Where(kv => kv.Key != owner.Number).SelectMany(kv => kv.Value))
            {
                using (var open = await client.SendAsync(owner.Request(HttpMethod.Get, $"/saved/{id}/open")))
                    Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
                using (var rename = await client.SendAsync(owner.Request(HttpMethod.Post, $"/saved?handler=Rename&id={id}", [new("name", "stolen")])))
                    Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
                using (var delete = await client.SendAsync(owner.Request(HttpMethod.Post, $"/saved?handler=Delete&id={id}", [])))
                    Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
                attempts += 3;
            }
        }
        Assert.Equal(Owners * (Owners - 1) * SavesEach * 3, attempts);
        foreach (var owner in owners)
            Assert.Equal(mine[owner.Number], await ListAsync(client, owner)); // nothing renamed, nothing deleted
    }

    [Fact]
    public async Task A_SIGKILL_in_the_middle_of_saving_loses_no_acknowledged_save()
    {
        var corpus = Path.Combine(_root, "corpus");
        SiteFactory.CopyCorpus(corpus);
        var index = Path.Combine(_root, "index");
        var database = Path.Combine(_root, "App_Data", "saved.db");

        var acknowledged = new ConcurrentDictionary<long, string>();
        var attempted = 0;
        Owner owner;
        using (var site = await SiteProcess.StartAsync(corpus, index, database))
        {
            using var http = Client(site);
            owner = await NewOwnerAsync(http, 0);
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var clock = Stopwatch.StartNew();
            var loops = Enumerable.Range(0, 4).Select(loop => Task.Run(async () =>
            {
                for (var i = 0; i < 100 && !stop.IsCancellationRequested; i++)
                {
                    var name = $"loop {loop} save {i}";
                    Interlocked.Increment(ref attempted);
                    try
                    {
                        if (await SaveAsync(http, owner, name) is { } id) acknowledged[id] = name;
                    }
                    catch (HttpRequestException)
                    {
                        return; // the site is gone
                    }
                }
            })).ToList();

            // Kill while the four loops are still saving.
            while (acknowledged.Count < 60 && !stop.IsCancellationRequested && loops.Any(l => !l.IsCompleted)) await Task.Delay(5);
            Assert.True(loops.Any(l => !l.IsCompleted), $"the loops ended before the kill: {acknowledged.Count} acknowledged; {string.Join(", ", loops.Where(l => l.IsFaulted).Select(l => l.Exception!.InnerException!.Message))}\n{site.Output}");
            site.KillNow();
            await Task.WhenAll(loops);
            output.WriteLine($"killed after {clock.ElapsedMilliseconds} ms: {acknowledged.Count} saves acknowledged of {attempted} attempted");
        }

        using (var site = await SiteProcess.StartAsync(corpus, index, database))
        {
            using var http = Client(site);
            var listed = (await ListAsync(http, owner)).ToDictionary(s => s.Id, s => s.Name);
            Assert.True(acknowledged.Count >= 60, $"{acknowledged.Count} acknowledged");
            var lost = acknowledged.Where(a => !listed.TryGetValue(a.Key, out var name) || name != a.Value).ToList();
            Assert.True(lost.Count == 0, $"{lost.Count} acknowledged saves lost: {string.Join(", ", lost.Select(l => l.Value))}");
            Assert.InRange(listed.Count, acknowledged.Count, attempted); // at most the in-flight ones landed unacknowledged
            output.WriteLine($"after restart: {listed.Count} listed, every one of the {acknowledged.Count} acknowledged among them");

            // The restarted site still takes saves for the same owner.
            var fresh = await NewOwnerAsync(http, 1) with { Key = owner.Key };
            Assert.NotNull(await SaveAsync(http, fresh, "after the restart"));
        }
    }

    /// <summary>A client like the in-memory one: no redirects followed, cookies only as each request sets them.</summary>
    private static HttpClient Client(SiteProcess site) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Durability on power loss, not only on a killed process: the bundled SQLite syncs the WAL on every
    /// commit (synchronous=FULL is its WAL default), which the site relies on.
    /// </summary>
    [Fact]
    public void The_bundled_sqlite_syncs_every_commit_in_WAL_mode()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(_root, "probe.db")}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "PRAGMA synchronous";
        Assert.Equal(2L, command.ExecuteScalar()); // FULL
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex("^ds_af=[^;]+")]
    private static partial Regex AntiforgeryCookie();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("#saved-([0-9]+)$")]
    private static partial Regex SavedAnchor();

    [GeneratedRegex("<li class=\"saved-item\" id=\"saved-([0-9]+)\">.*?<h2 class=\"saved-item__name\"><a [^>]*>([^<]*)</a>.*?href=\"/feeds/([A-Za-z0-9_-]+)\"", RegexOptions.Singleline)]
    private static partial Regex SavedItem();
}
