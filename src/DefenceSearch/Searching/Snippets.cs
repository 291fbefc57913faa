
using System.Text;
using DefenceSearch.Extraction;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>The words of a query to mark in text, compared in folded form so "ngo" marks "Ngô".</summary>
public sealed class HighlightTerms
{
    public static readonly HighlightTerms Empty = new([], []);

    private readonly HashSet<string> _words;
    private readonly string[] _prefixes;
    private readonly IReadOnlyList<string[]> _phrases;

    /// <param name="foldedWords">Words marked wherever they stand.</param>
    /// <param name="foldedPrefixes">Word starts ("quoc*").</param>
    /// <param name="foldedPhrases">Quoted phrases: their words are marked only where they stand together.</param>
    public HighlightTerms(IEnumerable<string> foldedWords, IEnumerable<string> foldedPrefixes, IEnumerable<string[]>? foldedPhrases = null)
    {
        _words = foldedWords.Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
        _prefixes = foldedPrefixes.Where(p => p.Length > 0).Distinct().ToArray();
        _phrases = (foldedPhrases ?? []).Where(p => p.Length > 0).ToList();
    }

    public bool IsEmpty => _words.Count == 0 && _prefixes.Length == 0 && _phrases.Count == 0;

    public IReadOnlyCollection<string> Words => _words;

    /// <summary>Which of these tokens to mark: single words and prefixes anywhere, phrases where whole.</summary>
    public bool[] Mark(IReadOnlyList<TextToken> tokens)
    {
        var marked = new bool[tokens.Count];
        if (IsEmpty) return marked;
        for (var i = 0; i < tokens.Count; i++) marked[i] = Matches(tokens[i].Folded);
        foreach (var phrase in _phrases)
        {
            for (var i = 0; i + phrase.Length <= tokens.Count; i++)
            {
                var whole = true;
                for (var k = 0; k < phrase.Length && whole; k++) whole = tokens[i + k].Folded == phrase[k];
                if (!whole) continue;
                for (var k = 0; k < phrase.Length; k++) marked[i + k] = true;
            }
        }
        return marked;
    }

    public bool Matches(string folded)
    {
        if (_words.Contains(folded)) return true;
        foreach (var p in _prefixes)
            if (folded.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }

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
/// Up to three short passages around the best matches of a stored article body, HTML-encoded, with
/// the matched words (exact or folded) wrapped in &lt;mark&gt;.
/// </summary>
public static class Snippets
{
    public const int PassageLength = 160;
    public const int MaxSnippetLength = 420;
    public const int MaxPassages = 3;

    public static string Build(string body, HighlightTerms terms, IReadOnlySet<string>? stopWords = null)
    {
        if (string.IsNullOrEmpty(body)) return "";
        var tokens = TextTokens.Tokenize(body);
        var matched = terms.Mark(tokens);
        if (!matched.Contains(true)) return Lead(body);

        var sentences = Sentences(body);
        var scored = new List<(int Start, int End, double Score)>();
        var t = 0;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            distinct.Clear();
            var hits = 0;
            var adjacent = 0;
            var previousMatched = false;
            while (t < tokens.Count && tokens[t].Start < end)
            {
                if (tokens[t].Start >= start && matched[t])
                {
                    var isStop = stopWords?.Contains(tokens[t].Lower) == true;
                    distinct.Add(tokens[t].Folded + (isStop ? "#stop" : ""));
                    hits++;
                    if (previousMatched) adjacent++;
                    previousMatched = true;
                }
                else previousMatched = false;
                t++;
            }
            if (hits == 0) continue;
            var meaningful = 0;
            foreach (var d in distinct)
            {
                if (!d.EndsWith("#stop", StringComparison.Ordinal)) meaningful++;
            }
            scored.Add((start, end, 3 * meaningful + distinct.Count + 2 * adjacent + 0.1 * Math.Min(hits, 5) - 0.0001 * s));
        }
        if (scored.Count == 0) return Lead(body);

        var chosen = scored.OrderByDescending(x => x.Score).Take(MaxPassages).OrderBy(x => x.Start).ToList();
        var sb = new StringBuilder();
        var budget = MaxSnippetLength;
        for (var k = 0; k < chosen.Count && budget > 40; k++)
        {
            var (start, end, _) = chosen[k];
            var (from, to) = Window(body, tokens, matched, start, end, Math.Min(PassageLength, budget));
            budget -= to - from;
            // One ellipsis between passages, and at either end where text was left out.
            if (sb.Length > 0) sb.Append(" … ");
            else if (from > 0) sb.Append("… ");
            Render(sb, body, tokens, matched, from, to);
            if (k == chosen.Count - 1 && to < body.Length) sb.Append(" …");
        }
        return sb.ToString();
    }

    /// <summary>A whole short text (a title) with its matches marked.</summary>
    public static string Highlight(string text, HighlightTerms terms)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var tokens = TextTokens.Tokenize(text);
        var matched = terms.Mark(tokens);
        var sb = new StringBuilder();
        Render(sb, text, tokens, matched, 0, text.Length);
        return sb.ToString();
    }

    private static string Lead(string body)
    {
        var firstBreak = body.IndexOf('\n');
        var lead = firstBreak > 0 && firstBreak < PassageLength ? body[..firstBreak] : body;
        if (lead.Length <= PassageLength) return Html.Encode(lead);
        var cut = lead.LastIndexOf(' ', PassageLength);
        return Html.Encode(lead[..(cut > PassageLength / 2 ? cut : PassageLength)]) + " …";
    }

    private static List<(int Start, int End)> Sentences(string body)
    {
        var result = new List<(int, int)>(body.Length / 64 + 4);
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            var boundary = c == '\n' || ((c is '.' or '!' or '?' or '…' or ';') && (i + 1 == body.Length || char.IsWhiteSpace(body[i + 1])));
            if (!boundary) continue;
            var end = c == '\n' ? i : i + 1;
            if (end > start) result.Add((start, end));
            start = i + 1;
            while (start < body.Length && body[start] == ' ') start++;
        }
        if (start < body.Length) result.Add((start, body.Length));
        return result;
    }

    // The part of a long sentence around its first match, cut on word boundaries.
    private static (int From, int To) Window(string body, List<TextToken> tokens, bool[] matched, int start, int end, int length)
    {
        if (end - start <= length) return (start, end);
        var first = -1;
        for (var i = 0; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (tokens[i].Start >= start && matched[i]) { first = tokens[i].Start; break; }
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

    // Encodes body[from..to), wrapping runs of matched words (separated only by spaces) in one <mark>.
    private static void Render(StringBuilder sb, string body, List<TextToken> tokens, bool[] matched, int from, int to)
    {
        var position = from;
        var i = 0;
        while (i < tokens.Count && tokens[i].End <= from) i++;
        while (i < tokens.Count && tokens[i].Start < to)
        {
            if (!matched[i] || tokens[i].Start < from) { i++; continue; }
            var runEnd = i;
            while (runEnd + 1 < tokens.Count && matched[runEnd + 1] && tokens[runEnd + 1].End <= to
                   && body.AsSpan(tokens[runEnd].End, tokens[runEnd + 1].Start - tokens[runEnd].End).Trim().IsEmpty)
                runEnd++;
            sb.Append(Html.Encode(body[position..tokens[i].Start]));
            sb.Append("<mark>").Append(Html.Encode(body[tokens[i].Start..tokens[runEnd].End])).Append("</mark>");
            position = tokens[runEnd].End;
            i = runEnd + 1;
        }
        if (position < to) sb.Append(Html.Encode(body[position..to]));
    }
}
