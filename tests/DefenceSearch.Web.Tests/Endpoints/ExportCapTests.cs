using System.Text.Json;
using DefenceSearch.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace DefenceSearch.Web.Tests.Endpoints;

/// <summary>Its own site with the export limit lowered to 2, so the cap can be seen on the five seeds.</summary>
public sealed class ExportCapTests : IAsyncLifetime
{
    private readonly CappedSite _site = new();

    private sealed class CappedSite : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DefenceSearch:ExportLimit", "2");
        }
    }

    public async Task InitializeAsync() => await _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_capped_export_says_so_in_the_header_and_the_json()
    {
        var client = _site.Browser();
        using var csv = await client.GetAsync("/export.csv");
        Assert.Equal("true", csv.Headers.GetValues("X-DefenceSearch-Capped").Single());
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 2 + 1, lines.Length); // the header, two articles and the line that says the file is cut
        Assert.StartsWith("Tệp này dừng ở 2 trên 5 kết quả", lines[^1]);

        using var json = await client.GetAsync("/export.json");
        Assert.Equal("true", json.Headers.GetValues("X-DefenceSearch-Capped").Single());
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.True(document.RootElement.GetProperty("capped").GetBoolean());
        Assert.Equal(5, document.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("count").GetInt32());
        Assert.StartsWith("Tệp này dừng ở 2 trên 5 kết quả", document.RootElement.GetProperty("note").GetString());
        Assert.StartsWith("000_", document.RootElement.GetProperty("items")[0].GetProperty("id").GetString()); // newest first: 15/11/2018 is the newest seed the text dates (004 states no date of its own)

        using var uncapped = await client.GetAsync("/export.csv?country=CA");
        Assert.Equal("false", uncapped.Headers.GetValues("X-DefenceSearch-Capped").Single());
    }
}
