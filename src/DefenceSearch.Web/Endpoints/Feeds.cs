using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Configuration;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.SavedSearches;

namespace DefenceSearch.Web.Endpoints;

/// <summary>/feeds/{token}: the newest matches of one saved search as Atom, for feed readers (no cookies).</summary>
public static class Feeds
{
    /// <summary>The newest matches a feed holds.</summary>
    public const int Entries = 20;

    /// <summary>Maps GET/HEAD /feeds/{token} (404 for an unknown token, 503 while there is no index).</summary>
    public static void MapFeeds(this IEndpointRouteBuilder app) => app.MapMethods("/feeds/{token}", SearchApi.GetAndHead, (string token, HttpContext context, IndexState state, SavedSearchStore store, SitePaths paths) =>
    {
        var saved = store.ByFeedToken(token);
        if (saved is null) return Results.NotFound();
        if (state.Index is not { } index) return SearchApi.NotReady(context, state);

        var ui = Ui.For(context);
        var parameters = SearchUrl.Read(saved.Query) with { Page = 1, Size = Entries, Sort = SortOrder.Date };
        var response = index.Search(parameters with { Lang = ui.Lang });
        var site = paths.PublicBaseUrl; // configured, never the request's Host header
        var highlight = response.Highlight.ToParameter();

        // Only the search's own matches: when no article has every word, the library's any-word fallback is no match.
        var hits = response.AnyWord ? [] : response.Hits;
        var items = hits.Select(hit =>
        {
            var link = new Uri(site + Links.Article(hit.Id, highlight));
            var (published, note) = Dated(hit, ui);
            var summary = note is null ? SnippetHtml.Of(hit.Snippet) : $"<p>{System.Net.WebUtility.HtmlEncode(note)}</p>{SnippetHtml.Of(hit.Snippet)}";
            var item = new SyndicationItem(hit.Title, new TextSyndicationContent(summary, TextSyndicationContentKind.Html), link, link.AbsoluteUri, published ?? Indexed(hit));
            if (published is { } day) item.PublishDate = day;
            foreach (var country in hit.Countries) item.Categories.Add(new SyndicationCategory(index.Label(FacetDimensions.Country.Name, country, ui.Lang)));
            return item;
        }).OrderByDescending(i => i.LastUpdatedTime).ToList(); // newest first by the time each entry carries

        var feed = new SyndicationFeed(
            string.Format(CultureInfo.InvariantCulture, ui["feed.title"], saved.Name),
            ui["site.tagline"],
            new Uri(site + parameters.Url("/", withPage: false)),
            $"{site}/feeds/{saved.FeedToken}",
            items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : saved.Created,
            items)
        {
            Language = ui.Lang,
            Generator = "DefenceSearch",
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{site}/feeds/{saved.FeedToken}")) { RelationshipType = "self", MediaType = "application/atom+xml" });

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    });

    /// <summary>
    /// An entry's publication date when it is known to the day; otherwise none, and a note that says what is known
    /// ("2017, year only", or unknown) and that the entry carries the indexing time: never a made-up 1 January or 1970.
    /// </summary>
    internal static (DateTimeOffset? Published, string? Note) Dated(SearchHit hit, Ui ui)
    {
        if (hit.DatePrecision is null or "day"
            && DateOnly.TryParseExact(hit.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), null);
        var indexed = ui.DateTime(Indexed(hit));
        return hit.Date is { Length: > 0 } partial
            ? (null, ui.Format("feed.dateNote", ui.Date(partial), ui["date.precision." + (hit.DatePrecision == "month" ? "month" : "year")], indexed))
            : (null, ui.Format("feed.undatedNote", indexed));
    }

    /// <summary>When the article entered the index; the answer's own time for an index that did not store it.</summary>
    private static DateTimeOffset Indexed(SearchHit hit) => hit.Indexed ?? DateTimeOffset.UtcNow;
}
