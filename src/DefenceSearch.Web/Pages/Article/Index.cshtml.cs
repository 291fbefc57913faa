using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DefenceSearch.Web.Pages.Article;

/// <summary>One cleaned article, with the words of the search that led here (<c>hl</c>) marked.</summary>
public sealed class IndexModel(IndexState state, Ui ui) : PageModel
{
    public ArticleView? Article { get; private set; }
    public HighlightTerms Terms { get; private set; } = HighlightTerms.Empty;
    public string? HighlightParameter { get; private set; }

    /// <summary>The article's source address when it is safe to link (http or https).</summary>
    public string? SourceUrl => Links.External(Article?.Url);

    public IActionResult OnGet(string? id, string? hl)
    {
        if (state.Index is not { } index) return Page(); // the banner explains; nothing to show yet
        if (string.IsNullOrWhiteSpace(id) || id.Length > 500) return NotFound();
        Article = index.Get(id, ui.Lang);
        if (Article is null) return NotFound();
        Terms = HighlightTerms.FromParameter(hl);
        HighlightParameter = Terms.IsEmpty ? null : hl;
        return Page();
    }

    /// <summary>Encoded text with the search words in &lt;mark&gt; (the library encodes; nothing else is raw).</summary>
    public string Marked(string text) => Snippets.Highlight(text, Terms);

    public string Body() => Article?.Markdown is { } markdown
        ? SafeMarkdown.ToHtml(markdown, Terms)
        : "";

    public static string FilterUrl(string dimension, string key) =>
        SearchParameters.Empty.With(dimension, key).Url();
}
