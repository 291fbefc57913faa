using System.Diagnostics;
using System.Globalization;
using DefenceSearch.Benchmarks;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Text;

namespace DefenceSearch.Evaluation;

/// <summary>
/// Ranking of DefenceSearch beside SQLite FTS5 (unicode61 remove_diacritics 2, bm25), both built from the same
/// articles in the same run:
/// <list type="bullet">
/// <item>known item: the first 4–8 words of a fixed-seed sample of real headlines, typed without diacritics and
/// with them; MRR@10, hit@1, hit@3 (an article with the very same headline counts as the right one);</item>
/// <item>exact-first share: queries of 1–3 accented syllables generated from the corpus (each syllable an
/// accented spelling whose folded form other accented spellings share: "bộ" among bô, bố, bồ, bọ); the share of
/// the top 10 that contain every typed word in its exact spelling (title or body), over the queries for which
/// at least 10 articles do.</item>
/// </list>
/// </summary>
internal static class RankingEvaluation
{
    public const int Seed = 11;
    public const int MinExactArticles = 10;
    public const int MinOtherSpellingArticles = 5;

    internal sealed record Figures(
        int Headlines, Dictionary<string, KnownItem> Known, Dictionary<string, ExactFirst> Exact);

    /// <summary>
    /// Over every headline, and over those whose prefix starts no other headline (the known item is identifiable).
    /// <see cref="PrefixHit1"/>: hit@1 where a first hit whose headline starts with the typed prefix counts too (the query
    /// cannot tell those headlines apart).
    /// </summary>
    internal sealed record KnownItem(double Mrr, double Hit1, double Hit3, int Unique, double UniqueHit1, double UniqueHit3)
    {
        public double PrefixHit1 { get; init; }
    }

    /// <summary><see cref="Share"/>: over the first page and then the words-apart tier; <see cref="OldShare"/> the first page only, over min(10, exact articles); <see cref="ShownShare"/> over the hits shown.</summary>
    internal sealed record ExactFirst(int Queries, double Share, double AllExactQueries)
    {
        public double OldShare { get; init; }

        public double ShownShare { get; init; }
    }

    /// <summary>The last run's figures (for the smoke test), keyed "engine/typing" and "engine/syllables".</summary>
    internal static Figures? Last { get; private set; }

    public static Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var corpus = context.Corpus;
        var clock = Stopwatch.StartNew();

        // A --work folder kept from an earlier run keeps its indexes: DefenceSearch brings its own up to date
        // (nothing to do when neither the articles nor the schema changed), FTS5's is taken as it is.
        var indexPath = Path.Combine(context.WorkPath, "ranking-index");
        var reuse = context.Options.WorkPath is not null;
        var report = new CorpusIndexer(ReferenceData.Default).Run(corpus.Path, indexPath, new IndexOptions { Rebuild = !reuse });
        var ftsPath = Path.Combine(context.WorkPath, "ranking-fts5.db");
        if (!reuse || !File.Exists(ftsPath)) Fts5Engine.Build(corpus, ftsPath, Environment.ProcessorCount, CancellationToken.None, withIds: true);
        output.WriteLine($"indexed {report.DocumentCount:N0} articles in DefenceSearch and FTS5 ({clock.Elapsed.TotalSeconds:F0} s)");

        var articles = Articles.Read(corpus);
        using var index = ArticleIndex.Open(indexPath);
        using var fts = Fts5Engine.Open(ftsPath);
        var engines = new (string Name, Func<string, IReadOnlyList<string>> Top10)[]
        {
            ("DefenceSearch", q => index.Search(new SearchRequest { Query = q, Size = 10, Snippets = false }).Hits.Select(h => h.Id).ToList()),
            ("FTS5", q => fts.Ranked(q, 10)),
        };

        var known = new Dictionary<string, KnownItem>();
        var headlines = KnownItems(articles);
        output.WriteLine();
        output.WriteLine($"known item: {headlines.Count} headlines (first 4–8 words, seed {Seed}), in two splits: the first {headlines.Count / 2} " +
            "were read to tune ranking, the rest are held out; an article with the same headline also counts;");
        output.WriteLine("unique: the prefixes that start no other headline (\"khởi tố vụ án\" starts hundreds: no ranking can tell which one was meant);");
        output.WriteLine("prefix@1: hit@1 where a first hit whose headline starts with the typed words also counts (the query cannot tell them apart).");
        output.WriteLine("Headlines as DefenceSearch reads them (an untitled UNC article's first line is its lead, not a headline: not sampled).");
        output.WriteLine($"{"",-35}{"MRR@10",8}{"hit@1",8}{"hit@3",8}{"unique",8}{"hit@1",8}{"hit@3",8}{"prefix@1",9}");
        var splits = new[] { ("tuning", headlines.Take(headlines.Count / 2).ToList()), ("held out", headlines.Skip(headlines.Count / 2).ToList()) };
        foreach (var (split, items) in splits)
        {
            foreach (var typing in new[] { "folded", "accented" })
            {
                foreach (var (name, top10) in engines)
                {
                    double mrr = 0, hit1 = 0, hit3 = 0, uniqueHit1 = 0, uniqueHit3 = 0, prefixHit1 = 0;
                    var misses = new List<string>();
                    foreach (var (query, target, unique) in items)
                    {
                        var typed = typing == "folded" ? VietnameseText.Fold(query) : query;
                        var ids = top10(typed);
                        var rank = ids.Select((id, i) => (id, i)).FirstOrDefault(x => articles.SameHeadline(x.id, target), (id: "", i: -1)).i;
                        if (rank == 0 || (ids.Count > 0 && articles.HeadlineStartsWith(ids[0], query))) prefixHit1++;
                        if (rank != 0 && name == "DefenceSearch" && split == "tuning" && !(ids.Count > 0 && articles.HeadlineStartsWith(ids[0], query)))
                            misses.Add($"\"{typed}\" → {(rank < 0 ? "not in top 10" : $"#{rank + 1}")}, first: {(ids.Count > 0 ? ids[0] : "nothing")}");
                        if (rank < 0) continue;
                        mrr += 1.0 / (rank + 1);
                        if (rank == 0) hit1++;
                        if (rank < 3) hit3++;
                        if (unique && rank == 0) uniqueHit1++;
                        if (unique && rank < 3) uniqueHit3++;
                    }
                    var n = Math.Max(1, items.Count);
                    var uniques = items.Count(h => h.Unique);
                    var u = Math.Max(1, uniques);
                    var figures = known[$"{name}/{split}/{typing}"] = new KnownItem(mrr / n, hit1 / n, hit3 / n, uniques, uniqueHit1 / u, uniqueHit3 / u) { PrefixHit1 = prefixHit1 / n };
                    output.WriteLine($"{split + " " + typing + " " + name,-35}{figures.Mrr,8:F3}{figures.Hit1,8:P1}{figures.Hit3,8:P1}{figures.Unique,8}{figures.UniqueHit1,8:P1}{figures.UniqueHit3,8:P1}{figures.PrefixHit1,9:P1}");
                    if (context.Options.WorkPath is not null)
                        foreach (var miss in misses) output.WriteLine("    missed " + miss);
                }
            }
        }

        var exact = new Dictionary<string, ExactFirst>();
        var queries = ExactQueries(articles);
        // What the user can walk through: the first page, and for a words-together result of fewer than 10 hits the
        // articles with the words apart, which the notice offers one click away (FTS5 has one list).
        var walks = new (string Name, Func<string, (IReadOnlyList<string> Shown, IReadOnlyList<string> Walk)> Top10)[]
        {
            ("DefenceSearch", q =>
            {
                var first = index.Search(new SearchRequest { Query = q, Size = 10, Snippets = false });
                var shown = first.Hits.Select(h => h.Id).ToList();
                if (first.Tier != "together" || shown.Count >= 10 || first.OtherTierTotal == 0) return (shown, shown);
                var apart = index.Search(new SearchRequest { Query = q, Size = 10, Snippets = false, Apart = true });
                return (shown, shown.Concat(apart.Hits.Select(h => h.Id)).Take(10).ToList());
            }),
            ("FTS5", q => fts.Ranked(q, 10) is var ids ? (ids, ids) : default),
        };
        output.WriteLine();
        output.WriteLine($"exact-first share: accented queries of colliding syllables with ≥ {MinExactArticles} articles holding every typed word " +
            $"in its exact spelling (an i/y spelling of Data/spellings.json, \"sĩ\"/\"sỹ\", counts as the same spelling; seed {Seed}). Of the top 10:");
        output.WriteLine("  old: the exact hits of the first page over min(10, articles holding the words exactly) (a words-together page of 3 exact hits scores 30 %);");
        output.WriteLine("  shown: the exact hits over the hits the first page shows (the result the user sees; a page of 3 exact hits scores 100 %);");
        output.WriteLine("  two tiers: as old, over the first page followed by the words-apart tier the notice offers (the list the user can walk), the measure to meet.");
        output.WriteLine($"{"",-35}{"queries",8}{"old",8}{"shown",8}{"2 tiers",8}{"all-10",8}   (all-10: queries whose two-tier top 10 is all exact)");
        var worst = new List<(double Share, string Query)>();
        foreach (var (name, top10) in walks)
        {
            var perSize = new Dictionary<int, List<(double Old, double Shown, double Walk)>>();
            foreach (var q in queries)
            {
                var (shown, walk) = top10(q.Text);
                var wanted = Math.Min(10, q.ExactArticles);
                var good = shown.Count(id => articles.HasAll(id, q.Words));
                var walkShare = (double)walk.Count(id => articles.HasAll(id, q.Words)) / wanted;
                var shares = ((double)good / wanted, shown.Count == 0 ? 0 : (double)good / Math.Min(10, shown.Count), walkShare);
                (perSize.TryGetValue(q.Words.Length, out var list) ? list : perSize[q.Words.Length] = []).Add(shares);
                if (name == "DefenceSearch" && walkShare < 1) worst.Add((walkShare, q.Text));
            }
            foreach (var size in perSize.Keys.Order().Cast<int?>().Append(null))
            {
                var shares = size is { } s ? perSize[s] : perSize.Values.SelectMany(v => v).ToList();
                var label = size is null ? "all" : $"{size} syllable{(size > 1 ? "s" : "")}";
                double Mean(Func<(double Old, double Shown, double Walk), double> f) => shares.Count == 0 ? 0 : shares.Average(f);
                var figures = exact[$"{name}/{label}"] = new ExactFirst(shares.Count, Mean(x => x.Walk), shares.Count == 0 ? 0 : shares.Count(x => x.Walk >= 1) / (double)shares.Count)
                {
                    OldShare = Mean(x => x.Old),
                    ShownShare = Mean(x => x.Shown),
                };
                output.WriteLine($"{label + " " + name,-35}{figures.Queries,8}{figures.OldShare,8:P1}{figures.ShownShare,8:P1}{figures.Share,8:P1}{figures.AllExactQueries,8:P1}");
            }
        }
        if (worst.Count > 0)
            output.WriteLine("DefenceSearch, lowest two-tier shares: " + string.Join(", ", worst.OrderBy(w => w.Share).Take(12).Select(w => $"\"{w.Query}\" {w.Share:P0}")));

        var latency = Latency(index, headlines.Select(h => h.Query).Concat(queries.Select(q => q.Text)).ToList());
        output.WriteLine();
        output.WriteLine($"DefenceSearch search time over these {latency.Count} queries (second pass, one thread; a noisy machine): p50 {latency.P50:F2} ms, p90 {latency.P90:F2} ms");
        output.WriteLine($"ranking evaluation took {clock.Elapsed.TotalSeconds:F0} s");
        Last = new Figures(headlines.Count, known, exact);
        return Task.FromResult(0);
    }

    private static (int Count, double P50, double P90) Latency(ArticleIndex index, IReadOnlyList<string> queries)
    {
        var times = new List<double>(queries.Count);
        foreach (var q in queries)
        {
            var clock = Stopwatch.StartNew();
            index.Search(new SearchRequest { Query = q, Size = 10 });
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times.Count == 0 ? (0, 0, 0) : (times.Count, times[times.Count / 2], times[times.Count * 9 / 10]);
    }

    // Headlines of 6 or more words, a fixed sample; the first 4–8 words (never the whole headline), lower case,
    // words only; and whether no other headline starts with the same words (folded).
    private static List<(string Query, string Id, bool Unique)> KnownItems(Articles articles)
    {
        var random = new Random(Seed);
        var candidates = articles.Ids.Where(id => articles.TitleWords(id).Length >= 6).ToList();
        var wanted = Math.Min(800, candidates.Count);
        var chosen = new List<(string, string, bool)>();
        var foldedTitles = articles.Ids.Select(id => (Id: id, Words: articles.TitleWords(id).Select(VietnameseText.FoldLower).ToArray())).ToList();
        var taken = new HashSet<int>();
        while (chosen.Count < wanted && taken.Count < candidates.Count)
        {
            var i = random.Next(candidates.Count);
            if (!taken.Add(i)) continue;
            var words = articles.TitleWords(candidates[i]);
            var length = Math.Min(random.Next(4, 9), words.Length - 1);
            var prefix = words.Take(length).Select(VietnameseText.FoldLower).ToArray();
            var unique = !foldedTitles.Any(t => t.Words.Length >= length && t.Words.AsSpan(0, length).SequenceEqual(prefix) && !articles.SameHeadline(t.Id, candidates[i]));
            chosen.Add((string.Join(' ', words.Take(length)), candidates[i], unique));
        }
        return chosen;
    }

    internal sealed record ExactQuery(string Text, string[] Words, int ExactArticles);

    // Accented syllables whose folded form other accented spellings share, alone and in runs of 2 and 3 taken at
    // fixed-seed random places of the corpus (so common words come up as often as users type them), and as many
    // single syllables drawn evenly from the vocabulary (the rarer ones); kept when ≥ 10 articles hold them all.
    private static List<ExactQuery> ExactQueries(Articles articles)
    {
        var colliding = articles.CollidingWords(MinOtherSpellingArticles);
        var random = new Random(Seed);
        var result = new List<ExactQuery>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Consider(string[] words)
        {
            var text = string.Join(' ', words);
            if (!seen.Add(text)) return;
            var count = articles.CountHavingAll(words);
            if (count >= MinExactArticles) result.Add(new ExactQuery(text, words, count));
        }

        const int PerSize = 150;
        for (var size = 1; size <= 3; size++)
        {
            var found = 0;
            for (var attempt = 0; attempt < 200_000 && found < PerSize; attempt++)
            {
                var run = articles.RandomRun(random, size);
                if (run is null || !run.All(colliding.Contains)) continue;
                var before = result.Count;
                Consider(run);
                if (result.Count > before) found++;
            }
        }
        var vocabulary = colliding.Where(w => articles.DocumentFrequency(w) >= MinExactArticles).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < Math.Min(PerSize, vocabulary.Count); i++) Consider([vocabulary[random.Next(vocabulary.Count)]]);
        return result;
    }

    /// <summary>The corpus as the evaluation reads it: per article its headline and the set of its words (NFC, canonical tones, lower case).</summary>
    internal sealed class Articles
    {
        private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
        private readonly List<string> _words = [];
        private readonly List<int> _frequency = [];
        private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
        private readonly List<string> _ids = [];
        private readonly List<string[]> _titles = [];
        private readonly List<int[]> _wordSets = [];
        private readonly List<int[]> _sequences = [];
        private readonly List<int[]> _postings = [];

        public IReadOnlyList<string> Ids => _ids;

        public static Articles Read(NewsCorpus corpus)
        {
            var articles = new Articles();
            var reader = new Documents.ArticleReader(ReferenceData.Default);
            foreach (var file in corpus.Files)
            {
                var bytes = File.ReadAllBytes(file);
                var article = PlainArticle.Read(bytes);
                var id = Fts5Engine.IdOf(corpus.Path, file);
                // The headline as DefenceSearch reads it: an untitled UNC article (its first line a caption or the lead) has
                // none, and a URL slug may give one. The words of the article are FTS5's reading, title line and body.
                var (text, _) = Documents.ArticleReader.Decode(bytes);
                var headline = text is null ? "" : reader.Parse(text, id, Path.GetExtension(file)).Title;
                articles.Add(id, article.Title, article.Body, headline == id ? "" : headline);
            }
            articles.BuildPostings();
            return articles;
        }

        private void Add(string id, string title, string body, string headline)
        {
            var titleWords = Tokens(headline).Select(t => t.Word).ToArray();
            var sequence = new List<int>();
            var set = new HashSet<int>();
            foreach (var (word, breakBefore) in Tokens(title).Append(("", true)).Concat(Tokens(body)))
            {
                if (word.Length == 0 || breakBefore) sequence.Add(-1);
                if (word.Length == 0) continue;
                if (!_wordIds.TryGetValue(word, out var w))
                {
                    _wordIds[word] = w = _words.Count;
                    _words.Add(word);
                    _frequency.Add(0);
                }
                sequence.Add(w);
                if (set.Add(w)) _frequency[w]++;
            }
            _byId[id] = _ids.Count;
            _ids.Add(id);
            _titles.Add(titleWords);
            var sorted = set.ToArray();
            Array.Sort(sorted);
            _wordSets.Add(sorted);
            _sequences.Add(sequence.ToArray());
        }

        private void BuildPostings()
        {
            var lists = _words.Select(_ => new List<int>()).ToArray();
            for (var a = 0; a < _wordSets.Count; a++)
                foreach (var w in _wordSets[a]) lists[w].Add(a);
            _postings.AddRange(lists.Select(l => l.ToArray()));
        }

        /// <summary>Words of a text in order, each with whether punctuation stands before it.</summary>
        public static IEnumerable<(string Word, bool BreakBefore)> Tokens(string text)
        {
            var normal = VietnameseText.Normalize(text);
            var word = new System.Text.StringBuilder();
            var pendingBreak = false;
            foreach (var c in normal.Append(' '))
            {
                if (VietnameseText.IsWordChar(c)) { word.Append(VietnameseText.ToLowerInvariant(c)); continue; }
                if (word.Length > 0)
                {
                    yield return (word.ToString(), pendingBreak);
                    word.Clear();
                    pendingBreak = false;
                }
                if (!char.IsWhiteSpace(c)) pendingBreak = true;
            }
        }

        public string[] TitleWords(string id) => _titles[_byId[id]];

        public bool SameHeadline(string id, string target) =>
            id == target || (_byId.TryGetValue(id, out var a) && _titles[a].SequenceEqual(_titles[_byId[target]]));

        /// <summary>Whether the article's headline starts with the words of <paramref name="prefix"/> (folded).</summary>
        public bool HeadlineStartsWith(string id, string prefix)
        {
            if (!_byId.TryGetValue(id, out var a)) return false;
            var words = Tokens(prefix).Select(t => VietnameseText.FoldLower(t.Word)).ToArray();
            var title = _titles[a];
            return words.Length > 0 && title.Length >= words.Length && words.Select((w, i) => VietnameseText.FoldLower(title[i]) == w).All(x => x);
        }

        public int DocumentFrequency(string word) => _wordIds.TryGetValue(word, out var w) ? _frequency[w] : 0;

        public bool HasAll(string id, string[] words) =>
            _byId.TryGetValue(id, out var a) && words.All(word => Spellings(word).Any(x => _wordIds.TryGetValue(x, out var w) && Array.BinarySearch(_wordSets[a], w) >= 0));

        // A word and its other i/y spellings (Data/spellings.json: "sĩ", "sỹ"), which search takes as one word.
        private static IEnumerable<string> Spellings(string word) =>
            ReferenceData.Default.Spellings.Partners.TryGetValue(word, out var others) ? others.Prepend(word) : [word];

        public int CountHavingAll(string[] words)
        {
            var lists = new List<int[]>();
            foreach (var word in words)
            {
                var union = Spellings(word).Where(_wordIds.ContainsKey).SelectMany(x => _postings[_wordIds[x]]).Distinct().Order().ToArray();
                if (union.Length == 0) return 0;
                lists.Add(union);
            }
            lists.Sort((x, y) => x.Length.CompareTo(y.Length));
            return lists[0].Count(a => lists.Skip(1).All(l => Array.BinarySearch(l, a) >= 0));
        }

        /// <summary>Accented words (letters only) with another accented spelling of the same folded form in ≥ <paramref name="minOther"/> articles.</summary>
        public HashSet<string> CollidingWords(int minOther)
        {
            var accented = _words.Select((w, i) => (Word: w, Frequency: _frequency[i]))
                .Where(x => !VietnameseText.IsAscii(x.Word) && x.Word.All(char.IsLetter))
                .GroupBy(x => VietnameseText.FoldLower(x.Word));
            var result = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in accented)
            {
                foreach (var x in group)
                {
                    if (group.Any(o => o.Word != x.Word && o.Frequency >= minOther)) result.Add(x.Word);
                }
            }
            return result;
        }

        /// <summary><paramref name="size"/> words standing together (no punctuation between) at a random place of a random article.</summary>
        public string[]? RandomRun(Random random, int size)
        {
            var sequence = _sequences[random.Next(_sequences.Count)];
            if (sequence.Length < size) return null;
            var start = random.Next(sequence.Length - size + 1);
            var run = new string[size];
            for (var i = 0; i < size; i++)
            {
                if (sequence[start + i] < 0) return null;
                run[i] = _words[sequence[start + i]];
            }
            return run.Distinct(StringComparer.Ordinal).Count() == size ? run : null;
        }
    }
}
