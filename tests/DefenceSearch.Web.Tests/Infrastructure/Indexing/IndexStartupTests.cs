using System.Net;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Infrastructure.Indexing;

public sealed class IndexStartupTests
{
    private sealed class CorruptIndexSite : SiteFactory
    {
        public CorruptIndexSite()
        {
            Directory.CreateDirectory(IndexPath);
            File.WriteAllText(Path.Combine(IndexPath, "segments_1"), "this is not a Lucene index");
            File.WriteAllText(Path.Combine(IndexPath, "_0.cfs"), "garbage");
        }
    }

    private sealed class MissingCorpusSite() : SiteFactory(corpus: "/nonexistent/defencesearch-corpus");

    [Fact]
    public async Task A_corrupt_index_is_rebuilt_from_the_corpus()
    {
        using var site = new CorruptIndexSite();
        await site.ReadyAsync();
        Assert.True(site.State.IsReady, site.State.Problem?.ToString());
        var page = await site.Browser().GetPageAsync("/");
        Assert.Equal(5, Http.HitIds(page).Count);
    }

    [Fact]
    public async Task Without_a_corpus_the_site_serves_a_banner_not_errors()
    {
        using var site = new MissingCorpusSite();
        await site.ReadyAsync();
        Assert.Equal(IndexStatus.Failed, site.State.Status);
        var client = site.Browser();
        var page = await client.GetPageAsync("/?q=belarus&country=BY");
        Assert.Contains("banner--error", page);
        Assert.Contains("corpus", page);
        await client.GetPageAsync("/article/000");
        await client.GetPageAsync("/saved");
        await client.GetPageAsync("/help");
        await client.GetPageAsync("/api/search?q=x", HttpStatusCode.ServiceUnavailable);
        await client.GetPageAsync("/export.csv", HttpStatusCode.ServiceUnavailable);
    }
}
