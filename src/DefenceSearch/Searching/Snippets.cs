
using System.Text;
using DefenceSearch.Extraction;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>A word of a text to mark: its number among the text's words, its place, and the query word it matched.</summary>
internal readonly record struct MarkedWord(int Index, int Start, int End, string Folded);

/// <summary>The words of a query to mark in text, compared in folded form so "ngo" marks "Ngô".</summary>
public sealed class HighlightTerms
{
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

    public bool IsEmpty => _words.Count == 0 && _prefixes.Length == 0 && _phrases.Count == 0;

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

/// <summary>
/// Up to three short passages around the best matches of a stored article body, as plain text with the matched words
/// (exact or folded) marked by position (<see cref="Snippet"/>).
/// </summary>
public static class Snippets
{
    /// <summary>The most characters of one passage.</summary>
    public const int PassageLength = 160;

    /// <summary>The most characters of all passages together.</summary>
    public const int MaxSnippetLength = 420;

    /// <summary>The most passages a snippet holds.</summary>
    public const int MaxPassages = 3;

    /// <summary>
    /// The passages of <paramref name="body"/> that hold the most (and most meaningful) marked words, or its lead
    /// when nothing is marked.
    /// </summary>
    /// <param name="body">The stored article body.</param>
    /// <param name="terms">The words to mark.</param>
    /// <param name="stopWords">Words that count less when choosing passages (null: all count alike).</param>
    public static Snippet Build(string body, HighlightTerms terms, IReadOnlySet<string>? stopWords = null)
    {
        if (string.IsNullOrEmpty(body)) return Snippet.Empty;
        var marked = terms.Marked(body);
        if (marked.Count == 0) return Lead(body);

        // Sentences are cut only as far as the last marked word: the rest of a long article is not read again.
        var sentences = new SentenceCursor(body);
        var scored = new List<(int Start, int End, double Score)>();
        var t = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; t < marked.Count && sentences.Next(out var start, out var end); s++)
        {
            distinct.Clear();
            var hits = 0;
            var adjacent = 0;
            var meaningful = 0;
            while (t < marked.Count && marked[t].Start < end)
            {
                var word = marked[t];
                if (word.Start >= start)
                {
                    hits++;
                    if (t > 0 && marked[t - 1].Index == word.Index - 1 && marked[t - 1].Start >= start) adjacent++;
                    var isStop = stopWords is not null && IsStopWord(stopWords, body.AsSpan(word.Start, word.End - word.Start));
                    if (distinct.Add(word.Folded + (isStop ? "#stop" : "")) && !isStop) meaningful++;
                }
                t++;
            }
            if (hits == 0) continue;
            scored.Add((start, end, 3 * meaningful + distinct.Count + 2 * adjacent + 0.1 * Math.Min(hits, 5) - 0.0001 * s));
        }
        if (scored.Count == 0) return Lead(body);

        var chosen = scored.OrderByDescending(x => x.Score).Take(MaxPassages).OrderBy(x => x.Start).ToList();
        var sb = new StringBuilder();
        var marks = new List<SnippetMark>(8);
        var budget = MaxSnippetLength;
        for (var k = 0; k < chosen.Count && budget > 40; k++)
        {
            var (start, end, _) = chosen[k];
            var (from, to) = Window(body, marked, start, end, Math.Min(PassageLength, budget));
            budget -= to - from;
            // One ellipsis between passages, and at either end where text was left out.
            if (sb.Length > 0) sb.Append(" … ");
            else if (from > 0) sb.Append("… ");
            Render(sb, marks, body, marked, from, to);
            if (k == chosen.Count - 1 && to < body.Length) sb.Append(" …");
        }
        return new Snippet(sb.ToString(), marks);
    }

    // The word in lower case (stop words are listed in exact form), compared without making a string of it.
    private static bool IsStopWord(IReadOnlySet<string> stopWords, ReadOnlySpan<char> word)
    {
        if (stopWords is not HashSet<string> set || word.Length > 32) return stopWords.Contains(word.ToString().ToLowerInvariant());
        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++) lower[i] = VietnameseText.ToLowerInvariant(word[i]);
        return set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) ? lookup.Contains(lower) : set.Contains(lower.ToString());
    }

    /// <summary>A whole short text (a title, a paragraph) with its matches marked.</summary>
    /// <param name="text">The text, kept whole.</param>
    /// <param name="terms">The words to mark.</param>
    public static Snippet Highlight(string text, HighlightTerms terms)
    {
        if (string.IsNullOrEmpty(text)) return Snippet.Empty;
        var marked = terms.Marked(text);
        if (marked.Count == 0) return new Snippet(text, []);
        var sb = new StringBuilder(text.Length);
        var marks = new List<SnippetMark>(marked.Count);
        Render(sb, marks, text, marked, 0, text.Length);
        return new Snippet(sb.ToString(), marks);
    }

    private static Snippet Lead(string body)
    {
        var firstBreak = body.IndexOf('\n');
        var lead = firstBreak > 0 && firstBreak < PassageLength ? body[..firstBreak] : body;
        if (lead.Length <= PassageLength) return new Snippet(lead, []);
        var cut = lead.LastIndexOf(' ', PassageLength);
        return new Snippet(lead[..(cut > PassageLength / 2 ? cut : PassageLength)] + " …", []);
    }

    /// <summary>The sentences of a body in order: cut at line ends and at . ! ? … ; before white space.</summary>
    private struct SentenceCursor(string body)
    {
        private int _i;
        private int _start;
        private bool _done;

        public bool Next(out int start, out int end)
        {
            while (_i < body.Length)
            {
                var i = _i++;
                var c = body[i];
                var boundary = c == '\n' || ((c is '.' or '!' or '?' or '…' or ';') && (i + 1 == body.Length || char.IsWhiteSpace(body[i + 1])));
                if (!boundary) continue;
                (start, end) = (_start, c == '\n' ? i : i + 1);
                _start = i + 1;
                while (_start < body.Length && body[_start] == ' ') _start++;
                if (end > start) return true;
            }
            (start, end) = (_start, body.Length);
            if (_done || _start >= body.Length) return false;
            _done = true;
            return true;
        }
    }

    // The part of a long sentence around its first match, cut on word boundaries.
    private static (int From, int To) Window(string body, List<MarkedWord> marked, int start, int end, int length)
    {
        if (end - start <= length) return (start, end);
        var first = -1;
        foreach (var word in marked)
        {
            if (word.Start >= end) break;
            if (word.Start >= start) { first = word.Start; break; }
        }
        var from = Math.Max(start, first - length / 4);
        if (from > start)
        {
            var space = body.IndexOf(' ', from);
            from = space >= 0 && space < first ? space + 1 : first;
        }
        var to = Math.Min(end, from + length);
        if (to < end)
        {
            var space = body.LastIndexOf(' ', to);
            if (space > from) to = space;
        }
        return (from, to);
    }

    // Appends body[from..to), marking runs of marked words (next to each other, separated only by spaces) as one mark.
    private static void Render(StringBuilder sb, List<SnippetMark> marks, string body, List<MarkedWord> marked, int from, int to)
    {
        var position = from;
        var i = 0;
        while (i < marked.Count && marked[i].Start < from) i++;
        while (i < marked.Count && marked[i].Start < to && marked[i].End <= to)
        {
            var runEnd = i;
            while (runEnd + 1 < marked.Count && marked[runEnd + 1].Index == marked[runEnd].Index + 1 && marked[runEnd + 1].End <= to
                   && body.AsSpan(marked[runEnd].End, marked[runEnd + 1].Start - marked[runEnd].End).Trim().IsEmpty)
                runEnd++;
            sb.Append(body.AsSpan(position, marked[i].Start - position));
            marks.Add(new SnippetMark(sb.Length, marked[runEnd].End - marked[i].Start));
            sb.Append(body.AsSpan(marked[i].Start, marked[runEnd].End - marked[i].Start));
            position = marked[runEnd].End;
            i = runEnd + 1;
        }
        if (position < to) sb.Append(body.AsSpan(position, to - position));
    }
}
