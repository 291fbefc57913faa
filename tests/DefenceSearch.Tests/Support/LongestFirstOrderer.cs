using DefenceSearch.Tests.Integration;

[assembly: Xunit.TestCollectionOrderer("DefenceSearch.Tests.Support.LongestFirstOrderer", "DefenceSearch.Tests")]

namespace DefenceSearch.Tests.Support;

/// <summary>
/// The library's longest collections: the shared data (extracting and indexing the 38,093 articles, then the crash
/// test indexing them again) and the generated queries. xunit runs as many collections at a time as there are cores.
/// </summary>
public sealed class LongestFirstOrderer() : DefenceSearch.TestSupport.LongestFirst(Longest)
{
    /// <summary>Collections by what they cost in a full run, longest first (class names, or a collection's own name).</summary>
    public static readonly string[] Longest =
    [
        SharedDataCollection.Name,
        "HostileQueryTests",
    ];
}
