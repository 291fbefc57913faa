using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// How a long-running searcher reads the index. Lucene.NET 4.8's MMapDirectory (what FSDirectory.Open picks on
/// 64-bit Linux) tracks every per-search clone of a mapped file in a ConditionalWeakTable: under 32 clients the
/// site's memory grew 33% in a minute (164 to 238 MB) and answered 937 requests/s. Read with positional file
/// reads (NIOFSDirectory) it stays flat (+6%) and answers 1,388 requests/s. See also lucenenet#1151 and #1013.
/// </summary>
public sealed class IndexReadingTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void Searching_maps_no_index_file_into_memory()
    {
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            Assert.True(seeds.Index.Search(new SearchRequest { Query = i % 2 == 0 ? "ngo xuan lich" : "belarus" }).Total > 0));
        Assert.NotNull(seeds.Index.Get("000_d3bca8ee1b93142a", "vi"));

        var mapped = File.ReadLines("/proc/self/maps").Where(line => line.Contains(seeds.IndexPath, StringComparison.Ordinal)).ToList();
        Assert.True(mapped.Count == 0, "index files mapped into memory:\n" + string.Join('\n', mapped.Take(5)));
    }
}
