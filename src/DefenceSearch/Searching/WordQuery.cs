using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// One typed word over its fields and spellings: a document matches when the folded spelling (which every
/// other spelling folds to) is in any field; it scores, per field, the BM25 times boost of the closest spelling
/// that field holds (of the folded tier: the best), summed over the fields that hold a spelling of the document's
/// best tier (a title holding only another word does not add to a body holding the typed one), plus
/// <see cref="TierWeight"/> times the highest tier of the
/// spellings it holds in any field (2: the typed spelling, 1: a near spelling, 0: folded only). A tier is
/// worth more than any BM25 a query can add up, so for a word typed with diacritics every article holding
/// the exact spelling ranks above every article holding only a near one, and those above the folded-only
/// ones; BM25 orders each tier. A word typed without diacritics has no tiers: plain BM25 as before.
/// Without tiers (every spelling in the folded tier) this is the score of a BooleanQuery of per-field
/// DisjunctionMaxQueries of TermQueries, without
/// their three priority queues per document: the folded postings lead, and the other spellings are only
/// advanced to the documents the folded ones find.
/// </summary>
internal sealed class WordQuery : Query
{
    /// <summary>
    /// What one tier adds. Above any BM25 sum a query reaches: a word's fields (title boost 2.5 × exact 2 + body 2,
    /// each at most idf ≈ 11 × (k1 + 1) = 2.2 on a million articles) bring under 170, the words side by side
    /// rescoring (body and title pairs, the title phrase, the headline start) under 270 more per word: 440 per typed word, so a
    /// tier outweighs the BM25 of a query of up to 20 words. Float keeps two decimals of BM25 up to 2 × 25 tiers.
    /// </summary>
    public const float TierWeight = 10_000f;

    private readonly IReadOnlyList<(string Field, float Boost, string Folded, IReadOnlyList<(string Term, float Boost, int Tier)> Others)> _fields;
    private readonly string? _plain;
    private readonly IReadOnlyList<string> _accented;

    /// <param name="fields">Per field: its boost, the folded term (matches), the other spellings (score only) with their tiers.</param>
    /// <param name="plain">
    /// A syllable typed without marks in a query typed with diacritics ("quan" of "hải quan"): its own spelling. Where a field's
    /// folded term is this one, it holds the word where the term stands more often than its <paramref name="accented"/>
    /// spellings (each of which also carries the folded term at its position): those occurrences score, in the exact tier,
    /// and a document holding only accented spellings ("quân") does not match through that field.
    /// </param>
    /// <param name="accented">The accented spellings of <paramref name="plain"/> the index holds (<see cref="TermVariants"/>).</param>
    public WordQuery(IReadOnlyList<(string Field, float Boost, string Folded, IReadOnlyList<(string Term, float Boost, int Tier)> Others)> fields,
        string? plain = null, IReadOnlyList<string>? accented = null)
    {
        _fields = fields;
        _plain = plain;
        _accented = plain is null ? [] : accented ?? [];
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new WordWeight(this, searcher);

    public override string ToString(string field) =>
        "word(" + string.Join(" | ", _fields.Select(f => $"{f.Field}^{f.Boost}:{(f.Folded == _plain ? "=" : "")}{f.Folded}" + string.Concat(f.Others.Select(o => $",{o.Term}^{o.Boost}" + (o.Tier > 0 ? $"#{o.Tier}" : ""))))) + ")"
        + (_plain is null ? "" : "-" + string.Join(',', _accented)) + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is WordQuery other && other.ToString() == ToString();

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var f in _fields)
        {
            terms.Add(new Term(f.Field, f.Folded));
            foreach (var o in f.Others) terms.Add(new Term(f.Field, o.Term));
        }
    }

    /// <summary>A plain field's postings (its term is the plain syllable) and those of the accented spellings to take from it.</summary>
    private bool IsPlain(int field) => _plain is not null && _fields[field].Folded == _plain;

    private sealed class TermPart(Term term, TermContext context, Similarity.SimWeight stats, int tier)
    {
        public readonly Term Term = term;
        public readonly TermContext Context = context;
        public readonly Similarity.SimWeight Stats = stats;
        public readonly int Tier = tier;
    }

    private sealed class WordWeight : Weight
    {
        private readonly WordQuery _query;
        private readonly Similarity _similarity;
        // Per field: the folded term first, then the other spellings.
        private readonly TermPart[][] _parts;
        // Per field: for the plain syllable's field, its accented spellings (whose occurrences are not plain); else empty.
        private readonly TermPart[][] _accented;

        public WordWeight(WordQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var reader = searcher.IndexReader;
            _parts = new TermPart[query._fields.Count][];
            _accented = new TermPart[query._fields.Count][];
            for (var f = 0; f < _parts.Length; f++)
            {
                var (field, boost, folded, others) = query._fields[f];
                var collection = TermStates.Collection(searcher, field);
                var plain = query.IsPlain(f);
                _accented[f] = plain
                    ? query._accented.Select(a => new Term(field, a)).Select(t => new TermPart(t, TermStates.Context(reader, t), null!, 0)).ToArray()
                    : [];
                var parts = _parts[f] = new TermPart[others.Count + 1];
                for (var i = 0; i < parts.Length; i++)
                {
                    // The plain syllable is typed as spelt: its plain occurrences score as the exact spelling does.
                    var (text, spellingBoost, tier) = i == 0 ? (folded, plain ? QueryBuilder.ExactBoost : 1f, plain ? QueryBuilder.ExactTier : 0) : others[i - 1];
                    var term = new Term(field, text);
                    var context = TermStates.Context(reader, term);
                    parts[i] = new TermPart(term, context, _similarity.ComputeWeight(boost * spellingBoost, collection, searcher.TermStatistics(term, context)), tier);
                }
            }
        }

        public override Query Query => _query;

        public override float GetValueForNormalization()
        {
            // As the disjunctions it replaces: the best spelling of each field, summed (BM25 ignores it anyway).
            var sum = 0f;
            foreach (var field in _parts) sum += field.Max(p => p.Stats.GetValueForNormalization());
            return sum * _query.Boost * _query.Boost;
        }

        public override void Normalize(float norm, float topLevelBoost)
        {
            foreach (var field in _parts)
                foreach (var part in field) part.Stats.Normalize(norm, topLevelBoost * _query.Boost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var fields = new List<FieldScorer>(_parts.Length);
            for (var f = 0; f < _parts.Length; f++)
            {
                var field = _parts[f];
                var terms = context.AtomicReader.GetTerms(field[0].Term.Field);
                if (terms is null) continue;
                // One terms enumerator per field serves every spelling: it only positions each postings list.
                var iterator = terms.GetEnumerator();
                var lead = Postings(iterator, field[0], context, acceptDocs);
                if (lead is null) continue; // the folded spelling is not in this segment's field: no other is
                // The other spellings open their postings when first looked at: most hits of a typed word hold it
                // exactly, and the near and farther spellings of a common syllable are then never read.
                var others = new List<Spelling>();
                for (var i = 1; i < field.Length; i++)
                {
                    if (field[i].Context.Get(context.Ord) is not null) others.Add(new Spelling(this, iterator, field[i], context, acceptDocs));
                }
                var accented = _accented[f].Where(a => a.Context.Get(context.Ord) is not null).Select(a => new Spelling(this, iterator, a, context, acceptDocs)).ToArray();
                fields.Add(new FieldScorer(lead, _similarity.GetSimScorer(field[0].Stats, context), others.OrderByDescending(o => o.Tier).ToArray(),
                    _query.IsPlain(f) ? accented : null));
            }
            return fields.Count == 0 ? null : new WordScorer(this, fields.ToArray());
        }

        /// <summary>One spelling in one segment and field; its postings and scorer are opened on first use.</summary>
        internal sealed class Spelling(WordWeight weight, TermsEnum iterator, TermPart part, AtomicReaderContext context, IBits? acceptDocs)
        {
            private DocsEnum? _docs;
            private Similarity.SimScorer? _scorer;

            public int Tier => part.Tier;

            // Whether the spelling is at the document (the lead's, never behind this spelling's position).
            public bool At(int doc)
            {
                _docs ??= Postings(iterator, part, context, acceptDocs)!; // present in the segment (checked when made)
                var at = _docs.DocID < doc ? _docs.Advance(doc) : _docs.DocID;
                return at == doc;
            }

            public float Score(int doc) => (_scorer ??= weight._similarity.GetSimScorer(part.Stats, context)).Score(doc, _docs!.Freq);

            /// <summary>How often the spelling stands in the document it is <see cref="At"/>.</summary>
            public int Freq => _docs!.Freq;
        }

        private static DocsEnum? Postings(TermsEnum iterator, TermPart part, AtomicReaderContext context, IBits? acceptDocs)
        {
            var state = part.Context.Get(context.Ord);
            if (state is null) return null;
            iterator.SeekExact(part.Term.Bytes, state);
            return iterator.Docs(acceptDocs, null);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is WordScorer scorer && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"best spelling per field, summed, plus {TierWeight} per tier of the best spelling held: {_query}");
            return new Explanation(0f, "no spelling of the word");
        }
    }

    private sealed class FieldScorer(DocsEnum lead, Similarity.SimScorer leadScorer, WordWeight.Spelling[] others, WordWeight.Spelling[]? accented)
    {
        public readonly DocsEnum Lead = lead;

        /// <summary>Whether the lead is the plain syllable of a query typed with diacritics (see <see cref="WordQuery"/>).</summary>
        public bool IsPlain => accented is not null;

        // For the plain syllable: how often it stands without marks in the lead's document (its folded term's frequency
        // less its accented spellings', which carry the folded term at their positions).
        public int PlainFreq(int doc)
        {
            var freq = Lead.Freq;
            foreach (var a in accented!)
            {
                if (freq <= 0) break;
                if (a.At(doc)) freq -= a.Freq;
            }
            return freq;
        }

        // The field's BM25 at the lead's current document, raising `tier` to the highest tier held here: in the
        // exact and near tiers the first spelling held, in the builder's order (closest first); in the folded tier
        // the best of the folded term and the farther spellings. `others` is ordered highest tier first; spellings
        // after the first one held are not looked at, and each is advanced only as far as the lead, when looked at.
        public float Score(int doc, out int tier)
        {
            if (accented is not null)
            {
                // Only the doc's plain occurrences score (in the exact tier); a field holding none is no match for it.
                var plain = PlainFreq(doc);
                tier = plain > 0 ? QueryBuilder.ExactTier : -1;
                return plain > 0 ? leadScorer.Score(doc, plain) : 0f;
            }
            tier = 0;
            var i = 0;
            while (i < others.Length && others[i].Tier > 0)
            {
                var groupTier = others[i].Tier;
                for (; i < others.Length && others[i].Tier == groupTier; i++)
                {
                    if (!others[i].At(doc)) continue;
                    tier = groupTier;
                    return others[i].Score(doc);
                }
            }
            var folded = leadScorer.Score(doc, Lead.Freq);
            for (; i < others.Length; i++)
            {
                if (others[i].At(doc)) folded = Math.Max(folded, others[i].Score(doc));
            }
            return folded;
        }
    }

    private sealed class WordScorer(Weight weight, FieldScorer[] fields) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => fields.Sum(f => f.Lead.DocID == _doc ? f.Lead.Freq : 0);

        // Only the fields holding the article's best spelling count: for "bộ", an article with "bộ" in its body and
        // "Bô xít" in its title is a body match; the title holds another word and adds nothing (it used to put
        // "Bô xít …" and "bô lão" headlines first). Without tiers (a word typed without diacritics) every field counts.
        public override float GetScore()
        {
            Span<float> scores = stackalloc float[fields.Length];
            Span<int> tiers = stackalloc int[fields.Length];
            var tier = 0;
            for (var f = 0; f < fields.Length; f++)
            {
                if (fields[f].Lead.DocID != _doc) { tiers[f] = -1; continue; }
                scores[f] = fields[f].Score(_doc, out tiers[f]);
                if (tiers[f] > tier) tier = tiers[f];
            }
            var score = 0f;
            for (var f = 0; f < fields.Length; f++)
            {
                if (tiers[f] == tier) score += scores[f];
            }
            return score + tier * TierWeight;
        }

        public override long GetCost() => fields.Sum(f => f.Lead.GetCost());

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            while (true)
            {
                var next = NO_MORE_DOCS;
                foreach (var f in fields)
                {
                    var d = f.Lead.DocID;
                    if (d < target) d = f.Lead.Advance(target);
                    if (d < next) next = d;
                }
                _doc = next;
                if (next == NO_MORE_DOCS || Holds(next)) return next;
                target = next + 1; // only accented spellings of a plain syllable here: no match
            }
        }

        // Whether a field holds the word at the document: any spelling, but a plain syllable only where it stands without marks.
        private bool Holds(int doc)
        {
            foreach (var f in fields)
            {
                if (f.Lead.DocID == doc && (!f.IsPlain || f.PlainFreq(doc) > 0)) return true;
            }
            return false;
        }
    }
}
