using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The other i/y spelling of a typed word (spellings.json: "liệt sĩ" for `liet sy`, "Mĩ" for `my`) is marked as that word:
/// beside the run's other words where the query's words stand together, alone only where the word never stands so, and only
/// in its own spelling. Until session 24 each such spelling was a word of its own, marked anywhere, and in any spelling where
/// the text lacked it: on the 38k `liet sy` marked "sĩ" of "chiến sĩ" and "bác sĩ" (24 of its first 30 snippets' marks),
/// `ky thuat` "kì" of "kì họp", and `my` (read as the United States) "mi", the miles of a missile's range.
/// </summary>
public sealed class IySpellingHighlightTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public IySpellingHighlightTests()
    {
        _corpus.Write("fallen-y", "Tin địa phương một", "Lễ viếng liệt sỹ tại nghĩa trang. Các chiến sĩ trẻ dâng hương.");
        _corpus.Write("fallen-i", "Tin địa phương hai", "Gia đình liệt sĩ được thăm hỏi. Bác sĩ khám bệnh cho người dân.");
        _corpus.Write("missile", "Tên lửa hành trình", "Tên lửa của Mỹ bay xa 1.500 mi với tốc độ cận âm.", countries: "US");
        for (var i = 0; i < 3; i++)
            _corpus.Write($"us{i}", $"Tin thế giới {i}", "Quân đội Mỹ tập trận cùng đồng minh.", countries: "US");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private string Snippet(SearchResponse r, string id) => Assert.Single(r.Hits, h => h.Id == id).Snippet.ToString();

    [Fact]
    public void The_other_spelling_of_a_run_word_is_marked_beside_the_run_never_alone_in_another_word()
    {
        var r = _index.Search(new SearchRequest { Query = "liet sy" });
        var y = Snippet(r, "fallen-y");
        Assert.Contains("[liệt sỹ]", y);
        Assert.DoesNotContain("[sĩ]", y); // "chiến sĩ"
        var i = Snippet(r, "fallen-i");
        Assert.Contains("[liệt sĩ]", i);
        Assert.DoesNotContain("Bác [sĩ]", i);
        // The article page reads the same marks from the link's hl parameter.
        var back = HighlightTerms.FromParameter(r.Highlight.ToParameter());
        Assert.Equal("Gia đình [liệt sĩ] được thăm hỏi. Bác sĩ khám bệnh cho người dân.",
            Snippets.Highlight("Gia đình liệt sĩ được thăm hỏi. Bác sĩ khám bệnh cho người dân.", back).ToString());
    }

    [Fact]
    public void The_other_spelling_of_a_word_marks_its_own_spelling_only()
    {
        var r = _index.Search(new SearchRequest { Query = "my" });
        var missile = Snippet(r, "missile");
        Assert.Contains("[Mỹ]", missile);
        Assert.DoesNotContain("[mi]", missile);
        var back = HighlightTerms.FromParameter(r.Highlight.ToParameter());
        Assert.Equal("Tên lửa của [Mỹ] bay xa 1.500 mi, [Mĩ] đã thử.",
            Snippets.Highlight("Tên lửa của Mỹ bay xa 1.500 mi, Mĩ đã thử.", back).ToString());
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
