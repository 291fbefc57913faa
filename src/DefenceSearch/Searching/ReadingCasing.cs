using DefenceSearch.Extraction;

namespace DefenceSearch.Searching;

/// <summary>
/// How the articles read capitalise a run of words (a reading of a folded query, or a pair of its words): which of its words
/// start with a capital, counted per occurrence as a pattern (a bit per word). A reading's chip shows its own spelling (the
/// spelling the articles write most, by which the readings are told apart) in that casing: lower case unless the articles
/// write it capitalised more often than not where a capital says something, "Biển Đông", "Trung Quốc", "Bộ Quốc phòng". A
/// capital at a sentence's start (a title's, a paragraph's, after a full stop, a colon, a quote or a dash) says nothing of its
/// word, and a run written all in capitals (a headline) nothing of any. Before session 23 a chip showed the commonest written
/// form of each word on its own, from whichever occurrences were read: `gin giu hoa binh lien hop quoc viet nam` offered
/// "gìn giữ hòa Bình Liên Hợp Quốc Việt Nam" (its "bình" beside "hòa" was read mostly in "Hòa Bình" the province).
/// </summary>
internal sealed class ReadingCasing
{
    // Capitals pattern → occurrences where every capital says something; and where the first word starts a sentence.
    private readonly Dictionary<int, int> _inText = [];
    private readonly Dictionary<int, int> _atStart = [];
    // Per word of the run, its capitalised written forms ("NATO", "BrahMos", "Biển") and how often each was read.
    private readonly Dictionary<(int Word, string Form), int> _capitals = [];

    /// <summary>How many occurrences were counted where every capital tells of its word.</summary>
    public int InText { get; private set; }

    /// <summary>How many occurrences were counted whose first word starts a sentence.</summary>
    public int AtStart { get; private set; }

    /// <summary>Counts the run of <paramref name="count"/> words at <paramref name="at"/> in <paramref name="tokens"/>, the words of <paramref name="text"/>.</summary>
    public void Add(string text, IReadOnlyList<TextToken> tokens, int at, int count)
    {
        var mask = 0;
        var allCaps = true;
        for (var k = 0; k < count; k++)
        {
            var word = tokens[at + k].Text;
            if (word.Length > 0 && char.IsUpper(word[0])) mask |= 1 << k;
            allCaps &= word.Length > 0 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
        }
        if (allCaps) return;
        for (var k = 0; k < count; k++)
        {
            if ((mask >> k & 1) == 1) _capitals[(k, tokens[at + k].Text)] = _capitals.GetValueOrDefault((k, tokens[at + k].Text)) + 1;
        }
        if (StartsSentence(text, tokens, at))
        {
            _atStart[mask] = _atStart.GetValueOrDefault(mask) + 1;
            AtStart++;
        }
        else
        {
            _inText[mask] = _inText.GetValueOrDefault(mask) + 1;
            InText++;
        }
    }

    /// <summary>
    /// The share of the occurrences that write the run with capitals <paramref name="mask"/>: of those where every capital
    /// tells, else (none) of those at a sentence's start, by the words after the first; 0 when none was counted.
    /// </summary>
    public double Share(int mask) => InText > 0 ? Count(mask) / InText : AtStart > 0 ? Count(mask) / AtStart : 0;

    /// <summary>
    /// How many occurrences write the run with capitals <paramref name="mask"/>: of those where every capital tells, else (none)
    /// of those at a sentence's start, by the words after the first.
    /// </summary>
    public double Count(int mask)
    {
        if (InText > 0) return _inText.GetValueOrDefault(mask);
        // At a sentence's start only: the first word is capitalised when a later one is (a name, "Trung Quốc"), else not.
        var later = mask >> 1;
        if ((mask & 1) != (later != 0 ? 1 : 0)) return 0;
        return _atStart.Where(p => p.Key >> 1 == later).Sum(p => p.Value);
    }

    /// <summary>The capitals of a run of <paramref name="count"/> words: the commonest pattern (<see cref="Count"/>), fewer capitals on a tie; none when nothing was counted.</summary>
    public int Mask(int count) => Best(count, Count);

    /// <summary>How often word <paramref name="word"/> of the run was read capitalised in each of its written forms.</summary>
    public IEnumerable<(string Form, int Count)> Capitals(int word) =>
        _capitals.Where(p => p.Key.Word == word).Select(p => (p.Key.Form, p.Value));

    /// <summary>The run as the articles write it with capitals <paramref name="mask"/>: a capitalised word in its commonest capitalised form ("NATO").</summary>
    public string Written(IReadOnlyList<string> words, int mask) => Written(words, mask, Capitals);

    /// <summary>
    /// The pattern of <paramref name="count"/> bits that <paramref name="score"/> rates highest; of equal ones, the one with fewer
    /// capitals, then the lower.
    /// </summary>
    public static int Best(int count, Func<int, double> score)
    {
        var best = 0;
        var bestScore = score(0);
        for (var mask = 1; mask < 1 << count; mask++)
        {
            var s = score(mask);
            if (s > bestScore + 1e-9 || (Math.Abs(s - bestScore) <= 1e-9 && int.PopCount(mask) < int.PopCount(best)))
                (best, bestScore) = (mask, s);
        }
        return best;
    }

    /// <summary>
    /// The words (lower case) joined by spaces, those whose bit <paramref name="mask"/> sets capitalised: in the commonest of
    /// the capitalised forms <paramref name="capitals"/> gives of the word ("NATO", "BrahMos"), else with a capital first letter.
    /// </summary>
    public static string Written(IReadOnlyList<string> words, int mask, Func<int, IEnumerable<(string Form, int Count)>>? capitals = null) =>
        string.Join(' ', words.Select((w, k) => (mask >> k & 1) == 0 || w.Length == 0 ? w
            : capitals?.Invoke(k).Where(f => string.Equals(f.Form, w, StringComparison.OrdinalIgnoreCase))
                .GroupBy(f => f.Form, StringComparer.Ordinal).OrderByDescending(g => g.Sum(f => f.Count)).ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault()?.Key
              ?? char.ToUpperInvariant(w[0]) + w[1..]));

    // The first word of a title or a paragraph, or one after a full stop, a colon, a quote, a dash or a bullet.
    private static bool StartsSentence(string text, IReadOnlyList<TextToken> tokens, int at)
    {
        if (at == 0) return true;
        if (!tokens[at].PunctuationBefore) return false;
        for (var i = tokens[at - 1].End; i < tokens[at].Start && i < text.Length; i++)
        {
            if (".!?:;…\n\r\"“”‘’'«»-–—•*#|>[".Contains(text[i])) return true;
        }
        return false;
    }
}
