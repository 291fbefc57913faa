using DefenceSearch.Searching;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>
/// A <see cref="Snippet"/> as an HTML string, for the places that write HTML themselves (the Atom feed's summary, the
/// Markdown renderer): every run encoded, the matched runs in &lt;mark&gt;. Pages use the <c>_Snippet</c> partial.
/// </summary>
public static class SnippetHtml
{
    /// <summary>The snippet's text HTML-encoded, with its marks as &lt;mark&gt; elements.</summary>
    public static string Of(Snippet snippet)
    {
        var sb = new System.Text.StringBuilder(snippet.Text.Length + 16);
        foreach (var (text, marked) in snippet.Parts())
        {
            if (marked) sb.Append("<mark>").Append(DefenceSearch.Text.Html.Encode(text)).Append("</mark>");
            else sb.Append(DefenceSearch.Text.Html.Encode(text));
        }
        return sb.ToString();
    }
}
