using System.Runtime.CompilerServices;
using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Microsoft.Extensions.Caching.Memory;

namespace DefenceSearch.Searching;

/// <summary>
/// Did-you-mean: for each word the index does not hold, the closest indexed spelling (FuzzyTermsEnum). Its work is
/// bounded: at most <see cref="MaxWordsCorrected"/> unknown words of a query are looked up (a long garbage query is not
/// a typo), none longer than <see cref="MaxWordLength"/>, and each word's correction is kept per index reader in a
/// size-limited cache, so a word asked again costs no dictionary walk.
/// </summary>
internal static class SpellSuggester
{
    /// <summary>The most unknown words of one query whose correction is looked up in the term dictionary.</summary>
    public const int MaxWordsCorrected = 4;

    /// <summary>The longest word (in characters) corrected: a longer one is no typo of an indexed word.</summary>
    public const int MaxWordLength = 20;

    /// <summary>The most corrections kept per index reader.</summary>
    public const int CacheEntries = 4096;

    // One cache per reader: a reopened index is another reader, so nothing stale is served, and the cache goes with it.
    private static readonly ConditionalWeakTable<IndexReader, MemoryCache> PerReader = new();

    /// <summary>What one call did: the unknown words it looked up in the term dictionary and those it found cached.</summary>
    internal sealed class Work
    {
        /// <summary>Words whose correction was looked up with a walk of the term dictionary.</summary>
        public int Walked { get; set; }
        /// <summary>Words whose correction came from the cache.</summary>
        public int Cached { get; set; }
    }

    /// <summary>
    /// The typed query with each unknown word replaced by its closest indexed spelling; null when nothing changes. Counts
    /// its work in <paramref name="work"/> when given.
    /// </summary>
    public static string? Suggest(IndexReader reader, string queryText, IReadOnlyList<string> words, IReadOnlySet<string> stopWords, Work? work = null)
    {
        if (words.Count == 0) return null;
        var terms = MultiFields.GetTerms(reader, Schema.Body);
        if (terms is null) return null;
        var cache = PerReader.GetValue(reader, _ => new MemoryCache(new MemoryCacheOptions { SizeLimit = CacheEntries, CompactionPercentage = 0.25 }));
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        var tried = 0;
        foreach (var word in words.Distinct())
        {
            if (stopWords.Contains(word)) continue;
            if (cache.TryGetValue(word, out string? known))
            {
                if (work is not null) work.Cached++;
                if (known!.Length > 0) replacements[word] = known;
                continue;
            }
            var folded = VietnameseText.FoldLower(word);
            if (reader.DocFreq(new Term(Schema.Body, folded)) > 0) continue;
            if (word.Length > MaxWordLength || tried >= MaxWordsCorrected) continue;
            tried++;
            if (work is not null) work.Walked++;
            var best = Closest(terms, folded);
            var replacement = best is null ? "" : VietnameseText.IsAscii(word) ? best : BestAccented(reader, best, word) ?? best;
            cache.Set(word, replacement, new MemoryCacheEntryOptions { Size = 1 });
            if (replacement.Length > 0) replacements[word] = replacement;
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
