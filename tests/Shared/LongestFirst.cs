using Xunit.Abstractions;
using Xunit.Sdk;

namespace DefenceSearch.TestSupport;

/// <summary>
/// Starts the longest test collections first, the rest in xunit's own (random) order: xunit runs two collections at a
/// time on CI's two cores, and a long one that starts last runs alone at the end. Each test project names its longest
/// collections (class names, or a collection's own name) in a subclass; this file is linked into each of them.
/// </summary>
/// <param name="longest">The project's collections by what they cost in a full run, longest first.</param>
public abstract class LongestFirst(IReadOnlyList<string> longest) : ITestCollectionOrderer
{
    private readonly DefaultTestCollectionOrderer _default = new();

    /// <summary>The collections, the listed ones first in the listed order, the rest in xunit's order after them.</summary>
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(Rank).ToList(); // a stable sort: the rest keep xunit's order

    /// <summary>The collection's place in the list; after all of them when it is not there.</summary>
    public int Rank(ITestCollection collection)
    {
        var name = collection.DisplayName;
        for (var i = 0; i < longest.Count; i++)
            if (name == longest[i] || name.EndsWith("." + longest[i], StringComparison.Ordinal)) return i;
        return longest.Count;
    }
}
