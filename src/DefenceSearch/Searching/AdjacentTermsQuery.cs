using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// Words standing next to each other in a field, scored like Lucene's exact <see cref="PhraseQuery"/> (BM25 of
/// the phrase frequency, the words' summed statistics), for the proximity clauses that rescore the best hits.
/// </summary>
/// <remarks>
/// Lucene's ExactPhraseScorer is built to sweep whole postings lists: it allocates two 4,096-entry chunk arrays
/// per segment and scorer (a third of a search's allocation), and its weight looks every word up again in every
/// segment. Rescoring visits a few hundred documents, so this scorer simply walks the words' positions in the
/// documents it is asked for, and takes the words' term states from the reader's cache (<see cref="TermStates"/>).
/// </remarks>
internal sealed class AdjacentTermsQuery : Query
{
    private readonly string _field;
    private readonly string[] _words;
    private readonly bool _atStart;

    /// <summary>
    /// Written before a word (<c>"=quan"</c>): the syllable stands only where it is spelt without marks, at a position where
    /// none of its accented spellings ("quân", "quán" …, each of which also carries the folded term there) stands. For a
    /// syllable typed without marks in a query typed with diacritics ("hải quan").
    /// </summary>
    public const char PlainMark = '=';

    /// <summary>The words in order in one field.</summary>
    /// <param name="field">The field the words must stand in.</param>
    /// <param name="words">The index terms, two or more, in order; a term after <see cref="PlainMark"/> stands only without marks.</param>
    /// <param name="maxGap">How many other words may stand between two consecutive words (0: side by side).</param>
    /// <param name="atStart">Only where the first word is the field's first (a headline that starts so).</param>
    public AdjacentTermsQuery(string field, IReadOnlyList<string> words, int maxGap = 0, bool atStart = false)
        : this(field, words, Enumerable.Repeat(maxGap, Math.Max(0, words.Count - 1)).ToArray(), atStart)
    {
    }

    /// <summary>The words in order in one field, each pair of neighbours with its own gap.</summary>
    /// <param name="field">The field the words must stand in.</param>
    /// <param name="words">The index terms, two or more, in order; a term after <see cref="PlainMark"/> stands only without marks.</param>
    /// <param name="gaps">Per pair of consecutive words, how many other words may stand between them (0: side by side): one fewer than the words.</param>
    /// <param name="atStart">Only where the first word is the field's first (a headline that starts so).</param>
    public AdjacentTermsQuery(string field, IReadOnlyList<string> words, IReadOnlyList<int> gaps, bool atStart = false)
    {
        if (words.Count < 2) throw new ArgumentException("Two or more words are needed.", nameof(words));
        if (gaps.Count != words.Count - 1) throw new ArgumentException("One gap per pair of consecutive words is needed.", nameof(gaps));
        foreach (var gap in gaps) ArgumentOutOfRangeException.ThrowIfNegative(gap, nameof(gaps));
        _field = field;
        _words = words.ToArray();
        _gaps = gaps.ToArray();
        _atStart = atStart;
    }

    private readonly int[] _gaps;

    public override Weight CreateWeight(IndexSearcher searcher) => new AdjacentWeight(this, searcher);

    public override string ToString(string field) =>
        (field == _field ? "" : _field + ":") + (_atStart ? "^" : "") + "\"" + string.Join(' ', _words) + "\"" + Gaps() + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is AdjacentTermsQuery other && other._field == _field && other._words.SequenceEqual(_words) && other._gaps.SequenceEqual(_gaps) && other._atStart == _atStart && other.Boost == Boost;

    public override int GetHashCode() => HashCode.Combine(_field, string.Join('\u0001', _words), string.Join(',', _gaps), _atStart, Boost);

    // "~1" when every pair may stand one word apart, "~[0,1]" when each pair has its own gap, nothing side by side.
    private string Gaps() => _gaps.All(g => g == 0) ? "" : _gaps.Distinct().Count() == 1 ? "~" + _gaps[0] : "~[" + string.Join(',', _gaps) + "]";

    private sealed class AdjacentWeight : Weight
    {
        private readonly AdjacentTermsQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly Term[] _terms;
        private readonly TermContext[] _contexts;
        // Per word: for a plain one, its accented spellings (term and state), whose positions are not the plain word's; else null.
        private readonly (Term Term, TermContext Context)[]?[] _accented;

        public AdjacentWeight(AdjacentTermsQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _terms = query._words.Select(w => new Term(query._field, w.TrimStart(PlainMark))).ToArray();
            _contexts = _terms.Select(t => TermStates.Context(searcher.IndexReader, t)).ToArray();
            _accented = query._words.Select(w => w.Length > 1 && w[0] == PlainMark
                ? QueryBuilder.PlainVariantsOf(searcher.IndexReader, w[1..]).Select(v => new Term(query._field, v)).Select(t => (t, TermStates.Context(searcher.IndexReader, t))).ToArray()
                : null).ToArray();
            var termStats = _terms.Select((t, i) => searcher.TermStatistics(t, _contexts[i])).ToArray();
            _stats = _similarity.ComputeWeight(query.Boost, TermStates.Collection(searcher, query._field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var fieldTerms = context.AtomicReader.GetTerms(_query._field);
            if (fieldTerms is null) return null;
            var postings = new DocsAndPositionsEnum[_terms.Length];
            var terms = fieldTerms.GetEnumerator(); // positions each postings list in turn
            for (var i = 0; i < _terms.Length; i++)
            {
                var state = _contexts[i].Get(context.Ord);
                if (state is null) return null; // a word missing from this segment: no document here has them all
                terms.SeekExact(_terms[i].Bytes, state);
                postings[i] = terms.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                    ?? throw new InvalidOperationException($"field \"{_query._field}\" was indexed without positions");
            }
            var accented = new DocsAndPositionsEnum[]?[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                if (_accented[i] is not { } spellings) continue;
                var present = new List<DocsAndPositionsEnum>();
                foreach (var (term, states) in spellings)
                {
                    if (states.Get(context.Ord) is not { } state) continue;
                    terms.SeekExact(term.Bytes, state);
                    if (terms.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE) is { } p) present.Add(p);
                }
                accented[i] = present.ToArray();
            }
            return new AdjacentScorer(this, postings, _query._gaps, _similarity.GetSimScorer(_stats, context), _query._atStart, accented);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            if (GetScorer(context, context.AtomicReader.LiveDocs) is AdjacentScorer scorer && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"adjacent words {_query.ToString(_query._field)}, frequency {scorer.Freq}");
            return new Explanation(0f, "no matching words side by side");
        }
    }

    private sealed class AdjacentScorer(Weight weight, DocsAndPositionsEnum[] postings, int[] gaps, Similarity.SimScorer scorer, bool atStart,
        DocsAndPositionsEnum[]?[] accented) : Scorer(weight)
    {
        private readonly HashSet<int> _marked = [];

        private readonly int[][] _positions = postings.Select(_ => new int[8]).ToArray();
        private readonly int[] _counts = new int[postings.Length];
        private readonly int[] _cursors = new int[postings.Length];
        private int _doc = -1;
        private int _doc0 = -1; // the document whose positions are being read
        private int _freq;

        public override int DocID => _doc;

        public override int Freq => _freq;

        public override float GetScore() => scorer.Score(_doc, _freq);

        public override long GetCost() => postings.Min(p => p.GetCost());

        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            var doc = postings[0].Advance(target);
            while (doc != NO_MORE_DOCS)
            {
                // Every word in the same document (leapfrog), then side by side at least once.
                var all = true;
                for (var i = 1; i < postings.Length; i++)
                {
                    var other = postings[i].DocID < doc ? postings[i].Advance(doc) : postings[i].DocID;
                    if (other == doc) continue;
                    all = false;
                    doc = other == NO_MORE_DOCS ? NO_MORE_DOCS : postings[0].Advance(other);
                    break;
                }
                if (!all) continue;
                _doc0 = doc;
                _freq = CountAdjacent();
                if (_freq > 0) return _doc = doc;
                doc = postings[0].NextDoc();
            }
            return _doc = NO_MORE_DOCS;
        }

        // How often the words stand in order, each within its gap + 1 positions after the one before (the earliest
        // such position: for later starts every word's earliest position only moves on, so the cursors never go back).
        private int CountAdjacent()
        {
            var counts = _counts;
            var cursors = _cursors;
            Array.Clear(cursors);
            for (var i = 0; i < postings.Length; i++)
            {
                var n = postings[i].Freq;
                if (_positions[i].Length < n) _positions[i] = new int[Math.Max(n, _positions[i].Length * 2)];
                for (var k = 0; k < n; k++) _positions[i][k] = postings[i].NextPosition();
                counts[i] = n;
                if (accented[i] is { Length: > 0 } spellings) counts[i] = n = PlainOnly(_positions[i], n, spellings);
                if (n == 0) return 0;
            }
            var found = 0;
            for (var k = 0; k < (atStart ? Math.Min(1, counts[0]) : counts[0]); k++)
            {
                var previous = _positions[0][k];
                if (atStart && previous != 0) break;
                var whole = true;
                for (var i = 1; i < postings.Length && whole; i++)
                {
                    while (cursors[i] < counts[i] && _positions[i][cursors[i]] <= previous) cursors[i]++;
                    whole = cursors[i] < counts[i] && _positions[i][cursors[i]] <= previous + 1 + gaps[i - 1];
                    if (whole) previous = _positions[i][cursors[i]];
                }
                if (whole) found++;
            }
            return found;
        }

        // Keeps the positions where no accented spelling stands (the plain syllable's own); returns how many are left.
        private int PlainOnly(int[] positions, int n, DocsAndPositionsEnum[] spellings)
        {
            _marked.Clear();
            foreach (var spelling in spellings)
            {
                var at = spelling.DocID < _doc0 ? spelling.Advance(_doc0) : spelling.DocID;
                if (at != _doc0) continue;
                for (var k = spelling.Freq; k > 0; k--) _marked.Add(spelling.NextPosition());
            }
            if (_marked.Count == 0) return n;
            var kept = 0;
            for (var k = 0; k < n; k++)
            {
                if (!_marked.Contains(positions[k])) positions[kept++] = positions[k];
            }
            return kept;
        }
    }
}
