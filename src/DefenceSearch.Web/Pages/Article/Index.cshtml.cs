using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Article;

/// <summary>One cleaned article, with the words of the search that led here (<c>hl</c>) marked.</summary>
public sealed class IndexModel(IndexState state, Ui ui) : PageModel
{
    /// <summary>The article, or null when there is no index yet.</summary>
    public ArticleView? Article { get; private set; }
    /// <summary>The search words to mark (from <c>hl</c>).</summary>
    public HighlightTerms Terms { get; private set; } = HighlightTerms.Empty;
    /// <summary>The <c>hl</c> parameter, for links onward, or null.</summary>
    public string? HighlightParameter { get; private set; }

    /// <summary>The article's source address when it is safe to link (http or https).</summary>
    public string? SourceUrl => Links.External(Article?.Url);

    /// <summary>The search that led here (<c>from</c>), or null when the article was opened on its own.</summary>
    public SearchRequest? From { get; private set; }

    /// <summary>The results page of <see cref="From"/> that holds this article.</summary>
    public string? BackUrl { get; private set; }

    /// <summary>The hits before and after this one in those results, with their links (null at either end).</summary>
    public (SearchHit Hit, string Url)? Previous { get; private set; }

    /// <summary>The next hit in those results.</summary>
    public (SearchHit Hit, string Url)? Next { get; private set; }

    /// <summary>Previous and next are found for the first this many hits of a search (bounded work per page).</summary>
    public const int MaxPlace = 1000;

    /// <summary>Shows the article (404 when there is none of that id) and, coming from a search, its neighbours in the results.</summary>
    /// <param name="id">The article's id.</param>
    /// <param name="hl">The words to mark.</param>
    /// <param name="from">The search it was reached from (a query string).</param>
    /// <param name="at">Its place in that search's results.</param>
    public IActionResult OnGet(string? id, string? hl, string? from, int? at)
    {
        if (state.Index is not { } index) return Page(); // the banner explains; nothing to show yet
        if (string.IsNullOrWhiteSpace(id) || id.Length > 500) return NotFound();
        Article = index.Get(id, ui.Lang);
        if (Article is null) return NotFound();
        // Marked as the hit's snippet was: a country's name not inside a place name holding it ("Ấn Độ Dương") where the
        // article also names the country.
        Terms = HighlightTerms.FromParameter(hl, index.Data.CountryExceptions.NotCountries).ForArticle([Article.Title, .. Article.Paragraphs]);
        HighlightParameter = Terms.IsEmpty ? null : hl;
        if (from is not null && at is >= 0 and < ArticleIndex.MaxDepth) Neighbours(index, SearchUrl.Read(from), at.Value, hl);
        return Page();
    }

    // Back to the page of results that holds the hit; previous and next from the same search, run again.
    private void Neighbours(ArticleIndex index, SearchRequest search, int at, string? hl)
    {
        From = search;
        BackUrl = search.WithPage(at / search.Size + 1).Url();
        if (at >= MaxPlace) return;
        var hits = index.All(search with { Lang = ui.Lang, Snippets = false }, at + 2).Hits;
        // The index may have changed since the results were shown: find the article again near its place.
        var place = at < hits.Count && hits[at].Id == Article!.Id ? at : IndexOf(hits, Article!.Id);
        if (place < 0) return;
        if (place > 0) Previous = (hits[place - 1], Links.Article(hits[place - 1].Id, hl, search, place - 1));
        if (place + 1 < hits.Count) Next = (hits[place + 1], Links.Article(hits[place + 1].Id, hl, search, place + 1));
    }

    private static int IndexOf(IReadOnlyList<SearchHit> hits, string id)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Id == id) return i;
        }
        return -1;
    }

    /// <summary>The text with the search words marked (the <c>_Snippet</c> partial writes it, encoded).</summary>
    public Snippet Marked(string text) => Snippets.Highlight(text, Terms);

    /// <summary>The Markdown body as safe HTML with the words marked.</summary>
    public string Body() => Article?.Markdown is { } markdown
        ? SafeMarkdown.ToHtml(markdown, Terms)
        : "";

    /// <summary>The search for one facet value (a chip).</summary>
    /// <param name="dimension">The dimension's name.</param>
    /// <param name="key">The value's key.</param>
    public static string FilterUrl(string dimension, string key) =>
        SearchRequest.Empty.With(dimension, key).Url();
}
