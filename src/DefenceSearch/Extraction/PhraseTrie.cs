using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>A dictionary of multi-word phrases matched against token sequences, longest match first.</summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public List<(T Value, bool[] Capitals, bool[]? Upper)>? Values;
        // Whether some phrase has punctuation before the word that leads here ("U.S.", "Côte d'Ivoire", "Trinidad &
        // Tobago"): the text may then have it too.
        public bool AfterPunctuation;
    }

    private readonly Node _root = new();
    private readonly bool _folded;
    private readonly bool _acrossDashes;
    private readonly bool _acronymsUpper;

    // Whether a word id starts some phrase: most words start none, and this answers without a lookup.
    private bool[] _starts = [];

    /// <param name="folded">Whether the phrases are compared on the folded form of a token (else exact lower case).</param>
    /// <param name="acrossDashes">Whether "kỹ thuật - quân sự" matches the phrase "kỹ thuật quân sự".</param>
    /// <param name="acronymsUpper">Whether a word of two letters or more written all in capitals ("UK", "ROK") must be so in the
    /// text too: "Yang Uk", a Korean researcher, and "Kim Rok-gyom" are no acronyms (session 19).</param>
    public PhraseTrie(bool folded = false, bool acrossDashes = false, bool acronymsUpper = false)
    {
        _folded = folded;
        _acrossDashes = acrossDashes;
        _acronymsUpper = acronymsUpper;
    }

    /// <summary>How many phrases were added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a phrase. A word written with a capital must be capitalised in the text too.</summary>
    public void Add(string phrase, T value)
    {
        var words = TextTokens.Tokenize(VietnameseText.Normalize(phrase));
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Next ??= [];
            // The id is made here if the word has none yet (a cache past its size gives text words none).
            var k = _folded ? TextTokens.IdOf(w.Folded) : TextTokens.SpellingId(TextTokens.IdOf(w.Lower));
            if (node == _root)
            {
                if (k >= _starts.Length) Array.Resize(ref _starts, Math.Max(k + 1, _starts.Length * 2));
                _starts[k] = true;
            }
            if (!node.Next.TryGetValue(k, out var child)) node.Next[k] = child = new Node();
            if (node != _root && w.PunctuationBefore) child.AfterPunctuation = true;
            node = child;
        }
        node.Values ??= [];
        var upper = _acronymsUpper ? words.Select(w => AllCapitals(w.Text)).ToArray() : null;
        node.Values.Add((value, words.Select(w => w.Capitalized).ToArray(), upper is not null && upper.Contains(true) ? upper : null));
        Count++;
    }

    /// <summary>The longest phrase starting at <paramref name="start"/> whose capitals agree with the text.</summary>
    public (int Length, T Value)? MatchLongest(IReadOnlyList<TextToken> tokens, int start, int maxLength = int.MaxValue) =>
        MatchLongest(TextTokens.AsSpan(tokens), start, maxLength);

    /// <inheritdoc cref="MatchLongest(IReadOnlyList{TextToken}, int, int)"/>
    internal (int Length, T Value)? MatchLongest(ReadOnlySpan<TextToken> tokens, int start, int maxLength = int.MaxValue)
    {
        if (start >= tokens.Length) return null;
        var first = Key(tokens[start]);
        if ((uint)first >= (uint)_starts.Length || !_starts[first]) return null;
        (int, T)? best = null;
        var node = _root;
        for (var i = start; i < tokens.Length && i - start < maxLength; i++)
        {
            ref readonly var token = ref tokens[i];
            if (node.Next is null || !node.Next.TryGetValue(Key(token), out node)) break;
            if (i > start && token.PunctuationBefore && !(_acrossDashes && token.DashBefore) && !node.AfterPunctuation) break;
            if (node.Values is null) continue;
            foreach (var (value, capitals, upper) in node.Values)
            {
                if (CapitalsAgree(tokens, start, capitals) && (upper is null || UpperAgree(tokens, start, upper))) { best = (i - start + 1, value); break; }
            }
        }
        return best;
    }

    // Exact tries compare a word's spellings as one ("liệt sỹ" matches the phrase "liệt sĩ"); folded ones compare the folded form.
    private int Key(in TextToken token) => _folded ? token.FoldedId : token.SpellingId;

    private static bool AllCapitals(string word) => word.Count(char.IsLetter) >= 2 && !word.Any(char.IsLower);

    private static bool UpperAgree(ReadOnlySpan<TextToken> tokens, int start, bool[] upper)
    {
        for (var j = 0; j < upper.Length; j++)
            if (upper[j] && !AllCapitals(tokens[start + j].Text)) return false;
        return true;
    }

    private static bool CapitalsAgree(ReadOnlySpan<TextToken> tokens, int start, bool[] capitals)
    {
        for (var j = 0; j < capitals.Length; j++)
            if (capitals[j] && !tokens[start + j].Capitalized) return false;
        return true;
    }
}
