using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// Documents that match every one of its queries but at most one, scored by the sum of the scores of the queries
/// they match plus, for the one they miss, that query's <c>missing</c> score: a keyword query of four or more words
/// keeps the articles that lack one of them ("xuyên lục địa" for "liên lục địa") as a lower tier (a missing score far
/// below zero) instead of dropping them.
/// </summary>
internal sealed class MostOfQuery : Query
{
    private readonly Query[] _queries;
    private readonly float[] _missing;

    /// <param name="queries">Two or more queries.</param>
    /// <param name="missing">Per query, what a document that misses it scores for it.</param>
    public MostOfQuery(IReadOnlyList<Query> queries, IReadOnlyList<float> missing)
    {
        if (queries.Count < 2) throw new ArgumentException("Two or more queries are needed.", nameof(queries));
        if (missing.Count != queries.Count) throw new ArgumentException("One missing score per query.", nameof(missing));
        _queries = queries.ToArray();
        _missing = missing.ToArray();
    }

    public IReadOnlyList<Query> Queries => _queries;

    public override Query Rewrite(IndexReader reader)
    {
        var rewritten = _queries.Select(q => q.Rewrite(reader)).ToArray();
        return rewritten.SequenceEqual(_queries, ReferenceEqualityComparer.Instance) ? this : new MostOfQuery(rewritten, _missing) { Boost = Boost };
    }

    public override void ExtractTerms(ISet<Term> terms)
    {
        foreach (var q in _queries) q.ExtractTerms(terms);
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new MostOfWeight(this, _queries.Select(q => q.CreateWeight(searcher)).ToArray());

    public override string ToString(string field) =>
        "mostof(" + string.Join(", ", _queries.Select((q, i) => q.ToString(field) + (_missing[i] > 0 ? $"|missing {_missing[i]}" : ""))) + ")" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is MostOfQuery other && other.Boost == Boost && other._queries.SequenceEqual(_queries) && other._missing.SequenceEqual(_missing);

    public override int GetHashCode() => _queries.Aggregate(Boost.GetHashCode(), (h, q) => HashCode.Combine(h, q));

    private sealed class MostOfWeight(MostOfQuery query, Weight[] weights) : SumOfWeights(query, weights)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var scorers = new Scorer?[Weights.Length];
            var absent = 0;
            for (var i = 0; i < Weights.Length; i++)
            {
                scorers[i] = Weights[i].GetScorer(context, acceptDocs);
                if (scorers[i] is null) absent++;
            }
            if (absent > 1) return null; // two queries match nothing in this segment
            return new MostOfScorer(this, scorers, query._missing);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var result = new ComplexExplanation { Description = "sum of (all but at most one):" };
            var sum = 0f;
            var missed = 0;
            for (var i = 0; i < Weights.Length; i++)
            {
                var e = Weights[i].Explain(context, doc);
                if (e.IsMatch)
                {
                    result.AddDetail(e);
                    sum += e.Value;
                }
                else
                {
                    missed++;
                    sum += query._missing[i];
                    result.AddDetail(new Explanation(query._missing[i], "missing: " + Weights[i].Query));
                }
            }
            result.Value = missed <= 1 ? sum : 0f;
            result.Match = missed <= 1;
            return result;
        }
    }

    /// <summary>
    /// Walks the union of the two rarest queries' documents (a document missing at most one query holds one of
    /// any two), and keeps those that every other query but at most one also matches.
    /// </summary>
    private sealed class MostOfScorer : Scorer
    {
        private readonly Scorer?[] _scorers;
        private readonly float[] _missing;
        private readonly Scorer[] _leads;
        private readonly int _absent;
        private int _doc = -1;
        private float _score;

        public MostOfScorer(Weight weight, Scorer?[] scorers, float[] missing) : base(weight)
        {
            _scorers = scorers;
            _missing = missing;
            _absent = scorers.Count(s => s is null);
            // With a query absent from the segment every other one must match: the rarest present one leads alone.
            _leads = scorers.OfType<Scorer>().OrderBy(s => s.GetCost()).Take(_absent == 0 ? 2 : 1).ToArray();
        }

        public override int DocID => _doc;

        public override int Freq => _scorers.Count(s => s is not null && s.DocID == _doc);

        public override float GetScore() => _score;

        public override long GetCost() => _leads.Sum(l => l.GetCost());

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            while (true)
            {
                var candidate = NO_MORE_DOCS;
                foreach (var lead in _leads)
                {
                    var d = lead.DocID < target ? lead.Advance(target) : lead.DocID;
                    if (d < candidate) candidate = d;
                }
                if (candidate == NO_MORE_DOCS) return _doc = NO_MORE_DOCS;
                if (Matches(candidate)) return _doc = candidate;
                target = candidate + 1;
            }
        }

        // Whether every query but at most one matches the document; its score if so.
        private bool Matches(int doc)
        {
            var missed = _absent;
            var score = 0f;
            for (var i = 0; i < _scorers.Length; i++)
            {
                var s = _scorers[i];
                if (s is null)
                {
                    score += _missing[i];
                    continue;
                }
                var d = s.DocID < doc ? s.Advance(doc) : s.DocID;
                if (d == doc) score += s.GetScore();
                else
                {
                    if (++missed > 1) return false;
                    score += _missing[i];
                }
            }
            _score = score;
            return true;
        }

        public override ICollection<ChildScorer> GetChildren() => _scorers.OfType<Scorer>().Select(s => new ChildScorer(s, "SHOULD")).ToList();
    }
}
