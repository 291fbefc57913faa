using DefenceSearch.Searching;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>
/// Markdown to HTML for untrusted text: raw HTML is shown as text, and any link or image whose URL is not
/// an absolute http, https or mailto address loses its URL (javascript:, data:, vbscript: never reach an
/// href or src). Images become links (the CSP allows no foreign images). Search words can be marked.
/// </summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    public static string ToHtml(string markdown, HighlightTerms? highlight = null)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        Neutralise(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        if (highlight is { IsEmpty: false })
            renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new MarkingLiteralRenderer(highlight));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether a URL is an absolute http, https or mailto address.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        // Browsers ignore tabs, newlines and leading control characters in URLs: so must the check.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        if (colon <= 0) return false;
        var scheme = compact[..colon];
        if (!AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return false;
        return Uri.TryCreate(compact, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
    }

    private static void Neutralise(MarkdownDocument document)
    {
        foreach (var link in document.Descendants<LinkInline>().ToList())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            link.GetDynamicUrl = null;
            if (IsSafeUrl(url))
            {
                link.Url = url;
                if (link.IsImage) link.IsImage = false; // shown as a link to the picture
                continue;
            }
            // Keep the words (or the picture's alt text), drop the link.
            var child = link.FirstChild;
            while (child is not null)
            {
                var next = child.NextSibling;
                child.Remove();
                link.InsertBefore(child);
                child = next;
            }
            link.Remove();
        }
        foreach (var auto in document.Descendants<AutolinkInline>().ToList())
        {
            if (auto.IsEmail || IsSafeUrl(auto.Url)) continue;
            auto.ReplaceBy(new LiteralInline(auto.Url));
        }
    }

    private sealed class MarkingLiteralRenderer(HighlightTerms terms) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (renderer.EnableHtmlEscape) renderer.Write(Snippets.Highlight(obj.Content.ToString(), terms));
            else renderer.Write(ref obj.Content);
        }
    }
}
