using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using DefenceSearch.Text;

namespace DefenceSearch.Tests.Support;

/// <summary>The facets the default gazetteers give a made-up sentence or article, as indexing finds them.</summary>
internal static class ExtractionCases
{
    /// <summary>The extractor of the default gazetteers, shared by the rule tests.</summary>
    public static readonly EntityExtractor Extractor = new(ReferenceData.Default);

    /// <summary>The countries of a text, normalised as indexing does.</summary>
    public static IReadOnlyList<string> Countries(string text)
    {
        var normalized = VietnameseText.Normalize(text);
        return Extractor.FindCountries(normalized, TextTokens.Tokenize(normalized));
    }

    /// <summary>The ministers named in office in a text, before the year checks.</summary>
    public static string[] Ministers(string text)
    {
        var normalized = VietnameseText.Normalize(text);
        return Extractor.FindMinisters(normalized, TextTokens.Tokenize(normalized)).Select(m => m.Key).ToArray();
    }

    /// <summary>The areas of a made-up article: its title, a line end and its body sentences, normalised as indexing does.</summary>
    public static IReadOnlyList<string> Areas(string title, params string[] sentences)
    {
        var text = VietnameseText.Normalize(title + "\n" + string.Join(" ", sentences));
        return Extractor.FindAreas(text, TextTokens.Tokenize(text));
    }

    /// <summary>The whole extraction of a dated article (header line, title, body), as indexing does it.</summary>
    public static DefenceSearch.Extraction.Extraction Article(string date, string title, string body) =>
        Extractor.Extract(Seeds.Reader.Parse($"# doc_id = x\n# date = {date}\n{title}\n{body}\n", "x"), currentYear: 2026);
}
