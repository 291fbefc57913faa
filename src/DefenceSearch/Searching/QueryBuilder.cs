using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>The Lucene query for a parsed query, and the words to highlight.</summary>
/// <remarks>
/// <see cref="Proximity"/>: what rewards typed words that stand together (body word pairs, title bigrams, the
/// title phrase). It decides no match, only order, so it rescores the best hits instead of running over every
/// match: positions of common words were the largest single cost of a search.
/// </remarks>
/// <remarks><see cref="OneMissing"/>: for a keyword query of four or more words, the query that also takes the articles
/// missing one of them, as a lower tier (what the search widens to when few articles hold every word).
/// <see cref="Countries"/>: typed words and runs read as a country (typed text, country key), for the notice.
/// <see cref="Alternatives"/>: per typed bare word (as typed), the other index-term sequences that stand for it where
/// the words must stand together ("my": "hoa ky", "united states" …).</remarks>
internal sealed record BuiltQuery(Query Query, BooleanQuery? Proximity, HighlightTerms Highlight, IReadOnlyList<string> PositiveWords, string? UnknownFilter)
{
    public Query? OneMissing { get; init; }

    /// <summary>
    /// The syllables typed without marks in a query typed with diacritics, read as their own spelling ("quan" of "hải quan");
    /// empty when the query was typed wholly without diacritics or was read with every spelling.
    /// </summary>
    public IReadOnlyList<string> PlainWords { get; init; } = [];

    /// <summary>How many accented spellings the plain words are told apart from (bounded work: at most <see cref="QueryBuilder.MaxPlainVariants"/> each).</summary>
    public int PlainVariants { get; init; }

    /// <summary>
    /// The quoted phrases typed with diacritics, matched in their typed spelling only ("đảo chính" is not "lãnh đạo Chính
    /// phủ"), as typed; empty when the query was read with every spelling.
    /// </summary>
    public IReadOnlyList<string> TypedPhrases { get; init; } = [];

    /// <summary>
    /// The words typed with diacritics in a query read as typed, matched in their typed spelling only ("bán", sells, is not
    /// "bắn", fires; "hoà" is "hòa"), as typed; empty when the query was read with every spelling of its marked words.
    /// </summary>
    public IReadOnlyList<string> MarkedWords { get; init; } = [];

    /// <summary><see cref="MarkedWords"/> and <see cref="PlainWords"/> together, in typed order (for the notice that reads them all in every spelling).</summary>
    public IReadOnlyList<string> SpeltWords { get; init; } = [];

    /// <summary>
    /// Whether something of the query was read in its typed spelling only (marked words, plain syllables, quoted phrases): with
    /// no match, it is read again in every spelling (<see cref="ArticleIndex"/>'s retries).
    /// </summary>
    public bool SpeltAsTyped => PlainWords.Count > 0 || TypedPhrases.Count > 0 || MarkedWords.Count > 0;

    public IReadOnlyList<(string Typed, string Key)> Countries { get; init; } = [];

    public IReadOnlyDictionary<string, IReadOnlyList<string[]>> Alternatives { get; init; } = new Dictionary<string, IReadOnlyList<string[]>>();

    /// <summary>Runs of typed words read as a minister's name inside a longer query (typed text, minister key), for the notice.</summary>
    public IReadOnlyList<(string Typed, string Key)> Ministers { get; init; } = [];

    /// <summary>
    /// <see cref="TopUnits"/> when the query is plain bare words and names (beside filters and exclusions), the units whose
    /// standing together makes the words-together tier, each with its <see cref="QueryUnit.Spellings"/>; null otherwise.
    /// </summary>
    public IReadOnlyList<QueryUnit>? Units { get; init; }

    /// <summary>
    /// The units an article must hold, at the top of an all-words query (words, prefixes, quoted phrases, title words,
    /// names), in typed order; empty for a query that reads any word. <see cref="Without"/> leaves one out.
    /// </summary>
    public IReadOnlyList<QueryUnit> TopUnits { get; init; } = [];

    /// <summary>The top-level clauses that are no unit of <see cref="TopUnits"/> (filters, exclusions, OR groups): kept when a unit is left out.</summary>
    public IReadOnlyList<BooleanClause> OtherClauses { get; init; } = [];

    /// <summary>The query less one unit of <see cref="TopUnits"/>: the articles that hold every other unit (and pass every other clause).</summary>
    /// <param name="unit">The index of the unit left out.</param>
    public Query Without(int unit)
    {
        var query = new BooleanQuery();
        foreach (var clause in OtherClauses) query.Add(clause);
        for (var i = 0; i < TopUnits.Count; i++)
        {
            if (i != unit) query.Add(TopUnits[i].Match, Occur.MUST);
        }
        if (query.Clauses.All(c => c.Occur == Occur.MUST_NOT)) query.Add(new MatchAllDocsQuery(), Occur.MUST);
        return QueryBuilder.Simplified(query);
    }
}

/// <summary>
/// Turns the parsed query into ranking: every bare word must match, in title or body, exactly or
/// folded; spellings with the typed diacritics rank first, near spellings next, folded-only last.
/// Syllables that stand together score through bigram fields, and a query that is the start of a
/// headline scores through a title phrase, without the user typing quotes.
/// </summary>
internal sealed class QueryBuilder(IndexReader reader, EntityExtractor extractor, BudgetMeter? budget = null)
{
    private readonly BudgetMeter _budget = budget ?? new BudgetMeter(SearchBudget.Default);

    public const float TitleBoost = 2.5f;
    /// <summary>
    /// What two typed words side by side in the body add (rescoring). At 1.2 a long keyword query ranked articles that hold
    /// every word scattered ("Tuyên bố chung Việt Nam-Hà Lan" for "gin giu hoa binh lien hop quoc viet nam") among those
    /// about the words together; at 6 the topical tuning half's nDCG@10/P@10 went 0.658/0.409 -> 0.708/0.435 (2.5: 0.669/0.409,
    /// 4: 0.684/0.430, 9: 0.714/0.426, 14: 0.725/0.426), before the new hits were judged. Alone it cost the known-item
    /// tuning half 0.7 points of hit@1 (body pairs outweighing the headline start): the title phrase and the headline start
    /// went from 4 and 2 to 8 and 6, which restored them and left the topical figures as they were.
    /// </summary>
    public const float BodyBigramBoost = 6f;
    public const float TitleBigramBoost = 2.5f;
    /// <summary>What the whole run of typed words standing in the title adds (rescoring); raised with <see cref="BodyBigramBoost"/> (was 4).</summary>
    public const float TitlePhraseBoost = 8f;

    /// <summary>What the run adds where it starts the headline (rescoring); raised with <see cref="BodyBigramBoost"/> (was 2).</summary>
    public const float TitleStartBoost = 6f;
    public const float ExactBoost = 2f;
    /// <summary>How many near spellings (one diacritic off) of a typed word rank in the near tier ("bộ": bô, bố, bồ, bổ, bỗ, bọ).</summary>
    public const int MaxNearSpellings = 8;
    /// <summary>How many farther spellings (two or more diacritics off, some typed mark kept) earn a BM25 boost in the folded tier.</summary>
    public const int MaxFartherSpellings = 3;
    public const int ExactTier = 2;
    public const int NearTier = 1;

    private readonly List<string> _highlightWords = [];
    private readonly List<string> _highlightPrefixes = [];
    private readonly List<string[]> _highlightPhrases = [];
    private readonly List<string> _highlightNames = [];
    private readonly List<string> _positiveWords = [];
    private string? _unknownFilter;
    private readonly List<(string Typed, string Key)> _countries = [];
    private readonly Dictionary<string, IReadOnlyList<string[]>> _alternatives = new(StringComparer.Ordinal);
    // A typed word's other i/y spellings (spellings.json), highlighted as that word.
    private readonly Dictionary<string, IReadOnlyList<string>> _otherSpellings = new(StringComparer.Ordinal);
    private readonly List<(string Typed, string Key)> _ministers = [];
    private readonly List<QueryUnit> _topUnits = [];
    private bool _plain;
    private bool _plainExact;
    private bool _marksExact;
    private readonly List<string> _markedWords = [];
    private readonly List<string> _speltWords = [];
    // Typed word (without diacritics) → its spelling in the leading reading (see Build's reading).
    private readonly Dictionary<string, string> _reading = new(StringComparer.Ordinal);
    private readonly List<string> _plainWords = [];
    private readonly List<string> _typedPhrases = [];
    private int _plainVariants;

    /// <summary>
    /// At most this many accented spellings of a plain syllable (the commonest) are told apart from it in a query typed with
    /// diacritics: "quan" has quân, quán, quản, quận … (a Vietnamese syllable has at most 17 toned and shaped spellings).
    /// </summary>
    public const int MaxPlainVariants = 24;

    /// <summary>Whether any word of the query (bare, quoted, in a title or a name) carries a Vietnamese mark or đ.</summary>
    /// <param name="root">The parsed query.</param>
    public static bool Marked(QueryNode? root) => root switch
    {
        WordNode w => !VietnameseText.IsAscii(w.Word),
        TitleWordNode t => !VietnameseText.IsAscii(t.Word),
        PhraseNode p => p.Words.Any(w => !VietnameseText.IsAscii(w)),
        AndNode a => a.Items.Any(Marked),
        OrNode o => o.Items.Any(Marked),
        NotNode n => Marked(n.Inner),
        _ => false,
    };

    /// <summary>
    /// The accented spellings of a plain syllable that the index holds, in bodies or titles (a spelling only a headline holds is
    /// no plain syllable either), commonest first (at most <see cref="MaxPlainVariants"/>): where one of them stands, the
    /// syllable does not stand plain.
    /// </summary>
    internal static IReadOnlyList<string> PlainVariantsOf(IndexReader reader, string plain) =>
        TermVariants.Of(reader, plain, titles: true)
            .OrderByDescending(v => reader.DocFreq(new Term(Schema.Body, v)) + reader.DocFreq(new Term(Schema.Title, v)))
            .ThenBy(v => v, StringComparer.Ordinal)
            .Take(MaxPlainVariants)
            .ToList();

    /// <summary>From this many bare words on, a query is a list of keywords: an article may miss one of them (<see cref="MostOfQuery"/>).</summary>
    public const int MinWordsOneMissing = 4;

    /// <summary>The query for a parsed query.</summary>
    /// <param name="root">The parsed query; null matches every article.</param>
    /// <param name="anyWord">Whether an article may hold any of the words instead of all (the fallback when none holds all).</param>
    /// <param name="oneMissing">
    /// Whether to build, for a query of <see cref="MinWordsOneMissing"/> or more bare words (at the top, beside filters
    /// and exclusions only), <see cref="BuiltQuery.OneMissing"/>: the same query that also takes the articles missing one word.
    /// </param>
    /// <param name="plainExact">
    /// Whether, in a query typed with diacritics (<see cref="Marked"/>), a syllable typed without marks is its own spelling
    /// ("quan" of "hải quan", not "quân"); false reads it as every spelling, as in a query typed without diacritics.
    /// </param>
    /// <param name="marksExact">
    /// Whether, in a query typed with diacritics, a word typed with marks is its typed spelling only, in every tier (every word,
    /// missing one, side by side, the title phrase): "nga bán vũ khí" holds no "Nga bắn"; false reads it as every spelling, its
    /// typed one ranked first (the retry when no article holds the query as typed).
    /// </param>
    /// <param name="reading">
    /// For a query typed without diacritics, the leading reading of its bare words (one spelling per word, in typed order:
    /// "nga bán vũ khí"): two words side by side (body and title pairs) score only where they stand so spelt ("Nga bắn" is no "nga
    /// ban" of "Nga bán"); which articles match, each word's own score and the whole run in a title are unchanged.
    /// </param>
    public BuiltQuery Build(QueryNode? root, bool anyWord = false, bool oneMissing = false, bool plainExact = true, IReadOnlyList<string>? reading = null,
        bool marksExact = true)
    {
        _plainExact = plainExact && Marked(root);
        _marksExact = marksExact && Marked(root);
        _reading.Clear();
        if (reading is not null && !Marked(root) && WordsTogether.BareWords(root) is { } bare && bare.Count == reading.Count)
        {
            for (var i = 0; i < bare.Count; i++)
            {
                if (!VietnameseText.IsAscii(reading[i]) && VietnameseText.FoldLower(reading[i]) == VietnameseText.FoldLower(bare[i]))
                    _reading.TryAdd(bare[i], VietnameseText.ExactForm(reading[i]));
            }
        }
        Query query;
        Query? oneMissingQuery = null;
        BooleanQuery? proximity = null;
        IReadOnlyList<BooleanClause> otherClauses = [];
        if (root is null) query = new MatchAllDocsQuery();
        else
        {
            var top = new BooleanQuery();
            proximity = new BooleanQuery();
            var items = root is AndNode and ? and.Items : [root];
            var soft = oneMissing && !anyWord && items.All(i => i is WordNode { Prefix: false } or FilterNode or NotNode) ? new List<(Query, float)>() : null;
            AddAnd(top, items, anyWord, positive: true, proximity, soft, units: true);
            if (soft is { Count: >= MinWordsOneMissing })
            {
                var wider = new BooleanQuery();
                foreach (var c in top.Clauses) wider.Add(c);
                wider.Add(new MostOfQuery(soft.Select(x => x.Item1).ToList(), soft.Select(x => x.Item2).ToList()), Occur.MUST);
                oneMissingQuery = wider;
            }
            if (soft is not null)
            {
                foreach (var (q, _) in soft) top.Add(q, Occur.MUST);
            }
            if (top.Clauses.All(c => c.Occur == Occur.MUST_NOT)) top.Add(new MatchAllDocsQuery(), Occur.MUST);
            query = Simplified(top);
            var unitClauses = _topUnits.Select(u => u.Match).ToHashSet(ReferenceEqualityComparer.Instance);
            otherClauses = top.Clauses.Where(c => !unitClauses.Contains(c.Query) && c.Query is not MatchAllDocsQuery).ToList();
        }
        // A query read as a country does not mark its name inside a place name that holds it ("Ấn Độ Dương") where it stands alone too.
        var highlight = new HighlightTerms(_highlightWords, _highlightPrefixes, _highlightPhrases, names: _highlightNames,
            placeNames: _countries.Count > 0 ? extractor.Data.CountryExceptions.NotCountries : null);
        return new BuiltQuery(query, proximity is { Clauses.Count: > 0 } ? proximity : null, highlight.WithRuns(WithOtherSpellings(Runs(root))), _positiveWords, _unknownFilter)
        {
            OneMissing = oneMissingQuery,
            Countries = _countries,
            Alternatives = _alternatives,
            Ministers = _ministers,
            Units = _plain ? _topUnits : null,
            PlainWords = _plainWords,
            MarkedWords = _markedWords,
            SpeltWords = _speltWords,
            PlainVariants = _plainVariants,
            TypedPhrases = _typedPhrases,
            TopUnits = _topUnits,
            OtherClauses = otherClauses,
        };
    }

    // The usual search, every clause required (one a word): the same scores without a BooleanQuery.
    internal static Query Simplified(BooleanQuery top) =>
        top.Clauses.All(c => c.Occur == Occur.MUST) ? new AllOfQuery(top.Clauses.Select(c => c.Query).ToList()) : top;

    /// <summary>
    /// What a document that misses a word scores for it in a <see cref="MostOfQuery"/>: far below zero, so the articles
    /// that miss a word form a lower tier after every article holding every word (the proximity rescoring adds far
    /// less), ranked among themselves by the words they hold. (Letting them compete on BM25 with the articles that hold
    /// every word cut the topical tuning half's nDCG@10 from 0.718 to 0.642: the missing word is often the point.)
    /// </summary>
    public const float MissingWordScore = -1_000_000f;



    /// <summary>Bare words that spell a country's name ("be la rut"): that phrase, or the country's facet.</summary>
    private sealed record CountryNameNode(IReadOnlyList<string> Words, string Key) : QueryNode;

    private const int MaxCountryNameSyllables = 6;

    /// <summary>Bare words, inside a longer query, that spell a minister's name ("ngo xuan lich"): that phrase, or the minister's tag.</summary>
    private sealed record MinisterNameNode(IReadOnlyList<string> Words, string Key) : QueryNode;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Reference.ReferenceData, IReadOnlyDictionary<string, string>> MinisterNames = new();

    // Folded names of ministers of two or more words (names and aliases, transliterations too) that name one minister and no country.
    private IReadOnlyDictionary<string, string> MinisterNamesOf(Reference.ReferenceData data) => MinisterNames.GetValue(data, d => d.Ministers
        .SelectMany(m => m.Aliases.Append(m.Name).Select(a => (Name: string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(a)).Select(t => t.Folded)), m.Key)))
        .Where(x => x.Name.Contains(' ') && x.Name.Count(c => c == ' ') < MaxCountryNameSyllables && !extractor.CountryNamesFolded.ContainsKey(x.Name))
        .GroupBy(x => x.Name, StringComparer.Ordinal)
        .Where(g => g.Select(x => x.Key).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal));

    // The other names of a minister, as folded term sequences, for the words-together tier.
    private IReadOnlyList<string[]> MinisterAlternatives(string key, string typedFolded)
    {
        var minister = extractor.Data.MinisterByKey[key];
        return Alternatives(minister.Aliases.Prepend(minister.Name), typedFolded);
    }

    // Names as folded term sequences, short enough for the tier, each once, without the typed one, at most MaxCountryAlternatives.
    private static List<string[]> Alternatives(IEnumerable<string> names, string typedFolded) => names
        .Select(a => TextTokens.Tokenize(VietnameseText.Normalize(a)).Select(t => t.Folded).ToArray())
        .Where(t => t.Length is > 0 and <= MaxCountryNameSyllables)
        .DistinctBy(t => string.Join(' ', t))
        .Where(t => string.Join(' ', t) != typedFolded)
        .Take(MaxCountryAlternatives)
        .ToList();

    /// <summary>A bare word, inside a longer query, that is a one-word country name ("Mỹ", "nga", "campuchia"): the word, or the country's facet.</summary>
    private sealed record CountryWordNode(string Word, string Key) : QueryNode;

    /// <summary>
    /// A one-word name is read as the country only where the country is tagged in at least this share of the articles
    /// holding the word as typed: "mỹ" and "nga" mostly name the country, "pháp" (biện pháp), "anh", "lào"/"lao"
    /// (lao động), "đức" (names) mostly do not.
    /// </summary>
    public const double MinCountryShare = 0.5;

    /// <summary>How many other spellings of a country a words-together tier tries in the place of a one-word name.</summary>
    public const int MaxCountryAlternatives = 12;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Reference.ReferenceData, IReadOnlyDictionary<string, string>> OneWordNames = new();

    // Folded one-word names of countries (Vietnamese, English, aliases, weak names) that name one country only.
    private static IReadOnlyDictionary<string, string> OneWordNamesOf(Reference.ReferenceData data) => OneWordNames.GetValue(data, d => d.Countries
        .SelectMany(c => c.Aliases.Append(c.Vi).Append(c.En).Concat(c.Weak ?? []).Select(a => (Tokens: TextTokens.Tokenize(VietnameseText.Normalize(a)), c.Key)))
        .Where(x => x.Tokens.Count == 1)
        .GroupBy(x => x.Tokens[0].Folded, StringComparer.Ordinal)
        .Where(g => g.Select(x => x.Key).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal));

    // The country a bare word names, when the index says the word mostly names it (see MinCountryShare).
    private string? CountryOfWord(string word)
    {
        var folded = VietnameseText.FoldLower(VietnameseText.ExactForm(word));
        if (!OneWordNamesOf(extractor.Data).TryGetValue(folded, out var key)) return null;
        var country = extractor.Data.CountryByKey[key];
        var accented = !VietnameseText.IsAscii(word);
        // Typed with diacritics, the word must be one of the country's spellings ("mỹ", not "mỳ").
        if (accented && !country.Aliases.Append(country.Vi).Concat(country.Weak ?? []).Any(a => VietnameseText.ExactForm(a) == VietnameseText.ExactForm(word))) return null;
        var holding = reader.DocFreq(new Term(Schema.Body, accented ? VietnameseText.ExactForm(word) : folded));
        var tagged = reader.DocFreq(new Term(Schema.Country, key));
        return holding > 0 && tagged >= MinCountryShare * holding ? key : null;
    }

    // The other spellings of a country, as folded term sequences, for the words-together tier.
    private IReadOnlyList<string[]> CountryAlternatives(string key, string typedFolded)
    {
        var country = extractor.Data.CountryByKey[key];
        return Alternatives(country.Aliases.Prepend(country.Vi).Concat(country.Weak ?? []).Append(country.En), typedFolded);
    }

    // Finds runs of bare words that spell a country name of two or more syllables, longest first.
    private IReadOnlyList<QueryNode> WithCountryNames(IReadOnlyList<QueryNode> items)
    {
        var names = extractor.CountryNamesFolded;
        var result = new List<QueryNode>(items.Count);
        for (var i = 0; i < items.Count;)
        {
            var matched = false;
            for (var length = Math.Min(MaxCountryNameSyllables, items.Count - i); length >= 2 && !matched; length--)
            {
                var run = items.Skip(i).Take(length).ToList();
                if (!run.All(n => n is WordNode { Prefix: false })) continue;
                var words = run.Cast<WordNode>().Select(w => w.Word).ToList();
                var foldedRun = string.Join(' ', words.Select(VietnameseText.FoldLower));
                if (names.TryGetValue(foldedRun, out var key)) result.Add(new CountryNameNode(words, key));
                // A minister's name inside a longer query (a whole query that names one is read by EntityNames, with its tiers).
                else if (length < items.Count && MinisterNamesOf(extractor.Data).TryGetValue(foldedRun, out var minister)) result.Add(new MinisterNameNode(words, minister));
                else continue;
                i += length;
                matched = true;
            }
            if (!matched && items.Count >= 2 && items[i] is WordNode { Prefix: false } single && CountryOfWord(single.Word) is { } country)
            {
                result.Add(new CountryWordNode(single.Word, country));
                i++;
                matched = true;
            }
            if (!matched) result.Add(items[i++]);
        }
        return result;
    }

    // Proximity clauses go to `proximity` (rescoring, for the top level) or, inside brackets, into the group itself.
    private void AddAnd(BooleanQuery target, IReadOnlyList<QueryNode> items, bool anyWord, bool positive, BooleanQuery proximity, List<(Query, float)>? soft = null,
        bool units = false)
    {
        items = WithCountryNames(items);
        var bareRun = new List<string>();
        var anyWordGroup = anyWord ? new BooleanQuery() : null;
        var unitClauses = new List<(QueryNode Item, Query Clause)>();
        foreach (var item in items)
        {
            if (item is WordNode { Prefix: false } w) bareRun.Add(w.Word);
            else if (item is CountryWordNode cw) bareRun.Add(cw.Word);
            // A name's words stay in the run: "trieu tien vua thu" is still the start of a headline.
            else if (item is CountryNameNode cn) bareRun.AddRange(cn.Words);
            else if (item is MinisterNameNode mn) bareRun.AddRange(mn.Words);
            else { AddProximity(proximity, bareRun); bareRun.Clear(); }

            if (item is NotNode not)
            {
                target.Add(Node(not.Inner, positive: false), Occur.MUST_NOT);
                continue;
            }
            var clause = Node(item, positive);
            if (units && !anyWord && positive && Typed(item) is not null) unitClauses.Add((item, clause));
            if (soft is not null && item is WordNode or CountryNameNode or CountryWordNode or MinisterNameNode)
            {
                soft.Add((clause, MissingWordScore));
                continue;
            }
            if (anyWordGroup is not null && item is WordNode or PhraseNode or TitleWordNode or CountryNameNode or CountryWordNode or MinisterNameNode) anyWordGroup.Add(clause, Occur.SHOULD);
            else target.Add(clause, Occur.MUST);
        }
        AddProximity(proximity, bareRun);
        if (anyWordGroup is { Clauses.Count: > 0 }) target.Add(anyWordGroup, Occur.MUST);
        if (units && !anyWord)
        {
            // After the loop: the words' alternatives (a country's other names, i/y spellings) are known by now.
            _topUnits.AddRange(unitClauses.Select(u => Unit(u.Item, u.Clause)));
            _plain = items.All(i => i is WordNode { Prefix: false } or CountryWordNode or CountryNameNode or MinisterNameNode or FilterNode or NotNode);
        }
    }

    // How a top-level unit was typed, for the notice that leaves it out; null for what is no unit (filters, OR groups).
    private static string? Typed(QueryNode item) => item switch
    {
        WordNode w => w.Prefix ? w.Word + "*" : w.Word,
        CountryWordNode cw => cw.Word,
        CountryNameNode c => string.Join(' ', c.Words),
        MinisterNameNode m => string.Join(' ', m.Words),
        PhraseNode p => (p.TitleOnly ? "title:" : "") + "\"" + string.Join(' ', p.Words) + "\"",
        TitleWordNode t => "title:" + t.Word,
        _ => null,
    };

    // A top-level unit: how it was typed, what an article must match to hold it, and, for a bare word or a name, the
    // index-term sequences that stand for it where the words must stand together (see BuiltQuery.Units).
    private QueryUnit Unit(QueryNode item, Query clause) => item switch
    {
        WordNode { Prefix: false } w => new QueryUnit(w.Word, clause) { Spellings = UnitOf(w.Word) },
        CountryWordNode cw => new QueryUnit(cw.Word, clause) { Spellings = UnitOf(cw.Word), IsCountry = true },
        CountryNameNode c => new QueryUnit(Typed(c)!, clause)
        {
            Spellings = CountryAlternatives(c.Key, string.Join(' ', c.Words.Select(VietnameseText.FoldLower))).Prepend(c.Words.Select(IndexTerm).ToArray()).ToList(),
            IsCountry = true,
        },
        MinisterNameNode m => new QueryUnit(Typed(m)!, clause)
        {
            Spellings = MinisterAlternatives(m.Key, string.Join(' ', m.Words.Select(VietnameseText.FoldLower))).Prepend(m.Words.Select(IndexTerm).ToArray()).ToList(),
            Tag = new TermQuery(new Term(Schema.Minister, m.Key)),
        },
        _ => new QueryUnit(Typed(item)!, clause),
    };

    private IReadOnlyList<string[]> UnitOf(string word) =>
        _alternatives.TryGetValue(word, out var other) ? other.Prepend([IndexTerm(word)]).ToList() : [[IndexTerm(word)]];

    /// <summary>
    /// The index term a typed word stands for where words must stand together: its exact form when accented, else its folded
    /// form, which stands only without marks (<see cref="AdjacentTermsQuery.PlainMark"/>) in a query typed with diacritics.
    /// </summary>
    private string IndexTerm(string word) =>
        !VietnameseText.IsAscii(word) ? VietnameseText.ExactForm(word)
        : _plainExact ? AdjacentTermsQuery.PlainMark + VietnameseText.FoldLower(word)
        : VietnameseText.FoldLower(word);

    private Query Node(QueryNode node, bool positive)
    {
        switch (node)
        {
            case WordNode w:
                if (positive) Remember(w.Word, w.Prefix);
                return w.Prefix ? Prefix(w.Word) : Word(w.Word, titleOnly: false);
            case TitleWordNode t:
                if (positive) Remember(t.Word, false);
                return Word(t.Word, titleOnly: true);
            case PhraseNode p:
                if (positive)
                {
                    _highlightPhrases.Add(p.Words.Select(VietnameseText.ExactForm).ToArray());
                    _positiveWords.AddRange(p.Words);
                    if (_plainExact && p.Words.Any(w => !VietnameseText.IsAscii(w))) _typedPhrases.Add(string.Join(' ', p.Words));
                }
                return Phrase(p.Words, p.TitleOnly, asTyped: true);
            case FilterNode f:
                return Filter(f);
            case CountryNameNode c:
                if (positive)
                {
                    _highlightPhrases.Add(c.Words.Select(VietnameseText.ExactForm).ToArray());
                    RememberNames(c.Key);
                    _positiveWords.AddRange(c.Words);
                    _countries.Add((string.Join(' ', c.Words), c.Key));
                }
                return NameOrTag(c.Words, Schema.Country, c.Key);
            case MinisterNameNode m:
                if (positive)
                {
                    _highlightPhrases.Add(m.Words.Select(VietnameseText.ExactForm).ToArray());
                    _positiveWords.AddRange(m.Words);
                    _ministers.Add((string.Join(' ', m.Words), m.Key));
                }
                return NameOrTag(m.Words, Schema.Minister, m.Key);
            case CountryWordNode cw:
                if (positive)
                {
                    _positiveWords.Add(cw.Word); // read as the country: marked in its names' spellings only ("uc" marks "Úc", not "ức")
                    RememberNames(cw.Key);
                    _countries.Add((cw.Word, cw.Key));
                    _alternatives[cw.Word] = CountryAlternatives(cw.Key, VietnameseText.FoldLower(VietnameseText.ExactForm(cw.Word)));
                }
                // The better of the word and the tag: an article tagged with the country that spells it otherwise ("Hoa Kỳ"
                // for "Mỹ") ranks as if it held a near spelling of a word typed with diacritics: after those holding the
                // typed one, before those holding it only folded.
                var tag = VietnameseText.IsAscii(cw.Word) ? 0.5f : NearTier * WordQuery.TierWeight + 0.5f;
                return new DisjunctionMaxQuery(0f)
                {
                    Word(cw.Word, titleOnly: false),
                    new ConstantScoreQuery(new TermQuery(new Term(Schema.Country, cw.Key))) { Boost = tag },
                };
            case NotNode n:
                var only = new BooleanQuery { { new MatchAllDocsQuery(), Occur.MUST }, { Node(n.Inner, !positive), Occur.MUST_NOT } };
                return only;
            case OrNode o:
                var or = new BooleanQuery();
                foreach (var item in o.Items) or.Add(Node(item, positive), Occur.SHOULD);
                return or;
            case AndNode a:
                var and = new BooleanQuery();
                AddAnd(and, a.Items, anyWord: false, positive, proximity: and);
                return and;
            default:
                throw new ArgumentOutOfRangeException(nameof(node));
        }
    }

    // The runs of typed words side by side at the top of an all-words query (a phrase, a name of several words, an OR or
    // a prefix ends one; filters and exclusions stand aside): where two of them stand together in a text, they are what
    // is marked. A name's words are marked as the name (a phrase, with its other spellings), never alone: "hoa ky" read
    // as the United States marks "Hoa Kỳ" and "Mỹ", not "kỹ" of "kỹ năng" or "hỏa" of "khai hỏa".
    // The runs with each word's other i/y spellings in its place too ("liet sy" and "liet sĩ"), at most 16 a run: the other
    // spelling is marked as the run's word, beside its neighbours, not alone wherever it stands ("chiến sĩ" for `liet sy`).
    private List<IReadOnlyList<string>> WithOtherSpellings(List<IReadOnlyList<string>> runs)
    {
        var all = new List<IReadOnlyList<string>>();
        foreach (var run in runs)
        {
            var spelt = new List<IReadOnlyList<string>> { run };
            for (var i = 0; i < run.Count; i++)
            {
                if (!_otherSpellings.TryGetValue(run[i], out var others)) continue;
                foreach (var variant in spelt.ToList())
                    foreach (var other in others)
                        if (spelt.Count < 16) spelt.Add([.. variant.Take(i), other, .. variant.Skip(i + 1)]);
            }
            all.AddRange(spelt);
        }
        return all;
    }

    private List<IReadOnlyList<string>> Runs(QueryNode? root)
    {
        var runs = new List<IReadOnlyList<string>>();
        if (root is not AndNode and) return runs;
        var run = new List<string>();
        foreach (var item in WithCountryNames(and.Items))
        {
            switch (item)
            {
                case WordNode { Prefix: false } w: run.Add(w.Word); continue;
                case CountryWordNode cw: run.Add(cw.Word); continue;
                case FilterNode or NotNode: continue;
            }
            if (run.Count >= 2) runs.Add(run);
            run = [];
        }
        if (run.Count >= 2) runs.Add(run);
        return runs;
    }

    private void Remember(string word, bool prefix)
    {
        if (prefix) _highlightPrefixes.Add(VietnameseText.FoldLower(word));
        else
        {
            _highlightWords.Add(VietnameseText.ExactForm(word)); // marked in the spelling typed (every spelling when typed without diacritics)
            _positiveWords.Add(word);
        }
    }

    // A country's names are marked in their own spellings: one word alone ("Mỹ", not "mỳ"), longer ones where whole ("Hoa Kỳ").
    // A name holding a shorter one ("nước Mỹ", "Hợp chúng quốc Hoa Kỳ") is left out: the shorter one marks it, and the
    // article links' ?hl= stay short.
    private void RememberNames(string key)
    {
        var names = extractor.CountryNames(key).ToList();
        foreach (var name in names)
        {
            if (names.Any(other => other.Length < name.Length && Holds(name, other))) continue;
            if (name.Length == 1) _highlightNames.Add(name[0]);
            else _highlightPhrases.Add(name);
        }
    }

    private static bool Holds(string[] name, string[] part)
    {
        for (var start = 0; start + part.Length <= name.Length; start++)
            if (name.AsSpan(start, part.Length).SequenceEqual(part)) return true;
        return false;
    }

    /// <summary>
    /// One word: title or body. Typed with diacritics in a query read as typed (<see cref="Build"/>'s marksExact): its typed
    /// spelling only. Typed with diacritics and read in every spelling (the retry), in tiers (<see cref="WordQuery.TierWeight"/>):
    /// articles holding the exact spelling first, then those holding a near spelling (one diacritic differs), then those
    /// matching only folded; BM25 orders each tier. Typed without diacritics: the folded term alone, plain BM25.
    /// </summary>
    private Query Word(string word, bool titleOnly)
    {
        var folded = VietnameseText.FoldLower(word);
        var fields = titleOnly ? new[] { Schema.Title } : [Schema.Body, Schema.Title];
        if (_plainExact && VietnameseText.IsAscii(word))
        {
            // In a query typed with diacritics a syllable without marks is spelt so: "quan" (customs) is not "quân" (navy).
            var accented = PlainVariantsOf(reader, folded);
            if (!_plainWords.Contains(word)) _plainWords.Add(word);
            if (!_speltWords.Contains(word)) _speltWords.Add(word);
            _plainVariants += accented.Count;
            _budget.PlainVariants += accented.Count;
            var plainEntries = fields.Select(field => (field, field == Schema.Title && !titleOnly ? TitleBoost : 1f, folded, (IReadOnlyList<(string, float, int)>)[])).ToList();
            return new WordQuery(plainEntries, folded, accented);
        }
        List<(string, float, string, IReadOnlyList<(string, float, int)>)> entries;
        if (_marksExact && !VietnameseText.IsAscii(word))
        {
            // Typed with diacritics in a query read as typed, the word is its typed spelling (tone placement and Đ normalised:
            // "hoà" is "hòa"): "bán" (sells) does not match "bắn" (fires), nor any other spelling of "ban". Scored as the typed
            // spelling scores among the others (the exact tier), so that it ranks beside a country's tag as before.
            var exact = VietnameseText.ExactForm(word);
            if (!_markedWords.Contains(word)) _markedWords.Add(word);
            if (!_speltWords.Contains(word)) _speltWords.Add(word);
            IReadOnlyList<(string, float, int)> typedTier = [(exact, ExactBoost, ExactTier)];
            entries = fields.Select(field => (field, field == Schema.Title && !titleOnly ? TitleBoost : 1f, exact, typedTier)).ToList();
        }
        else
        {
            // The folded term matches every spelling; the exact one, the near ones and a few farther ones that still share some
            // typed mark are looked up to score (each costs a term look-up per segment and field).
            IReadOnlyList<(string, float, int)> spellings = VietnameseText.IsAscii(word) ? [] : Spellings(word);
            entries = fields.Select(field => (field, field == Schema.Title && !titleOnly ? TitleBoost : 1f, folded, spellings)).ToList();
        }
        // The word's other spellings ("sĩ" for "sỹ", data/spellings.json) match too, and count as the typed spelling.
        foreach (var other in OtherSpellings(word))
        {
            // Scored as common as the typed spelling: the rarer "sỹ" weighs no more than "sĩ" (an idf ratio on the boost).
            var scale = Idf(VietnameseText.IsAscii(word) ? folded : VietnameseText.ExactForm(word)) / Idf(other);
            IReadOnlyList<(string, float, int)> tier = VietnameseText.IsAscii(word) ? [] : [(other, ExactBoost, ExactTier)];
            entries.AddRange(fields.Select(field => (field, (field == Schema.Title && !titleOnly ? TitleBoost : 1f) * scale, other, tier)));
        }
        return new WordQuery(entries);
    }

    // A word typed with diacritics read in every spelling: the typed one, the near ones and a few farther ones, with their tiers.
    private IReadOnlyList<(string, float, int)> Spellings(string word)
    {
        var variants = TermVariants.Of(reader, VietnameseText.FoldLower(word))
            .Where(v => v != word)
            .Select(v => (Spelling: v, Distance: TermVariants.DiacriticDistance(word, v), Agreement: VietnameseText.DiacriticAgreement(word, v)))
            .OrderByDescending(v => v.Agreement)
            .ThenBy(v => v.Spelling, StringComparer.Ordinal)
            .ToList();
        // A near spelling more common than the typed one is another word ("hải" for "hài", "mặt" for "mất"), not a
        // slip of the typed one: it ranks with the folded matches.
        var typedArticles = reader.DocFreq(new Term(Schema.Body, VietnameseText.ExactForm(word)));
        var near = variants.Where(v => v.Distance == 1 && reader.DocFreq(new Term(Schema.Body, v.Spelling)) <= typedArticles).Take(MaxNearSpellings);
        var farther = variants.Where(v => v.Distance > 1 && v.Agreement > 0).Take(MaxFartherSpellings);
        return near.Concat(farther)
            .Select(v => (v.Spelling, 1f + 0.8f * (float)v.Agreement, v.Distance == 1 ? NearTier : 0))
            .Prepend((word, ExactBoost, ExactTier))
            .ToList();
    }

    // BM25's idf of a body term (never zero).
    private float Idf(string term)
    {
        var n = Math.Max(1, reader.NumDocs);
        var df = reader.DocFreq(new Term(Schema.Body, term));
        return (float)Math.Max(1e-3, Math.Log(1 + (n - df + 0.5) / (df + 0.5)));
    }

    /// <summary>
    /// The index terms that spell the same word another way (<see cref="Reference.SpellingRules"/>): for a word typed with
    /// diacritics its partners ("sỹ" → "sĩ"), for a word typed without, the partners of every spelling that folds to it
    /// ("sy" → "sĩ"). Remembered as the word's alternatives where the words must stand together, and highlighted.
    /// </summary>
    private IReadOnlyList<string> OtherSpellings(string word)
    {
        var rules = extractor.Data.Spellings;
        var exact = VietnameseText.ExactForm(word);
        var others = VietnameseText.IsAscii(exact)
            ? rules.FoldedPartners.GetValueOrDefault(exact) ?? []
            : rules.Partners.GetValueOrDefault(exact) ?? [];
        // A toneless partner ("hi" for "hy") is a folded term that already matches its toned spellings ("hí").
        others = others.Where(o => VietnameseText.IsAscii(o) || !others.Contains(VietnameseText.FoldLower(o))).ToArray();
        if (others.Length > 0 && !_alternatives.ContainsKey(word))
        {
            _alternatives[word] = others.Select(o => new[] { o }).ToList();
            _otherSpellings[word] = others.Select(VietnameseText.ExactForm).ToList();
            _highlightWords.AddRange(others.Select(VietnameseText.ExactForm));
        }
        return others;
    }

    private Query Prefix(string word)
    {
        var folded = VietnameseText.FoldLower(word);
        return new BooleanQuery
        {
            { PrefixTerms.Query(reader, Schema.Body, folded, _budget), Occur.SHOULD },
            { PrefixTerms.Query(reader, Schema.Title, folded, _budget, TitleBoost), Occur.SHOULD },
        };
    }

    // A name inside a longer query: its words as a phrase, or the articles tagged with what it names, however they spell it.
    private BooleanQuery NameOrTag(IReadOnlyList<string> words, string tagField, string key) => new()
    {
        { Phrase(words, titleOnly: false), Occur.SHOULD },
        { new ConstantScoreQuery(new TermQuery(new Term(tagField, key))) { Boost = 0.5f }, Occur.SHOULD },
    };

    // A phrase: its words side by side, folded, its typed spelling ranked first. A quoted phrase typed with diacritics
    // (`asTyped`, in a query read as typed) matches its typed spelling only: quoting "đảo chính" (a coup) must not count
    // "lãnh đạo Chính phủ"; so do the marked words of a name while marked words are read as typed (its tag finds the other
    // spellings); the retry that reads them in every spelling keeps every spelling.
    private Query Phrase(IReadOnlyList<string> words, bool titleOnly, bool asTyped = false)
    {
        var either = new BooleanQuery();
        var fields = titleOnly ? new[] { Schema.Title } : [Schema.Body, Schema.Title];
        var accented = words.Count(w => !VietnameseText.IsAscii(w));
        // Its plain syllables as typed, in a query typed with diacritics ("Cam Ranh" is not "cám rành").
        var typed = words.Count >= 2 ? words.Select(IndexTerm).ToList() : words;
        var strict = asTyped && _plainExact && accented > 0;
        // A name's words typed with marks (not quoted) stand in their typed spelling too while marked words are read as typed
        // (its tag finds the other spellings), scored as before.
        IReadOnlyList<string>? spelt = !asTyped && _marksExact && accented > 0
            ? words.Select(w => VietnameseText.IsAscii(w) ? VietnameseText.FoldLower(w) : VietnameseText.ExactForm(w)).ToList() : null;
        foreach (var field in fields)
        {
            var perField = new BooleanQuery { { Adjacent(field, strict ? typed : words.Select(VietnameseText.FoldLower).ToList(), 1f), Occur.MUST } };
            if (spelt is not null) perField.Add(new ConstantScoreQuery(Adjacent(field, spelt, 1f)) { Boost = 0f }, Occur.MUST);
            if (accented > 0 && !strict) perField.Add(Adjacent(field, words, ExactBoost), Occur.SHOULD);
            if (field == Schema.Title && !titleOnly) perField.Boost = TitleBoost;
            either.Add(perField, Occur.SHOULD);
        }
        if (accented > 0)
        {
            // The exact tier of every accented word, as bare words have it: the phrase in its typed spelling ranks first.
            var exact = new BooleanQuery();
            foreach (var field in fields) exact.Add(Adjacent(field, typed, 1f), Occur.SHOULD);
            either.Add(new ConstantScoreQuery(exact) { Boost = ExactTier * accented * WordQuery.TierWeight }, Occur.SHOULD);
        }
        return either;
    }

    // Words side by side, scored as Lucene's PhraseQuery scores them (AdjacentTermsQuery allocates far less per segment).
    private static Query Adjacent(string field, IReadOnlyList<string> words, float boost)
    {
        if (words.Count >= 2) return new AdjacentTermsQuery(field, words) { Boost = boost };
        var single = new PhraseQuery { Boost = boost };
        foreach (var w in words) single.Add(new Term(field, w));
        return single;
    }

    // Consecutive bare words: side by side in the body (positions) and the title (bigram field), the whole
    // run as a title phrase, and that phrase again where it starts the title.
    private void AddProximity(BooleanQuery target, List<string> words)
    {
        if (words.Count < 2) return;
        var folded = words.Select(VietnameseText.FoldLower).ToList();
        // Each word as typed, or in its other one-word spellings ("sỹ" for "sĩ"): pairs stand together in any of them.
        // In a query typed with diacritics, a plain syllable stands side by side only where spelt without marks ("hải quan"
        // rewards "Hải quan", not "Hải quân").
        // A word typed with marks stands side by side only in its typed spelling ("bán vũ" rewards no "bắn vũ").
        var typed = words.Select((w, i) => VietnameseText.IsAscii(w) ? _plainExact ? AdjacentTermsQuery.PlainMark + folded[i] : folded[i]
            : _marksExact ? VietnameseText.ExactForm(w) : folded[i]).ToList();
        // With a leading reading, the words typed as they are spelt there ("bán" for "ban"), null for the others.
        var spelt = words.Select(w => _reading.GetValueOrDefault(w)).ToList();
        var options = words.Select((w, i) => _alternatives.TryGetValue(w, out var alt)
            ? alt.Where(a => a.Length == 1).Select(a => _marksExact && !VietnameseText.IsAscii(w) ? VietnameseText.ExactForm(a[0]) : VietnameseText.FoldLower(a[0]))
                .Prepend(typed[i]).Distinct().ToList()
            : [typed[i]]).ToList();
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            // A pair the reading spells scores as before, but only where it stands so spelt: "Nga bắn" is no "nga ban" of "Nga bán".
            var reading = spelt[i] is not null || spelt[i + 1] is not null ? new[] { spelt[i] ?? typed[i], spelt[i + 1] ?? typed[i + 1] } : null;
            foreach (var first in options[i])
            {
                foreach (var second in options[i + 1])
                {
                    var asRead = reading is not null && first == typed[i] && second == typed[i + 1];
                    // A pair holding a word typed with marks scores as it did folded, where it stands in the typed spelling.
                    var bodySpelt = asRead ? new AdjacentTermsQuery(Schema.Body, reading!) : Spelt(Schema.Body, [first, second]);
                    target.Add(AsRead(new AdjacentTermsQuery(Schema.Body, [Folded(first), Folded(second)]) { Boost = BodyBigramBoost }, bodySpelt), Occur.SHOULD);
                    // The title bigrams are folded: they cannot tell a plain syllable from its accented spellings (the
                    // title phrase below can). Topical tuning half nDCG@10 0.714 with them, 0.723 without; looking such pairs up
                    // in the title's positions instead gave 0.710.
                    if (first[0] == AdjacentTermsQuery.PlainMark || second[0] == AdjacentTermsQuery.PlainMark) continue;
                    // A pair holding a word typed with marks scores where the title spells it so (the bigram is folded).
                    var titleBigram = TermStates.Query(reader, Schema.TitleBigrams, Folded(first) + " " + Folded(second));
                    titleBigram.Boost = TitleBigramBoost;
                    target.Add(AsRead(titleBigram, asRead ? new AdjacentTermsQuery(Schema.Title, reading!) : Spelt(Schema.Title, [first, second])), Occur.SHOULD);
                }
            }
        }
        // The whole run in the title, and where it starts the title (what a user typing the start of a headline is after),
        // in any of its words' spellings ("liệt sỹ" for "liệt sĩ"): the best one counts.
        var spellings = new List<List<string>> { new() };
        foreach (var option in options)
            spellings = spellings.SelectMany(r => option.Select(o => r.Append(o).ToList())).Take(MaxTitleSpellings).ToList();
        // In any spelling, even against the leading reading: a headline holding the whole run typed is what a user typing it is
        // after ("nguoi dan ong tu" of "Người đàn ông tự …", where the commonest reading is "người đàn ông tử").
        // Its words typed with marks stand in their typed spelling (scored as the run folded scores).
        target.Add(Best(spellings.Select(r => AsRead(new AdjacentTermsQuery(Schema.Title, r.Select(Folded).ToList()) { Boost = TitlePhraseBoost }, Spelt(Schema.Title, r)))), Occur.SHOULD);
        target.Add(Best(spellings.Select(r => AsRead(new AdjacentTermsQuery(Schema.Title, r.Select(Folded).ToList(), atStart: true) { Boost = TitleStartBoost }, Spelt(Schema.Title, r)))), Occur.SHOULD);
    }

    // A proximity term as scored: a word typed with marks by its folded form (as a query typed without them scores), a plain
    // syllable of a query typed with diacritics as it stands without marks (PlainMark), else as it is.
    private static string Folded(string term) => term.Length > 0 && term[0] == AdjacentTermsQuery.PlainMark ? term : VietnameseText.FoldLower(term);

    // Where a run holding a word typed with marks (its exact form) must stand so spelt; null when it holds none (no condition).
    private static Query? Spelt(string field, IReadOnlyList<string> terms) =>
        terms.Any(t => !VietnameseText.IsAscii(t)) ? new AdjacentTermsQuery(field, terms) : null;

    // A proximity clause scored as it is, where the words also stand as the leading reading spells them (null: anywhere).
    private static Query AsRead(Query scoring, Query? spelt) => spelt is null ? scoring
        : new BooleanQuery { { scoring, Occur.MUST }, { new ConstantScoreQuery(spelt) { Boost = 0f }, Occur.MUST } };

    /// <summary>How many spellings of a run (its words' i/y spellings, <c>Data/spellings.json</c>) the title phrase and the headline start try.</summary>
    public const int MaxTitleSpellings = 8;

    private static Query Best(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        if (list.Count == 1) return list[0];
        var best = new DisjunctionMaxQuery(0f);
        foreach (var q in list) best.Add(q);
        return best;
    }

    private Query Filter(FilterNode filter)
    {
        var key = FacetDimensions.Find(filter.Dimension)?.ResolveTyped(extractor, filter.Value);
        if (key is null)
        {
            _unknownFilter ??= $"{filter.Dimension}:{filter.Value}";
            return new BooleanQuery(); // matches nothing: an unknown value is not silently dropped
        }
        return new ConstantScoreQuery(new TermQuery(new Term(filter.Dimension, key))) { Boost = 0f };
    }
}
