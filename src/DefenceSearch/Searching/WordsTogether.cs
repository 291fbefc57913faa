using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// What a query of several bare words means when its words stand together somewhere: "ngo xuan lich" is a
/// name, "bien dong" a place, not three or two syllables scattered over an article. When some articles hold
/// the typed words in order within a short window (title or body), those articles are the result (the
/// total, the facet counts, date sorting, exports and feeds describe them); the articles with the words
/// apart are a second tier, one click away. Typed diacritics count as typed (an accented word must stand
/// in that spelling); words typed without diacritics match any spelling.
/// </summary>
internal static class WordsTogether
{
    /// <summary>How many other words may stand between two typed words ("hợp tác [về] quốc phòng").</summary>
    public const int MaxGap = 1;

    /// <summary>
    /// A query longer than this is a list of keywords rather than a name or a compound: no tiers. (At six words the
    /// tier cut the topical evaluation's nDCG@10 from 0.70 to 0.64: few articles hold five words in a row, and
    /// those are not the best.) Four words ("chất độc da cam", two two-syllable words) are a compound only where
    /// the run stands together often: see <see cref="MaxShortRun"/>.
    /// </summary>
    public const int MaxWords = 4;

    /// <summary>
    /// Runs up to this long make the tiers wherever they stand together at all. A longer run (four words) makes
    /// them only when it stands together in at least <see cref="MinLongRunArticles"/> articles: "chiến sĩ Trường
    /// Sa" stands together in a few articles, and the topical evaluation's need for it lost most of its first page
    /// when those few were the whole result (tuning nDCG@10 0.659 → 0.632 with four-word tiers everywhere).
    /// </summary>
    public const int MaxShortRun = 3;

    /// <summary>The fewest articles a four-word run must stand together in to make the tiers: a full first page.</summary>
    public const int MinLongRunArticles = 10;

    /// <summary>
    /// The largest share of the articles holding all four words (in any spelling) that may hold them together for the tiers:
    /// "chất độc da cam" stands together in 37 of 2,001 (the rest scatter four common syllables), "rà phá bom mìn" in 41 of
    /// 54 (the rest mostly the same compound around a comma), which keeps one list. Typed with diacritics, the run counts in
    /// its typed spelling and the share is still taken of every spelling's articles: of the articles as typed, "bệnh viện quân
    /// y" (37 of 182) lost its tier to the compound "bệnh viện" with "quân" and "y" anywhere (157 articles; session 14).
    /// </summary>
    public const double MaxLongRunShare = 0.1;

    /// <summary>
    /// The top-level bare words of a plain all-words query, in typed order (filters and exclusions may stand
    /// beside them); null when there are none, or when the query has OR, phrases, prefixes or brackets at the
    /// top, whose meaning the user already spelt out.
    /// </summary>
    public static IReadOnlyList<string>? BareWords(QueryNode? root)
    {
        IReadOnlyList<QueryNode> items = root switch
        {
            AndNode and => and.Items,
            WordNode w => [w],
            _ => [],
        };
        var words = new List<string>();
        foreach (var item in items)
        {
            switch (item)
            {
                case WordNode { Prefix: false } w: words.Add(w.Word); break;
                case FilterNode or NotNode: break;
                default: return null;
            }
        }
        return words.Count > 0 ? words : null;
    }

    /// <summary>The words that may name an entity: the bare words, or a whole query that is one hyphenated word or phrase ("Ô-xtrây-li-a").</summary>
    public static IReadOnlyList<string>? NameWords(QueryNode? root) =>
        root is PhraseNode { TitleOnly: false } phrase ? phrase.Words : BareWords(root);

    /// <summary>The words whose standing together decides the tiers: two to <see cref="MaxWords"/> bare words, else null.</summary>
    public static IReadOnlyList<T>? Tiered<T>(IReadOnlyList<T>? bareWords) =>
        bareWords is { Count: >= 2 and <= MaxWords } ? bareWords : null;

    /// <summary>
    /// The typed words standing together in the body or the title. An accented word is looked up in its exact
    /// (lower-case) spelling, a word without diacritics in its folded form, which every spelling also carries.
    /// </summary>
    /// <param name="words">The typed words.</param>
    /// <param name="gap">How many other words may stand between two of them (<see cref="MaxGap"/> for the tier; 0 side by side).</param>
    /// <param name="plainExact">Whether a word without diacritics stands only where spelt without marks (in a query typed with diacritics).</param>
    public static Query Query(IReadOnlyList<string> words, int gap = MaxGap, bool plainExact = false) => Either(words.Select(w => Term(w, plainExact)).ToList(), gap);

    /// <summary>
    /// Per pair of neighbouring typed words, how many other words may stand between them in the tier: none when the two are
    /// one word (a compound, <see cref="CompoundWords.AsWord(IndexSearcher, string, string)"/>, a syllable in one word only: "biển đông", "quốc
    /// phòng", "hợp tác"), else <paramref name="gap"/> ("hợp tác [về] quốc phòng"). One word apart, "bien dong" stood in
    /// "biển Hoa Đông" (the East China Sea): 80 of the 502 articles of the reading "Biển Đông" on the 38k news.
    /// </summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="words">The typed words, in the order they must stand.</param>
    /// <param name="gap">The gap between two words that are not one.</param>
    /// <param name="plainExact">Whether a word without diacritics stands only where spelt without marks.</param>
    /// <param name="names">Typed words that name a country ("my", "nga"): a name is never half of a word ("tàu Mỹ" is also "tàu chiến Mỹ").</param>
    public static int[] PairGaps(IndexSearcher searcher, IReadOnlyList<string> words, int gap, bool plainExact, IReadOnlySet<string>? names = null) =>
        PairGaps(words.Count, gap, i => names is not null && (names.Contains(words[i]) || names.Contains(words[i + 1])) ? null
            : CompoundWords.AsWord(searcher, Term(words[i], plainExact), Term(words[i + 1], plainExact)));

    /// <summary><see cref="PairGaps(IndexSearcher, IReadOnlyList{string}, int, bool, IReadOnlySet{string})"/> for a query's units: a name is never half of a word.</summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="units">The units, in the order they must stand.</param>
    /// <param name="gap">The gap between two units that are not one word.</param>
    public static int[] PairGaps(IndexSearcher searcher, IReadOnlyList<QueryUnit> units, int gap) =>
        PairGaps(units.Count, gap, i => CompoundWords.AsWord(searcher, units[i], units[i + 1]));

    // A syllable belongs to one word (CompoundWords.NotOverlapping): "chất độc màu da cam" holds "chat doc da cam" together.
    private static int[] PairGaps(int count, int gap, Func<int, double?> asWord)
    {
        var gaps = Uniform(count, gap);
        if (gap == 0) return gaps;
        var words = new List<(double, int)>();
        for (var i = 0; i + 1 < count; i++)
        {
            if (asWord(i) is { } information) words.Add((information, i));
        }
        foreach (var i in CompoundWords.NotOverlapping(words)) gaps[i] = 0;
        return gaps;
    }

    private static int[] Uniform(int count, int gap) => Enumerable.Repeat(gap, Math.Max(0, count - 1)).ToArray();

    /// <summary>How many spellings of the whole run a words-together query tries at most.</summary>
    public const int MaxCombinations = 32;

    /// <summary>
    /// <see cref="Query(IReadOnlyList{string}, int, bool)"/>, where a word may also stand as one of its <paramref name="alternatives"/>
    /// (index-term sequences: a country's other names for "mỹ", the other i/y spelling for "sỹ"); at most
    /// <see cref="MaxCombinations"/> spellings of the run, the typed one first.
    /// </summary>
    /// <param name="words">The typed words.</param>
    /// <param name="alternatives">Per typed word, the other index-term sequences that may stand for it.</param>
    /// <param name="gap">How many other words may stand between two of them (<see cref="MaxGap"/> for the tier; 0 side by side).</param>
    /// <param name="plainExact">Whether a word without diacritics stands only where spelt without marks (in a query typed with diacritics).</param>
    public static Query Query(IReadOnlyList<string> words, IReadOnlyDictionary<string, IReadOnlyList<string[]>> alternatives, int gap = MaxGap, bool plainExact = false) =>
        Query(words, alternatives, Uniform(words.Count, gap), plainExact);

    /// <summary>
    /// <see cref="Query(IReadOnlyList{string}, IReadOnlyDictionary{string, IReadOnlyList{string[]}}, int, bool)"/>, each pair of
    /// neighbouring words with its own gap (<see cref="PairGaps(IndexSearcher, IReadOnlyList{string}, int, bool, IReadOnlySet{string})"/>); an
    /// alternative's own words stand side by side.
    /// </summary>
    /// <param name="words">The typed words.</param>
    /// <param name="alternatives">Per typed word, the other index-term sequences that may stand for it.</param>
    /// <param name="gaps">Per pair of neighbouring typed words, how many other words may stand between them.</param>
    /// <param name="plainExact">Whether a word without diacritics stands only where spelt without marks (in a query typed with diacritics).</param>
    public static Query Query(IReadOnlyList<string> words, IReadOnlyDictionary<string, IReadOnlyList<string[]>> alternatives, IReadOnlyList<int> gaps, bool plainExact)
    {
        if (!words.Any(alternatives.ContainsKey)) return Either(words.Select(w => Term(w, plainExact)).ToList(), gaps);
        var options = words.Select(word => alternatives.TryGetValue(word, out var other)
            ? other.Prepend([Term(word, plainExact)]).ToList()
            : (IReadOnlyList<string[]>)[[Term(word, plainExact)]]).ToList();
        return AnyRun(options, gaps);
    }
    /// <summary>
    /// The units of a query standing together in order: each unit a word or a name, standing as one of its index-term
    /// sequences (the typed one first: "hoa ky", or "my", "united states" for a country); at most
    /// <see cref="MaxCombinations"/> spellings of the run.
    /// </summary>
    /// <param name="units">Per unit, the index-term sequences that stand for it.</param>
    /// <param name="gap">How many other words may stand between two of them (<see cref="MaxGap"/> for the tier; 0 side by side).</param>
    public static Query Query(IReadOnlyList<IReadOnlyList<string[]>> units, int gap = MaxGap) => AnyRun(units, Uniform(units.Count, gap));

    /// <summary>
    /// <see cref="Query(IReadOnlyList{IReadOnlyList{string[]}}, int)"/>, where a unit with a tag may also be an article tagged so in
    /// which the other units (two or more) stand together: "ngo xuan lich tham nga" stands together in "Bộ trưởng Lịch thăm Nga"
    /// of an article tagged with the minister.
    /// </summary>
    /// <param name="units">Per unit, the index-term sequences that stand for it.</param>
    /// <param name="tags">Per unit, the tag that may stand for it, or null.</param>
    /// <param name="gaps">Per pair of neighbouring units, how many other words may stand between them (<see cref="PairGaps(IndexSearcher, IReadOnlyList{QueryUnit}, int)"/>).</param>
    public static Query Query(IReadOnlyList<IReadOnlyList<string[]>> units, IReadOnlyList<Query?> tags, IReadOnlyList<int> gaps)
    {
        var together = AnyRun(units, gaps);
        if (units.Count < 3 || tags.Count != units.Count || tags.All(t => t is null)) return together;
        var any = new BooleanQuery { { together, Occur.SHOULD } };
        for (var i = 0; i < units.Count; i++)
        {
            if (tags[i] is not { } tag) continue;
            var rest = units.Where((_, k) => k != i).ToList();
            // The units on either side of the one a tag stands for become neighbours: they may stand the widest gap apart.
            var restGaps = Enumerable.Range(0, rest.Count - 1).Select(k => k + 1 < i ? gaps[k] : k + 1 == i ? gaps.Max() : gaps[k + 1]).ToList();
            any.Add(new BooleanQuery { { tag, Occur.MUST }, { AnyRun(rest, restGaps), Occur.MUST } }, Occur.SHOULD);
        }
        return any;
    }

    // Every spelling of the run (one index-term sequence per unit, at most MaxCombinations), the units `gaps` apart and each
    // unit's own words side by side, in the body or the title.
    private static Query AnyRun(IReadOnlyList<IReadOnlyList<string[]>> units, IReadOnlyList<int> gaps)
    {
        var runs = new List<(List<string> Terms, List<int> Gaps)> { ([], []) };
        for (var u = 0; u < units.Count; u++)
        {
            var unit = u;
            runs = runs.SelectMany(r => units[unit].Select(o =>
            {
                var terms = r.Terms.Concat(o).ToList();
                var between = r.Gaps.ToList();
                if (unit > 0) between.Add(gaps[unit - 1]);
                between.AddRange(Enumerable.Repeat(0, o.Length - 1));
                return (terms, between);
            })).Take(MaxCombinations).ToList();
        }
        if (runs.Count == 1) return Either(runs[0].Terms, runs[0].Gaps);
        var any = new BooleanQuery();
        foreach (var (terms, between) in runs) any.Add(Either(terms, between), Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// The orders in which a run of <paramref name="count"/> units may stand together: the typed one, and, when its first
    /// (or last) unit may move, the same with that unit at the other end ("my quoc phong" also as "quoc phong my").
    /// </summary>
    /// <param name="count">How many units the run holds.</param>
    /// <param name="firstMoves">Whether the first unit may stand last.</param>
    /// <param name="lastMoves">Whether the last unit may stand first.</param>
    public static IReadOnlyList<int[]> Orders(int count, bool firstMoves, bool lastMoves)
    {
        var typed = Enumerable.Range(0, count).ToArray();
        var orders = new List<int[]> { typed };
        if (count < 2) return orders;
        if (firstMoves) orders.Add([.. typed[1..], typed[0]]);
        if (lastMoves) orders.Add([typed[^1], .. typed[..^1]]);
        return orders.DistinctBy(o => string.Join(',', o)).ToList();
    }

    /// <summary>
    /// The index term a typed word stands for: its exact form when accented, else its folded form (which stands only without
    /// marks, <see cref="AdjacentTermsQuery.PlainMark"/>, when <paramref name="plainExact"/>).
    /// </summary>
    private static string Term(string word, bool plainExact) =>
        !VietnameseText.IsAscii(word) ? VietnameseText.ExactForm(word) : plainExact ? AdjacentTermsQuery.PlainMark + word : word;

    /// <summary>
    /// The least mutual information (<see cref="CompoundWords.Information"/>) each neighbour pair of a reading needs for the
    /// reading to be a word. Measured on the 38k: "đảo chính" 3.8, "biển đông" 8.2, "biến động" 5.4, "biển động" 2.9, "an ninh
    /// biển" 3.3 / 9.3, "hải quan" 5.6; "đạo chính" 1.5 (the syllables of "lãnh đạo" and "Chính phủ"), "quốc phong" 1.7.
    /// </summary>
    public const double MinReadingInformation = 2.0;

    // Whether every neighbour pair of a reading stands side by side well above chance in the bodies (its exact spellings). A
    // syllable without marks beside a marked one is read where it is written without marks (its folded term is every
    // spelling's), and one written so in too few places is a slip ("đáo chinh", once): no word. Two plain syllables side by side
    // are the query as typed, not judged.
    private static bool IsWord(IndexSearcher searcher, string reading)
    {
        var words = reading.Split(' ');
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (VietnameseText.IsAscii(words[i]) && VietnameseText.IsAscii(words[i + 1])) continue;
            if (CompoundWords.Information(searcher, Term(words[i], plainExact: true), Term(words[i + 1], plainExact: true), out _) < MinReadingInformation)
                return false;
        }
        return true;
    }

    /// <summary>A reading's words as index terms: it is typed with diacritics, so its syllables without marks stand only so.</summary>
    private static List<string> ReadingTerms(string reading)
    {
        var words = reading.Split(' ');
        var marked = words.Any(w => !VietnameseText.IsAscii(w));
        return words.Select(w => Term(w, marked)).ToList();
    }

    private static BooleanQuery Either(IReadOnlyList<string> terms, int gap) => Either(terms, Uniform(terms.Count, gap));

    private static BooleanQuery Either(IReadOnlyList<string> terms, IReadOnlyList<int> gaps) => new()
    {
        { new AdjacentTermsQuery(Schema.Body, terms, gaps), Occur.SHOULD },
        { new AdjacentTermsQuery(Schema.Title, terms, gaps), Occur.SHOULD },
    };

    /// <summary>
    /// The fewest articles a reading must stand in side by side to be offered (or lead): one meeting of two syllables is no
    /// evidence of a word, however far above chance it puts them.
    /// </summary>
    public const int MinReadingArticles = 2;

    /// <summary>At most this many articles are read to find how the words are spelt where they stand together.</summary>
    public const int MaxArticlesRead = 40;

    /// <summary>At most this many readings are offered (each is counted over the whole index).</summary>
    public const int MaxReadings = 4;

    /// <summary>
    /// The readings of a query typed without diacritics, read from the articles themselves: how the words are
    /// spelt where they stand side by side ("bien dong": Biển Đông · biến động · biển động), each with the number
    /// of articles that hold it side by side; the reading most often found in articles tagged with a cooperation
    /// area first, then the commonest. In a query typed with diacritics the marked words are fixed and only its plain
    /// syllables vary ("quốc phong": "quốc phòng" is offered, never put first: the typed spelling is the reading).
    /// Empty when every word is typed with diacritics, or when the articles spell the words only one way, as typed.
    /// </summary>
    /// <param name="searcher">The searcher of the index to read.</param>
    /// <param name="words">The typed words, all without diacritics (else there is no reading to offer).</param>
    /// <param name="onTopic">The articles about a cooperation area (tagged with any): a reading's articles among them are counted over the index.</param>
    /// <param name="read">How many articles were read (at most <see cref="MaxArticlesRead"/>): bounded work.</param>
    /// <param name="firstLeads">Whether the first reading is ahead of the second (on topic, then in articles), not tied with it.</param>
    /// <param name="spellings">How many spellings other than the typed one the articles read hold (before those that are no word
    /// are dropped): with two or more, even one reading left is a choice (its click narrows the list).</param>
    public static IReadOnlyList<Reading> Readings(IndexSearcher searcher, IReadOnlyList<string> words, Query onTopic, out int read, out bool firstLeads, out int spellings)
    {
        read = 0;
        firstLeads = false;
        spellings = 0;
        // A word typed with marks is fixed; only the plain ones vary. Typed wholly with marks, there is nothing to vary.
        var exact = words.Select(w => VietnameseText.IsAscii(w) ? null : VietnameseText.ExactForm(w)).ToArray();
        var marked = exact.Any(e => e is not null);
        if (words.Count == 0 || exact.All(e => e is not null)) return [];
        var folded = words.Select(VietnameseText.FoldLower).ToArray();
        // Articles that hold the words side by side, a fixed draw of them all (not the best: no need to score them; not the first
        // few, which are one source's and may all spell one reading, and change with the index's layout).
        var sample = ArticleSample.Draw(searcher, Either(words.Select((w, k) => exact[k] ?? folded[k]).ToList(), 0), MaxArticlesRead);
        // Per reading (lower-case spelling): the articles read that spell it so, and how they capitalise it.
        var seen = new Dictionary<string, (int Articles, ReadingCasing Casing)>(StringComparer.Ordinal);
        // Per reading: the words written just before and just after it (no punctuation between), for FreeStanding.
        var neighbours = new Dictionary<string, Neighbours>(StringComparer.Ordinal);
        foreach (var doc in sample)
        {
            read++;
            var inThis = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, tokens) in ArticleSample.Texts(searcher, doc))
            {
                for (var i = 0; i + words.Count <= tokens.Count; i++)
                {
                    var match = true;
                    for (var k = 0; k < words.Count && match; k++)
                        match = tokens[i + k].Folded == folded[k] && (exact[k] is null || VietnameseText.ExactForm(tokens[i + k].Text) == exact[k]);
                    if (!match) continue;
                    var key = string.Join(' ', tokens.Skip(i).Take(words.Count).Select(t => t.Lower));
                    if (!seen.TryGetValue(key, out var entry)) seen[key] = entry = (0, new ReadingCasing());
                    entry.Casing.Add(text, tokens, i, words.Count);
                    if (inThis.Add(key)) seen[key] = entry with { Articles = entry.Articles + 1 };
                    if (!neighbours.TryGetValue(key, out var around)) neighbours[key] = around = new Neighbours();
                    around.Add(i > 0 && !tokens[i].PunctuationBefore ? tokens[i - 1].Lower : null,
                        i + words.Count < tokens.Count && !tokens[i + words.Count].PunctuationBefore ? tokens[i + words.Count].Lower : null);
                }
            }
        }
        // The typed spelling itself is no reading to offer. A reading with a syllable without marks beside a marked one
        // ("hải quan" beside "hải quân") is typed with diacritics: searched, its plain syllable stands only without marks,
        // so it is counted (and a click picks it) apart from the other reading.
        var typed = string.Join(' ', words.Select((w, k) => exact[k] ?? folded[k]));
        var candidates = seen.Where(kv => kv.Key != typed).ToList();
        spellings = candidates.Count;
        if (candidates.Count == 0) return [];
        var ranked = candidates
            .OrderByDescending(kv => kv.Value.Articles)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(MaxReadings)
            .Select(kv =>
            {
                var reading = Either(ReadingTerms(kv.Key), 0);
                var count = new TotalHitCountCollector();
                searcher.Search(reading, count);
                // On topic: the reading's articles tagged with a cooperation area, over the whole index. Counted among the
                // articles read, the order hung on which few were read: on the 38k news "biến động" went before "Biển Đông"
                // (239 articles on topic to 18) once a handful of tags elsewhere changed.
                var about = new TotalHitCountCollector();
                searcher.Search(new BooleanQuery { { reading, Occur.MUST }, { onTopic, Occur.MUST } }, about);
                // Its own spelling (the commonest of the words' accented forms), capitalised as the articles write it where a
                // capital tells (ReadingCasing): "Biển Đông", "đảo chính".
                var spelt = kv.Key.Split(' ');
                var form = kv.Value.Casing.Written(spelt, kv.Value.Casing.Mask(spelt.Length));
                return (Reading: new Reading(form, kv.Key, count.TotalHits), OnTopic: about.TotalHits,
                    Word: IsWord(searcher, kv.Key) || neighbours[kv.Key].FreeStanding);
            })
            // Words first ("đảo chính", not "đạo chính" of "lãnh đạo Chính phủ"), on topic next (this is a defence news search:
            // "Biển Đông" before "biến động"), then the commonest.
            .OrderByDescending(r => r.Word)
            .ThenByDescending(r => r.OnTopic)
            .ThenByDescending(r => r.Reading.Articles)
            .ThenBy(r => r.Reading.Query, StringComparer.Ordinal)
            .ToList();
        // Where some reading is a word, the syllables of two words side by side are no reading to offer.
        if (ranked[0].Word) ranked = ranked.Where(r => r.Word).ToList();
        // Typed with marks, the typed spelling is the reading: the others are offered, never put first.
        var leads = !marked && (ranked.Count == 1 || (ranked[0].OnTopic, ranked[0].Reading.Articles) != (ranked[1].OnTopic, ranked[1].Reading.Articles));
        var leader = ranked[0];
        // A spelling found side by side in fewer than MinReadingArticles articles is a slip or a chance meeting of two words,
        // however far above chance its one meeting puts it ("đáo chinh (1)" beside "đảo chính (90)"): no word, no choice to offer.
        ranked = ranked.Where(r => r.Reading.Articles >= MinReadingArticles).ToList();
        firstLeads = leads && ranked.Count > 0 && ranked[0] == leader;
        return ranked.Select(r => r.Reading).ToList();
    }
}

/// <summary>
/// The words written just before and just after a reading where it was read. Two common syllables make a word that stands
/// side by side no more often than chance would have them ("dân phòng", the civil guard: mutual information about −1 on the
/// 38k news, in 44 articles), and the mutual-information test alone dropped it, offering only "dàn phóng (8)" of `dan phong`.
/// Syllables of two words that meet by chance meet inside one longer expression: "đạo chính" is "lãnh đạo Chính phủ" (the
/// word before is "lãnh" in 85 % of them), "trưởng quốc" is "Bộ trưởng Quốc phòng" (97 %), "dẫn phòng" is "hướng dẫn phòng"
/// (100 %). A word stands among many neighbours: "dân phòng" (commonest word before 10 %, after 5 %), "đảo chính" (41 %,
/// 14 %), "Trường Sa" (44 %, 14 %).
/// </summary>
internal sealed class Neighbours
{
    /// <summary>The fewest times a reading must have been read for its neighbours to say it is a word.</summary>
    public const int MinOccurrences = 5;

    /// <summary>The largest share of a reading's occurrences one word before it (or after it) may take for the reading to stand free.</summary>
    public const double MaxShare = 0.5;

    private readonly Dictionary<string, int> _before = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _after = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _between = new(StringComparer.Ordinal);
    private int _apart;

    /// <summary>How many times the reading was read.</summary>
    public int Occurrences { get; private set; }

    /// <summary>Counts one occurrence with the words written just before and after it (null: none, or punctuation between).</summary>
    public void Add(string? before, string? after)
    {
        Occurrences++;
        if (before is not null) _before[before] = _before.GetValueOrDefault(before) + 1;
        if (after is not null) _after[after] = _after.GetValueOrDefault(after) + 1;
    }

    /// <summary>Counts one place where the pair stands one word apart, with that word.</summary>
    public void AddApart(string between)
    {
        _apart++;
        _between[between] = _between.GetValueOrDefault(between) + 1;
    }

    /// <summary>
    /// Whether the pair was read one word apart often enough (<see cref="MinOccurrences"/>) and one word between takes more
    /// than <see cref="MaxShare"/> of those places ("Nga Vladimir Putin", "tàu vỏ thép"): a way of writing it, not chance.
    /// </summary>
    public bool OneWordBetween => _apart >= MinOccurrences && Max(_between) > MaxShare * _apart;

    /// <summary>Whether the reading was read often enough, and no one word before or after it takes more than <see cref="MaxShare"/> of its occurrences.</summary>
    public bool FreeStanding =>
        Occurrences >= MinOccurrences && Max(_before) <= MaxShare * Occurrences && Max(_after) <= MaxShare * Occurrences;

    private static int Max(Dictionary<string, int> counts) => counts.Count == 0 ? 0 : counts.Values.Max();

    /// <summary>
    /// The neighbours of two index terms where the text writes them side by side, and the words between them where it writes
    /// them one word apart: each read from at most <see cref="WordsTogether.MaxArticlesRead"/> articles of those that hold them
    /// so, a fixed draw (<see cref="ArticleSample"/>; title and body).
    /// </summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="a">The first term: an exact (lower-case, marked) or folded form, or a syllable without marks after <see cref="AdjacentTermsQuery.PlainMark"/>.</param>
    /// <param name="b">The second term.</param>
    /// <param name="read">How many articles were read.</param>
    public static Neighbours Read(IndexSearcher searcher, string a, string b, out int read)
    {
        var found = new Neighbours();
        var sideBySide = new AdjacentTermsQuery(Indexing.Schema.Body, [a, b]);
        // Two samples: where the pair stands side by side (its neighbours), and where it stands only one word apart (the
        // words between). Drawn from one list, a pair mostly written apart ("dan … phong": 157 places apart, 85 side by side)
        // left too few side-by-side places read to be judged.
        var apartOnly = new BooleanQuery
        {
            { new AdjacentTermsQuery(Indexing.Schema.Body, [a, b], maxGap: 1), Occur.MUST },
            { sideBySide, Occur.MUST_NOT },
        };
        read = 0;
        foreach (var (query, apart) in new[] { ((Query)sideBySide, false), (apartOnly, true) })
        {
            foreach (var doc in ArticleSample.Draw(searcher, query, WordsTogether.MaxArticlesRead))
            {
                read++;
                foreach (var tokens in ArticleSample.Words(searcher, doc))
                {
                    for (var i = 0; i + 1 < tokens.Count; i++)
                    {
                        if (!Stands(tokens[i], a)) continue;
                        if (!apart && Stands(tokens[i + 1], b))
                        {
                            found.Add(i > 0 && !tokens[i].PunctuationBefore ? tokens[i - 1].Lower : null,
                                i + 2 < tokens.Count && !tokens[i + 2].PunctuationBefore ? tokens[i + 2].Lower : null);
                        }
                        else if (apart && i + 2 < tokens.Count && !Stands(tokens[i + 1], b) && Stands(tokens[i + 2], b))
                        {
                            found.AddApart(tokens[i + 1].Lower);
                        }
                    }
                }
            }
        }
        return found;
    }

    // Whether a written word is the index term: its folded form, its exact form, or (after PlainMark) the syllable without marks.
    private static bool Stands(Extraction.TextToken token, string term) =>
        term.Length > 1 && term[0] == AdjacentTermsQuery.PlainMark
            ? token.Folded == term[1..] && token.Lower == term[1..]
            : token.Folded == term || VietnameseText.ExactForm(token.Text) == term;
}
