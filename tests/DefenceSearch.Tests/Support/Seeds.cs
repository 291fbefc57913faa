using DefenceSearch.Documents;
using DefenceSearch.Reference;

namespace DefenceSearch.Tests.Support;

/// <summary>The five seed articles of corpus/, read as the indexer reads them.</summary>
public static class Seeds
{
    public static readonly ArticleReader Reader = new(ReferenceData.Default);

    public static Article Read(string prefix)
    {
        var path = TestPaths.Seed(prefix);
        var result = Reader.Read(path, Path.GetFileNameWithoutExtension(path));
        return result.Article ?? throw new InvalidOperationException(result.SkipReason);
    }
}
