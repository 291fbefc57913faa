using DefenceSearch.Tests.Integration;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("DefenceSearch.Tests.Support.LongestFirstOrderer", "DefenceSearch.Tests")]

namespace DefenceSearch.Tests.Support;

/// <summary>
/// Starts the longest test collections first, the rest in xunit's own (random) order. xunit runs as many
/// collections at a time as there are cores (two on CI); its default order is random, so the shared data
/// collection (extracting and indexing the 38,093 articles, then the crash test indexing them again) could
/// start last and run alone at the end. Longest first, the short classes fill the other slot beside it.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    /// <summary>Collections by what they cost in a full run, longest first (class names, or a collection's own name).</summary>
    public static readonly string[] Longest =
    [
        SharedDataCollection.Name,
        "HostileQueryTests",
    ];

    private readonly DefaultTestCollectionOrderer _default = new();

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        _default.OrderTestCollections(testCollections).OrderBy(Rank).ToList(); // a stable sort: the rest keep xunit's order

    /// <summary>The collection's place in <see cref="Longest"/>; after all of them when it is not there.</summary>
    public static int Rank(ITestCollection collection)
    {
        var name = collection.DisplayName;
        for (var i = 0; i < Longest.Length; i++)
            if (name == Longest[i] || name.EndsWith("." + Longest[i], StringComparison.Ordinal)) return i;
        return Longest.Length;
    }
}
