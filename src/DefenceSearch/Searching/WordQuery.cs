using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>One spelling of a word in one field, with the boost it earns ("đường" 2, "dương" 1.6, "duong" 1).</summary>
internal sealed record Spelling(string Field, string Term, float Boost);

/// <summary>
/// One typed word over its fields and spellings: a document matches when the folded spelling (which every
/// other spelling folds to) is in any field; it scores, per field, its best spelling's BM25 times that
/// spelling's boost, summed over the fields. The same score as a BooleanQuery of per-field
/// DisjunctionMaxQueries of TermQueries, without their three priority queues per document: the folded
/// postings lead, and the other spellings are only advanced to the documents the folded ones find.
/// </summary>
internal sealed class WordQuery : Query
{
    private readonly IReadOnlyList<(string Field, float Boost, string Folded, IReadOnlyList<(string Term, float Boost)> Others)> _fields;

    /// <param name="fields">Per field: its boost, the folded term (matches), the other spellings (score only).</param>
    public WordQuery(IReadOnlyList<(string Field, float Boost, string Folded, IReadOnlyList<(string Term, float Boost)> Others)> fields) => _fields = fields;

    public override Weight CreateWeight(IndexSearcher searcher) => new WordWeight(this, searcher);

    public override string ToString(string field) =>
        "word(" + string.Join(" | ", _fields.Select(f => $"{f.Field}^{f.Boost}:{f.Folded}" + string.Concat(f.Others.Select(o => $",{o.Term}^{o.Boost}")))) + ")" + ToStringUtils.Boost(Boost);

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

    private sealed class TermPart(Term term, TermContext context, Similarity.SimWeight stats)
    {
        public readonly Term Term = term;
        public readonly TermContext Context = context;
        public readonly Similarity.SimWeight Stats = stats;
    }

    private sealed class WordWeight : Weight
    {
        private readonly WordQuery _query;
        private readonly Similarity _similarity;
        // Per field: the folded term first, then the other spellings.
        private readonly TermPart[][] _parts;

        public WordWeight(WordQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            var reader = searcher.IndexReader;
            _parts = new TermPart[query._fields.Count][];
            for (var f = 0; f < _parts.Length; f++)
            {
                var (field, boost, folded, others) = query._fields[f];
                var collection = TermStates.Collection(searcher, field);
                var parts = _parts[f] = new TermPart[others.Count + 1];
                for (var i = 0; i < parts.Length; i++)
                {
                    var (text, spellingBoost) = i == 0 ? (folded, 1f) : others[i - 1];
                    var term = new Term(field, text);
                    var context = TermStates.Context(reader, term);
                    parts[i] = new TermPart(term, context, _similarity.ComputeWeight(boost * spellingBoost, collection, searcher.TermStatistics(term, context)));
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
            foreach (var field in _parts)
            {
                var terms = context.AtomicReader.GetTerms(field[0].Term.Field);
                if (terms is null) continue;
                // One terms enumerator per field serves every spelling: it only positions each postings list.
                var iterator = terms.GetEnumerator();
                var lead = Postings(iterator, field[0], context, acceptDocs);
                if (lead is null) continue; // the folded spelling is not in this segment's field: no other is
                var others = new List<(DocsEnum, Similarity.SimScorer)>();
                for (var i = 1; i < field.Length; i++)
                {
                    if (Postings(iterator, field[i], context, acceptDocs) is { } docs) others.Add((docs, _similarity.GetSimScorer(field[i].Stats, context)));
                }
                fields.Add(new FieldScorer(lead, _similarity.GetSimScorer(field[0].Stats, context), others.ToArray()));
            }
            return fields.Count == 0 ? null : new WordScorer(this, fields.ToArray());
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
                return new Explanation(scorer.GetScore(), $"best spelling per field, summed: {_query}");
            return new Explanation(0f, "no spelling of the word");
        }
    }

    private sealed class FieldScorer(DocsEnum lead, Similarity.SimScorer leadScorer, (DocsEnum Docs, Similarity.SimScorer Scorer)[] others)
    {
        public readonly DocsEnum Lead = lead;

        // The best spelling at the lead's current document; the others are advanced only as far as it.
        public float Score(int doc)
        {
            var best = leadScorer.Score(doc, Lead.Freq);
            foreach (var (docs, scorer) in others)
            {
                var at = docs.DocID < doc ? docs.Advance(doc) : docs.DocID;
                if (at == doc) best = Math.Max(best, scorer.Score(doc, docs.Freq));
            }
            return best;
        }
    }

    private sealed class WordScorer(Weight weight, FieldScorer[] fields) : Scorer(weight)
    {
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => fields.Sum(f => f.Lead.DocID == _doc ? f.Lead.Freq : 0);

        public override float GetScore()
        {
            var score = 0f;
            foreach (var f in fields)
            {
                if (f.Lead.DocID == _doc) score += f.Score(_doc);
            }
            return score;
        }

        public override long GetCost() => fields.Sum(f => f.Lead.GetCost());

        public override int NextDoc()
        {
            var next = NO_MORE_DOCS;
            foreach (var f in fields)
            {
                var d = f.Lead.DocID;
                if (d <= _doc) d = f.Lead.NextDoc();
                if (d < next) next = d;
            }
            return _doc = next;
        }

        public override int Advance(int target)
        {
            var next = NO_MORE_DOCS;
            foreach (var f in fields)
            {
                var d = f.Lead.DocID;
                if (d < target) d = f.Lead.Advance(target);
                if (d < next) next = d;
            }
            return _doc = next;
        }
    }
}
