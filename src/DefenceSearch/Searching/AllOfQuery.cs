using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// Documents that match every one of its queries, scored by the sum of their scores: what a BooleanQuery of MUST
/// clauses gives under BM25 (whose coordination factor is 1). Most searches are just that, one clause per typed
/// word; Lucene.NET's BooleanWeight spent a tenth of such a search building its scorers for every segment.
/// </summary>
internal sealed class AllOfQuery : Query
{
    private readonly Query[] _required;

    public AllOfQuery(IReadOnlyList<Query> required)
    {
        if (required.Count == 0) throw new ArgumentException("At least one query is needed.", nameof(required));
        _required = required.ToArray();
    }

    public IReadOnlyList<Query> Required => _required;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = _required.Select(q => q.Rewrite(reader)).ToArray();
        return rewritten.SequenceEqual(_required, ReferenceEqualityComparer.Instance) ? this : new AllOfQuery(rewritten) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var q in _required) q.ExtractTerms(terms);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new AllOfWeight(this, _required.Select(q => q.CreateWeight(searcher)).ToArray());

    public override string ToString(string field) => "all(" + string.Join(", ", _required.Select(q => q.ToString(field))) + ")" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) => obj is AllOfQuery other && other.Boost == Boost && other._required.SequenceEqual(_required);

    public override int GetHashCode() => _required.Aggregate(Boost.GetHashCode(), (h, q) => HashCode.Combine(h, q));

    private sealed class AllOfWeight(AllOfQuery query, Weight[] weights) : SumOfWeights(query, weights)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new Scorer[Weights.Length];
            for (var i = 0; i < Weights.Length; i++)
            {
                if (Weights[i].GetScorer(context, acceptDocs) is not { } scorer) return null; // one query matches nothing here
                scorers[i] = scorer;
            }
            if (scorers.Length == 1) return scorers[0];
            Array.Sort(scorers, (a, b) => a.GetCost().CompareTo(b.GetCost())); // the rarest leads
            return new AllOfScorer(this, scorers);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var result = new ComplexExplanation { Description = "sum of:" };
            var sum = 0f;
            foreach (var w in Weights)
            {
                var e = w.Explain(context, doc);
                if (!e.IsMatch) return new ComplexExplanation(false, 0f, "not every required query matches: " + e.Description);
                result.AddDetail(e);
                sum += e.Value;
            }
            result.Value = sum;
            result.Match = true;
            return result;
        }
    }

    private sealed class AllOfScorer(Weight weight, Scorer[] scorers) : Scorer(weight)
    {
        private readonly Scorer _lead = scorers[0];
        private int _doc = -1;

        public override int DocID => _doc;

        public override int Freq => scorers.Length;

        public override float GetScore()
        {
            var sum = 0f;
            foreach (var s in scorers) sum += s.GetScore();
            return sum;
        }

        public override long GetCost() => _lead.GetCost();

        public override int NextDoc() => _doc = Align(_lead.NextDoc());

        public override int Advance(int target) => _doc = Align(_lead.Advance(target));

        // Leapfrog: every scorer moves to the lead's document; one that overshoots moves the lead on.
        private int Align(int doc)
        {
            var i = 1;
            while (doc != NO_MORE_DOCS && i < scorers.Length)
            {
                var other = scorers[i].DocID < doc ? scorers[i].Advance(doc) : scorers[i].DocID;
                if (other == doc) { i++; continue; }
                doc = other == NO_MORE_DOCS ? NO_MORE_DOCS : _lead.Advance(other);
                i = 1;
            }
            return doc;
        }

        public override ICollection<ChildScorer> GetChildren() => scorers.Select(s => new ChildScorer(s, "MUST")).ToList();
    }
}
