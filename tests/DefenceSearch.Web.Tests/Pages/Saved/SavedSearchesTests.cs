using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Configuration;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceSearch.Web.Tests.Pages.Saved;

[Collection(SiteCollection.Name)]
public sealed partial class SavedSearchesTests(SharedSite site)
{
    [Fact]
    public async Task Create_list_open_rename_delete()
    {
        var client = site.Factory.Browser();
        var id = await client.SaveSearchAsync("Belarus watch", "?q=belarus&country=BY&page=3&junk=1");

        var list = await client.GetPageAsync("/saved");
        Assert.Contains("Belarus watch", list);
        Assert.Contains("2 kết quả", list); // its current total
        Assert.Contains("Không có bài mới", list); // the first visit marks nothing new
        Assert.Contains($"href=\"/saved/{id}/open\"", list);
        Assert.Matches("href=\"/feeds/[A-Za-z0-9_-]{22,}\"", list);

        using (var open = await client.GetAsync($"/saved/{id}/open"))
        {
            Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
            // Canonical (no page, no junk), with when it was last opened so that what is new since comes first.
            Assert.Matches("^/\\?q=belarus&country=BY&since=[0-9]+$", open.Headers.Location!.ToString());
        }

        var token = await client.TokenAsync("/saved");
        using (var rename = await client.PostFormAsync($"/saved?handler=Rename&id={id}", [new("name", "Minsk <b>desk</b>")], token))
            Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);
        list = await client.GetPageAsync("/saved");
        Assert.Contains("Minsk &lt;b&gt;desk&lt;/b&gt;", list);
        Assert.DoesNotContain("<b>desk</b>", list);

        using (var delete = await client.PostFormAsync($"/saved?handler=Delete&id={id}", [], token))
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        list = await client.GetPageAsync("/saved");
        Assert.DoesNotContain("Minsk", list);
    }

    [Fact]
    public async Task One_owner_cannot_list_open_rename_or_delete_anothers()
    {
        var alice = site.Factory.Browser();
        var mallory = site.Factory.Browser();
        var id = await alice.SaveSearchAsync("Alice only", "?q=canada");

        Assert.DoesNotContain("Alice only", await mallory.GetPageAsync("/saved"));
        await mallory.GetPageAsync($"/saved/{id}/open", HttpStatusCode.NotFound);
        var token = await mallory.TokenAsync();
        using (var rename = await mallory.PostFormAsync($"/saved?handler=Rename&id={id}", [new("name", "stolen")], token))
            Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        using (var delete = await mallory.PostFormAsync($"/saved?handler=Delete&id={id}", [], token))
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);

        var anonymous = site.Factory.Browser(cookies: false);
        await anonymous.GetPageAsync($"/saved/{id}/open", HttpStatusCode.NotFound);

        var list = await alice.GetPageAsync("/saved");
        Assert.Contains("Alice only", list);
        Assert.DoesNotContain("stolen", list);
    }

    [Fact]
    public async Task The_owner_cookie_is_httponly_lax_and_random()
    {
        var client = site.Factory.Browser(cookies: false);
        var page = await client.GetAsync("/?q=belarus");
        var antiforgery = page.Headers.GetValues("Set-Cookie").ToList();
        var cookie = string.Join(' ', antiforgery);
        var token = Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/saved?handler=Create")
        {
            Content = new FormUrlEncodedContent([new("name", "x"), new("query", "q=x"), new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Cookie", Regex.Match(cookie, "ds_af=[^;]+").Value);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var owner = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(OwnerKeys.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", owner, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", owner, StringComparison.OrdinalIgnoreCase);
        var key = Regex.Match(owner, OwnerKeys.CookieName + "=([^;]+)").Groups[1].Value;
        Assert.True(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(key).Length >= 16);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        var client = site.Factory.Browser();
        await client.TokenAsync(); // has the antiforgery cookie, but sends no token
        using var response = await client.PostFormAsync("/saved?handler=Create", [new("name", "x"), new("query", "q=x")], token: null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var forged = await client.PostFormAsync("/saved?handler=Create", [new("name", "x"), new("query", "q=x")], token: "forged");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Feeds_work_without_cookies_and_their_addresses_cannot_be_guessed()
    {
        var client = site.Factory.Browser();
        await client.SaveSearchAsync("Feed one", "?q=belarus");
        await client.SaveSearchAsync("Feed two", "?q=belarus");
        var list = await client.GetPageAsync("/saved");
        var tokens = FeedLink().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(tokens.Count >= 2);
        foreach (var token in tokens) Assert.True(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(token).Length >= 16, token);

        var reader = site.Factory.Browser(cookies: false);
        using var feed = await reader.GetAsync("/feeds/" + tokens[0]);
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("application/atom+xml", feed.Content.Headers.ContentType!.MediaType);
        var xml = System.Xml.Linq.XDocument.Parse(await feed.Content.ReadAsStringAsync());
        System.Xml.Linq.XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = xml.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Contains(entries, e => e.Element(atom + "title")!.Value.Contains("Belarus", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.StartsWith("http://localhost:5000/article/", e.Element(atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal));

        using var guess = await reader.GetAsync("/feeds/" + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(new byte[24]));
        Assert.Equal(HttpStatusCode.NotFound, guess.StatusCode);
        using var shortGuess = await reader.GetAsync("/feeds/1");
        Assert.Equal(HttpStatusCode.NotFound, shortGuess.StatusCode);
    }

    [Fact]
    public async Task The_store_uses_WAL()
    {
        var client = site.Factory.Browser();
        await client.SaveSearchAsync("wal", "?q=x");
        var store = site.Factory.Services.GetRequiredService<SitePaths>();
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store.Database}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [GeneratedRegex("href=\"/feeds/([A-Za-z0-9_-]+)\"")]
    private static partial Regex FeedLink();
}
