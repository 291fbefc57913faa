using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;

namespace DefenceSearch.Analysis;

/// <summary>The analyzers per field of the index schema.</summary>
public static class Analyzers
{
    /// <summary>The index analyzer: <see cref="VietnameseAnalyzer"/>, and <see cref="VietnameseBigramAnalyzer"/> for the title bigrams.</summary>
    public static Analyzer ForIndex() => new PerFieldAnalyzerWrapper(
        new VietnameseAnalyzer(),
        new Dictionary<string, Analyzer>
        {
            [Schema.TitleBigrams] = new VietnameseBigramAnalyzer(),
        });

    /// <summary>The syllables of a text in exact form (lower case, canonical tone, diacritics kept).</summary>
    public static List<string> ExactSyllables(string text)
    {
        var result = new List<string>();
        var normalized = VietnameseText.Normalize(text);
        var i = 0;
        while (i < normalized.Length)
        {
            if (!VietnameseText.IsWordChar(normalized[i])) { i++; continue; }
            var start = i;
            while (i < normalized.Length && VietnameseText.IsWordChar(normalized[i])) i++;
            result.Add(normalized[start..i].ToLowerInvariant()); // already normalised above: only case is left
        }
        return result;
    }
}
