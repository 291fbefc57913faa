using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using DefenceSearch.Engine;
using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// A searchable DefenceSearch index: ranked, faceted, highlighted search and article look-up. Thread
/// safe; <see cref="Refresh"/> picks up commits made by an indexer (in this process or another).
/// </summary>
public sealed class ArticleIndex : IDisposable
{
    internal static readonly string[] FacetFields = FacetDimensions.All.Select(d => d.FacetField).ToArray();

    /// <summary>How deep results can be paged (page × size).</summary>
    public const int MaxDepth = 10_000;

    private static readonly ConditionalWeakTable<object, Dictionary<string, string>> MinisterNamesPerSegment = new();
    private static readonly ConditionalWeakTable<object, Dictionary<string, string>> MinisterNamesPerReader = new();

    // Facet labels are a small, fixed vocabulary: their folded sort keys are computed once, not on every search.
    private const int MaxCachedSortKeys = 100_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SortKeys = new(StringComparer.Ordinal);
    private static int _sortKeyCount;

    private readonly FSDirectory _directory;
    private readonly SearcherManager _searchers;
    private readonly EntityExtractor _extractor;
    private readonly ReferenceData _data;
    // The articles about a cooperation area (tagged with any): which reading of a folded query is on topic.
    private readonly BooleanQuery _onTopic = new();
    // Defence news by its tags: a cooperation area or a defence minister (DefencePrior). Kept per segment as a set of
    // documents: its 400-odd terms are looked up once per segment, not on every search.
    private readonly Filter _defence;

    private readonly ResultCache? _cache;

    /// <summary>The result cache's bound when the caller gives none: 64 MB of estimated response size.</summary>
    public const long DefaultResultCacheBytes = 64L << 20;

    private ArticleIndex(FSDirectory directory, SearcherManager searchers, ReferenceData data, int resultCacheEntries, long resultCacheBytes, SearchBudget? budget)
    {
        _directory = directory;
        _searchers = searchers;
        _data = data;
        _extractor = new EntityExtractor(data);
        foreach (var area in data.Areas) _onTopic.Add(new TermQuery(new Term(Schema.Area, area.Key)), Occur.SHOULD);
        // The on-topic articles (any area) and those tagged with any defence minister.
        var defence = (BooleanQuery)_onTopic.Clone();
        foreach (var minister in data.Ministers) defence.Add(new TermQuery(new Term(Schema.Minister, minister.Key)), Occur.SHOULD);
        _defence = new CachingWrapperFilter(new QueryWrapperFilter(defence));
        _cache = resultCacheEntries > 0 ? new ResultCache(resultCacheEntries, resultCacheBytes > 0 ? resultCacheBytes : DefaultResultCacheBytes) : null;
        Budget = budget ?? SearchBudget.Default;
    }

    /// <summary>The most work one search may do (prefix expansion, time spent collecting).</summary>
    public SearchBudget Budget { get; }

    /// <summary>
    /// The defence prior: what an article tagged with a cooperation area or a defence minister adds to its score when the
    /// list is ranked by relevance. It changes no match set, count or facet, only the order among comparable scores: for `uc`
    /// (816 articles tagged Australia) the navy's visit and the other defence news ranked among a football match, tourists and a
    /// brothel. See <see cref="DefaultDefencePrior"/> for how it was set. Settable for the evaluations (0: none); the site and
    /// the command line keep the default.
    /// </summary>
    public float DefencePrior { get; set; } = DefaultDefencePrior;

    /// <summary>
    /// The defence prior's value (<see cref="DefencePrior"/>), in BM25 points: a short query's hits that name the subject in
    /// their headline score about 26–28 on the 38k news (`uc`), those naming it in the body only far lower, so the prior
    /// reorders the articles that match about as well and lifts no passing mention above a headline. Chosen on the tuning half
    /// of the short-query set (bench/DefenceSearch.Evaluation/Data/short-queries.json, `short` evaluation; nDCG@10 at 0 / 1 / 3
    /// / 5 / 12: 0.500 / 0.608 / 0.662 / 0.728 / 0.734): 5 is where it levels off. Held out: 0.449 → 0.602 (P@10 0.250 →
    /// 0.375), better on 7 of 8 queries, worse on none. Topical nDCG@10 0.744 → 0.745 (tuning 0.732 → 0.734, held out 0.757
    /// level, fresh 0.768 → 0.772); known-item hit@1 unchanged (96.3 % on both halves, folded and accented).
    /// </summary>
    public const float DefaultDefencePrior = 5f;

    /// <summary>The estimated bytes of the responses the result cache holds now (0 without a cache).</summary>
    public long ResultCacheBytes => _cache?.EstimatedBytes ?? 0;

    /// <summary>How many responses the result cache holds now.</summary>
    public int ResultCacheCount => _cache?.Count ?? 0;

    /// <summary>The reference data the index reads queries and labels with (gazetteers, lexicons, spellings).</summary>
    public ReferenceData Data => _data;

    /// <summary>Opens the index at <paramref name="path"/>; throws <see cref="IndexNotFoundException"/> when there is none.</summary>
    /// <remarks>Read the way <paramref name="engine"/> reads an index (see <see cref="IndexEngine"/>).</remarks>
    /// <param name="path">The index folder.</param>
    /// <param name="data">The reference data for labels and query words (<see cref="ReferenceData.Default"/> when null).</param>
    /// <param name="resultCacheEntries">
    /// How many recent responses to keep for the current version of the index (0: none, every search runs).
    /// A site serving many readers keeps some; the command line and the benchmarks search every time.
    /// </param>
    /// <param name="budget">The most work one search may do; <see cref="SearchBudget.Default"/> when null.</param>
    /// <param name="resultCacheBytes">The most estimated bytes of responses the cache keeps (0: <see cref="DefaultResultCacheBytes"/>).</param>
    /// <param name="engine">The engine to read with (<see cref="IndexEngines.Default"/> when null); it must be the one that built the index.</param>
    /// <exception cref="IndexEngineMismatchException">The index was built by another engine.</exception>
    public static ArticleIndex Open(string path, ReferenceData? data = null, int resultCacheEntries = 0, SearchBudget? budget = null, long resultCacheBytes = 0,
        IndexEngine? engine = null)
    {
        var lucene = LuceneEngine.For(engine);
        var directory = lucene.OpenDirectory(path);
        try
        {
            lucene.EnsureBuiltHere(directory, path);
            var searchers = new SearcherManager(directory, new WarmingSearcherFactory(lucene, path));
            return new ArticleIndex(directory, searchers, data ?? ReferenceData.Default, resultCacheEntries, resultCacheBytes, budget);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Whether <paramref name="path"/> holds an index (of any engine).</summary>
    /// <param name="path">The index folder.</param>
    public static bool Exists(string path) => LuceneEngine.IndexExists(path);

    /// <summary>
    /// Picks up the newest commit if no other thread is refreshing; false when one is (that refresh may have started
    /// before the commit, so a caller that must see it calls <see cref="RefreshNow"/>).
    /// </summary>
    /// <exception cref="IndexEngineMismatchException">
    /// The newest commit was built by another engine (another process rebuilt the index with it): searches go on
    /// over the commit already open, and every refresh says so until the index is rebuilt with this engine.
    /// </exception>
    public bool Refresh() => _searchers.MaybeRefresh();

    /// <summary>Picks up the newest commit, waiting for a refresh another thread has in progress: searches after it see the commit.</summary>
    /// <exception cref="IndexEngineMismatchException">The newest commit was built by another engine (as for <see cref="Refresh"/>).</exception>
    public void RefreshNow() => _searchers.MaybeRefreshBlocking();

    /// <summary>How many articles the searched commit holds.</summary>
    public int DocumentCount => Use(s => s.IndexReader.NumDocs);

    /// <summary>The version of the commit being searched: it changes whenever a refresh brings a change, so counts can be kept per version.</summary>
    public long Version => Use(s => s.IndexReader is DirectoryReader reader ? reader.Version : 0);

    /// <summary>
    /// Runs a search: the page of hits the request asks for, in its order, with the total, facet counts, the months, the
    /// notices saying how the query was read, the tier shown and the bounded work done. Never throws on what a user types.
    /// </summary>
    /// <param name="request">The query, filters, sort, page and language.</param>
    public SearchResponse Search(SearchRequest request)
    {
        var clock = Stopwatch.StartNew();
        request = request.Clamped();
        return Use(searcher =>
        {
            var key = _cache is null ? null : ResultCache.Key(request);
            if (key is not null && _cache!.TryGet(searcher.IndexReader, key, out var cached))
                return SaidCut(request, cached with { TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2), Cached = true });
            var depth = Math.Min(request.Page * request.Size, MaxDepth);
            var run = Execute(searcher, request, depth);
            // A page past the last is answered with the last: its hits are among those collected for the page asked.
            var last = Math.Max(1, (Math.Min(run.Total, MaxDepth) + request.Size - 1) / request.Size);
            if (run.Total > 0 && request.Page > last) request = request with { Page = last };
            var from = (request.Page - 1) * request.Size;
            var highlight = run.Built.Highlight;
            var hits = run.Top.ScoreDocs.Skip(from).Take(request.Size)
                .Select(sd => Hit(searcher, sd, highlight, request.Snippets))
                .ToList();
            var response = new SearchResponse
            {
                Query = request.Query ?? "",
                Total = run.Total,
                Page = request.Page,
                Size = request.Size,
                Hits = hits,
                Facets = FacetValues(searcher.IndexReader, run.Facets, run.Selections, request.Lang),
                Months = run.Facets.TryGetValue(FacetCollector.MonthsKey, out var months)
                    ? months.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => new FacetValue(m.Key, m.Key, m.Value)).ToList()
                    : [],
                Notices = run.Notices,
                AnyWord = run.AnyWord,
                Suggestion = run.Suggestion,
                Tier = run.Set.Tier,
                OtherTierTotal = run.Set.OtherTierTotal,
                Readings = run.Set.Readings,
                ReadingsArticlesRead = run.Set.ArticlesRead,
                Highlight = highlight,
                TookMs = Math.Round(clock.Elapsed.TotalMilliseconds, 2),
                Work = run.Work,
            };
            // A search cut short by the clock is not kept: the next one may have the time to finish.
            if (key is not null && !run.Work.TimedOut) _cache!.Add(searcher.IndexReader, key, response);
            return SaidCut(request, response);
        });
    }

    // A query cut before parsing (Clamped) says so, as the parser says it of the queries it cuts.
    private static SearchResponse SaidCut(SearchRequest request, SearchResponse response) =>
        !request.QueryCut || response.Notices.Any(n => n.Kind == QueryNoticeKind.Truncated) ? response
            : response with { Notices = [new QueryNotice(QueryNoticeKind.Truncated, QueryParser.MaxLength.ToString(CultureInfo.InvariantCulture)), .. response.Notices] };

    /// <summary>
    /// Every matching article with its facet values, up to <paramref name="limit"/> (exports, feeds): in the
    /// request's order, newest first when there is no query.
    /// </summary>
    public (IReadOnlyList<SearchHit> Hits, int Total) All(SearchRequest request, int limit)
    {
        request = request.Clamped() with { Page = 1 };
        return Use(searcher =>
        {
            var run = Execute(searcher, request, Math.Max(1, limit));
            return ((IReadOnlyList<SearchHit>)run.Top.ScoreDocs.Take(limit).Select(sd => Hit(searcher, sd, run.Built.Highlight, snippets: false)).ToList(), run.Total);
        });
    }

    private sealed record Execution(
        BuiltQuery Built, TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Total,
        FilterSet Selections, List<QueryNotice> Notices, bool AnyWord, string? Suggestion,
        MatchSet Set, SearchWork Work);

    /// <summary>
    /// The articles a query means (see <see cref="WordsTogether"/>): <see cref="Query"/> is what the total, the
    /// facets, sorting, exports, feeds and "new" counts describe.
    /// </summary>
    private sealed record MatchSet(Query Query, string? Tier, IReadOnlyList<Reading> Readings, NamedEntity? Entity)
    {
        /// <summary>How many stored articles were read to find the readings.</summary>
        public int ArticlesRead { get; init; }

        /// <summary>How many articles the other tier holds (for "together", set once the first tier has run).</summary>
        public int OtherTierTotal { get; init; }

        /// <summary>
        /// For the first tier: the set to take instead when it does not stand: every article with all the words, or, for a
        /// four-word run, its compounds first (<see cref="CompoundsTogether"/>, which falls back to every word in turn).
        /// </summary>
        public MatchSet? Fallback { get; init; }

        /// <summary>The last of the fallbacks: every article with all the words (this set when it has no fallback).</summary>
        public MatchSet AllWords => Fallback?.AllWords ?? this;

        /// <summary>
        /// For the first tier: the articles it and its second tier hold together, when that is not every article with all
        /// the words (<see cref="AllWords"/>): a named entity's tagged articles and those naming it untagged.
        /// </summary>
        public Query? Whole { get; init; }

        /// <summary>What the first tier and its second tier hold together: <see cref="Whole"/>, else every article with all the words.</summary>
        public Query BothTiers => Whole ?? AllWords.Query;

        /// <summary>
        /// For the first tier: how many articles it must hold to stand (1, or <see cref="WordsTogether.MinLongRunArticles"/>
        /// for a run longer than <see cref="WordsTogether.MaxShortRun"/>); with fewer, the fallback is the result.
        /// </summary>
        public int MinArticles { get; init; } = 1;

        /// <summary>
        /// Whether the first tier is a long query's compounds (<see cref="CompoundWords"/>), which stands whatever share of the
        /// articles with all the words it holds (the share rule is for a four-word run split by punctuation).
        /// </summary>
        public bool Compounds => CompoundsTyped is not null;

        /// <summary>For a long query's compounds tier, the compounds as typed ("hop tac", "quoc phong"), for the notice; else null.</summary>
        public IReadOnlyList<string>? CompoundsTyped { get; init; }

        /// <summary>Whether the tiers are a named entity's: the articles tagged with it, then those that only hold its words.</summary>
        public bool EntityTagged { get; init; }

        /// <summary>
        /// Whether the tiers are a keyword query's (four or more words) that few articles hold whole: the articles with every
        /// word (fewer than <see cref="MinAllWordsArticles"/>), then those that miss one of them.
        /// </summary>
        public bool MissingOneTier { get; init; }

        /// <summary>
        /// Whether the first of <see cref="Readings"/> is a long query's (<see cref="LongReadings"/>) and leads: the words rank by its
        /// spellings (<see cref="QueryBuilder.Build"/>'s reading).
        /// </summary>
        public bool ReadingLeads { get; init; }

        /// <summary>
        /// Whether this set was found standing (<see cref="Standing"/>) after a first tier that held no article (a name's words
        /// together nowhere): the search reads it as if it had run that tier and found nothing.
        /// </summary>
        public bool FirstTierEmpty { get; init; }

        /// <summary>This set and its fallbacks with <paramref name="readings"/> (found once, for the query as typed).</summary>
        public MatchSet WithReadings(IReadOnlyList<Reading> readings, int read) =>
            this with { Readings = readings, ArticlesRead = read, Fallback = Fallback?.WithReadings(readings, read) };

        /// <summary>Whether the first tier is the result (<see cref="TierStands"/>), given how many articles it holds.</summary>
        /// <remarks>A long query's compounds tier stands when some article holds a compound's syllables apart; when every article with all
        /// the words holds them together, there is one list, as before (and the articles missing one word may be its second tier).</remarks>
        public bool Stands(int together, Func<int> allWords) =>
            Compounds || EntityTagged ? together >= MinArticles && together < allWords()
            : RunStands?.Invoke() ?? TierStands(together, MinArticles, ShareBase ?? allWords);

        /// <summary>
        /// For a long run searched within filters: whether its tier stands over the whole index (<see cref="TierStands"/>, counted
        /// once without the filters), which decides in place of the counts within them; else null (the counts given decide).
        /// </summary>
        public Func<bool>? RunStands { get; init; }

        /// <summary>
        /// For a long run typed with diacritics: how many articles hold its words in any spelling, the base of the share rule
        /// (<see cref="TierStands"/>) in place of the articles with all the words as typed; else null.
        /// </summary>
        public Func<int>? ShareBase { get; init; }
    }

    // The set a count stands on: the first tier when it stands, else the next fallback that does (as the search reads it),
    // marked when a tier passed over held no article (FirstTierEmpty).
    private static MatchSet Standing(IndexSearcher searcher, MatchSet set, FilterSet selections, BudgetMeter meter)
    {
        var empty = false;
        while (set.Fallback is { } fallback)
        {
            var all = set.BothTiers;
            var together = Count(searcher, set.Query, selections, meter);
            if (set.Stands(together, () => Count(searcher, all, selections, meter))) return set with { FirstTierEmpty = empty };
            empty |= together == 0;
            set = fallback;
        }
        return set with { FirstTierEmpty = empty };
    }

    /// <summary>
    /// Whether a words-together tier is the result: it holds at least <paramref name="minArticles"/> articles, and a
    /// long run (<paramref name="minArticles"/> above 1) stands together in at most <see cref="WordsTogether.MaxLongRunShare"/>
    /// of the articles with all its words (otherwise the words apart are mostly the same compound split by punctuation,
    /// "rà phá bom, mìn", and the tier would hide them). One rule for the search, its counts, exports and "new since".
    /// </summary>
    private static bool TierStands(int together, int minArticles, Func<int> allWords) =>
        together >= minArticles && (minArticles == 1 || together <= WordsTogether.MaxLongRunShare * allWords());

    /// <summary>
    /// Below this many articles holding every word of a keyword query (four or more words), the articles that miss one word
    /// are offered as the second tier (a page of hits instead of a few, one click away); the count stays the articles with
    /// every word.
    /// </summary>
    public const int MinAllWordsArticles = 10;

    // The articles that miss one word of a keyword query and are not in its set of every word (the second tier).
    private static BooleanQuery MissingOne(MatchSet everyWord, Query oneMissing) => new()
    {
        { WithEntity(oneMissing, everyWord.Entity), Occur.MUST },
        { everyWord.Query, Occur.MUST_NOT },
    };

    // One query, or any of several.
    private static Query AnyOf(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        if (list.Count == 1) return list[0];
        var any = new BooleanQuery();
        foreach (var q in list) any.Add(q, Occur.SHOULD);
        return any;
    }

    private static Query WithEntity(Query query, NamedEntity? entity) =>
        entity is null ? query : new BooleanQuery { { query, Occur.SHOULD }, { entity.Tagged(), Occur.SHOULD } };

    /// <summary>
    /// What the whole run of a short query (two or three units, <see cref="WordsTogether.MaxShortRun"/>) standing side by side
    /// adds inside the words-together tier, as a phrase scored by its frequency in the body and the title. Without it the tier
    /// held every article alike (the together clause scored nothing, the reading's boost is constant), and the body scored
    /// only the run's pairs: for `hai quan nga` "Hải quân Anh đã hết thời?" (its title holds "hải quân", its body "hải quân
    /// Nga" once) ranked above the articles about the Russian navy. At 6 it still did; at 10 it ranks below them, and the
    /// topical (all 0.732/0.493, held-out 0.747/0.550, tuning 0.718/0.439) and known-item figures are unchanged. At 12, or for
    /// four-word runs too, tuning nDCG@10 fell to 0.715 ("cong nghiep quoc phong") and one known item ("toa nha 27 tang")
    /// lost its first place to an article repeating the words.
    /// </summary>
    public const float TogetherRunBoost = 10f;

    // What the first reading of a folded query adds to its articles' scores: more than any text match scores,
    // so they lead the list (BM25 scores of a few words stay far below it).
    private const float ReadingBoost = 1000f;

    // The readings of a query of four to ten words typed without diacritics (LongReadings), each counted as a click on it would
    // show (ReadingTotal); null for any other query (a name inside it, an entity, a word typed with marks).
    private LongReadings.Result? LongRead(IndexSearcher searcher, IReadOnlyList<string>? bare, BuiltQuery built, NamedEntity? entity,
        SearchRequest request, FilterSet selections, BudgetMeter meter)
    {
        if (entity is not null || bare is not { Count: > WordsTogether.MaxShortRun } || built.Units is null
            || !bare.All(Text.VietnameseText.IsAscii))
            return null;
        // Under a clock (the site's), reading stops at half of it, offering nothing, so that the search itself has the time to finish.
        var result = LongReadings.Read(searcher, bare, reading => ReadingTotal(searcher, reading, request, selections), () => meter.PastShare(LongReadings.ClockShare));
        meter.ReadingPairs += result.PairsCounted;
        meter.ReadingCombinations += result.CombinationsTried;
        meter.ReadingsCounted += result.ReadingsCounted;
        return result;
    }

    /// <summary>
    /// What a click on a reading shows: the reading searched as typed, its match set read by the search's own rule (<see
    /// cref="Match"/>, <see cref="MatchSet.Stands"/>: a long query's compounds together in the reading's spellings, a run of
    /// four words together), counted under the request's filters. Zero when its words stand together in no article so spelt
    /// (the click would show them apart): such a reading is no choice to offer.
    /// </summary>
    private int ReadingTotal(IndexSearcher searcher, string reading, SearchRequest request, FilterSet selections)
    {
        // Counted whole (no clock: a count cut short would be no honest count); the caller stops between readings.
        var meter = new BudgetMeter(Budget with { Time = null });
        var parsed = QueryParser.Parse(reading);
        var built = new QueryBuilder(searcher.IndexReader, _extractor, meter).Build(parsed.Root, oneMissing: true);
        var set = Match(searcher, parsed, built, request with { Query = reading, Apart = false }, selections, meter, offerReadings: false);
        if (set.Fallback is null || Count(searcher, set.Query, selections, meter) == 0) return 0;
        // A run of four words that makes no tier (in too few articles together, or in most) is read as its compounds, else as
        // one list (every article with the words, those that spell them so first): the click shows the set that stands.
        return Count(searcher, Standing(searcher, set, selections, meter).Query, selections, meter);
    }

    private MatchSet Match(IndexSearcher searcher, ParsedQuery parsed, BuiltQuery built, SearchRequest request,
        FilterSet selections, BudgetMeter meter, bool offerReadings = true)
    {
        var words = MatchWords(searcher, parsed, built, request, selections, meter, offerReadings);
        // The words' first tier (what they mean side by side), even when the request asks for a second tier.
        MatchSet FirstWords() => request.Apart ? MatchWords(searcher, parsed, built, request with { Apart = false }, selections, meter, offerReadings: false) : words;
        return words.Entity is { } entity && EntityTier(searcher, built, words, FirstWords, entity, request, selections, meter) is { } about ? about : words;
    }

    // Which articles the query's words mean (a named entity's tag counting as its words): together, apart, or every word.
    private MatchSet MatchWords(IndexSearcher searcher, ParsedQuery parsed, BuiltQuery built, SearchRequest request,
        FilterSet selections, BudgetMeter meter, bool offerReadings)
    {
        var bare = WordsTogether.BareWords(parsed.Root);
        var entity = WordsTogether.NameWords(parsed.Root) is { } name ? EntityNames.Find(_data, name, request.Lang) : null;
        var query = entity is null ? built.Query : new BooleanQuery { { built.Query, Occur.SHOULD }, { entity.Tagged(), Occur.SHOULD } };
        var words = WordsTogether.Tiered(bare);
        // A name inside a longer query is one unit: "hop tac hoa ky" stands together as "hợp tác Hoa Kỳ" or "hợp tác Mỹ".
        var units = bare is not null && built.Units is { } u && u.Count < bare.Count && WordsTogether.Tiered(u) is { } tiered ? tiered : null;
        if (words is null && units is null)
        {
            // A longer query typed without diacritics is read pair by pair ("hop tac dao tao quan su": "hợp tác đào tạo quân
            // sự"), and its readings are offered with what a click on each shows (LongReadings, ReadingTotal).
            var compounds = CompoundsTogether(searcher, built, query, entity, request, selections, meter) ?? new MatchSet(query, null, [], entity);
            if (!offerReadings || LongRead(searcher, bare, built, entity, request, selections, meter) is not { } longRead) return compounds;
            // The readings go with either list: the compounds tier, or every article with the words when it makes no tier.
            return compounds.WithReadings(longRead.Readings, longRead.ArticlesRead) with { ReadingLeads = longRead.FirstLeads };
        }

        // A country at either end of the run may stand on the other side of the rest: Vietnamese puts it after ("Bộ
        // Quốc phòng Mỹ", "hải quân Nga") what users often type before ("my quoc phong", "nga hai quan").
        // Two neighbours that are one word ("biển đông", "quốc phòng") stand side by side, the others up to `gap` apart
        // (WordsTogether.PairGaps).
        Query Together(int gap)
        {
            if (units is not null)
            {
                return AnyOf(WordsTogether.Orders(units.Count, units[0].IsCountry, units[^1].IsCountry)
                    .Select(order => order.Select(i => units[i]).ToList())
                    .Select(run => WordsTogether.Query(run.Select(u => u.Spellings!).ToList(), run.Select(u => u.Tag).ToList(), WordsTogether.PairGaps(searcher, run, gap))));
            }
            var countryWords = built.Countries.Select(c => c.Typed).ToHashSet(StringComparer.Ordinal);
            var plainExact = built.PlainWords.Count > 0;
            return AnyOf(WordsTogether.Orders(words!.Count, countryWords.Contains(words[0]), countryWords.Contains(words[^1]))
                .Select(order => order.Select(i => words[i]).ToList())
                .Select(run => WordsTogether.Query(run, built.Alternatives, WordsTogether.PairGaps(searcher, run, gap, plainExact, countryWords), plainExact)));
        }
        var together = Together(WordsTogether.MaxGap);
        if (entity is not null) together = new BooleanQuery { { together, Occur.SHOULD }, { entity.Tagged(), Occur.SHOULD } };
        var read = 0;
        var firstLeads = false;
        var spellings = 0;
        IReadOnlyList<Reading> found = units is not null || !offerReadings ? [] : WordsTogether.Readings(searcher, words!, _onTopic, out read, out firstLeads, out spellings);
        var leader = found.FirstOrDefault();
        // Typed without marks, one spelling offers no choice (one reading left of several, the others no words, does: "đảo
        // chính" of `dao chinh`, whose "đạo Chính" of "lãnh đạo Chính phủ" is dropped); typed with marks, any other spelling of
        // its plain syllables is one ("quốc phong" typed: "quốc phòng" offered beside the articles that spell "Quốc Phong").
        var readings = found.Count >= 1 && (words?.Any(w => !Text.VietnameseText.IsAscii(w)) == true || spellings >= 2) ? found : [];
        // Each reading is offered with what a click on it shows (ReadingTotal: its own match set, its words together within the
        // tier's gap, under the request's filters), as the long readings are. Counted side by side over the whole index, "Biển
        // Đông (422)" led to 502 articles on the 38k news, and under the filter "naval" to 46. A reading a click would show
        // nothing of (none within the filters) is no choice to offer. Which reading leads the ranking is decided as before.
        if (readings.Count > 0)
        {
            meter.ReadingsCounted += readings.Count;
            readings = readings.Select(x => x with { Articles = ReadingTotal(searcher, x.Query, request, selections) }).Where(x => x.Articles > 0).ToList();
        }
        // Four words typed without diacritics that stand whole in one spelling only ("nga ban vu khi") are read pair by pair too,
        // and offered with what a click on each shows (one is a choice: the click ranks that spelling first); they rank nothing.
        var longLeads = false;
        if (readings.Count == 0 && units is null && offerReadings && LongRead(searcher, bare, built, entity, request, selections, meter) is { Readings.Count: > 0 } fourWords)
            (readings, read, longLeads) = (fourWords.Readings, fourWords.ArticlesRead, fourWords.FirstLeads);
        var first = new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(together) { Boost = 0f }, Occur.MUST } };
        if ((units?.Count ?? words!.Count) <= WordsTogether.MaxShortRun)
        {
            // Inside the tier, the run side by side scores by how often it stands so (BM25 of its frequency, body and title).
            var often = Together(0);
            often.Boost = TogetherRunBoost;
            first.Add(often, Occur.SHOULD);
        }
        if (firstLeads)
        {
            // The first reading leads (unless tied with the second): its articles rank before the other readings'.
            first.Add(new ConstantScoreQuery(WordsTogether.Query(leader!.Query.Split(' '), plainExact: true)) { Boost = ReadingBoost }, Occur.SHOULD);
        }
        var plain = new MatchSet(query, null, readings, entity) { ArticlesRead = read };
        var minArticles = (units?.Count ?? words!.Count) > WordsTogether.MaxShortRun ? WordsTogether.MinLongRunArticles : 1;
        // A four-word run that seldom stands whole ("trien lam quoc phong": "triển lãm" and "quốc phòng" in few articles side
        // by side) is read as its compounds next, then as every word: not straight to every article with the four syllables
        // anywhere (2,432 on the 38k, "Triển lãm Quốc tế Vietbuild" first).
        // The run's readings go with whichever set stands.
        // The share rule asks how the run's syllables stand in the articles that hold them in any spelling (a compound split by
        // punctuation, or four syllables scattered): typed with diacritics, the words match their typed spelling only and
        // far fewer articles hold all four ("bệnh viện quân y": 37 together of 182 as typed, of 1,411 in any spelling), so the
        // share is taken of every spelling's articles, and the run keeps the tier it has when typed without diacritics.
        int? anySpelling = null;
        Func<int>? shareBase = minArticles > 1 && built.MarkedWords.Count > 0
            ? () => anySpelling ??= Count(searcher, new QueryBuilder(searcher.IndexReader, _extractor, meter)
                .Build(parsed.Root, plainExact: false, marksExact: false).Query, selections, meter)
            : null;
        // Whether a long run makes its tier is decided over the whole index: a filter narrows the articles the query means, it
        // does not read the query again. Decided within the filters, a facet value holding fewer than 10 of the run's articles
        // read it as its compounds or as every word once clicked: on the 38k `chat doc da cam` offered "Nhật Bản (4)" and the
        // click showed 9, `bệnh viện quân y`'s "Hoa Kỳ (1)" showed 28 (and its saved search's "new" count was the click's).
        Func<bool>? runStands = null;
        if (minArticles > 1 && selections.Narrows)
        {
            bool? verdict = null;
            var whole = FilterSet.None;
            var unfilteredBase = shareBase is null ? (Func<int>)(() => Count(searcher, query, whole, meter))
                : () => Count(searcher, new QueryBuilder(searcher.IndexReader, _extractor, meter).Build(parsed.Root, plainExact: false, marksExact: false).Query, whole, meter);
            runStands = () => verdict ??= TierStands(Count(searcher, first, whole, meter), minArticles, unfilteredBase);
        }
        MatchSet Next() => minArticles > 1 && CompoundsTogether(searcher, built, query, entity, request, selections, meter) is { } compounds
            ? compounds with { Readings = readings, ArticlesRead = read, Fallback = compounds.Fallback is { } f ? f with { Readings = readings, ArticlesRead = read } : null }
            : plain;
        if (request.Apart)
        {
            var togetherTotal = Count(searcher, first, selections, meter);
            var second = new BooleanQuery { { query, Occur.MUST }, { together, Occur.MUST_NOT } };
            return (!(runStands?.Invoke() ?? TierStands(togetherTotal, minArticles, shareBase ?? (() => Count(searcher, query, selections, meter)))) ? Next()
                : new MatchSet(second, "apart", readings, entity) { OtherTierTotal = togetherTotal, ArticlesRead = read }) with { ReadingLeads = longLeads };
        }
        // The caller runs the first tier and falls back when it does not stand (the words never, or seldom, stand together).
        return new MatchSet(first, "together", readings, entity)
        {
            Fallback = Next(), ArticlesRead = read, MinArticles = minArticles, ReadingLeads = longLeads, ShareBase = shareBase,
            RunStands = runStands,
        };
    }

    // A query that names a country or minister, in any spelling ("Úc", "uc", "australia", "Ô-xtrây-li-a"): the articles tagged
    // with it are the result, the same set and count whatever the spelling; those that only hold the words ("ký ức" for "uc",
    // "thẩm mỹ" for "my", "Mỹ Tho") are the second tier, one click away. Null when no article is tagged with it: then the
    // name's words decide, as for any words (a name no article holds is said to be absent). `words`: the words' own set
    // (with `Apart`, their second tier or every word), taken when this tier does not stand (no tagged article within the
    // filters, or every article with the words tagged). The second tier is the articles where the words stand as they stand
    // for any query (`firstWords`' set that stands: a name of several words side by side), not tagged with it: `phan van
    // giang` offered "1,809 more hold the words typed" on the 38k, articles with "Phan", "Văn" and "Giang" anywhere.
    private static MatchSet? EntityTier(IndexSearcher searcher, BuiltQuery built, MatchSet words, Func<MatchSet> firstWords, NamedEntity entity,
        SearchRequest request, FilterSet selections, BudgetMeter meter)
    {
        var tagged = new TermQuery(new Term(entity.Field, entity.Key));
        if (searcher.IndexReader.DocFreq(tagged.Term) == 0) return null;
        // Ranked as before: the tag's constant score plus the words' match, the articles spelling the name as typed first.
        var first = new BooleanQuery { { entity.Tagged(), Occur.MUST }, { built.Query, Occur.SHOULD } };
        var standing = Standing(searcher, firstWords(), selections, meter);
        var named = standing.Query; // the words as they stand, or the tag
        var whole = new BooleanQuery { { named, Occur.SHOULD }, { tagged, Occur.SHOULD } };
        // Not standing, the tier falls back to the words' set that stands, found above: the tiers passed over are not run again
        // (with the second tier asked for, to that tier's words).
        var set = new MatchSet(first, "together", [], entity) { Fallback = request.Apart ? words : standing, EntityTagged = true, Whole = whole };
        if (!request.Apart) return set;
        var togetherTotal = Count(searcher, first, selections, meter);
        var second = new BooleanQuery { { named, Occur.MUST }, { tagged, Occur.MUST_NOT } };
        return set.Stands(togetherTotal, () => Count(searcher, whole, selections, meter))
            ? new MatchSet(second, "apart", [], entity) { OtherTierTotal = togetherTotal, EntityTagged = true }
            : words;
    }

    /// <summary>
    /// The fewest articles a long query's compounds must stand together in to make the tiers (with none, the articles with
    /// every word are the result, as before). One: a page of the seven articles that say "thương vụ" with "… 78 more have the
    /// words apart" is the honest answer to `thương vụ vũ khí Mỹ Đài Loan`, where 85 articles scattered the syllables.
    /// </summary>
    public const int MinCompoundArticles = 1;

    // A long query (a list of keywords, no run tier) whose neighbours hold compounds ("hop tac quoc phong viet nam an do":
    // "hợp tác", "quốc phòng"): the articles where every compound stands together are the result, those with a compound's
    // syllables apart ("Quốc hội" … "phong phú") the second tier. Null when the query holds no compound.
    private MatchSet? CompoundsTogether(IndexSearcher searcher, BuiltQuery built, Query query, NamedEntity? entity, SearchRequest request,
        FilterSet selections, BudgetMeter meter)
    {
        if (built.Units is not { Count: >= 3 } all || all.Any(u => u.Spellings is null)) return null;
        var pairs = CompoundWords.Find(searcher, all, out _);
        if (pairs.Count == 0) return null;
        var typed = pairs.Select(i => all[i].Typed + " " + all[i + 1].Typed).ToList();
        var together = new BooleanQuery();
        // A long query's compounds keep the tier's gap (unlike a short run's, WordsTogether.PairGaps): side by side, the topical
        // evaluation fell (nDCG@10 0.744 → 0.741; "tàu chiến Mỹ thăm cảng Cam Ranh", read as "tàu chiến" and "cam ranh", 0.80 → 0.65).
        foreach (var i in pairs) together.Add(WordsTogether.Query([all[i].Spellings!, all[i + 1].Spellings!], WordsTogether.MaxGap), Occur.MUST);
        Query tier = entity is null ? together : new BooleanQuery { { together, Occur.SHOULD }, { entity.Tagged(), Occur.SHOULD } };
        var first = new BooleanQuery { { query, Occur.MUST }, { new ConstantScoreQuery(tier) { Boost = 0f }, Occur.MUST } };
        var plain = new MatchSet(query, null, [], entity);
        var set = new MatchSet(first, "together", [], entity) { Fallback = plain, MinArticles = MinCompoundArticles, CompoundsTyped = typed };
        if (!request.Apart) return set;
        // The second tier under the same rule as the first (MatchSet.Stands): none when the compounds tier is no tier.
        var togetherTotal = Count(searcher, first, selections, meter);
        var second = new BooleanQuery { { query, Occur.MUST }, { tier, Occur.MUST_NOT } };
        return set.Stands(togetherTotal, () => Count(searcher, query, selections, meter))
            ? new MatchSet(second, "apart", [], entity) { OtherTierTotal = togetherTotal, CompoundsTyped = typed }
            : plain;
    }

    // The query, its best `depth` hits, facet counts and notices; when no article has every word, the same with any word.
    private Execution Execute(IndexSearcher searcher, SearchRequest request, int depth)
    {
        var parsed = QueryParser.Parse(request.Query);
        var meter = new BudgetMeter(Budget);
        var built = new QueryBuilder(searcher.IndexReader, _extractor, meter).Build(parsed.Root, oneMissing: true);
        var selections = Selections(request);
        var sort = request.Sort == SortOrder.Date || parsed.Root is null ? SortOrder.Date : SortOrder.Relevance;
        var entityAbsent = false;
        (MatchSet Set, TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Total) Read(BuiltQuery b)
        {
            entityAbsent = false;
            var set = Match(searcher, parsed, b, request, selections, meter);
            if (set.ReadingLeads && set.Readings.Count > 0 && !meter.TimedOut)
            {
                // A long query typed without diacritics whose first reading leads ranks by that reading's spellings (softly: the
                // reading is a guess), its words side by side where they stand so spelt: for "nga ban vu khi" ("Nga bán vũ khí"),
                // "Nga bắn hạ … bằng vũ khí" no longer ranks first on its title's "Nga bắn".
                var reread = new QueryBuilder(searcher.IndexReader, _extractor, meter.ForRetry())
                    .Build(parsed.Root, oneMissing: true, reading: set.Readings[0].Query.Split(' '));
                set = Match(searcher, parsed, reread, request, selections, meter, offerReadings: false).WithReadings(set.Readings, set.ArticlesRead);
                b = reread;
                built = reread;
            }
            var (top, facets, total) = Run(searcher, b with { Query = set.Query }, selections, sort, depth, meter);
            int? allWords = null; // every article with all the words: one count for the whole chain
            while (set.Fallback is { } fallback && !meter.TimedOut)
            {
                var all = set.BothTiers;
                var whole = set.Whole is not null ? new Lazy<int>(() => Count(searcher, all, selections, meter)) : null;
                int AllWords() => whole?.Value ?? (allWords ??= Count(searcher, all, selections, meter));
                if (set.Stands(total, AllWords))
                {
                    set = set with { OtherTierTotal = AllWords() - total }; // all words, less those together
                    break;
                }
                // A name no article holds, in any spelling: the articles shown only hold its words apart, and say so (a words
                // tier passed over because it held nothing says so too).
                entityAbsent |= set.Entity is not null && !set.EntityTagged && total == 0;
                entityAbsent |= fallback.Entity is not null && fallback.FirstTierEmpty;
                set = fallback;
                (top, facets, total) = Run(searcher, b with { Query = set.Query }, selections, sort, depth, meter);
            }
            return (set, top, facets, total);
        }
        var (set, top, facets, total) = Read(built);

        var notices = new List<QueryNotice>();
        if (total == 0 && built.SpeltAsTyped && !meter.TimedOut)
        {
            // No article holds the query as typed: its syllables typed without marks ("hải quan" where only "hải quân" is written)
            // or quoted phrases read as every spelling first, its words typed with marks kept; then every word so, and say so.
            (MatchSet Set, TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Total)? again = null;
            if (EverySpelling(searcher, parsed, built, meter, every => (again = Read(every)).Value.Total > 0) is (var every, var marksExact))
            {
                if (!marksExact) notices.Add(new QueryNotice(QueryNoticeKind.MarkedAsEverySpelling, null) { Words = built.SpeltWords });
                else if (built.PlainWords.Count > 0) notices.Add(new QueryNotice(QueryNoticeKind.PlainAsEverySpelling, null) { Words = built.PlainWords });
                if (built.TypedPhrases.Count > 0) notices.Add(new QueryNotice(QueryNoticeKind.PhraseAsEverySpelling, null) { Words = built.TypedPhrases });
                built = every;
                (set, top, facets, total) = again!.Value;
            }
        }
        var strictTotal = total;
        var leftOut = false;
        if (total == 0 && set.Tier is null && !meter.TimedOut)
        {
            // No article holds every word: read the query less its least informative unit, the run kept for the facets too.
            (TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Total)? found = null;
            if (LeaveOneOut(searcher, built, set.Entity, meter, q => (found = Run(searcher, built with { Query = q }, selections, sort, depth, meter)).Value.Total > 0) is { } relaxed)
            {
                set = set with { Query = relaxed.Query };
                (top, facets, total) = found!.Value;
                leftOut = true;
                notices.Add(new QueryNotice(QueryNoticeKind.WordsLeftOut, total.ToString("N0", CultureInfo.GetCultureInfo(request.Lang == "en" ? "en-GB" : "vi-VN"))) { Words = [relaxed.Unit.Typed] });
            }
        }
        if (built.OneMissing is { } wider && !leftOut && set.Tier is null && total is > 0 and < MinAllWordsArticles && !meter.TimedOut)
        {
            // Few articles hold every word of a keyword query: they are the result, and the articles that miss one word are the
            // second tier, one click away. They used to be counted in: "bo truong quoc phong ashton carter" counted 5,273 where
            // 8 articles hold every word (side by side), its facets those of the 5,265 that lack one.
            var missing = MissingOne(set, wider);
            if (request.Apart)
            {
                var second = Run(searcher, built with { Query = missing }, selections, sort, depth, meter);
                if (second.Total > 0)
                {
                    set = new MatchSet(missing, "apart", set.Readings, set.Entity) { OtherTierTotal = total, MissingOneTier = true, ArticlesRead = set.ArticlesRead };
                    (top, facets, total) = second;
                }
            }
            else if (Count(searcher, missing, selections, meter) is > 0 and var more)
                set = set with { Tier = "together", OtherTierTotal = more, MissingOneTier = true };
        }
        if (parsed.Notice != QueryNoticeKind.None) notices.Add(new QueryNotice(parsed.Notice, parsed.NoticeDetail));
        // A named entity's notice goes here once the fallbacks below are known (it says what the articles shown are).
        var entityNoticeAt = notices.Count;
        if (set.Entity is null)
        {
            foreach (var (typed, key) in built.Countries.DistinctBy(c => c.Key))
                notices.Add(new QueryNotice(QueryNoticeKind.CountryWord, $"{typed} → {CountryLabel(key, request.Lang)}"));
            foreach (var (typed, key) in built.Ministers.DistinctBy(m => m.Key))
                notices.Add(new QueryNotice(QueryNoticeKind.MinisterName, $"{typed} → {(_data.MinisterByKey.TryGetValue(key, out var m) ? m.Name : key)}"));
        }
        if (set.CompoundsTyped is { } compounds && set.Tier is not null && set.OtherTierTotal > 0)
            notices.Add(new QueryNotice(QueryNoticeKind.CompoundWords, null) { Words = compounds });
        if (set.Tier is { } tier && set.OtherTierTotal > 0)
        {
            notices.Add(new QueryNotice(set.EntityTagged
                    ? tier == "apart" ? QueryNoticeKind.EntityWordsOnly : QueryNoticeKind.EntityTagged
                    : set.MissingOneTier
                        ? tier == "apart" ? QueryNoticeKind.OneWordMissing : QueryNoticeKind.MissingOneWord
                        : tier == "apart" ? QueryNoticeKind.WordsApart : QueryNoticeKind.WordsTogether,
                set.OtherTierTotal.ToString("N0", CultureInfo.GetCultureInfo(request.Lang == "en" ? "en-GB" : "vi-VN"))));
        }
        var anyWord = false;
        if (total == 0 && set.Tier is null && built.PositiveWords.Count >= 2 && !meter.TimedOut)
        {
            // The same prefixes again: their terms are not spent twice.
            var loose = new QueryBuilder(searcher.IndexReader, _extractor, meter.ForRetry()).Build(parsed.Root, anyWord: true);
            var retry = Run(searcher, loose, selections, sort, depth, meter);
            if (retry.Total > 0)
            {
                (top, facets, total) = retry;
                built = loose with { UnknownFilter = built.UnknownFilter };
                anyWord = true;
                notices.Add(new QueryNotice(QueryNoticeKind.AnyWordFallback, null));
            }
        }
        if (set.Entity is { } named)
            notices.Insert(entityNoticeAt, new QueryNotice(EntityNotice(searcher, set, named, total, anyWord, entityAbsent, selections, meter), named.Label));
        if (built.UnknownFilter is { } unknown) notices.Add(new QueryNotice(QueryNoticeKind.UnknownFilter, unknown));
        if (meter.ExpansionCut) notices.Add(new QueryNotice(QueryNoticeKind.ExpansionCut, Budget.MaxTermsPerPrefix.ToString(CultureInfo.InvariantCulture)));
        if (meter.TimedOut) notices.Add(new QueryNotice(QueryNoticeKind.TimedOut, null));
        // A count (no snippets: exports, saved-search counts, the ways out of an empty page) shows no did-you-mean.
        var suggestion = strictTotal == 0 && request.Snippets && !meter.TimedOut ? SpellSuggester.Suggest(searcher.IndexReader, parsed.Text, built.PositiveWords, _data.StopWords) : null;
        return new Execution(built, top, facets, total, selections, notices, anyWord, suggestion, set, meter.Work);
    }

    /// <summary>
    /// How a query that no article holds as typed (<see cref="BuiltQuery.SpeltAsTyped"/>) is read again, widest last: its plain
    /// syllables and quoted phrases in every spelling, its words typed with marks kept (when it has such syllables or phrases);
    /// then every word in every spelling (when it has words typed with marks). The search and its counts read it alike.
    /// </summary>
    /// <param name="searcher">The searcher.</param>
    /// <param name="parsed">The query as parsed.</param>
    /// <param name="built">The query as typed, which no article holds.</param>
    /// <param name="meter">The search's budget (each reading is built on its retry allowance).</param>
    /// <param name="holds">Whether some article holds a reading (the caller keeps what it ran).</param>
    /// <returns>The first reading some article holds, and whether its words typed with marks kept them; null when none does.</returns>
    private (BuiltQuery Every, bool MarksExact)? EverySpelling(IndexSearcher searcher, ParsedQuery parsed, BuiltQuery built, BudgetMeter meter, Func<BuiltQuery, bool> holds)
    {
        foreach (var marksExact in Readings())
        {
            var every = new QueryBuilder(searcher.IndexReader, _extractor, meter.ForRetry()).Build(parsed.Root, oneMissing: true, plainExact: false, marksExact: marksExact);
            if (holds(every)) return (every, marksExact);
            if (meter.TimedOut) break;
        }
        return null;

        IEnumerable<bool> Readings()
        {
            if (built.PlainWords.Count > 0 || built.TypedPhrases.Count > 0) yield return true;
            if (built.MarkedWords.Count > 0) yield return false;
        }
    }

    /// <summary>
    /// What the notice of a query naming a country or minister says, never against the count: "read as" it when some article
    /// (of those the filters allow) is tagged with it; otherwise that no article is about it, and that the articles shown only
    /// hold the words typed (<see cref="QueryNoticeKind.EntityUntagged"/>; <see cref="QueryNoticeKind.EntityAbsent"/> when its
    /// words stand together nowhere either), or that none holds them all (<see cref="QueryNoticeKind.EntityNone"/>: nothing is
    /// shown, or only articles with some of the words). "uc" over articles none of which is tagged with Australia said "Read as
    /// Australia" over 0 results, and over "ký ức" where that word stands.
    /// </summary>
    private static QueryNoticeKind EntityNotice(IndexSearcher searcher, MatchSet set, NamedEntity entity, int total, bool anyWord, bool absent,
        FilterSet selections, BudgetMeter meter)
    {
        if (set.EntityTagged || Count(searcher, new TermQuery(new Term(entity.Field, entity.Key)), selections, meter) > 0) return QueryNoticeKind.EntityMatch;
        if (total == 0 || anyWord) return QueryNoticeKind.EntityNone;
        return absent ? QueryNoticeKind.EntityAbsent : QueryNoticeKind.EntityUntagged;
    }

    /// <summary>
    /// When no article holds every unit of a query (words, phrases, names: <see cref="BuiltQuery.TopUnits"/>), the query
    /// less one unit: the one held by the most articles (the least informative) first, then the next, the first that
    /// <paramref name="finds"/> anything. Every article of that set lacks the unit left out (none holds them all), so the
    /// notice can say "without" it. Null when the query has fewer than two units or no unit can be left out to find anything.
    /// </summary>
    private static (Query Query, QueryUnit Unit)? LeaveOneOut(IndexSearcher searcher, BuiltQuery built, NamedEntity? entity, BudgetMeter meter, Func<Query, bool> finds)
    {
        var units = built.TopUnits;
        if (units.Count < 2) return null;
        var articles = units.Select(u => Articles(searcher, u.Match, meter)).ToArray();
        var empty = articles.Count(a => a == 0);
        if (empty > 1) return null; // leaving out one unit keeps one that no article holds
        var order = Enumerable.Range(0, units.Count)
            .Where(i => empty == 0 || articles[i] == 0)
            .OrderByDescending(i => articles[i])
            .ThenByDescending(i => i); // of two as common, the later typed (a query's first words are its subject)
        foreach (var i in order)
        {
            if (meter.TimedOut) return null;
            var query = WithEntity(built.Without(i), entity);
            if (finds(query)) return (query, units[i]);
        }
        return null;
    }

    // How many articles match a query, in the whole index (how informative a unit of a query is).
    private static int Articles(IndexSearcher searcher, Query query, BudgetMeter meter)
    {
        var collector = new TotalHitCountCollector();
        searcher.Search(query, new BudgetCollector(collector, meter));
        return collector.TotalHits;
    }

    // How many articles match, within the facet selections (and the search's time budget).
    private static int Count(IndexSearcher searcher, Query query, FilterSet selections, BudgetMeter meter)
    {
        var collector = new FacetCollector(new TotalHitCountCollector(), searcher.IndexReader, selections.Select(s => (s.Field, s.Selected)).ToList(), selections.Range);
        meter.SetsRun++;
        searcher.Search(query, new BudgetCollector(collector, meter));
        return collector.Total;
    }

    /// <summary>How many articles match the request and entered the index after <paramref name="sinceUnixSeconds"/>.</summary>
    public int CountAddedSince(SearchRequest request, long sinceUnixSeconds) =>
        AddedSince(request, sinceUnixSeconds, (searcher, _, query, selections, _, meter) => Count(searcher, query, selections, meter));

    /// <summary>
    /// The articles that match the request and entered the index after <paramref name="sinceUnixSeconds"/>, up to
    /// <paramref name="limit"/> in the request's order (newest first without a query), and how many there are.
    /// </summary>
    public (IReadOnlyList<SearchHit> Hits, int Total) NewSince(SearchRequest request, long sinceUnixSeconds, int limit) =>
        AddedSince(request, sinceUnixSeconds, (searcher, built, query, selections, sort, meter) =>
        {
            var (top, _, total) = Run(searcher, built with { Query = query, Proximity = null }, selections, sort, Math.Max(1, limit), meter);
            return ((IReadOnlyList<SearchHit>)top.ScoreDocs.Take(limit).Select(sd => Hit(searcher, sd, built.Highlight, request.Snippets)).ToList(), total);
        });

    private T AddedSince<T>(SearchRequest request, long sinceUnixSeconds, Func<IndexSearcher, BuiltQuery, Query, FilterSet, SortOrder, BudgetMeter, T> run)
    {
        var parsed = QueryParser.Parse(request.Query);
        request = request.Clamped();
        return Use(searcher =>
        {
            var meter = new BudgetMeter(Budget);
            var built = new QueryBuilder(searcher.IndexReader, _extractor, meter).Build(parsed.Root, oneMissing: true);
            var selections = Selections(request);
            var set = Match(searcher, parsed, built, request, selections, meter, offerReadings: false);
            set = Standing(searcher, set, selections, meter);
            if (built.SpeltAsTyped && Count(searcher, set.Query, selections, meter) == 0)
            {
                // As the search reads it: syllables without marks, or quoted phrases, that no article spells so stand for every
                // spelling; then the words typed with marks too.
                MatchSet? everySet = null;
                if (EverySpelling(searcher, parsed, built, meter, every =>
                        Count(searcher, (everySet = Standing(searcher, Match(searcher, parsed, every, request, selections, meter, offerReadings: false), selections, meter)).Query, selections, meter) > 0)
                    is (var every, _))
                    (built, set) = (every, everySet!);
            }
            var matching = set.Query;
            var sort = request.Sort == SortOrder.Date || parsed.Root is null ? SortOrder.Date : SortOrder.Relevance;
            var total = set.Tier is null ? Count(searcher, matching, selections, meter) : -1;
            var relaxed = total == 0 ? LeaveOneOut(searcher, built, set.Entity, meter, q => Count(searcher, q, selections, meter) > 0) : null;
            if (relaxed is { } r)
                matching = r.Query; // as the search reads it: the query less its least informative unit
            else if (request.Apart && built.OneMissing is { } wider && set.Tier is null && total is > 0 and < MinAllWordsArticles
                     && MissingOne(set, wider) is var missing && Count(searcher, missing, selections, meter) > 0)
            {
                // As the search offers them: the second tier of a keyword query few articles hold whole, those missing one word.
                matching = missing;
            }
            if (total == 0 && relaxed is null && built.PositiveWords.Count >= 2 && !meter.TimedOut)
            {
                // As the search reads it when no unit can be left out to find anything: any of the words (the total a saved
                // search shows counts these, so its "new" count and feed must too).
                built = new QueryBuilder(searcher.IndexReader, _extractor, meter.ForRetry()).Build(parsed.Root, anyWord: true);
                matching = built.Query;
            }
            var query = new BooleanQuery
            {
                { matching, Occur.MUST },
                { NumericRangeQuery.NewInt64Range(Schema.Added, sinceUnixSeconds + 1, null, true, true), Occur.MUST },
            };
            return run(searcher, built, query, selections, sort, meter);
        });
    }

    /// <summary>One article, whole, with its facet values labelled in <paramref name="lang"/>; null when no article has the id.</summary>
    /// <param name="id">The article's id ("baomoi/22524655").</param>
    /// <param name="lang">"vi" or "en", for labels.</param>
    public ArticleView? Get(string id, string lang = "vi") => Use(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(Schema.Id, id)), 1);
        if (top.TotalHits == 0) return null;
        var doc = searcher.Doc(top.ScoreDocs[0].Doc);
        var ministers = doc.GetValues(Schema.Minister);
        var names = doc.GetValues(Schema.MinisterName);
        return new ArticleView
        {
            Id = doc.Get(Schema.Id),
            Title = Documents.UrlHeadline.Shown(doc.Get(Schema.Title), doc.Get(Schema.LeadHeadline)),
            TitleFromLead = string.IsNullOrWhiteSpace(doc.Get(Schema.Title)) && doc.Get(Schema.LeadHeadline) is not null,
            Paragraphs = (doc.Get(Schema.Body) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Markdown = doc.Get(Schema.Markdown),
            Date = doc.Get(Schema.Date),
            Year = int.TryParse(doc.Get(Schema.Year), CultureInfo.InvariantCulture, out var y) ? y : null,
            DatePrecision = doc.Get(Schema.DatePrecision),
            DateEvidence = doc.Get(Schema.DateEvidence),
            DateSpan = doc.Get(Schema.DateSpan),
            LeadDay = Extraction.LeadDay.Parse(doc.Get(Schema.LeadDay)),
            Url = doc.Get(Schema.Url),
            Source = doc.Get(Schema.Source),
            Countries = doc.GetValues(Schema.Country).Select(c => new FacetValue(c, CountryLabel(c, lang), 0)).ToList(),
            Ministers = ministers.Select((m, i) => new FacetValue(m, i < names.Length ? names[i] : m, 0)).ToList(),
            Areas = doc.GetValues(Schema.Area).Select(a => new FacetValue(a, AreaLabel(a, lang), 0)).ToList(),
            AreaPhrases = doc.GetValues(Schema.AreaPhrases).Select(v => v.Split('\t', 2)).Where(p => p.Length == 2)
                .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
        };
    });

    /// <summary>The label of a facet value in a language ("BY" → "Belarus").</summary>
    public string Label(string dimension, string key, string lang) => FacetDimensions.Find(dimension) is not { } d ? key
        : d.ReferenceLabel(_data, key, lang) ?? (d.IndexedLabelsField is null ? null : Use(s => MinisterNames(s.IndexReader).GetValueOrDefault(key))) ?? key;

    private string CountryLabel(string key, string lang) => FacetDimensions.Country.ReferenceLabel(_data, key, lang) ?? key;

    private string AreaLabel(string key, string lang) => FacetDimensions.Area.ReferenceLabel(_data, key, lang) ?? key;

    private FilterSet Selections(SearchRequest request)
    {
        var set = new FilterSet { Range = request.Range };
        set.AddRange(FacetDimensions.All.Select(d => (d.Name, d.FacetField, Normalize(d, request.Selected(d.Name)))));
        return set;
    }

    /// <summary>The facet selections of a request (OR within a dimension, AND across) and its date range.</summary>
    private sealed class FilterSet : List<(string Name, string Field, IReadOnlyList<string> Selected)>
    {
        public DateRange? Range { get; init; }

        /// <summary>No selection and no date range: the whole index.</summary>
        public static FilterSet None => new();

        /// <summary>Whether some selection or a date range narrows the index.</summary>
        public bool Narrows => Range is not null || this.Any(s => s.Selected.Count > 0);
    }

    private IReadOnlyList<string> Normalize(FacetDimension dimension, IReadOnlyList<string> values) => values
        .Where(v => !string.IsNullOrWhiteSpace(v))
        .Select(v => dimension.ResolveSelected(_extractor, v))
        .Distinct()
        .Take(50)
        .ToList();

    /// <summary>How many of the best hits the proximity clauses rescore: enough that the right article is among them.</summary>
    internal const int RescoreWindow = 100;

    private (TopDocs Top, IReadOnlyDictionary<string, Dictionary<string, int>> Facets, int Total) Run(
        IndexSearcher searcher, BuiltQuery built, FilterSet selections, SortOrder sort, int depth,
        BudgetMeter meter)
    {
        // The defence prior only adds to the score of articles the query matches (an optional clause beside a required one).
        var query = sort == SortOrder.Relevance && DefencePrior > 0
            ? new BooleanQuery { { built.Query, Occur.MUST }, { new ConstantScoreQuery(_defence) { Boost = DefencePrior }, Occur.SHOULD } }
            : built.Query;
        var rescore = sort == SortOrder.Relevance && built.Proximity is not null;
        // Newest first then best, or best first; ties by article id (StableTopCollector), never by where indexing put them.
        var top = new StableTopCollector(rescore ? Math.Max(depth, RescoreWindow) : depth, byDate: sort == SortOrder.Date);
        var collector = new FacetCollector(top, searcher.IndexReader, selections.Select(s => (s.Field, s.Selected)).ToList(), selections.Range);
        meter.SetsRun++;
        searcher.Search(query, new BudgetCollector(collector, meter));
        var docs = top.GetTopDocs();
        if (rescore && docs.ScoreDocs.Length > 1) docs = Rescore(searcher, docs, built.Proximity!, depth);
        return (docs, collector.Counts(), collector.Total);
    }

    // Adds the proximity scores to the best hits. They only add, so every rescored hit still ranks above the
    // hits beyond the window, and the order is the one the whole query would give to those hits. (Lucene.NET's
    // QueryRescorer fails on a segment where the proximity query has no scorer, hence this loop.)
    private static TopDocs Rescore(IndexSearcher searcher, TopDocs docs, BooleanQuery proximity, int depth)
    {
        var window = Math.Min(RescoreWindow, docs.ScoreDocs.Length);
        var hits = docs.ScoreDocs[..window].Select(h => new ScoreDoc(h.Doc, h.Score)).OrderBy(h => h.Doc).ToArray();
        var reader = searcher.IndexReader;
        // Each clause on its own (they are all optional, and BM25 sums them): no BooleanScorer to build per segment.
        var weights = proximity.Clauses.Select(c => searcher.CreateNormalizedWeight(c.Query)).ToArray();
        var scorers = new Scorer?[weights.Length];
        var leaves = searcher.IndexReader.Leaves;
        var leaf = -1;
        foreach (var hit in hits)
        {
            var segment = ReaderUtil.SubIndex(hit.Doc, leaves);
            if (segment != leaf)
            {
                leaf = segment;
                for (var i = 0; i < weights.Length; i++) scorers[i] = weights[i].GetScorer(leaves[leaf], null);
            }
            var target = hit.Doc - leaves[leaf].DocBase;
            foreach (var scorer in scorers)
            {
                if (scorer is null) continue;
                var current = scorer.DocID < target ? scorer.Advance(target) : scorer.DocID;
                if (current == target) hit.Score += scorer.GetScore();
            }
        }
        // Highest score first, ties by article id (as the first pass orders them).
        Array.Sort(hits, (a, b) => b.Score.CompareTo(a.Score) is var c and not 0 ? c
            : string.CompareOrdinal(ArticleIds.Of(reader, a.Doc), ArticleIds.Of(reader, b.Doc)) is var i and not 0 ? i
            : a.Doc.CompareTo(b.Doc));
        var merged = hits.Concat(docs.ScoreDocs.Skip(window)).Take(depth).ToArray();
        return new TopDocs(docs.TotalHits, merged, merged.Length > 0 ? merged[0].Score : float.NaN);
    }

    private SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, HighlightTerms highlight, bool snippets)
    {
        var fields = new HitFieldsVisitor(body: snippets);
        searcher.Doc(scoreDoc.Doc, fields);
        return new SearchHit
        {
            Id = fields.Id ?? "",
            Title = Documents.UrlHeadline.Shown(fields.Title, fields.LeadHeadline),
            TitleFromLead = string.IsNullOrWhiteSpace(fields.Title) && fields.LeadHeadline is not null,
            Date = fields.Date,
            Year = int.TryParse(fields.Year, CultureInfo.InvariantCulture, out var y) ? y : null,
            DatePrecision = fields.DatePrecision,
            DateEvidence = fields.DateEvidence,
            DateSpan = fields.DateSpan,
            LeadDay = Extraction.LeadDay.Parse(fields.LeadDay),
            Indexed = fields.Added is { } added ? DateTimeOffset.FromUnixTimeSeconds(added) : null,
            Url = fields.Url,
            Source = fields.Source,
            Score = float.IsNaN(scoreDoc.Score) ? 0 : MathF.Round(scoreDoc.Score, 3),
            // The headline's words side by side count: a body does not mark alone the syllables its headline holds together.
            Snippet = snippets ? Snippets.Build(fields.Body ?? "", highlight.PairedIn([fields.Title, fields.LeadHeadline]), _data.StopWords) : Snippet.Empty,
            Countries = fields.Countries,
            Ministers = fields.Ministers,
            Areas = fields.Areas,
        };
    }

    private IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> FacetValues(IndexReader reader,
        IReadOnlyDictionary<string, Dictionary<string, int>> counts, FilterSet selections, string lang)
    {
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>();
        foreach (var (name, field, selected) in selections)
        {
            var counted = counts[field];
            var dimension = FacetDimensions.Find(name)!;
            var ministerNames = dimension.IndexedLabelsField is not null ? MinisterNames(reader) : null;
            var year = dimension.Chronological;
            var items = new List<(FacetValue Value, string SortKey)>(counted.Count + selected.Count);
            void Add(string key, int count)
            {
                var label = dimension.ReferenceLabel(_data, key, lang) ?? ministerNames?.GetValueOrDefault(key) ?? key;
                items.Add((new FacetValue(key, label, count), year ? "" : SortKey(label)));
            }
            foreach (var (key, count) in counted) Add(key, count);
            foreach (var s in selected)
            {
                if (!counted.ContainsKey(s)) Add(s, 0); // a ticked value stays visible, even at 0
            }
            // Years in time order, oldest first, "date unknown" last; other values most articles first, then by
            // label (folded, so "Đức" sorts with the d's).
            items.Sort(year
                ? (a, b) => (a.Value.Key == Schema.UnknownYear).CompareTo(b.Value.Key == Schema.UnknownYear) is var u and not 0 ? u
                    : string.CompareOrdinal(a.Value.Key, b.Value.Key)
                : (a, b) => b.Value.Count.CompareTo(a.Value.Count) is var c and not 0 ? c
                    : string.CompareOrdinal(a.SortKey, b.SortKey) is var l and not 0 ? l
                    : string.CompareOrdinal(a.Value.Key, b.Value.Key));
            var values = new FacetValue[items.Count];
            for (var i = 0; i < values.Length; i++) values[i] = items[i].Value;
            result[name] = values;
        }
        return result;
    }

    private static string SortKey(string label)
    {
        if (SortKeys.TryGetValue(label, out var key)) return key;
        key = Text.VietnameseText.Fold(label);
        if (Volatile.Read(ref _sortKeyCount) < MaxCachedSortKeys && SortKeys.TryAdd(label, key)) Interlocked.Increment(ref _sortKeyCount);
        return key;
    }

    // Names of ministers no gazetteer lists, as the articles wrote them; merged once per reader.
    private static Dictionary<string, string> MinisterNames(IndexReader reader) =>
        MinisterNamesPerReader.GetValue(reader, _ => MergeMinisterNames(reader));

    private static Dictionary<string, string> MergeMinisterNames(IndexReader reader)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var names = MinisterNamesPerSegment.GetValue(leaf.AtomicReader.CoreCacheKey, _ =>
            {
                var map = new Dictionary<string, string>(StringComparer.Ordinal);
                var values = leaf.AtomicReader.GetSortedSetDocValues(FacetDimensions.Minister.IndexedLabelsField) ?? DocValues.EMPTY_SORTED_SET;
                var scratch = new BytesRef();
                for (long ord = 0; ord < values.ValueCount; ord++)
                {
                    values.LookupOrd(ord, scratch);
                    var pair = scratch.Utf8ToString().Split('\u001F');
                    if (pair.Length == 2) map.TryAdd(pair[0], pair[1]);
                }
                return map;
            });
            foreach (var (k, v) in names) result.TryAdd(k, v);
        }
        return result;
    }

    /// <summary>Runs <paramref name="action"/> on the current searcher (for tests of the library's own parts).</summary>
    internal T Use<T>(Func<IndexSearcher, T> action)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return action(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    /// <summary>Closes the index: the searchers, the result cache and the folder.</summary>
    public void Dispose()
    {
        _cache?.Dispose();
        _searchers.Dispose();
        _directory.Dispose();
    }

    /// <summary>Opens each new commit's searcher: refuses a commit built by another engine, then warms the caches.</summary>
    private sealed class WarmingSearcherFactory(LuceneEngine engine, string path) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader)
        {
            if (reader is DirectoryReader directoryReader && LuceneEngine.BuiltBy(directoryReader.IndexCommit.UserData) is var builtBy && builtBy != engine.Kind)
                throw new IndexEngineMismatchException(Path.GetFullPath(path), builtBy, engine.Kind);
            var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
            TermVariants.Warm(reader);
            ReaderFacets.Of(reader, FacetFields);
            foreach (var leaf in reader.Leaves) ArticleIds.Of(leaf.AtomicReader);
            return searcher;
        }
    }
}

