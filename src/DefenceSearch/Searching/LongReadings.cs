using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// The readings of a longer query typed without diacritics (four to ten words), read pair by pair: "hop tac dao tao quan su"
/// seldom stands whole in any article, but each pair of neighbouring words does ("đào tạo", "tạo quân", "quân sự"), and the
/// spelling of one word must agree with both its neighbours. Each word's spellings are read from a few articles that hold
/// its pairs side by side (and the index's commonest), every neighbouring pair of spellings is counted over the index, and
/// the chains of spellings are scored by those pairs, then by their runs of three. The likeliest readings are then counted
/// as a click on each shows (the reading searched as typed: its compounds standing together in its spellings), and offered
/// by that count: "quận sự" or "biển giới" stand together nowhere, so they are no choice, whatever their syllables hold
/// apart. Bounded work: at most <see cref="MaxArticlesRead"/> articles read, <see cref="MaxPairSpellings"/> spelt pairs
/// counted per pair of words, <see cref="Beam"/> partial readings kept per word, <see cref="MaxCounted"/> readings searched.
/// </summary>
internal static class LongReadings
{
    /// <summary>The longest query read so (longer ones offer no readings).</summary>
    public const int MaxWords = 10;

    /// <summary>At most this many articles are read for all the pairs of a query together.</summary>
    public const int MaxArticlesRead = 60;

    /// <summary>Per word, at most this many of its spellings are tried: the most read beside its neighbours, and the index's commonest.</summary>
    public const int MaxWordSpellings = 4;

    /// <summary>Per pair of neighbouring words, at most this many spelt pairs are counted over the index (every spelling of one beside every spelling of the other).</summary>
    public const int MaxPairSpellings = MaxWordSpellings * MaxWordSpellings;

    /// <summary>How many spelt pairs' counts an index remembers (the rest are counted again).</summary>
    public const int MaxRemembered = 10_000;

    // (reader, spelt pair) → articles holding it side by side; a reader's entries go with it (weakly held).
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<string, int>> PairCounts = new();

    /// <summary>The least share of the articles of a pair's commonest spelling another spelling of it must stand in to be read.</summary>
    public const double MinPairShare = 0.05;

    /// <summary>At most this many of the likeliest readings are counted as a click on each would show (each a search's match set counted).</summary>
    public const int MaxCounted = 6;

    /// <summary>A reading is offered only with at least this share of the first reading's articles ("biển giới" beside "biên giới").</summary>
    public const double MinShareOfFirst = 0.1;

    /// <summary>
    /// A reading is counted only when at most this far (natural log of its likelihood by its pairs and runs of three) below the
    /// likeliest: e^3, twenty times less likely.
    /// </summary>
    public const double MaxScoreGap = 3;

    /// <summary>Under a search clock, reading stops (and offers nothing) once this share of it is spent.</summary>
    public const double ClockShare = 0.5;

    /// <summary>A reading after the first is offered only with at least this many articles.</summary>
    public const int MinArticles = 3;

    // What a pair no article holds side by side counts for, in articles.
    private const double Unseen = 0.1;

    /// <summary>At most this many partial readings are kept from one word to the next.</summary>
    public const int Beam = 8;

    /// <summary>What the readings of a query are, and what reading them cost.</summary>
    /// <param name="Readings">The readings, most likely first, each with the articles that hold every word so spelt.</param>
    /// <param name="FirstLeads">Whether the first reading shows more articles than the second (not tied with it).</param>
    /// <param name="ArticlesRead">How many articles were read (at most <see cref="MaxArticlesRead"/>).</param>
    /// <param name="PairsCounted">How many spelt pairs were counted over the index.</param>
    /// <param name="CombinationsTried">How many partial readings were scored.</param>
    /// <param name="ReadingsCounted">How many readings were counted as a click on each would show (at most <see cref="MaxCounted"/>).</param>
    public sealed record Result(IReadOnlyList<Reading> Readings, bool FirstLeads, int ArticlesRead, int PairsCounted, int CombinationsTried, int ReadingsCounted)
    {
        /// <summary>No reading.</summary>
        public static readonly Result None = new([], false, 0, 0, 0, 0);
    }

    /// <summary>The readings of a query of plain words (typed without diacritics); <see cref="Result.None"/> for other queries.</summary>
    /// <param name="searcher">The searcher of the index to read.</param>
    /// <param name="words">The typed words.</param>
    /// <param name="clickTotal">
    /// How many articles a click on a reading (its lower-case query, "nga bán vũ khí") shows, by the search's own rule; 0 when its
    /// words would not stand together there.
    /// </param>
    /// <param name="stop">Whether to stop reading (the search's clock): then no reading is offered.</param>
    public static Result Read(IndexSearcher searcher, IReadOnlyList<string> words, Func<string, int> clickTotal, Func<bool> stop)
    {
        var n = words.Count;
        if (n < 2 || n > MaxWords || words.Any(w => !VietnameseText.IsAscii(w))) return Result.None;
        var folded = words.Select(VietnameseText.FoldLower).ToArray();
        var reader = searcher.IndexReader;
        // Articles that hold each pair side by side, a fixed draw of them all (the first few alone are one source's, and spell
        // "sĩ lao" as its "chiến sĩ lão thành"), read once each.
        var perPair = Math.Max(2, MaxArticlesRead / (n - 1));
        var docs = new List<int>();
        for (var i = 0; i + 1 < n; i++)
        {
            if (stop()) return Result.None;
            foreach (var d in ArticleSample.Draw(searcher, Either([folded[i], folded[i + 1]]), perPair))
            {
                if (docs.Count < MaxArticlesRead && !docs.Contains(d)) docs.Add(d);
            }
        }
        // Per pair: spelt pair (index terms) → articles read that hold it, and → how they capitalise it ("Biển Đông").
        var seen = Enumerable.Range(0, n - 1).Select(_ => new Dictionary<(string, string), int>()).ToArray();
        var forms = Enumerable.Range(0, n - 1).Select(_ => new Dictionary<(string, string), ReadingCasing>()).ToArray();
        foreach (var doc in docs)
        {
            var inThis = new HashSet<(int, string, string)>();
            foreach (var (text, tokens) in ArticleSample.Texts(searcher, doc))
            {
                for (var t = 0; t + 1 < tokens.Count; t++)
                {
                    for (var i = 0; i + 1 < n; i++)
                    {
                        if (tokens[t].Folded != folded[i] || tokens[t + 1].Folded != folded[i + 1]) continue;
                        var a = VietnameseText.ExactForm(tokens[t].Text);
                        var b = VietnameseText.ExactForm(tokens[t + 1].Text);
                        if (inThis.Add((i, a, b))) seen[i][(a, b)] = seen[i].GetValueOrDefault((a, b)) + 1;
                        if (!forms[i].TryGetValue((a, b), out var casing)) forms[i][(a, b)] = casing = new ReadingCasing();
                        casing.Add(text, tokens, t, 2);
                    }
                }
            }
        }
        // Per word, the spellings its pairs were read in (the most seen, at most MaxWordSpellings); a word no pair was read for keeps
        // its commonest spelling in the index.
        var options = new List<string>[n];
        for (var i = 0; i < n; i++)
        {
            var tally = new Dictionary<string, int>(StringComparer.Ordinal);
            if (i > 0) foreach (var ((_, b), c) in seen[i - 1]) tally[b] = tally.GetValueOrDefault(b) + c;
            if (i + 1 < n) foreach (var ((a, _), c) in seen[i]) tally[a] = tally.GetValueOrDefault(a) + c;
            options[i] = tally.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(MaxWordSpellings - 1).Select(kv => kv.Key).ToList();
            // And the index's commonest spelling of the word, which the articles read may have missed ("bán" of "Mỹ bán vũ khí").
            var commonest = Commonest(reader, folded[i]);
            if (!options[i].Contains(commonest)) options[i].Add(commonest);
        }
        // Every pair of neighbouring spellings counted side by side over the whole index ("tra tự" of "tuần tra tự do", though the
        // articles read spelt the pair "trả tự"), each remembered per index; a spelling found in under MinPairShare of the articles
        // of the pair's commonest is a slip ("vũ khi" beside "vũ khí"), not a reading.
        var counted = 0;
        var memory = PairCounts.GetValue(reader, _ => new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
        var counts = new Dictionary<(string, string), int>[n - 1];
        for (var i = 0; i + 1 < n; i++)
        {
            if (stop()) return new Result([], false, docs.Count, counted, 0, 0);
            var found = new Dictionary<(string, string), int>();
            foreach (var a in options[i])
            {
                foreach (var b in options[i + 1])
                {
                    counted++;
                    var key = a + " " + b;
                    if (!memory.TryGetValue(key, out var total))
                    {
                        var hits = new TotalHitCountCollector();
                        searcher.Search(Either([Term(a), Term(b)]), hits);
                        total = hits.TotalHits;
                        if (memory.Count < MaxRemembered) memory[key] = total;
                    }
                    found[(a, b)] = total;
                }
            }
            var top = found.Count == 0 ? 0 : found.Values.Max();
            counts[i] = found.Where(kv => kv.Value > 0 && kv.Value >= MinPairShare * top).ToDictionary(kv => kv.Key, kv => kv.Value);
        }
        // How many articles hold a spelling (the folded count for one without marks, which every spelling carries: an upper bound).
        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        int Articles(string spelling)
        {
            if (!articles.TryGetValue(spelling, out var df)) articles[spelling] = df = reader.DocFreq(new Term(Schema.Body, spelling));
            return df;
        }
        // A chain of spellings scored as a bigram model over articles: the first pair's articles, then for each next word the
        // share of its predecessor's articles in which the pair stands (a pair no article holds counts a tenth of one).
        // "nổ kho đạn Séc" beats "nó khó dân Séc": "nó khó" is common, but "khó dân" is a sliver of the articles with "khó".
        double Step(int i, string previous, string next) => i == 1
            ? Math.Log(counts[0].GetValueOrDefault((previous, next)) + Unseen)
            : Math.Log((counts[i - 1].GetValueOrDefault((previous, next)) + Unseen) / (Articles(previous) + 1.0));
        var beam = new List<(string[] Words, double Score)> { ([], 0) };
        var tried = 0;
        for (var i = 0; i < n; i++)
        {
            var next = new List<(string[] Words, double Score)>();
            foreach (var (chain, score) in beam)
            {
                foreach (var option in options[i])
                {
                    tried++;
                    next.Add(([.. chain, option], score + (i == 0 ? 0 : Step(i, chain[^1], option))));
                }
            }
            beam = next.OrderByDescending(c => c.Score).ThenBy(c => string.Join(' ', c.Words), StringComparer.Ordinal).Take(Beam).ToList();
        }
        // A reading without marks is the query as typed (it reads every spelling): no reading to offer.
        var best = beam.Where(c => c.Words.Any(w => !VietnameseText.IsAscii(w))).ToList();
        if (best.Count == 0) return new Result([], false, docs.Count, counted, tried, 0);
        // Then each run of three words of a reading, counted side by side over the index, decides: a pair model reads "tuần tra từ
        // đó" ("tra từ" and "từ đó" are common), but "tuần tra tự" and "tự do hàng" stand in far more articles than "tuần tra từ"
        // and "từ đó hàng". At most Beam × (words − 2) runs, each counted once.
        var triples = new Dictionary<string, int>(StringComparer.Ordinal);
        double Runs(string[] reading)
        {
            var sum = 0.0;
            for (var i = 0; i + 2 < reading.Length; i++)
            {
                var key = reading[i] + " " + reading[i + 1] + " " + reading[i + 2];
                if (!triples.TryGetValue(key, out var c))
                {
                    var hits = new TotalHitCountCollector();
                    searcher.Search(Either([Term(reading[i]), Term(reading[i + 1]), Term(reading[i + 2])]), hits);
                    counted++;
                    triples[key] = c = hits.TotalHits;
                }
                sum += Math.Log(c + Unseen);
            }
            return sum;
        }
        // The runs first, then the pairs; a reading far less likely than the first (MaxScoreGap) has words that do not stand
        // together so ("ngả bán vũ khí" beside "Nga bán vũ khí"): its click would count the same articles, spelt otherwise.
        var ranked = best
            .Select(c => (c.Words, Score: Runs(c.Words) + c.Score))
            .OrderByDescending(c => c.Score).ThenBy(c => string.Join(' ', c.Words), StringComparer.Ordinal)
            .ToList();
        var likely = ranked
            .Where(c => c.Score >= ranked[0].Score - MaxScoreGap)
            .Take(MaxCounted)
            .ToList();
        // Each counted as a click on it shows (its match set: its compounds standing together in its spellings); then the most
        // articles first, the likelier on a tie; those far below the first (under MinShareOfFirst of it, or MinArticles) are dropped.
        var countedReadings = 0;
        var scored = new List<(string[] Words, int Count, double Score)>();
        foreach (var (chain, score) in likely)
        {
            if (stop()) return new Result([], false, docs.Count, counted, tried, countedReadings);
            countedReadings++;
            var total = clickTotal(string.Join(' ', chain));
            if (total > 0) scored.Add((chain, total, score));
        }
        scored = scored.OrderByDescending(c => c.Count).ThenByDescending(c => c.Score).ThenBy(c => string.Join(' ', c.Words), StringComparer.Ordinal).ToList();
        if (scored.Count == 0) return new Result([], false, docs.Count, counted, tried, countedReadings);
        var most = scored[0].Count;
        // Two readings a click on which shows as many articles differ only in words outside the compounds (the same articles,
        // "Mỹ bạn" beside "Mỹ bán"): the likelier is offered.
        var readings = scored
            .Where((c, k) => k == 0 || (c.Count >= MinArticles && c.Count >= MinShareOfFirst * most))
            .DistinctBy(c => c.Count)
            .Take(WordsTogether.MaxReadings)
            .Select(c => new Reading(Written(forms, c.Words), string.Join(' ', c.Words), c.Count))
            .ToList();
        // One reading is a choice too: a click on it shows the articles where its words stand together so, where the query as
        // typed reads every spelling of each word.
        return new Result(readings, readings.Count == 1 || (readings.Count > 1 && readings[0].Articles > readings[1].Articles), docs.Count, counted, tried, countedReadings);
    }

    // The reading as the articles write it: its spellings, each word capitalised or not as a whole. Each occurrence of a pair of
    // neighbours votes for the capitals of its two words as the articles read write it where a capital tells (ReadingCasing:
    // "hải quân Mỹ", "Bộ Quốc phòng"); the pattern of the whole reading with the most votes is taken (fewer capitals on a tie).
    // A word no pair of the reading was read in votes alone, by how it is written in any pair read.
    // Each word on its own, by the commonest form of its pairs (before session 23), wrote `gin giu hoa binh ...` "gìn giữ hòa
    // Bình ...": "hòa" by "giữ hòa" and "hòa bình", "Bình" by the "Hòa Bình" (the province) of the few articles read for "hoa binh".
    private static string Written(Dictionary<(string, string), ReadingCasing>[] forms, string[] words)
    {
        var n = words.Length;
        var pairs = new ReadingCasing?[n - 1];
        for (var i = 0; i + 1 < n; i++) pairs[i] = forms[i].GetValueOrDefault((words[i], words[i + 1])) is { } c && c.InText + c.AtStart > 0 ? c : null;
        // A word alone: its occurrences in any pair read (where a capital tells), capitalised and not.
        var alone = new (double Capital, double Lower)?[n];
        for (var k = 0; k < n; k++)
        {
            if ((k > 0 && pairs[k - 1] is not null) || (k + 1 < n && pairs[k] is not null)) continue;
            double capital = 0, all = 0;
            if (k + 1 < n)
            {
                foreach (var (pair, casing) in forms[k])
                {
                    if (pair.Item1 != words[k] || casing.InText == 0) continue;
                    capital += (casing.Share(0b01) + casing.Share(0b11)) * casing.InText;
                    all += casing.InText;
                }
            }
            if (k > 0)
            {
                foreach (var (pair, casing) in forms[k - 1])
                {
                    if (pair.Item2 != words[k] || casing.InText == 0) continue;
                    capital += (casing.Share(0b10) + casing.Share(0b11)) * casing.InText;
                    all += casing.InText;
                }
            }
            if (all > 0) alone[k] = (capital, all - capital);
        }
        var mask = ReadingCasing.Best(n, m =>
        {
            var votes = 0.0;
            for (var i = 0; i + 1 < n; i++)
            {
                if (pairs[i] is { } pair) votes += pair.Count(m >> i & 0b11);
            }
            for (var k = 0; k < n; k++)
            {
                if (alone[k] is { } read) votes += (m >> k & 1) == 1 ? read.Capital : read.Lower;
            }
            return votes;
        });
        // A capitalised word in its commonest capitalised form beside its neighbours in the reading ("NATO", "BrahMos").
        return ReadingCasing.Written(words, mask, k =>
            (k + 1 < n && pairs[k] is { } next ? next.Capitals(0) : []).Concat(k > 0 && pairs[k - 1] is { } previous ? previous.Capitals(1) : []));
    }

    // The index term of a spelling: accented as spelt; a spelling without marks stands only where no accented one does.
    private static string Term(string spelling) => VietnameseText.IsAscii(spelling) ? AdjacentTermsQuery.PlainMark + spelling : spelling;

    private static string Commonest(IndexReader reader, string folded) =>
        QueryBuilder.PlainVariantsOf(reader, folded).FirstOrDefault() is { } v && reader.DocFreq(new Term(Schema.Body, v)) > 0 ? v : folded;

    private static BooleanQuery Either(IReadOnlyList<string> terms) => new()
    {
        { new AdjacentTermsQuery(Schema.Body, terms), Occur.SHOULD },
        { new AdjacentTermsQuery(Schema.Title, terms), Occur.SHOULD },
    };
}
