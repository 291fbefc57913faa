using System.Net;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Pages.Saved;

/// <summary>
/// Owners are issued by the server and bounded: a made-up owner cookie is not an owner (no cookie fixation),
/// saves and new owners are rate limited, stored queries are capped, and saved-search ids are not sequential.
/// Its own site with low limits.
/// </summary>
public sealed class OwnerProtectionTests : IAsyncLifetime
{
    private const int SavesPerMinute = 12;
    private const int OwnersPerHour = 3;

    private readonly SiteFactory _site = new() { SavesPerMinute = SavesPerMinute, OwnersPerHour = OwnersPerHour };

    public async Task InitializeAsync() => await _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    private async Task<HttpResponseMessage> PostSaveAsync(HttpClient client, string name, string query = "?q=belarus", string? ownerCookie = null)
    {
        var page = await client.GetAsync("/?q=belarus");
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("ds_af=", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var request = new HttpRequestMessage(HttpMethod.Post, "/saved?handler=Create")
        {
            Content = new FormUrlEncodedContent([new("name", name), new("query", query), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", ownerCookie is null ? antiforgery : $"{antiforgery}; {OwnerKeys.CookieName}={ownerCookie}");
        return await client.SendAsync(request);
    }

    private static string? IssuedOwner(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.Select(c => c.Split(';')[0]).FirstOrDefault(c => c.StartsWith(OwnerKeys.CookieName + "=", StringComparison.Ordinal))?[(OwnerKeys.CookieName.Length + 1)..]
            : null;

    private async Task<string> ListAsync(HttpClient client, string ownerCookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/saved");
        request.Headers.Add("Cookie", $"{OwnerKeys.CookieName}={ownerCookie}");
        using var response = await client.SendAsync(request);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Owners_are_issued_and_signed_by_the_server_and_bounded()
    {
        var client = _site.Browser(cookies: false);

        // Cookie fixation: an attacker plants a key of their choosing; the victim's save does not go under it.
        var planted = OwnerKeys.NewToken(32);
        using (var victim = await PostSaveAsync(client, "victim secret search", ownerCookie: planted))
        {
            Assert.Equal(HttpStatusCode.Redirect, victim.StatusCode);
            var issued = IssuedOwner(victim);
            Assert.NotNull(issued);
            Assert.NotEqual(planted, issued);
            Assert.Contains("victim secret search", await ListAsync(client, issued!));
        }
        Assert.DoesNotContain("secret search", await ListAsync(client, planted));

        // Saved-search ids are random, not sequential.
        using var first = await PostSaveAsync(client, "first");
        var owner = IssuedOwner(first)!;

        // New owners from one address: the third passes, the fourth is refused.
        using (var third = await PostSaveAsync(client, "third owner"))
            Assert.Equal(HttpStatusCode.Redirect, third.StatusCode);
        using (var fourth = await PostSaveAsync(client, "fourth owner"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
            Assert.Null(IssuedOwner(fourth));
        }
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            using var saved = await PostSaveAsync(client, $"save {i}", ownerCookie: owner);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Null(IssuedOwner(saved)); // the issued key is accepted as it is
            ids.Add(long.Parse(saved.Headers.Location!.ToString().Split("#saved-")[1], System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.All(ids, id => Assert.True(id >= 1 << 20, $"{id}"));
        Assert.True(ids.Zip(ids.Skip(1)).All(p => Math.Abs(p.First - p.Second) > 1000), string.Join(", ", ids));
        var tampered = owner[..^2] + (owner[^2] == 'A' ? 'B' : 'A') + owner[^1];
        Assert.DoesNotContain("save 0", await ListAsync(client, tampered));

        // Stored queries are capped: a query string longer than the store takes is refused, nothing stored.
        var huge = "?q=belarus" + string.Concat(Enumerable.Range(0, 4).SelectMany(d => Enumerable.Range(0, 20).Select(i => $"&{FacetDimensions.All[d].Name}={new string((char)('a' + i), 100)}")));
        using (var tooLong = await PostSaveAsync(client, "huge", huge, owner))
            Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.DoesNotContain(">huge<", await ListAsync(client, owner));

        // Saves per minute from one address: up to the limit they pass, then 429 (the owner's own key does not lift it).
        var allowed = 0;
        HttpStatusCode last;
        do
        {
            using var response = await PostSaveAsync(client, "more", ownerCookie: owner);
            last = response.StatusCode;
            if (last == HttpStatusCode.Redirect) allowed++;
            else Assert.True(response.Headers.RetryAfter is not null, "a 429 says when to retry");
        }
        while (last == HttpStatusCode.Redirect && allowed < 50);
        Assert.Equal(HttpStatusCode.TooManyRequests, last);
        Assert.InRange(allowed, 1, SavesPerMinute - 8); // 8 or 9 were spent above
        // Reading is not limited; the refused saves stored nothing.
        var list = await ListAsync(client, owner);
        Assert.Contains("save 0", list);
        Assert.Equal(1 + 4 + allowed, System.Text.RegularExpressions.Regex.Matches(list, "class=\"saved-item\" id=").Count);
    }
}
