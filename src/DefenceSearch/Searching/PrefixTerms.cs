using Lucene.Net.Index;
using Lucene.Net.Queries;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// A prefix (<c>quoc*</c>) expanded within the search budget: the dictionary is read from the prefix on, at
/// most <see cref="SearchBudget.MaxScannedTermsPerPrefix"/> terms per segment, and the most frequent
/// <see cref="BudgetMeter.Allowance"/> terms are kept. A constant score, as Lucene's prefix query gives.
/// </summary>
internal static class PrefixTerms
{
    public static Query Query(IndexReader reader, string field, string prefix, BudgetMeter meter, float boost = 1f)
    {
        var terms = Expand(reader, field, prefix, meter);
        if (terms.Count == 0) return new BooleanQuery(); // matches nothing
        return new ConstantScoreQuery(new TermsFilter(field, terms)) { Boost = boost };
    }

    /// <summary>The terms the prefix stands for, most frequent first, within the budget (which it spends).</summary>
    public static List<BytesRef> Expand(IndexReader reader, string field, string prefix, BudgetMeter meter)
    {
        var allowance = meter.Allowance;
        var start = new BytesRef(prefix);
        var frequencies = new Dictionary<BytesRef, int>();
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(field);
            if (terms is null) continue;
            var iterator = terms.GetEnumerator();
            if (iterator.SeekCeil(start) == TermsEnum.SeekStatus.END) continue;
            var scanned = 0;
            do
            {
                var term = iterator.Term;
                if (!StringHelper.StartsWith(term, start)) break;
                if (++scanned > meter.Budget.MaxScannedTermsPerPrefix)
                {
                    meter.ExpansionCut = true;
                    break;
                }
                if (frequencies.TryGetValue(term, out var count)) frequencies[term] = count + iterator.DocFreq;
                else frequencies[BytesRef.DeepCopyOf(term)] = iterator.DocFreq;
            }
            while (iterator.MoveNext());
        }
        if (frequencies.Count > allowance) meter.ExpansionCut = true;
        var kept = frequencies
            .OrderByDescending(kv => kv.Value)
            .ThenBy(kv => kv.Key, BytesRefComparer.Instance)
            .Take(allowance)
            .Select(kv => kv.Key)
            .ToList();
        meter.Spend(kept.Count);
        return kept;
    }

    private sealed class BytesRefComparer : IComparer<BytesRef>
    {
        public static readonly BytesRefComparer Instance = new();

        public int Compare(BytesRef? x, BytesRef? y) => x is null || y is null ? Comparer<object>.Default.Compare(x, y) : x.CompareTo(y);
    }
}
