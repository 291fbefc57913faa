using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The readings of a query of four words or more typed without diacritics, read pair by pair: "hop tac dao tao quan su" stands
/// whole in few articles, yet it is "hợp tác đào tạo quân sự", and says so with the count a click on it shows. A reading whose
/// compound no article writes so ("quận sự": the district, then "sự kiện") is no choice, however many articles hold its
/// syllables apart.
/// </summary>
public sealed class LongReadingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public LongReadingTests()
    {
        _corpus.Write("train1", "Đào tạo sĩ quan", "Hai nước ký kết hợp tác đào tạo quân sự cho sĩ quan trẻ.");
        _corpus.Write("train2", "Học viện", "Học viện mở rộng hợp tác đào tạo quân sự với nước bạn.");
        _corpus.Write("train3", "Khóa học mới", "Chương trình hợp tác đào tạo quân sự khai giảng khóa học mới.");
        // Every syllable of the query, "quận" and "sự" apart: under a count of every word anywhere, "hợp tác đào tạo quận sự"
        // held four articles to the right reading's three.
        for (var i = 1; i <= 4; i++)
            _corpus.Write($"district{i}", $"Tin quận {i}", $"Trung tâm hợp tác đào tạo quận {i} mở lớp nghề cho thanh niên; sự kiện lớn của quận diễn ra hôm nay.");
        // Other news, so that the compounds stand together far above chance.
        _corpus.Write("weather1", "Thời tiết", "Trời nắng nóng kéo dài ở miền Bắc, mưa rào vài nơi vào buổi chiều tối.");
        _corpus.Write("weather2", "Bão số ba", "Cơn bão mạnh đổ bộ vào miền Trung, người dân chằng chống nhà cửa cẩn thận.");
        _corpus.Write("market", "Giá vàng", "Giá vàng trong nước tăng nhẹ theo giá thế giới, thị trường ngoại tệ ổn định.");
        _corpus.Write("football", "Bóng đá", "Đội tuyển giành chiến thắng thuyết phục trên sân nhà trước đối thủ mạnh.");
        _corpus.Write("traffic", "Giao thông", "Nhiều tuyến đường ùn tắc giờ cao điểm, lực lượng chức năng phân luồng xe.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_long_folded_query_offers_the_reading_whose_compounds_stand_together_with_what_a_click_shows()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac dao tao quan su" });

        var first = r.Readings[0];
        Assert.Equal("hợp tác đào tạo quân sự", first.Query);
        Assert.Equal(3, first.Articles);
        // "quận sự" stands together nowhere: no reading, though its syllables are in four articles.
        Assert.DoesNotContain(r.Readings, x => x.Query.Contains("quận", StringComparison.Ordinal));
        Assert.All(r.Readings, x => Assert.True(x.Articles <= first.Articles));
    }

    [Fact]
    public void A_long_folded_query_ranks_its_words_side_by_side_only_where_they_stand_as_its_leading_reading_spells_them()
    {
        // "nga ban vu khi" reads "Nga bán vũ khí" (Russia sells weapons). An article whose headline starts "Nga bắn" (shoots) holds
        // "nga ban" side by side only as the folded syllables: on the 38k such a headline ranked first.
        using var corpus = new SmallCorpus();
        for (var i = 1; i <= 3; i++)
            corpus.Write($"sale{i}", $"Hợp đồng vũ khí số {i} với Nga", "Theo hợp đồng, Nga bán vũ khí cho nước bạn; lô vũ khí đầu tiên được giao trong năm nay.", countries: "RU");
        corpus.Write("shot", "Nga bắn hạ máy bay bằng vũ khí mới",
            "Nga bắn hạ máy bay không người lái. Nga bắn thử vũ khí mới, Nga bắn tiếp hai quả; bán kính hoạt động của vũ khí rất lớn.", countries: "RU");
        corpus.Write("weather", "Thời tiết", "Trời nắng nóng kéo dài ở miền Bắc, mưa rào vài nơi vào buổi chiều tối.");
        corpus.Write("market", "Giá vàng", "Giá vàng trong nước tăng nhẹ theo giá thế giới, thị trường ngoại tệ ổn định.");
        corpus.Write("football", "Bóng đá", "Đội tuyển giành chiến thắng thuyết phục trên sân nhà trước đối thủ mạnh.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "nga ban vu khi" });

        Assert.Equal("nga bán vũ khí", r.Readings[0].Query);
        Assert.Equal(4, r.Total); // which articles match is unchanged: the one about shooting holds every word too
        Assert.Equal(["sale1", "sale2", "sale3"], r.Hits.Take(3).Select(h => h.Id).Order().ToList());
        Assert.Equal("shot", r.Hits[3].Id);
    }

    [Fact]
    public void A_click_on_a_reading_shows_the_articles_its_count_says()
    {
        var reading = _index.Search(new SearchRequest { Query = "hop tac dao tao quan su" }).Readings[0];

        var click = _index.Search(new SearchRequest { Query = reading.Query });

        Assert.Equal(reading.Articles, click.Total);
        Assert.Equal(["train1", "train2", "train3"], click.Hits.Select(h => h.Id).Order().ToList());
    }

    [Fact]
    public void Reading_a_long_query_does_bounded_work_and_says_how_much()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac dao tao quan su" });

        Assert.InRange(r.ReadingsArticlesRead, 1, LongReadings.MaxArticlesRead);
        Assert.InRange(r.Work.ReadingPairs, 4, 4 * LongReadings.MaxPairSpellings);
        Assert.InRange(r.Work.ReadingCombinations, 5, 5 * LongReadings.Beam * LongReadings.MaxWordSpellings);
        Assert.InRange(r.Work.ReadingsCounted, 1, LongReadings.MaxCounted);

        // Eleven words: no reading is tried.
        var longer = _index.Search(new SearchRequest { Query = "hop tac dao tao quan su cho si quan tre hai nuoc" });
        Assert.Equal(0, longer.Work.ReadingPairs);
        Assert.Equal(0, longer.Work.ReadingsCounted);
        Assert.Empty(longer.Readings);
    }

    [Fact]
    public void A_query_typed_with_diacritics_is_not_read_again()
    {
        var r = _index.Search(new SearchRequest { Query = "hợp tác đào tạo quân sự" });

        Assert.Empty(r.Readings);
        Assert.Equal(0, r.Work.ReadingPairs);
        Assert.Equal(3, r.Total);
    }

    [Fact]
    public void Under_a_spent_clock_no_reading_is_offered_and_no_reading_is_searched()
    {
        using var clocked = ArticleIndex.Open(_corpus.IndexPath, budget: new SearchBudget { Time = TimeSpan.Zero });

        var r = clocked.Search(new SearchRequest { Query = "hop tac dao tao quan su" });

        Assert.Empty(r.Readings);
        Assert.Equal(0, r.Work.ReadingsCounted);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
