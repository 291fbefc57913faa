using System.Net;
using System.Text.Json;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceSearch.Web.Tests.Endpoints;

[Collection(SiteCollection.Name)]
public sealed class SearchApiTests(SharedSite site)
{
    [Fact]
    public async Task It_returns_the_command_lines_json_shape()
    {
        using var response = await site.Factory.Browser().GetAsync("/api/search?q=ngo+xuan+lich&country=BY");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        string[] expected = ["query", "total", "tookMs", "cached", "page", "size", "hits", "facets", "months", "notice", "suggestion", "tier", "otherTierTotal", "readings", "work"];
        Assert.Equal(expected, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.StartsWith("000_", hit.GetProperty("id").GetString());
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal(["country", "minister", "year", "area"], root.GetProperty("facets").EnumerateObject().Select(p => p.Name));

        // Exactly what the library says for the same request (apart from the timing and where it came from), its
        // notices worded in English by the site.
        var index = site.Factory.Services.GetRequiredService<IndexState>().Index!;
        var direct = index.Search(new SearchRequest { Query = "ngo xuan lich" }.WithSelected("country", ["BY"]));
        var fromApi = JsonSerializer.Deserialize<SearchResponse>(json, SearchResponse.JsonOptions)!;
        Assert.Equal((direct with { TookMs = 0, Cached = false, Notice = Ui.English.Notices(direct.Notices) }).ToJson(), (fromApi with { TookMs = 0, Cached = false }).ToJson());
    }

    [Fact]
    public async Task The_same_search_again_is_answered_from_the_cache()
    {
        var url = "/api/search?q=hop+tac+quoc+phong&sort=date&size=7";
        using var first = JsonDocument.Parse(await site.Factory.Browser().GetStringAsync(url));
        using var second = JsonDocument.Parse(await site.Factory.Browser().GetStringAsync(url));
        Assert.True(second.RootElement.GetProperty("cached").GetBoolean());
        Assert.Equal(first.RootElement.GetProperty("total").GetInt32(), second.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(first.RootElement.GetProperty("hits").GetRawText(), second.RootElement.GetProperty("hits").GetRawText());
    }

    [Fact]
    public async Task Bad_parameters_are_clamped_not_errors()
    {
        using var response = await site.Factory.Browser().GetAsync("/api/search?page=-1&size=100000&sort=xyz&country=ZZ");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(100, document.RootElement.GetProperty("size").GetInt32());
        Assert.Equal(1, document.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task English_labels_on_request()
    {
        var json = await site.Factory.Browser().GetPageAsync("/api/search?lang=en");
        Assert.Contains("\"label\":\"Russia\"", json);
    }
}
