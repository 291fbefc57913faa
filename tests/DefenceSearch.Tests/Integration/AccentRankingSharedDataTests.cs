using DefenceSearch.Analysis;
using DefenceSearch.Searching;
using Xunit.Abstractions;

namespace DefenceSearch.Tests.Integration;

/// <summary>
/// On the real news, a common syllable typed with its diacritics finds that word first: every one of the top 10
/// holds the exact spelling, although far more articles hold another word of the same folded form.
/// </summary>
[Collection(SharedDataCollection.Name)]
public sealed class AccentRankingSharedDataTests(SharedDataFixture data, ITestOutputHelper output)
{
    [Theory]
    [InlineData("bộ")]
    [InlineData("đường")]
    [InlineData("quân")]
    [InlineData("lịch")]
    [InlineData("hải")]
    [InlineData("tàu ngầm")]
    [InlineData("phòng không")]
    public void Every_top_ten_hit_holds_the_typed_spellings(string query)
    {
        var typed = Analyzers.ExactSyllables(query).ToList();
        var hits = data.Index.Search(new SearchRequest { Query = query, Size = 10, Snippets = false }).Hits;
        Assert.Equal(10, hits.Count);
        foreach (var hit in hits)
        {
            var article = data.Index.Get(hit.Id)!;
            var words = Analyzers.ExactSyllables(article.Title + "\n" + string.Join('\n', article.Paragraphs)).ToHashSet(StringComparer.Ordinal);
            output.WriteLine($"{query}: {hit.Id} {article.Title}");
            Assert.All(typed, word => Assert.Contains(word, words));
        }
    }
}
