using System.Text;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

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

    // What a passage gains for each matched word that no chosen passage shows yet: more than any passage scores.
    private const double NewWordWeight = 1000;

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
        var scored = new List<(int Start, int End, double Score, string[] Words)>();
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
            scored.Add((start, end, 3 * meaningful + distinct.Count + 2 * adjacent + 0.1 * Math.Min(hits, 5) - 0.0001 * s,
                distinct.Where(w => !w.EndsWith("#stop", StringComparison.Ordinal)).ToArray()));
        }
        if (scored.Count == 0) return Lead(body);

        // The best passage first, then those that show words not shown yet ("Úc" of "Úc quốc phòng", said once, beside
        // passages repeating "quốc phòng"), so the snippet shows why the article matched every word it can.
        var chosen = new List<(int Start, int End, double Score, string[] Words)>(MaxPassages);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        var left = scored.ToList();
        while (chosen.Count < MaxPassages && left.Count > 0)
        {
            var best = 0;
            var bestValue = double.MinValue;
            for (var k = 0; k < left.Count; k++)
            {
                // Words not shown yet decide; among passages showing as many, the better one.
                var value = left[k].Words.Count(w => !shown.Contains(w)) * NewWordWeight + left[k].Score;
                if (value > bestValue) (best, bestValue) = (k, value);
            }
            chosen.Add(left[best]);
            shown.UnionWith(left[best].Words);
            left.RemoveAt(best);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder();
        var marks = new List<SnippetMark>(8);
        var budget = MaxSnippetLength;
        for (var k = 0; k < chosen.Count && budget > 40; k++)
        {
            var (start, end, _, _) = chosen[k];
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
