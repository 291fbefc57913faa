using System.Collections.Concurrent;
using DefenceSearch.Web.Infrastructure.Security;

namespace DefenceSearch.Web.Infrastructure.Localisation;

/// <summary>The help page's Markdown (help-vi.md, help-en.md, embedded in the assembly), rendered once a language.</summary>
public sealed class HelpContent
{
    private readonly ConcurrentDictionary<string, string> _html = new(StringComparer.Ordinal);

    /// <summary>The help page in a language, rendered once from its embedded Markdown.</summary>
    /// <param name="lang">"vi" or "en".</param>
    public string Html(string lang) => _html.GetOrAdd(lang == "en" ? "en" : "vi", Render);

    private static string Render(string lang)
    {
        using var stream = typeof(HelpContent).Assembly.GetManifestResourceStream($"help-{lang}.md")
            ?? throw new InvalidOperationException($"help-{lang}.md is not embedded in the web assembly.");
        using var reader = new StreamReader(stream);
        return SafeMarkdown.ToHtml(reader.ReadToEnd());
    }
}
