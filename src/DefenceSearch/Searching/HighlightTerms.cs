using DefenceSearch.Extraction;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>A word of a text to mark: its number among the text's words, its place, and the query word it matched.</summary>
internal readonly record struct MarkedWord(int Index, int Start, int End, string Folded);

/// <summary>
/// The words of a query to mark in text. A word typed without diacritics marks every spelling ("ngo" marks "Ngô"); a word
/// typed with them marks its own spelling (any case, any tone placement), and other spellings only in a text that holds
/// no word of that spelling (the article was found through them). Names (a country's spellings) mark their own spelling
/// only. Words typed side by side (a run) are marked where they stand together, and alone only in a text where they never
/// do, so "Biển Đông" does not mark "hoạt động" or "đồng minh" in an article about the East Sea.
/// </summary>
public sealed class HighlightTerms
{
    /// <summary>Nothing to mark.</summary>
    public static readonly HighlightTerms Empty = new([], []);

    private readonly string[] _typedWords;
    private readonly HashSet<string> _words;
    private readonly string[] _prefixes;
    private readonly IReadOnlyList<string[]> _phrases;
    private readonly IReadOnlyList<string[]> _runs;
    // The phrases and runs folded, and the folded run words: what Marked compares, folded once.
    private readonly string[][] _foldedPhrases;
    private readonly string[][] _foldedRuns;
    private readonly HashSet<string> _foldedRunWords;
    private readonly string[] _names;
    // Place names that hold a name ("Ấn Độ Dương" holds "Ấn Độ"), folded word by word: marks inside them are dropped in a
    // text where the same words also stand outside one.
    private readonly string[][] _placeNames;
    // The words (folded, joined by spaces) that stand outside a place name somewhere in the article whose parts are marked one
    // by one (its title and paragraphs, ForArticle): inside a place name they are not marked in any part.
    private HashSet<string>? _outsideInArticle;
    // Folded word -> the spellings it must have (typed with diacritics), and whether other spellings count in a text
    // holding none of them (typed words: yes; names: no). Folded forms typed without diacritics anywhere have none.
    private readonly Dictionary<string, (HashSet<string> Forms, bool Fallback)> _exact;
    // Single words and phrase words, looked up by a span of folded characters: compared one by one when there
    // are few (a query has a handful; hashing every word of ten articles cost more than comparing).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _candidates;
    private readonly string[]? _fewCandidates;

    /// <param name="words">Words marked wherever they stand, as typed (lower case; with or without diacritics).</param>
    /// <param name="foldedPrefixes">Word starts ("quoc*").</param>
    /// <param name="phrases">Quoted phrases: their words are marked only where they stand together.</param>
    /// <param name="runs">Runs of typed words: where two neighbours of a run stand side by side in a text (in order, only spaces or a hyphen between), those are marked, and the same words alone are not.</param>
    /// <param name="names">One-word names (a country's spellings) marked wherever they stand, in their own spelling only.</param>
    /// <param name="placeNames">Place names and words that hold a name without naming it ("Ấn Độ Dương", "vịnh Thái Lan"): in a
    /// text where the marked words also stand outside them, the marks inside them are dropped.</param>
    public HighlightTerms(IEnumerable<string> words, IEnumerable<string> foldedPrefixes, IEnumerable<string[]>? phrases = null,
        IEnumerable<string[]>? runs = null, IEnumerable<string>? names = null, IEnumerable<string>? placeNames = null)
    {
        _placeNames = (placeNames ?? []).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(VietnameseText.FoldLower).ToArray())
            .Where(p => p.Length > 1).ToArray();
        _typedWords = words.Select(Exact).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _prefixes = foldedPrefixes.Select(VietnameseText.Fold).Where(p => p.Length > 0).Distinct().ToArray();
        _phrases = (phrases ?? []).Select(p => p.Select(Exact).Where(w => w.Length > 0).ToArray()).Where(p => p.Length > 0).ToList();
        _runs = (runs ?? []).Select(r => r.Select(Exact).Where(w => w.Length > 0).ToArray()).Where(r => r.Length > 1).ToList();
        _foldedPhrases = _phrases.Select(p => p.Select(VietnameseText.FoldLower).ToArray()).ToArray();
        _foldedRuns = _runs.Select(r => r.Select(VietnameseText.FoldLower).ToArray()).ToArray();
        _foldedRunWords = _foldedRuns.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        _names = (names ?? []).Select(Exact).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        _words = _typedWords.Concat(_names).Select(VietnameseText.FoldLower).ToHashSet(StringComparer.Ordinal);

        _exact = new Dictionary<string, (HashSet<string>, bool)>(StringComparer.Ordinal);
        var typed = _typedWords.Concat(_phrases.SelectMany(p => p)).Concat(_runs.SelectMany(r => r)).ToList();
        // In a query typed with diacritics a word without marks is its own spelling too ("hải quan" marks "quan", not
        // "quân"), as the search reads it; other spellings only in a text holding none without marks.
        // The i/y spellings of one word given side by side (spellings.json: "sĩ" beside "sy", "mĩ" beside "my"): one word. The
        // other spelling is searched as its own term only, so it marks only itself, never another word that folds alike
        // ("mi", the miles, for "mĩ"), and pairs in a run as the word it spells; beside a word typed without diacritics it
        // does not make the query one typed with them.
        var folds = typed.Concat(_names).Select(VietnameseText.FoldLower).ToHashSet(StringComparer.Ordinal);
        _iySpellings = folds.Where(f => IySwapped(f) is { } other && folds.Contains(other)).ToHashSet(StringComparer.Ordinal);
        var asciiFolds = typed.Where(VietnameseText.IsAscii).Select(VietnameseText.FoldLower).ToHashSet(StringComparer.Ordinal);
        var typedMarked = _typedWords.Concat(_runs.SelectMany(r => r))
            .Any(w => !VietnameseText.IsAscii(w) && !(IySwapped(VietnameseText.FoldLower(w)) is { } other && asciiFolds.Contains(other)));
        var anySpelling = typedMarked ? [] : typed.Concat(_names).Where(VietnameseText.IsAscii).ToHashSet(StringComparer.Ordinal);
        foreach (var (word, isName) in typed.Select(w => (w, false)).Concat(_names.Select(n => (n, true))))
        {
            if (!typedMarked && VietnameseText.IsAscii(word)) continue;
            var folded = VietnameseText.FoldLower(word);
            if (anySpelling.Contains(folded)) continue;
            // A spelling the user typed lets the others count where it is absent (the article was found through them).
            var forms = _exact.TryGetValue(folded, out var entry) ? entry.Forms : new HashSet<string>(StringComparer.Ordinal);
            forms.Add(word);
            _exact[folded] = (forms, entry.Fallback || (!isName && !_iySpellings.Contains(folded)));
        }

        var candidates = _words.Concat(_foldedPhrases.SelectMany(p => p)).Concat(_foldedRunWords).ToHashSet(StringComparer.Ordinal);
        _candidates = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        _fewCandidates = candidates.Count <= 8 ? [.. candidates] : null;
    }

    // The folded words that are one i/y spelling of a word whose other spelling is also given ("si" beside "sy").
    private readonly HashSet<string> _iySpellings;

    // A folded word with its final i and y swapped ("si" → "sy"), or null when it ends in neither.
    private static string? IySwapped(string folded) => folded.Length < 2 ? null
        : folded[^1] == 'i' ? folded[..^1] + "y" : folded[^1] == 'y' ? folded[..^1] + "i" : null;

    // One key for the i/y spellings of one word (the y form), else the folded word itself.
    private string OneWord(string folded) => _iySpellings.Contains(folded) && folded[^1] == 'i' ? IySwapped(folded)! : folded;

    // A word as the user typed it, in the form compared: NFC, lower case, tones placed one way; ASCII when typed so.
    private static string Exact(string word) => VietnameseText.ExactForm(word.Trim());

    /// <summary>These terms with <paramref name="runs"/> as runs: their words are marked alone only in a text where none stands beside another (names still are).</summary>
    /// <param name="runs">Runs of typed words, side by side in the query.</param>
    public HighlightTerms WithRuns(IEnumerable<IReadOnlyList<string>> runs)
    {
        var added = runs.Select(r => r.Select(Exact).Where(w => w.Length > 0).ToArray()).Where(r => r.Length >= 2).ToList();
        if (added.Count == 0) return this;
        var inRun = added.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        return new HighlightTerms(_typedWords.Where(w => !inRun.Contains(w)), _prefixes, _phrases, _runs.Concat(added), _names,
            _placeNames.Select(p => string.Join(' ', p)));
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
    public bool IsEmpty => _words.Count == 0 && _prefixes.Length == 0 && _phrases.Count == 0 && _runs.Count == 0;

    /// <summary>The folded words marked wherever they stand.</summary>
    public IReadOnlyCollection<string> Words => _words;

    /// <summary>
    /// The words of <paramref name="text"/> to mark, in text order: single words and prefixes anywhere, phrases where
    /// whole, run words beside another, each in the spelling its query word allows. Each word is folded into a small
    /// buffer and looked up, so a long article costs no allocation but the words that match.
    /// </summary>
    internal List<MarkedWord> Marked(string text) => _placeNames.Length == 0 ? MarkedAnywhere(text) : OutsidePlaceNames(text, MarkedAnywhere(text));

    private List<MarkedWord> MarkedAnywhere(string text)
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
        if (_exact.Count > 0) result = InTypedSpelling(text, result);
        if (_phrases.Count == 0 && _runs.Count == 0) return result;

        // Phrase words count only where the whole phrase stands, word after word; run words beside another of the run.
        var keep = new bool[result.Count];
        for (var k = 0; k < result.Count; k++) keep[k] = _words.Contains(result[k].Folded) || MatchesPrefix(result[k].Folded, out _);
        foreach (var phrase in _foldedPhrases)
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
        // Run words: where right beside the next of the run (in order, only spaces or a hyphen between: "Luật Biển, đồng
        // thời" and "biển Hoa Đông" are not "Biển Đông"); alone only in a text where that word never stands so ("quốc"
        // of "Trung Quốc" is not marked where "quốc phòng" is).
        var paired = new bool[result.Count];
        foreach (var run in _foldedRuns)
        {
            for (var k = 0; k + 1 < result.Count; k++)
            {
                var next = k + 1;
                if (result[next].Index != result[k].Index + 1 || !OnlySpaceBetween(text, result[k].End, result[next].Start)) continue;
                if (Neighbours(run, result[k].Folded, result[next].Folded)) paired[k] = paired[next] = true;
            }
        }
        HashSet<string>? pairedWords = null;
        for (var k = 0; k < result.Count; k++)
            if (paired[k]) (pairedWords ??= new HashSet<string>(StringComparer.Ordinal)).Add(OneWord(result[k].Folded));
        // Alone only where the article never holds the word beside another of the run (PairedIn: its headline, or the whole article).
        for (var k = 0; k < result.Count; k++)
            if (paired[k] || (_foldedRunWords.Contains(result[k].Folded) && pairedWords?.Contains(OneWord(result[k].Folded)) != true
                              && _pairedInArticle?.Contains(OneWord(result[k].Folded)) != true)) keep[k] = true;
        if (pairedWords is not null) _pairedSink?.UnionWith(pairedWords);
        var kept = new List<MarkedWord>(result.Count);
        for (var k = 0; k < result.Count; k++)
            if (keep[k]) kept.Add(result[k]);
        return kept;
    }

    /// <summary>
    /// Drops the marks of words that stand inside a place name holding them ("[Ấn Độ] Dương" for a query read as India) when
    /// the same words stand marked outside one in the text (or, after <see cref="ForArticle"/>, anywhere in the article); a
    /// text that holds them only inside one keeps them (it was found through them).
    /// </summary>
    private List<MarkedWord> OutsidePlaceNames(string text, List<MarkedWord> marked)
    {
        var groups = Groups(text, marked);
        if (!groups.Any(g => g.Inside)) return marked;
        var outside = groups.Where(g => !g.Inside).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        if (_outsideInArticle is not null) outside.UnionWith(_outsideInArticle);
        var kept = new List<MarkedWord>(marked.Count);
        foreach (var g in groups)
            if (!g.Inside || !outside.Contains(g.Key))
                for (var k = g.From; k < g.To; k++) kept.Add(marked[k]);
        return kept;
    }

    // The marked words grouped where they stand side by side (spaces only between): each group's words folded and joined, and
    // whether the group stands inside a place name.
    private List<(int From, int To, string Key, bool Inside)> Groups(string text, List<MarkedWord> marked)
    {
        var groups = new List<(int From, int To, string Key, bool Inside)>();
        for (var k = 0; k < marked.Count;)
        {
            var end = k + 1;
            while (end < marked.Count && marked[end].Index == marked[end - 1].Index + 1 && OnlySpaceBetween(text, marked[end - 1].End, marked[end].Start)) end++;
            var words = new string[end - k];
            for (var n = 0; n < words.Length; n++) words[n] = VietnameseText.FoldLower(text[marked[k + n].Start..marked[k + n].End]);
            groups.Add((k, end, string.Join(' ', words), InsidePlaceName(text, marked[k].Start, marked[end - 1].End, words)));
            k = end;
        }
        return groups;
    }

    /// <summary>
    /// These terms for an article shown in parts (its title and paragraphs, each marked on its own): a word that stands outside
    /// a place name anywhere in the article is not marked inside one in any part ("Ấn Độ" is marked, "Ấn Độ Dương" is not),
    /// as in the hit's snippet; an article that holds the word only inside place names keeps those marks. Without place names
    /// (a query not read as a country) the terms are returned as they are.
    /// </summary>
    /// <param name="texts">Every part of the article that will be marked.</param>
    public HighlightTerms ForArticle(IEnumerable<string> texts)
    {
        var parts = texts as IReadOnlyCollection<string> ?? texts.ToList();
        var terms = PairedIn(parts);
        if (_placeNames.Length == 0 || IsEmpty) return terms;
        var outside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in parts)
            foreach (var group in Groups(text, MarkedAnywhere(text)))
                if (!group.Inside) outside.Add(group.Key);
        return new HighlightTerms(_typedWords, _prefixes, _phrases, _runs, _names, _placeNames.Select(p => string.Join(' ', p)))
        {
            _outsideInArticle = outside,
            _pairedInArticle = terms._pairedInArticle,
        };
    }

    /// <summary>
    /// These terms for a text of an article whose <paramref name="texts"/> (its headline, or all of it) may hold the query's
    /// words side by side: a run's word is then not marked alone in any part ("đó" of "trước đó" for `ly do` in an article
    /// headed "Lý do …"; it was found through the headline). Without runs, or where no text pairs them, the terms as they are.
    /// </summary>
    public HighlightTerms PairedIn(IEnumerable<string?> texts)
    {
        if (_runs.Count == 0) return this;
        // Copies share the terms (never changed once built): a search builds one for each hit's headline.
        var paired = new HashSet<string>(StringComparer.Ordinal);
        var probe = (HighlightTerms)MemberwiseClone();
        probe._pairedSink = paired;
        probe._pairedInArticle = null;
        foreach (var text in texts)
            if (!string.IsNullOrEmpty(text)) probe.MarkedAnywhere(text);
        if (paired.Count == 0) return this;
        var terms = (HighlightTerms)MemberwiseClone();
        terms._pairedInArticle = paired;
        return terms;
    }

    // The run words (OneWord) that stand beside another of their run somewhere in the article (PairedIn), or null.
    private HashSet<string>? _pairedInArticle;

    // Where MarkedAnywhere adds the run words it finds paired (PairedIn's probe only), or null.
    private HashSet<string>? _pairedSink;

    // Whether the words between start and end, with the words beside them (spaces only between), make up a place name.
    private bool InsidePlaceName(string text, int start, int end, string[] words)
    {
        foreach (var place in _placeNames)
        {
            for (var offset = 0; offset + words.Length <= place.Length; offset++)
            {
                if (offset + words.Length == place.Length && offset == 0) break; // the name itself, no longer
                if (!place.AsSpan(offset, words.Length).SequenceEqual(words)) continue;
                if (NeighbourWords(text, start, offset, before: true).SequenceEqual(place.AsSpan(0, offset).ToArray())
                    && NeighbourWords(text, end, place.Length - offset - words.Length, before: false).SequenceEqual(place.AsSpan(offset + words.Length).ToArray()))
                    return true;
            }
        }
        return false;
    }

    // Up to count folded words right before (or after) a position, spaces only between; fewer where punctuation comes first.
    private static List<string> NeighbourWords(string text, int position, int count, bool before)
    {
        var words = new List<string>(count);
        var i = position;
        while (words.Count < count)
        {
            var j = i;
            if (before) { while (j > 0 && text[j - 1] == ' ') j--; }
            else { while (j < text.Length && text[j] == ' ') j++; }
            if (j == i) break; // no space: punctuation or the text's end
            var k = j;
            if (before) { while (k > 0 && FoldedChar(text[k - 1]) != NotWord) k--; }
            else { while (k < text.Length && FoldedChar(text[k]) != NotWord) k++; }
            if (k == j) break;
            words.Add(VietnameseText.FoldLower(before ? text[k..j] : text[j..k]));
            i = k;
        }
        if (before) words.Reverse();
        return words;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('-' or '‐' or '–')) return false;
        return true;
    }

    // Whether b follows a somewhere in the run.
    private static bool Neighbours(string[] run, string a, string b)
    {
        for (var n = 0; n + 1 < run.Length; n++)
            if (run[n] == a && run[n + 1] == b) return true;
        return false;
    }

    // Drops the words in a spelling the query ruled out: for a word typed with diacritics, the other spellings stay only
    // when the text holds none in the typed one; a name's other spellings never do.
    private List<MarkedWord> InTypedSpelling(string text, List<MarkedWord> marked)
    {
        var exact = new bool[marked.Count];
        HashSet<string>? present = null;
        for (var k = 0; k < marked.Count; k++)
        {
            if (!_exact.TryGetValue(marked[k].Folded, out var entry)) continue;
            exact[k] = entry.Forms.Contains(VietnameseText.ExactForm(text[marked[k].Start..marked[k].End]));
            if (exact[k]) (present ??= new HashSet<string>(StringComparer.Ordinal)).Add(marked[k].Folded);
        }
        var kept = new List<MarkedWord>(marked.Count);
        for (var k = 0; k < marked.Count; k++)
        {
            var word = marked[k];
            if (exact[k] || !_exact.TryGetValue(word.Folded, out var entry)) kept.Add(word);
            else if (entry.Fallback && present?.Contains(word.Folded) != true) kept.Add(word);
        }
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

    /// <summary>
    /// Words for a URL (?hl=…) so an article page can mark what the search matched: words as typed, "quoc*" prefixes,
    /// "an_ninh_biển" phrases, "biển~đông" runs and "=mỹ" names. A query read as a country (terms with place names) always
    /// holds a part that begins with "=": its one-word names, or else its phrases written "=nam_phi".
    /// </summary>
    public string ToParameter() => string.Join(' ', _typedWords
        .Concat(_prefixes.Select(p => p + "*"))
        .Concat(_phrases.Select(p => (_placeNames.Length > 0 && _names.Length == 0 ? "=" : "") + string.Join('_', p)))
        .Concat(_runs.Select(r => string.Join('~', r)))
        .Concat(_names.Select(n => "=" + n)));

    /// <summary>The words of a URL's <c>hl</c> parameter (<see cref="ToParameter"/>), at most 64 parts of 1,000 characters; none for an empty one.</summary>
    /// <param name="value">The parameter's value.</param>
    public static HighlightTerms FromParameter(string? value) => FromParameter(value, null);

    /// <summary>
    /// The words of a URL's <c>hl</c> parameter (<see cref="ToParameter"/>), with the place names that hold a country's name
    /// when the parameter names a country (a part that begins with "="), as the search that wrote it had them.
    /// </summary>
    /// <param name="value">The parameter's value.</param>
    /// <param name="placeNames">Place names and words that hold a country's name without naming it (country-exceptions.json
    /// notCountries), or null.</param>
    public static HighlightTerms FromParameter(string? value, IEnumerable<string>? placeNames)
    {
        if (string.IsNullOrWhiteSpace(value)) return Empty;
        var parts = value.Length > 1000 ? value[..1000] : value;
        var words = new List<string>();
        var prefixes = new List<string>();
        var phrases = new List<string[]>();
        var runs = new List<string[]>();
        var names = new List<string>();
        var country = false;
        foreach (var part in parts.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(64))
        {
            var prefix = part.EndsWith('*');
            var name = part.StartsWith('=');
            var syllables = TextTokens.Tokenize(VietnameseText.Normalize(part.Trim('*', '='))).Select(t => t.Lower).ToArray();
            if (name && syllables.Length > 0) country = true;
            if (part.Contains('~') && syllables.Length > 1) runs.Add(syllables);
            else if (part.Contains('_') && syllables.Length > 1) phrases.Add(syllables);
            else foreach (var syllable in syllables) (prefix ? prefixes : name ? names : words).Add(syllable);
        }
        return new HighlightTerms(words, prefixes, phrases, runs, names, country ? placeNames : null);
    }
}
