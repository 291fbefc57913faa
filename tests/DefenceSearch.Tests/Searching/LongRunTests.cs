using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Four typed words are one compound ("chất độc da cam") where they stand together in at least a page of articles
/// and the articles with the words apart are mostly other words scattered: those together are the result and the
/// rest the second tier. Where they stand together in fewer, or in most of the articles with all four, the articles
/// with every word stay one list, so a first page is never cut to the few and the compound split by a sentence
/// break is not hidden.
/// </summary>
public sealed class LongRunTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public LongRunTests()
    {
        for (var i = 0; i < WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"agent{i}", $"Nạn nhân số {i}", "Hỗ trợ nạn nhân chất độc da cam tại địa phương.");
        for (var i = 0; i < 9 * WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"apart{i}", $"Thực phẩm {i}", "Chất bảo quản độc hại trong quả cam, da người dễ kích ứng.");
        for (var i = 0; i < WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"mines{i}", $"Tin tỉnh {i}", "Đội rà phá bom mìn làm việc.");
        for (var i = 0; i < 3; i++)
            _corpus.Write($"mines-split{i}", $"Tin huyện {i}", "Bom mìn còn nhiều. Đội rà phá làm việc.");
        for (var i = 0; i < 2; i++)
            _corpus.Write($"soldier{i}", $"Thư gửi đảo {i}", "Những chiến sĩ Trường Sa giữ đảo.");
        for (var i = 0; i < 3; i++)
            _corpus.Write($"islands{i}", $"Quần đảo {i}", "Chiến sĩ hải quân tuần tra; quần đảo Trường Sa có nhiều đảo.");
        for (var i = 0; i < WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"hospital{i}", $"Bệnh viện {i}", "Bác sĩ bệnh viện quân y khám cho người dân.");
        for (var i = 0; i < 3; i++)
            _corpus.Write($"hospital-apart{i}", $"Bệnh viện tỉnh {i}", "Bệnh viện tỉnh khám cho quân nhân, y tá hỗ trợ.");
        for (var i = 0; i < 12 * WordsTogether.MinLongRunArticles; i++)
            _corpus.Write($"other-spelling{i}", $"Cán bộ {i}", "Bênh vực viên chức, quản lý y tế địa phương.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void Four_words_together_in_a_page_of_articles_are_the_result_and_the_rest_a_second_tier()
    {
        var r = _index.Search(new SearchRequest { Query = "chat doc da cam", Size = 20 });
        Assert.Equal("together", r.Tier);
        Assert.Equal(WordsTogether.MinLongRunArticles, r.Total);
        Assert.All(r.Hits, h => Assert.StartsWith("agent", h.Id));
        Assert.Equal(9 * WordsTogether.MinLongRunArticles, r.OtherTierTotal);
    }

    [Fact]
    public void Four_words_together_in_most_of_their_articles_keep_one_list()
    {
        var r = _index.Search(new SearchRequest { Query = "ra pha bom min", Size = 20 });
        Assert.Null(r.Tier);
        Assert.Equal(WordsTogether.MinLongRunArticles + 3, r.Total);
    }

    [Fact]
    public void Four_words_typed_with_diacritics_keep_the_tier_their_syllables_make_in_any_spelling()
    {
        // Typed with diacritics, the words match their own spelling only: 10 articles hold "bệnh viện quân y" together and 3
        // more the words scattered ("bệnh viện tỉnh … quân nhân, y tá"). Of the 133 articles with the four syllables in any
        // spelling ("bênh vực viên chức, quản lý y tế"), the run stands in few: the 10 are the result and the 3 its second tier,
        // as typed without diacritics; judged by the 13 as typed alone, the run would fall to one list.
        var r = _index.Search(new SearchRequest { Query = "bệnh viện quân y", Size = 20 });
        Assert.Equal("together", r.Tier);
        Assert.Equal(WordsTogether.MinLongRunArticles, r.Total);
        Assert.All(r.Hits, h => Assert.Matches("^hospital[0-9]+$", h.Id));
        Assert.Equal(3, r.OtherTierTotal);
        var apart = _index.Search(new SearchRequest { Query = "bệnh viện quân y", Size = 20, Apart = true });
        Assert.Equal(3, apart.Total);
        Assert.All(apart.Hits, h => Assert.StartsWith("hospital-apart", h.Id));
    }

    [Fact]
    public void Four_words_together_in_fewer_articles_keep_every_article_with_all_the_words()
    {
        var r = _index.Search(new SearchRequest { Query = "chiến sĩ Trường Sa", Size = 20 });
        Assert.Null(r.Tier);
        Assert.Equal(5, r.Total);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
