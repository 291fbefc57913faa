using System.Text.RegularExpressions;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.SavedSearches;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceSearch.Web.Tests.Pages.Saved;

/// <summary>
/// /saved does bounded work whatever was saved: an owner with many expensive saved searches (prefix ORs) gets
/// a page after at most <see cref="SavedCounts.SearchesPerPage"/> searches, the rest say "counts later", later
/// views fill them in, and once counted nothing is searched again until the index changes. Its own site, so
/// the searches counted are this test's only.
/// </summary>
public sealed partial class SavedPageWorkTests : IAsyncLifetime
{
    private const int Saved = 60;

    private readonly SiteFactory _site = new();

    public async Task InitializeAsync() => await _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Many_expensive_saved_searches_cost_a_bounded_number_of_searches_per_view()
    {
        var client = _site.Browser();
        var token = await client.TokenAsync();
        for (var i = 0; i < Saved; i++)
        {
            using var response = await client.PostFormAsync("/saved?handler=Create",
                [new("name", $"p{i}"), new("query", $"?q=" + Uri.EscapeDataString($"th* OR tr* OR ng* OR nh* OR ch* OR x{i}*"))], token);
            Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        }
        var counts = _site.Services.GetRequiredService<SavedCounts>();

        var views = 0;
        int later;
        do
        {
            var before = counts.SearchesRun;
            var page = await client.GetPageAsync("/saved");
            var searched = counts.SearchesRun - before;
            Assert.InRange(searched, 0, SavedCounts.SearchesPerPage);
            Assert.Equal(Saved, Items().Matches(page).Count); // every saved search is listed, counted or not
            later = Later().Matches(page).Count;
            if (later > 0) Assert.Contains("Số kết quả sẽ có sau", page);
            Assert.True(++views <= Saved * 3 / SavedCounts.SearchesPerPage + 2, $"still {later} without counts after {views} views");
        }
        while (later > 0);
        Assert.True(views > 1, "the first view should not have counted everything");

        // Everything counted for this version of the index: another view searches nothing.
        var settled = counts.SearchesRun;
        var again = await client.GetPageAsync("/saved");
        Assert.Equal(settled, counts.SearchesRun);
        Assert.Equal(Saved, Regex.Matches(again, "saved-item__total").Count);
    }

    [GeneratedRegex("class=\"saved-item\" id=\"saved-")]
    private static partial Regex Items();

    [GeneratedRegex("class=\"saved-item__later\"")]
    private static partial Regex Later();
}
