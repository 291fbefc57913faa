using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// The two-syllable words inside a long query ("hợp tác", "quốc phòng", "vũ khí" in "hop tac quoc phong viet nam an
/// do"): neighbours of the query that the index's own text writes side by side far more often than chance
/// (pointwise mutual information of the pair, read from the body's positions). A long query is a list of keywords, but
/// its compounds are words: an article holding "Quốc hội" and "phong phú" holds no "quốc phòng", and is counted among the
/// articles with the words apart, not the result. Pairs across two words ("nga bán", "bán vũ") stand together no more
/// than chance would have them and stay apart; a country's or a minister's name is a unit of its own.
/// </summary>
internal static class CompoundWords
{
    /// <summary>
    /// The least mutual information (log2 of how many times more often than chance the body writes the two syllables side by
    /// side, against the body's term count, which holds a folded and an accented term per syllable) that makes a neighbour
    /// pair a compound. Measured on the 38k articles: "tên lửa" 9.8, "tàu ngầm" 9.6, "hợp tác" 7.3, "quốc phòng" 5.8, "vũ
    /// khí" 4.2, "biển đông" 3.8, "quân đội" 3.8, "quân sự" 3.6; across two words "thử tên" 4.4 (of "thử tên lửa"), "hàng
    /// hải" 3.2, "tự do" 2.7, "đảo chính" 1.7 (two very common syllables: left a keyword pair), "nga bán" and "bán vũ" below 0.
    /// The topical evaluation at 4.5, 4.0 and 3.6: tuning nDCG@10 0.728, 0.726, 0.734 (0.726 without compounds), held out
    /// 0.752, 0.754, 0.751 (0.747), fresh 0.752, 0.752, 0.748 (0.752).
    /// </summary>
    public const double MinInformation = 3.6;

    /// <summary>
    /// The least share of the body's words each syllable must take for its pair to be judged: a rare word (a foreign name,
    /// "brahmos", "shoigu") stands beside whatever names it ("tên lửa BrahMos") far above chance without forming a word.
    /// </summary>
    public const double MinShare = 2e-5;

    /// <summary>The most neighbour pairs a query has judged (the longer ones are lists of keywords only).</summary>
    public const int MaxPairs = 11;

    /// <summary>How many pairs an index remembers (a site fed ever new long queries keeps its memory bounded; the rest are measured again).</summary>
    public const int MaxRemembered = 10_000;

    // (reader, pair) → mutual information and side-by-side count; a reader's entries go with it (weakly held).
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, (double Information, long Adjacent)>> Cache = new();

    /// <summary>
    /// The pairs of neighbouring units that are compounds, by index of their first unit, most informative first and not
    /// overlapping; empty when none is, or when the query holds more than <see cref="MaxPairs"/> pairs.
    /// </summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="units">The query's units in typed order.</param>
    /// <param name="measured">How many pairs were measured (each read once per reader, then remembered).</param>
    public static IReadOnlyList<int> Find(IndexSearcher searcher, IReadOnlyList<QueryUnit> units, out int measured)
    {
        measured = 0;
        if (units.Count < 2 || units.Count - 1 > MaxPairs) return [];
        var reader = searcher.IndexReader;
        var total = (double)reader.GetSumTotalTermFreq(Schema.Body);
        if (total <= 0) return [];
        // Each unit's syllable and its count in the bodies, once (a unit is the second of one pair and the first of the next).
        var syllables = units.Select(u => Syllable(u) is { } s ? (Text: s, Count: reader.TotalTermFreq(new Term(Schema.Body, s))) : default).ToArray();
        var scored = new List<(double Information, int First)>();
        for (var i = 0; i + 1 < units.Count; i++)
        {
            var (a, ta) = syllables[i];
            var (b, tb) = syllables[i + 1];
            if (a is null || b is null || ta < MinShare * total || tb < MinShare * total) continue;
            var information = Information(searcher, a, b, out var read);
            if (read) measured++;
            if (information >= MinInformation && !OftenApart(searcher, a, b)) scored.Add((information, i));
        }
        return NotOverlapping(scored);
    }

    /// <summary>
    /// Whether two neighbouring index terms (folded or exact forms, or a syllable without marks after
    /// <see cref="AdjacentTermsQuery.PlainMark"/>) are one word, with their mutual information (null: not one). Each must be
    /// common enough in the bodies to be judged (<see cref="MinShare"/>). They are one word when the bodies write them side
    /// by side at least <see cref="MinInformation"/> above chance, and not one word apart as often
    /// (<see cref="MaxApartRatio"/>); two syllables too common for mutual information to tell ("dân phòng", the civil guard:
    /// side by side no more often than chance) are one word when the text writes them among many different neighbours
    /// (<see cref="Neighbours.FreeStanding"/>). Written one word apart as often, mostly with the same word between, they
    /// are never one word ("Nga Vladimir Putin", "tàu vỏ thép"); with many different words between, those are chance
    /// meetings ("người dân Hải Phòng", "dân văn phòng" beside "dân phòng"). The text is read only when the counts cannot
    /// tell; what it says is remembered per reader.
    /// </summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="a">The first term.</param>
    /// <param name="b">The second term.</param>
    public static double? AsWord(IndexSearcher searcher, string a, string b)
    {
        var reader = searcher.IndexReader;
        var total = (double)reader.GetSumTotalTermFreq(Schema.Body);
        if (total <= 0 || Frequency(reader, a) < MinShare * total || Frequency(reader, b) < MinShare * total) return null;
        var information = Information(searcher, a, b, out _);
        var apart = OftenApart(searcher, a, b);
        if (information >= MinInformation && !apart) return information;
        var text = Remembered(TextCache, reader, a, b, () =>
        {
            var read = Neighbours.Read(searcher, a, b, out _);
            return (read.FreeStanding, read.OneWordBetween);
        });
        if (apart && text.OneWordBetween) return null;
        return information >= MinInformation || text.FreeStanding ? information : null;
    }

    /// <summary>
    /// The largest number of times the bodies may write two syllables one word apart, against side by side, for the pair to be
    /// one word without reading the text. Measured on the 38k news: "biển đông" 0.11 (152 apart: "biển phía Đông", "biển Hoa
    /// Đông"), "chiến tranh" 0.18 ("chiến dịch tranh cử"), "một người" 0.26 ("một số người"), "xuống biển" 0.34, "hợp tác",
    /// "quốc phòng", "tên lửa" ≤ 0.01; but "nga putin" 4.05 ("Nga Vladimir Putin": the word between is "Vladimir" in 90 %),
    /// "mỹ trump" 17 ("Donald" in 96 %), "tàu thép" 4.5 ("vỏ" in 97 %), "dân phòng" 1.02 ("Hải" in 26 %, "văn" in 23 %).
    /// </summary>
    public const double MaxApartRatio = 0.5;

    // (reader, pair) → whether the bodies write the pair one word apart at least MaxApartRatio times as often as side by side.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, bool>> ApartCache = new();

    // (reader, pair) → what the text read says of it (Neighbours.Read); a reader's entries go with it.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, (bool FreeStanding, bool OneWordBetween)>> TextCache = new();

    // Called on pairs whose terms are common enough to be measured: their side-by-side count is the one Information read.
    private static bool OftenApart(IndexSearcher searcher, string a, string b) => Remembered(ApartCache, searcher.IndexReader, a, b, () =>
    {
        var adjacent = Measure(searcher, a, b, out _).Adjacent;
        var within = new FrequencySum();
        searcher.Search(new AdjacentTermsQuery(Schema.Body, [a, b], maxGap: 1), within);
        return within.Sum - adjacent >= MaxApartRatio * adjacent;
    });

    // What is remembered of a pair for this reader, else measured now and remembered (at most MaxRemembered pairs a reader).
    private static T Remembered<T>(ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, T>> table, IndexReader reader, string a, string b, Func<T> measure)
    {
        var cache = table.GetOrCreateValue(reader);
        var key = a + " " + b;
        if (cache.TryGetValue(key, out var value)) return value;
        value = measure();
        if (cache.Count < MaxRemembered) cache[key] = value;
        return value;
    }

    /// <summary><see cref="AsWord(IndexSearcher, string, string)"/> for two neighbouring units of a query; a name or a phrase is a unit of its own, never half of a word.</summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="a">The first unit.</param>
    /// <param name="b">The unit after it.</param>
    public static double? AsWord(IndexSearcher searcher, QueryUnit a, QueryUnit b) =>
        Syllable(a) is { } first && Syllable(b) is { } second ? AsWord(searcher, first, second) : null;

    /// <summary>
    /// Of the neighbour pairs that are words (by index of their first member, with their mutual information), those a reading
    /// keeps: most informative first, a syllable in one word only ("chất độc da cam": "chất độc" and "da cam", not "độc da",
    /// which stands side by side only inside the phrase).
    /// </summary>
    /// <param name="scored">The pairs that are words.</param>
    public static List<int> NotOverlapping(IEnumerable<(double Information, int First)> scored)
    {
        var taken = new List<int>();
        foreach (var (_, first) in scored.OrderByDescending(s => s.Information))
        {
            if (taken.Any(t => Math.Abs(t - first) <= 1)) continue;
            taken.Add(first);
        }
        taken.Sort();
        return taken;
    }

    // The unit's folded syllable when it is one plain word (no name, no phrase), else null.
    private static string? Syllable(QueryUnit unit) =>
        unit is { IsCountry: false, Tag: null, Spellings: { Count: > 0 } spellings } && spellings.All(s => s.Length == 1)
        && VietnameseText.FoldLower(unit.Typed) is { Length: > 0 } folded && folded.All(char.IsLetter)
            ? folded
            : null;

    /// <summary>
    /// The mutual information of two index terms side by side in the bodies (as <see cref="MinInformation"/> measures it), for
    /// any spelling: "đảo chính" is a word, "đạo chính" (of "lãnh đạo Chính phủ") is not. Remembered per reader, as pairs are.
    /// </summary>
    /// <param name="searcher">The searcher over the index whose text is read.</param>
    /// <param name="a">The first term, as indexed (folded or exact form), or a syllable written without marks (after <see cref="AdjacentTermsQuery.PlainMark"/>).</param>
    /// <param name="b">The second term.</param>
    /// <param name="measured">Whether the pair was read from the index (false: remembered).</param>
    public static double Information(IndexSearcher searcher, string a, string b, out bool measured) =>
        Measure(searcher, a, b, out measured).Information;

    // The pair's mutual information and how many times the bodies write it side by side (0 when a term is too rare to weigh).
    private static (double Information, long Adjacent) Measure(IndexSearcher searcher, string a, string b, out bool measured)
    {
        var read = false;
        var reader = searcher.IndexReader;
        var result = Remembered(Cache, reader, a, b, () =>
        {
            read = true;
            var total = (double)reader.GetSumTotalTermFreq(Schema.Body);
            var (ta, tb) = (Frequency(reader, a), Frequency(reader, b));
            // A syllable written without marks in too few places to weigh ("chinh" of one article's "đáo chinh") is a slip of
            // the text, no evidence of a word: rare syllables stand beside whatever they stand beside far above chance.
            if (IsPlain(a) && ta < MinShare * total || IsPlain(b) && tb < MinShare * total) ta = 0;
            var adjacent = ta == 0 || tb == 0 ? 0 : SideBySide(searcher, a, b);
            return (adjacent == 0 ? double.NegativeInfinity : Math.Log2(adjacent * total / ((double)ta * tb)), adjacent);
        });
        measured = read;
        return result;
    }

    private static bool IsPlain(string term) => term.Length > 1 && term[0] == AdjacentTermsQuery.PlainMark;

    // How many times the body holds a term; for a syllable without marks (AdjacentTermsQuery.PlainMark), the places where it
    // is written so: its folded term's, less those of its accented spellings (each carries the folded term at its place too).
    private static long Frequency(IndexReader reader, string term)
    {
        if (!IsPlain(term)) return reader.TotalTermFreq(new Term(Schema.Body, term));
        var folded = term[1..];
        var all = reader.TotalTermFreq(new Term(Schema.Body, folded));
        foreach (var accented in QueryBuilder.PlainVariantsOf(reader, folded)) all -= reader.TotalTermFreq(new Term(Schema.Body, accented));
        return Math.Max(0, all);
    }

    // How many times the body writes a and b side by side, over the whole index.
    private static long SideBySide(IndexSearcher searcher, string a, string b)
    {
        var counter = new FrequencySum();
        searcher.Search(new AdjacentTermsQuery(Schema.Body, [a, b]), counter);
        return counter.Sum;
    }

    private sealed class FrequencySum : ICollector
    {
        private Scorer? _scorer;

        public long Sum { get; private set; }

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) { }

        public void Collect(int doc) => Sum += _scorer!.Freq;
    }
}
