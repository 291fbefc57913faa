using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Words typed side by side are marked alone only in an article where they never stand side by side: an article whose
/// headline holds them so was found through it, and its body's scattered syllables are not what the query matched. Until
/// session 24 the snippet judged the body alone: on the 38k `ly do` marked "đó" of "trước đó" and "Độ" of "Ấn Độ" in the
/// snippets of "Lý do bà bầu không nên ăn cam thảo" and "Giá trị xe tăng đột biến, ôtô nhập từ Ấn Độ …".
/// </summary>
public sealed class TitlePairHighlightTests : IDisposable
{
    private const string Title = "Lý do bà bầu không nên ăn cam thảo";
    private const string Body = "Trước đó, các nhà khoa học do ông Raikkonen dẫn đầu đã nghiên cứu hơn 1.000 bà mẹ ở Phần Lan.";
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public TitlePairHighlightTests()
    {
        _corpus.Write("licorice", Title, Body);
        _corpus.Write("reason", "Tin kinh tế", "Giá xe tăng. Lý do là thuế nhập khẩu giảm, theo đó giá bán cũng giảm.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_body_does_not_mark_the_scattered_syllables_of_words_its_headline_holds_together()
    {
        var r = _index.Search(new SearchRequest { Query = "ly do" });
        Assert.Equal(2, r.Total);
        var licorice = Assert.Single(r.Hits, h => h.Id == "licorice").Snippet;
        Assert.Empty(licorice.Marks);
        // An article whose body holds the words together still marks them there, and only there.
        var reason = Assert.Single(r.Hits, h => h.Id == "reason").Snippet.ToString();
        Assert.Contains("[Lý do]", reason);
        Assert.DoesNotContain("[đó]", reason);
        // The article page judges the whole article: the headline is marked, the body's "đó" and "do" are not.
        var terms = HighlightTerms.FromParameter(r.Highlight.ToParameter()).ForArticle([Title, Body]);
        Assert.Equal("[Lý do] bà bầu không nên ăn cam thảo", Snippets.Highlight(Title, terms).ToString());
        Assert.Empty(Snippets.Highlight(Body, terms).Marks);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
