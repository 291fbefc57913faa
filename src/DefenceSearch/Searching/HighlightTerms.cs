using DefenceSearch.Extraction;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>A word of a text to mark: its number among the text's words, its place, and the query word it matched.</summary>
internal readonly record struct MarkedWord(int Index, int Start, int End, string Folded);

/// <summary>The words of a query to mark in text, compared in folded form so "ngo" marks "Ngô".</summary>
public sealed class HighlightTerms
{
    /// <summary>Nothing to mark.</summary>
    public static readonly HighlightTerms Empty = new([], []);

    private readonly HashSet<string> _words;
    private readonly string[] _prefixes;
    private readonly IReadOnlyList<string[]> _phrases;
    // Single words and phrase words, looked up by a span of folded characters: compared one by one when there
    // are few (a query has a handful; hashing every word of ten articles cost more than comparing).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _candidates;
    private readonly string[]? _fewCandidates;

    /// <param name="foldedWords">Words marked wherever they stand.</param>
    /// <param name="foldedPrefixes">Word starts ("quoc*").</param>
    /// <param name="foldedPhrases">Quoted phrases: their words are marked only where they stand together.</param>
    public HighlightTerms(IEnumerable<string> foldedWords, IEnumerable<string> foldedPrefixes, IEnumerable<string[]>? foldedPhrases = null)
    {
        _words = foldedWords.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _prefixes = foldedPrefixes.Where(p => p.Length > 0).Distinct().ToArray();
        _phrases = (foldedPhrases ?? []).Where(p => p.Length > 0).ToList();
        var candidates = _words.Concat(_phrases.SelectMany(p => p)).ToHashSet(StringComparer.Ordinal);
        _candidates = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        _fewCandidates = candidates.Count <= 8 ? [.. candidates] : null;
    }

    private bool IsCandidate(ReadOnlySpan<char> folded, out string known)
    {
        if (_fewCandidates is null) return _candidates.TryGetValue(folded, out known!);
        known = "";
        if (folded.IsEmpty) return false; // no candidate is empty
        foreach (var word in _fewCandidates)
        {
            if (word.Length != folded.Length || word[0] != folded[0] || !folded.SequenceEqual(word)) continue;
            known = word;
            return true;
        }
        return false;
    }

    /// <summary>True when there is nothing to mark.</summary>
    public bool IsEmpty => _words.Count == 0 && _prefixes.Length == 0 && _phrases.Count == 0;

    /// <summary>The folded words marked wherever they stand.</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>
    /// The words of <paramref name="text"/> to mark, in text order: single words and prefixes anywhere,
    /// phrases where whole. Each word is folded into a small buffer and looked up, so a long article costs
    /// no allocation but the words that match.
    /// </summary>
    internal List<MarkedWord> Marked(string text)
    {
        var result = new List<MarkedWord>(32);
        if (IsEmpty) return result;
        Span<char> buffer = stackalloc char[64];
        var index = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (FoldedChar(text[i]) == NotWord) { i++; continue; }
            var start = i;
            var length = 0;
            var simple = true;
            char f;
            while (i < text.Length && (f = FoldedChar(text[i])) != NotWord)
            {
                if (f == Unfoldable || length == buffer.Length) simple = false;
                else buffer[length++] = f;
                i++;
            }
            // A letter outside the table (or a very long word): the general folding, allocating.
            var folded = simple ? buffer[..length] : VietnameseText.Fold(text[start..i]).AsSpan();
            if (IsCandidate(folded, out var known) || MatchesPrefix(folded, out known))
                result.Add(new MarkedWord(index, start, i, known));
            index++;
        }
        if (_phrases.Count == 0) return result;

        // Phrase words count only where the whole phrase stands, word after word.
        var keep = new bool[result.Count];
        for (var k = 0; k < result.Count; k++) keep[k] = _words.Contains(result[k].Folded) || MatchesPrefix(result[k].Folded, out _);
        foreach (var phrase in _phrases)
        {
            for (var k = 0; k + phrase.Length <= result.Count; k++)
            {
                var whole = true;
                for (var n = 0; n < phrase.Length && whole; n++)
                    whole = result[k + n].Index == result[k].Index + n && result[k + n].Folded == phrase[n];
                if (!whole) continue;
                for (var n = 0; n < phrase.Length; n++) keep[k + n] = true;
            }
        }
        var kept = new List<MarkedWord>(result.Count);
        for (var k = 0; k < result.Count; k++)
            if (keep[k]) kept.Add(result[k]);
        return kept;
    }

    private bool MatchesPrefix(ReadOnlySpan<char> folded, out string word)
    {
        foreach (var p in _prefixes)
        {
            if (!folded.StartsWith(p, StringComparison.Ordinal)) continue;
            word = folded.ToString();
            return true;
        }
        word = "";
        return false;
    }

    // One look-up per character: not part of a word, a word character without a one-letter ASCII folding,
    // or the lower-case, accent-folded letter itself (the same answers as VietnameseText.IsWordChar and FoldLower).
    private const char NotWord = '\0';
    private const char Unfoldable = '\uFFFF';
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (!VietnameseText.IsWordChar((char)c)) continue;
            var folded = char.IsSurrogate((char)c) ? "" : VietnameseText.FoldLower(VietnameseText.ToLowerInvariant((char)c).ToString());
            table[c] = folded.Length == 1 && folded[0] is > NotWord and <= (char)0x7F ? folded[0] : Unfoldable;
        }
        return table;
    }

    private static char FoldedChar(char c) => FoldTable[c];

    /// <summary>Words for a URL (?hl=…) so an article page can mark what the search matched.</summary>
    public string ToParameter() => string.Join(' ', _words.Concat(_prefixes.Select(p => p + "*")).Concat(_phrases.Select(p => string.Join('_', p))));

    /// <summary>The words of a URL's <c>hl</c> parameter (<see cref="ToParameter"/>), at most 64 parts of 1,000 characters; none for an empty one.</summary>
    /// <param name="value">The parameter's value.</param>
    public static HighlightTerms FromParameter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return Empty;
        var parts = value.Length > 1000 ? value[..1000] : value;
        var words = new List<string>();
        var prefixes = new List<string>();
        var phrases = new List<string[]>();
        foreach (var part in parts.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(64))
        {
            var prefix = part.EndsWith('*');
            var syllables = TextTokens.Tokenize(VietnameseText.Fold(part.TrimEnd('*'))).Select(t => t.Folded).ToArray();
            if (part.Contains('_') && syllables.Length > 1) phrases.Add(syllables);
            else foreach (var syllable in syllables) (prefix ? prefixes : words).Add(syllable);
        }
        return new HighlightTerms(words, prefixes, phrases);
    }
}
