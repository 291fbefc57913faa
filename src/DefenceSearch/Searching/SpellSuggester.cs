using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>Did-you-mean: for each word the index does not hold, the closest indexed spelling (FuzzyTermsEnum).</summary>
internal static class SpellSuggester
{
    public static string? Suggest(IndexReader reader, string queryText, IReadOnlyList<string> words, IReadOnlySet<string> stopWords)
    {
        if (words.Count == 0) return null;
        var terms = MultiFields.GetTerms(reader, Schema.Body);
        if (terms is null) return null;
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in words.Distinct())
        {
            var folded = VietnameseText.FoldLower(word);
            if (reader.DocFreq(new Term(Schema.Body, folded)) > 0 || stopWords.Contains(word)) continue;
            var best = Closest(terms, folded);
            if (best is null) continue;
            replacements[word] = VietnameseText.IsAscii(word) ? best : BestAccented(reader, best, word) ?? best;
        }
        if (replacements.Count == 0) return null;

        // Rewrite the typed text word by word, so operators and quotes survive.
        var tokens = Extraction.TextTokens.Tokenize(queryText);
        var result = new System.Text.StringBuilder();
        var position = 0;
        var changed = false;
        foreach (var token in tokens)
        {
            result.Append(queryText, position, token.Start - position);
            var exact = VietnameseText.ExactForm(token.Text);
            if (replacements.TryGetValue(exact, out var replacement))
            {
                result.Append(replacement);
                changed = true;
            }
            else result.Append(token.Text);
            position = token.End;
        }
        result.Append(queryText, position, queryText.Length - position);
        return changed ? result.ToString() : null;
    }

    // The folded term within two edits with the most documents, the fewest edits first.
    private static string? Closest(Terms terms, string folded)
    {
        if (folded.Length < 3) return null;
        var attributes = new AttributeSource();
        var fuzzy = new FuzzyTermsEnum(terms, attributes, new Term(Schema.Body, folded), folded.Length <= 4 ? 1 : 2, 1, true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestBoost = float.MinValue;
        var bestFreq = 0;
        while (fuzzy.MoveNext())
        {
            var candidate = fuzzy.Term.Utf8ToString();
            if (!VietnameseText.IsAscii(candidate)) continue;
            var freq = fuzzy.DocFreq;
            var b = boost.Boost;
            if (b > bestBoost + 1e-6 || (Math.Abs(b - bestBoost) < 1e-6 && freq > bestFreq))
            {
                best = candidate;
                bestBoost = b;
                bestFreq = freq;
            }
        }
        return best;
    }

    // "hop tac" typed as "họp tac": prefer the accented spelling with the most documents.
    private static string? BestAccented(IndexReader reader, string folded, string typed) =>
        TermVariants.Of(reader, folded)
            .OrderByDescending(v => VietnameseText.DiacriticAgreement(typed.Length == v.Length ? typed : v, v))
            .ThenByDescending(v => reader.DocFreq(new Term(Schema.Body, v)))
            .FirstOrDefault();
}
