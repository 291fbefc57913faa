using DefenceSearch.Searching;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>
/// Markdown to HTML for untrusted text: raw HTML is shown as text, and a link, autolink or image is written
/// with its URL only when that is an http, https or mailto address or a relative one (javascript:, data:,
/// vbscript: never reach an href or src; the words stay, unlinked). Images become links (the CSP allows no
/// foreign images). Search words can be marked.
/// </summary>
/// <remarks>
/// Sanitised when rendering, by the renderers of links and autolinks, not by editing the parsed tree: every
/// link the parser made is written by them, so none can be missed (removing a node while walking the tree
/// broke its sibling chain, and a later autolink went out unchecked).
/// </remarks>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>An article's Markdown as safe HTML: raw HTML encoded, only http, https, mailto and relative links, the search words marked.</summary>
    /// <param name="markdown">The article's Markdown.</param>
    /// <param name="highlight">The words to mark, or null.</param>
    public static string ToHtml(string markdown, HighlightTerms? highlight = null)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.ReplaceOrAdd<LinkInlineRenderer>(new SafeLinkRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<AutolinkInlineRenderer>(new SafeAutolinkRenderer());
        if (highlight is { IsEmpty: false })
            renderer.ObjectRenderers.ReplaceOrAdd<LiteralInlineRenderer>(new MarkingLiteralRenderer(highlight));
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Whether a URL may stand in an href: an absolute http, https or mailto address, or a relative one.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return false;
        // Browsers ignore tabs, newlines and leading control characters in URLs: so must the check.
        var compact = new string(url.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (compact.Length == 0) return false;
        var colon = compact.IndexOf(':');
        var pathStart = compact.IndexOfAny(['/', '?', '#']);
        // No colon before the path: relative (/saved, ../a, #x, ?q=…), a scheme cannot follow.
        if (colon < 0 || (pathStart >= 0 && pathStart < colon)) return true;
        if (colon == 0) return false;
        var scheme = compact[..colon];
        if (!AllowedSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase)) return false;
        return Uri.TryCreate(compact, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Links and images: a safe URL as a link (an image as a link to the picture), else the words alone.</summary>
    private sealed class SafeLinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (!renderer.EnableHtmlForInline || !IsSafeUrl(url))
            {
                renderer.WriteChildren(link);
                return;
            }
            renderer.Write("<a href=\"").WriteEscapeUrl(url).Write('"');
            if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
            renderer.Write(" rel=\"nofollow noopener noreferrer\">");
            renderer.WriteChildren(link);
            renderer.Write("</a>");
        }
    }

    /// <summary>&lt;https://…&gt; and &lt;a@b.org&gt;: a link when safe, else the address as text.</summary>
    private sealed class SafeAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            var url = link.IsEmail ? "mailto:" + link.Url : link.Url;
            if (!renderer.EnableHtmlForInline || !IsSafeUrl(url) || (!link.IsEmail && !url.Contains(':')))
            {
                renderer.WriteEscape(link.Url);
                return;
            }
            renderer.Write("<a href=\"").WriteEscapeUrl(url).Write("\" rel=\"nofollow noopener noreferrer\">").WriteEscape(link.Url).Write("</a>");
        }
    }

    private sealed class MarkingLiteralRenderer(HighlightTerms terms) : HtmlObjectRenderer<LiteralInline>
    {
        protected override void Write(HtmlRenderer renderer, LiteralInline obj)
        {
            if (renderer.EnableHtmlEscape) renderer.Write(SnippetHtml.Of(Snippets.Highlight(obj.Content.ToString(), terms)));
            else renderer.Write(ref obj.Content);
        }
    }
}
