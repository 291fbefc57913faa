using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// In a query typed with diacritics, a syllable typed without marks is its own spelling: "hải quan" (customs) is not
/// "hải quân" (navy). Queries typed wholly without diacritics read every spelling, as before; a query whose plain
/// syllables no article spells so is read with every spelling, and the notice says so.
/// </summary>
public sealed class PlainSyllableTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public PlainSyllableTests()
    {
        _corpus.Write("customs1", "Hải quan Hà Nội", "Cục Hải quan kiểm tra hàng nhập khẩu.");
        _corpus.Write("customs2", "Bắt hàng lậu", "Lực lượng hải quan sân bay thu giữ hàng lậu.");
        _corpus.Write("navy1", "Hải quân Việt Nam", "Tàu hải quân tuần tra trên biển, hải quân luyện tập.");
        _corpus.Write("navy2", "Diễn tập chung", "Hải quân hai nước diễn tập; hải quân Nhật Bản tham gia.");
        // Navy, with a plain "quan" elsewhere ("quan hệ"): it holds both words, apart.
        _corpus.Write("navy3", "Hải quân hai nước", "Hải quân hai nước tăng cường quan hệ hợp tác.");
        _corpus.Write("sub1", "Tàu ngầm Kilo", "Tàu ngầm lặn sâu dưới biển.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_plain_syllable_in_a_query_typed_with_diacritics_counts_and_ranks_the_articles_that_spell_it_so()
    {
        var r = _index.Search(new SearchRequest { Query = "hải quan" });

        Assert.Equal("together", r.Tier);
        Assert.Equal(2, r.Total);
        Assert.Equal(["customs1", "customs2"], r.Hits.Select(h => h.Id).Order().ToList());
        // The navy article with "quan hệ" holds both words apart; the others hold only "quân" and are not counted.
        Assert.Equal(1, r.OtherTierTotal);
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.PlainAsEverySpelling);
        // Bounded work: "quan"'s accented spellings in the index (quân), at most MaxPlainVariants.
        Assert.InRange(r.Work.PlainVariants, 1, QueryBuilder.MaxPlainVariants);
    }

    [Fact]
    public void A_spelling_only_a_headline_holds_is_no_plain_syllable()
    {
        // "Quận" stands in one headline and in no body: that headline does not hold the plain "quan" of "hải quan".
        using var corpus = new SmallCorpus();
        corpus.Write("customs", "Hải quan cửa khẩu", "Cục Hải quan kiểm tra hàng hóa.");
        corpus.Write("district", "Hải Quận mở hội chợ", "Hội chợ hải sản ven biển khai mạc.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "hải quan" });

        Assert.Equal(["customs"], r.Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_query_typed_with_diacritics_offers_the_other_spellings_of_its_plain_syllables_without_taking_them()
    {
        // A user who typed "hải quan" gets customs; the navy ("hải quân") is one click away, with its true count.
        var r = _index.Search(new SearchRequest { Query = "hải quan" });
        Assert.Equal(["customs1", "customs2"], r.Hits.Select(h => h.Id).Order().ToList());
        var reading = Assert.Single(r.Readings);
        Assert.Equal(("hải quân", 3), (reading.Query, reading.Articles));
        Assert.Equal(3, _index.Search(new SearchRequest { Query = reading.Query }).Total);
        // Typed wholly with marks, nothing varies: no reading.
        Assert.Empty(_index.Search(new SearchRequest { Query = "hải quân" }).Readings);
    }

    [Fact]
    public void A_plain_syllable_typed_with_diacritics_marks_its_own_spelling_only()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("both", "Hải quan cửa khẩu", "Hải quan phối hợp với hải quân kiểm tra tàu hàng.");
        corpus.IndexNow();
        using var index = corpus.Open();
        var hit = index.Search(new SearchRequest { Query = "hải quan" }).Hits.Single();
        Assert.Equal("[Hải quan] phối hợp với hải quân kiểm tra tàu hàng.", hit.Snippet.ToString());
        // Typed without marks, every spelling is marked, as before.
        Assert.Contains("[hải quân]", index.Search(new SearchRequest { Query = "hai quan" }).Hits.Single().Snippet.ToString());
    }

    [Fact]
    public void Words_apart_rank_the_articles_holding_the_plain_syllable_as_typed()
    {
        var r = _index.Search(new SearchRequest { Query = "hải quan", Apart = true });

        Assert.Equal("apart", r.Tier);
        Assert.Equal(["navy3"], r.Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_query_typed_without_diacritics_still_reads_every_spelling_and_offers_each_reading_with_its_count()
    {
        var r = _index.Search(new SearchRequest { Query = "hai quan" });

        Assert.Equal(5, r.Total);
        Assert.Equal(0, r.Work.PlainVariants);
        var readings = r.Readings.ToDictionary(x => x.Query, x => x.Articles);
        Assert.Equal(3, readings["hải quân"]);
        Assert.Equal(2, readings["hải quan"]);
        // A click on a reading finds as many articles as its chip says.
        Assert.Equal(2, _index.Search(new SearchRequest { Query = r.Readings.Single(x => x.Query == "hải quan").Query }).Total);
        Assert.Equal(3, _index.Search(new SearchRequest { Query = r.Readings.Single(x => x.Query == "hải quân").Query }).Total);
    }

    [Fact]
    public void A_plain_syllable_no_article_spells_so_is_read_as_every_spelling_and_the_notice_says_so()
    {
        var r = _index.Search(new SearchRequest { Query = "tàu ngam" });

        Assert.Equal(["sub1"], r.Hits.Select(h => h.Id).ToList());
        var notice = Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.PlainAsEverySpelling);
        Assert.Equal(["ngam"], notice.Words);
        // The saved-search count reads the query as the search does.
        Assert.Equal(1, _index.CountAddedSince(new SearchRequest { Query = "tàu ngam" }, 0));
    }

    [Fact]
    public void A_single_plain_syllable_beside_a_marked_one_is_matched_as_typed()
    {
        // "quan" alone of a marked query: the navy articles hold it only as "quân" (navy3 has "quan hệ").
        var r = _index.Search(new SearchRequest { Query = "quan hải" });

        Assert.DoesNotContain("navy1", r.Hits.Select(h => h.Id));
        Assert.DoesNotContain("navy2", r.Hits.Select(h => h.Id));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
