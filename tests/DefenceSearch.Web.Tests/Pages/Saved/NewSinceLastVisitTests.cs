using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DefenceSearch.Web.Tests.Pages.Saved;

/// <summary>Its own site: it adds an article to the corpus.</summary>
public sealed class NewSinceLastVisitTests : IAsyncLifetime
{
    private readonly SiteFactory _site = new();

    public async Task InitializeAsync() => await _site.ReadyAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_new_matching_article_is_counted_until_the_search_is_opened()
    {
        var client = _site.Browser();
        var id = await client.SaveSearchAsync("Belarus", "?country=BY");
        Assert.Contains("Không có bài mới", await client.GetPageAsync("/saved"));

        await Task.Delay(TimeSpan.FromSeconds(1.2)); // the index's clock counts in seconds
        var seed = Directory.GetFiles(_site.CorpusPath, "004_*").Single();
        await File.WriteAllTextAsync(Path.Combine(_site.CorpusPath, "005_new.txt"),
            (await File.ReadAllTextAsync(seed)).Replace("Phan Văn Giang", "Đại tướng Phan Văn Giang tiếp", StringComparison.Ordinal));
        var report = await _site.Services.GetRequiredService<IndexingService>().ReindexAsync();
        Assert.Equal(1, report!.Added);

        var list = await client.GetPageAsync("/saved");
        Assert.Contains("3 kết quả", list);
        Assert.Contains("1 bài mới", list);

        await client.GetPageAsync($"/saved/{id}/open", System.Net.HttpStatusCode.Redirect);
        list = await client.GetPageAsync("/saved");
        Assert.Contains("Không có bài mới", list);
        Assert.Contains("3 kết quả", list);
    }
}
