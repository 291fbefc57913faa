using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestCollectionOrderer("DefenceSearch.Web.Tests.Support.LongestFirstOrderer", "DefenceSearch.Web.Tests")]

namespace DefenceSearch.Web.Tests.Support;

/// <summary>
/// Starts the longest test collections first, the rest in xunit's own (random) order. xunit runs two
/// collections at a time here (xunit.runner.json); its default order is random, so the 10,000 generated
/// requests (the longest single test, most of the project's time) sometimes started minutes into the run
/// and then ran alone on one core at the end. Longest first, the short ones fill the other slot beside it.
/// </summary>
public sealed class LongestFirstOrderer : ITestCollectionOrderer
{
    /// <summary>Collections by what they cost in a full run, longest first (class names, or a collection's own name).</summary>
    public static readonly string[] Longest =
    [
        "HostileRequestTests",
        Browser.BrowserCollection.Name,
        "SavedSearchReliabilityTests",
        "HostileCorpusBrowserTests",
        "ReindexWhileServingTests",
        "FollowingBrowserTests",
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
