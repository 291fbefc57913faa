using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// The weight of a query that scores a document by the sum of its sub-queries' scores (<see cref="AllOfQuery"/>,
/// <see cref="MostOfQuery"/>): normalised as a BooleanQuery of the same clauses is, the query's boost applied once.
/// </summary>
internal abstract class SumOfWeights(Query query, Weight[] weights) : Weight
{
    /// <summary>The sub-queries' weights, in the query's order.</summary>
    protected Weight[] Weights { get; } = weights;

    public override Query Query => query;

    public override float GetValueForNormalization()
    {
        var sum = 0f;
        foreach (var w in Weights) sum += w.GetValueForNormalization();
        return sum * query.Boost * query.Boost;
    }

    public override void Normalize(float norm, float topLevelBoost)
    {
        foreach (var w in Weights) w.Normalize(norm, topLevelBoost * query.Boost);
    }
}
