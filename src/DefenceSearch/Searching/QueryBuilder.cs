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
internal sealed record BuiltQuery(Query Query, BooleanQuery? Proximity, HighlightTerms Highlight, IReadOnlyList<string> PositiveWords, string? UnknownFilter);

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
    public const float BodyBigramBoost = 1.2f;
    public const float TitleBigramBoost = 2.5f;
    public const float TitlePhraseBoost = 4f;
    public const float TitleStartBoost = 2f;
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
    private readonly List<string> _positiveWords = [];
    private string? _unknownFilter;

    public BuiltQuery Build(QueryNode? root, bool anyWord = false)
    {
        Query query;
        BooleanQuery? proximity = null;
        if (root is null) query = new MatchAllDocsQuery();
        else
        {
            var top = new BooleanQuery();
            proximity = new BooleanQuery();
            AddAnd(top, root is AndNode and ? and.Items : [root], anyWord, positive: true, proximity);
            if (top.Clauses.All(c => c.Occur == Occur.MUST_NOT)) top.Add(new MatchAllDocsQuery(), Occur.MUST);
            // The usual search, every clause required (one a word): the same scores without a BooleanQuery.
            query = top.Clauses.All(c => c.Occur == Occur.MUST) ? new AllOfQuery(top.Clauses.Select(c => c.Query).ToList()) : top;
        }
        return new BuiltQuery(query, proximity is { Clauses.Count: > 0 } ? proximity : null,
            new HighlightTerms(_highlightWords, _highlightPrefixes, _highlightPhrases), _positiveWords, _unknownFilter);
    }

    /// <summary>Bare words that spell a country's name ("be la rut"): that phrase, or the country's facet.</summary>
    private sealed record CountryNameNode(IReadOnlyList<string> Words, string Key) : QueryNode;

    private const int MaxCountryNameSyllables = 6;

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
                if (!names.TryGetValue(string.Join(' ', words.Select(VietnameseText.FoldLower)), out var key)) continue;
                result.Add(new CountryNameNode(words, key));
                i += length;
                matched = true;
            }
            if (!matched) result.Add(items[i++]);
        }
        return result;
    }

    // Proximity clauses go to `proximity` (rescoring, for the top level) or, inside brackets, into the group itself.
    private void AddAnd(BooleanQuery target, IReadOnlyList<QueryNode> items, bool anyWord, bool positive, BooleanQuery proximity)
    {
        items = WithCountryNames(items);
        var bareRun = new List<string>();
        var anyWordGroup = anyWord ? new BooleanQuery() : null;
        foreach (var item in items)
        {
            if (item is WordNode { Prefix: false } w) bareRun.Add(w.Word);
            else { AddProximity(proximity, bareRun); bareRun.Clear(); }

            if (item is NotNode not)
            {
                target.Add(Node(not.Inner, positive: false), Occur.MUST_NOT);
                continue;
            }
            var clause = Node(item, positive);
            if (anyWordGroup is not null && item is WordNode or PhraseNode or TitleWordNode or CountryNameNode) anyWordGroup.Add(clause, Occur.SHOULD);
            else target.Add(clause, Occur.MUST);
        }
        AddProximity(proximity, bareRun);
        if (anyWordGroup is { Clauses.Count: > 0 }) target.Add(anyWordGroup, Occur.MUST);
    }

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
                    _highlightPhrases.Add(p.Words.Select(VietnameseText.FoldLower).ToArray());
                    _positiveWords.AddRange(p.Words);
                }
                return Phrase(p.Words, p.TitleOnly);
            case FilterNode f:
                return Filter(f);
            case CountryNameNode c:
                if (positive)
                {
                    _highlightPhrases.Add(c.Words.Select(VietnameseText.FoldLower).ToArray());
                    _highlightWords.AddRange(extractor.CountryWordsFolded(c.Key));
                    _positiveWords.AddRange(c.Words);
                }
                return new BooleanQuery
                {
                    { Phrase(c.Words, titleOnly: false), Occur.SHOULD },
                    { new ConstantScoreQuery(new TermQuery(new Term(Schema.Country, c.Key))) { Boost = 0.5f }, Occur.SHOULD },
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

    private void Remember(string word, bool prefix)
    {
        var folded = VietnameseText.FoldLower(word);
        (prefix ? _highlightPrefixes : _highlightWords).Add(folded);
        if (!prefix) _positiveWords.Add(word);
    }

    /// <summary>
    /// One word: title or body. Typed with diacritics, in tiers (<see cref="WordQuery.TierWeight"/>): articles
    /// holding the exact spelling first, then those holding a near spelling (one diacritic differs), then those
    /// matching only folded; BM25 orders each tier. Typed without diacritics: the folded term alone, plain BM25.
    /// </summary>
    private Query Word(string word, bool titleOnly)
    {
        var folded = VietnameseText.FoldLower(word);
        var fields = titleOnly ? new[] { Schema.Title } : [Schema.Body, Schema.Title];
        // The folded term already matches every spelling; the exact one, the near ones and a few farther ones that
        // still share some typed mark are looked up to score (each costs a term look-up per segment and field).
        IReadOnlyList<(string, float, int)> spellings = [];
        if (!VietnameseText.IsAscii(word))
        {
            var variants = TermVariants.Of(reader, folded)
                .Where(v => v != word)
                .Select(v => (Spelling: v, Distance: TermVariants.DiacriticDistance(word, v), Agreement: VietnameseText.DiacriticAgreement(word, v)))
                .OrderByDescending(v => v.Agreement)
                .ThenBy(v => v.Spelling, StringComparer.Ordinal)
                .ToList();
            var near = variants.Where(v => v.Distance == 1).Take(MaxNearSpellings);
            var farther = variants.Where(v => v.Distance > 1 && v.Agreement > 0).Take(MaxFartherSpellings);
            spellings = near.Concat(farther)
                .Select(v => (v.Spelling, 1f + 0.8f * (float)v.Agreement, v.Distance == 1 ? NearTier : 0))
                .Prepend((word, ExactBoost, ExactTier))
                .ToList();
        }
        return new WordQuery(fields.Select(field => (field, field == Schema.Title && !titleOnly ? TitleBoost : 1f, folded, spellings)).ToList());
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

    private static Query Phrase(IReadOnlyList<string> words, bool titleOnly)
    {
        var either = new BooleanQuery();
        var fields = titleOnly ? new[] { Schema.Title } : [Schema.Body, Schema.Title];
        var accented = words.Count(w => !VietnameseText.IsAscii(w));
        foreach (var field in fields)
        {
            var perField = new BooleanQuery { { Adjacent(field, words.Select(VietnameseText.FoldLower).ToList(), 1f), Occur.MUST } };
            if (accented > 0) perField.Add(Adjacent(field, words, ExactBoost), Occur.SHOULD);
            if (field == Schema.Title && !titleOnly) perField.Boost = TitleBoost;
            either.Add(perField, Occur.SHOULD);
        }
        if (accented > 0)
        {
            // The exact tier of every accented word, as bare words have it: the phrase in its typed spelling ranks first.
            var exact = new BooleanQuery();
            foreach (var field in fields) exact.Add(Adjacent(field, words, 1f), Occur.SHOULD);
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
        for (var i = 0; i + 1 < folded.Count; i++)
        {
            var bigram = folded[i] + " " + folded[i + 1];
            target.Add(new AdjacentTermsQuery(Schema.Body, [folded[i], folded[i + 1]]) { Boost = BodyBigramBoost }, Occur.SHOULD);
            var titleBigram = TermStates.Query(reader, Schema.TitleBigrams, bigram);
            titleBigram.Boost = TitleBigramBoost;
            target.Add(titleBigram, Occur.SHOULD);
        }
        target.Add(new AdjacentTermsQuery(Schema.Title, folded) { Boost = TitlePhraseBoost }, Occur.SHOULD);
        // The headline that starts with the typed words: what a user typing the start of a headline is after.
        target.Add(new AdjacentTermsQuery(Schema.Title, folded, atStart: true) { Boost = TitleStartBoost }, Occur.SHOULD);
    }

    private Query Filter(FilterNode filter)
    {
        string? key = filter.Dimension switch
        {
            "country" => extractor.ResolveCountry(filter.Value),
            "area" => extractor.ResolveArea(filter.Value),
            "year" => filter.Value.Equals(Schema.UnknownYear, StringComparison.OrdinalIgnoreCase) ? Schema.UnknownYear
                : int.TryParse(filter.Value, out var y) && y is > 1900 and < 2200 ? y.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            "minister" => ResolveMinister(filter.Value),
            _ => null,
        };
        if (key is null)
        {
            _unknownFilter ??= $"{filter.Dimension}:{filter.Value}";
            return new BooleanQuery(); // matches nothing: an unknown value is not silently dropped
        }
        return new ConstantScoreQuery(new TermQuery(new Term(filter.Dimension, key))) { Boost = 0f };
    }

    private string? ResolveMinister(string value)
    {
        var data = extractor.Data;
        if (data.MinisterByKey.ContainsKey(value)) return value;
        var slug = VietnameseText.Slug(value);
        if (slug.Length == 0) return null;
        if (data.MinisterByKey.ContainsKey(slug)) return slug;
        var known = data.Ministers.FirstOrDefault(m => m.Aliases.Append(m.Name).Any(a => ("-" + VietnameseText.Slug(a) + "-").Contains("-" + slug + "-", StringComparison.Ordinal)));
        return known?.Key ?? slug;
    }
}
