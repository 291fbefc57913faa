using System.Collections.Concurrent;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>A word of normalised text with its place, its exact (lower, diacritics) and folded forms.</summary>
/// <remarks>
/// <see cref="PunctuationBefore"/>: something other than spaces (or a single joining hyphen, as in "Bê-la-rút")
/// separates it from the previous word; <see cref="DashBefore"/>: that separator holds a hyphen or dash.
/// </remarks>
public readonly record struct TextToken(int Start, int End, string Text, string Lower, string Folded, bool Capitalized, bool PunctuationBefore, bool DashBefore);

public static class TextTokens
{
    // Words repeat (Vietnamese has a few thousand syllables): their forms are computed once, looked up by span.
    private const int MaxCachedWords = 400_000;
    private static readonly ConcurrentDictionary<string, (string Text, string Lower, string Folded)> Forms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Text, string Lower, string Folded)>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    // Forms.Count takes every lock of the dictionary: the indexing threads queued on it. Counted here instead.
    private static int _cached;

    private static (string Text, string Lower, string Folded) FormsOf(ReadOnlySpan<char> word)
    {
        if (FormsBySpan.TryGetValue(word, out var forms)) return forms;
        var text = word.ToString();
        var lower = text.ToLowerInvariant();
        forms = (text, lower, VietnameseText.FoldLower(lower));
        if (Volatile.Read(ref _cached) < MaxCachedWords && Forms.TryAdd(text, forms)) Interlocked.Increment(ref _cached);
        return forms;
    }

    /// <summary>Splits normalised text into words; hyphens and punctuation separate words.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4); // about one word every five characters
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary><see cref="Tokenize(string)"/> into a list the caller reuses (cleared first).</summary>
    internal static void Tokenize(string text, List<TextToken> tokens)
    {
        tokens.Clear();
        var i = 0;
        var lastEnd = 0;
        while (i < text.Length)
        {
            if (!VietnameseText.IsWordChar(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && VietnameseText.IsWordChar(text[i])) i++;
            var (word, lower, folded) = FormsOf(text.AsSpan(start, i - start));
            var punctuation = false;
            var dash = false;
            for (var k = lastEnd; k < start; k++)
            {
                if (IsDash(text[k])) dash = true;
                if (!char.IsWhiteSpace(text[k]) || text[k] == '\n') punctuation = true;
            }
            if (tokens.Count > 0 && start - lastEnd == 1 && IsDash(text[lastEnd])) punctuation = false;
            tokens.Add(new TextToken(start, i, word, lower, folded, char.IsUpper(word[0]), punctuation || tokens.Count == 0, dash));
            lastEnd = i;
        }
    }

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '–' or '—';
}

/// <summary>A dictionary of multi-word phrases matched against token sequences, longest match first.</summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<(T Value, bool[] Capitals)>? Values;
    }

    private readonly Node _root = new();
    private readonly Func<TextToken, string> _key;
    private readonly bool _acrossDashes;

    /// <param name="key">Which form of a token the phrases are compared on (exact lower or folded).</param>
    /// <param name="acrossDashes">Whether "kỹ thuật - quân sự" matches the phrase "kỹ thuật quân sự".</param>
    public PhraseTrie(Func<TextToken, string> key, bool acrossDashes = false)
    {
        _key = key;
        _acrossDashes = acrossDashes;
    }

    public int Count { get; private set; }

    /// <summary>Adds a phrase. A word written with a capital must be capitalised in the text too.</summary>
    public void Add(string phrase, T value)
    {
        var words = TextTokens.Tokenize(VietnameseText.Normalize(phrase));
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            var k = _key(w);
            if (!node.Next.TryGetValue(k, out var child)) node.Next[k] = child = new Node();
            node = child;
        }
        node.Values ??= [];
        node.Values.Add((value, words.Select(w => w.Capitalized).ToArray()));
        Count++;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> whose capitals agree with the text.</summary>
    public (int Length, T Value)? MatchLongest(IReadOnlyList<TextToken> tokens, int start, int maxLength = int.MaxValue)
    {
        (int, T)? best = null;
        var node = _root;
        for (var i = start; i < tokens.Count && i - start < maxLength; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(_key(tokens[i]), out node)) break;
            if (i > start && tokens[i].PunctuationBefore && !(_acrossDashes && tokens[i].DashBefore)) break;
            if (node.Values is null) continue;
            foreach (var (value, capitals) in node.Values)
            {
                if (CapitalsAgree(tokens, start, capitals)) { best = (i - start + 1, value); break; }
            }
        }
        return best;
    }

    private static bool CapitalsAgree(IReadOnlyList<TextToken> tokens, int start, bool[] capitals)
    {
        for (var j = 0; j < capitals.Length; j++)
            if (capitals[j] && !tokens[start + j].Capitalized) return false;
        return true;
    }
}
