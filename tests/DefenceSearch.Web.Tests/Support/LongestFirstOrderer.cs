[assembly: Xunit.TestCollectionOrderer("DefenceSearch.Web.Tests.Support.LongestFirstOrderer", "DefenceSearch.Web.Tests")]

namespace DefenceSearch.Web.Tests.Support;

/// <summary>
/// The site's longest collections: the 10,000 generated requests (the longest single test, most of the project's
/// time) and the browser tests. xunit runs two collections at a time here (xunit.runner.json).
/// </summary>
public sealed class LongestFirstOrderer() : DefenceSearch.TestSupport.LongestFirst(Longest)
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
}
