using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace DefenceSearch.Text;

/// <summary>HTML encoding that escapes markup characters but leaves Vietnamese letters readable.</summary>
public static class Html
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text with &lt;, &gt;, &amp; and quotes escaped; empty for null.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);
}
