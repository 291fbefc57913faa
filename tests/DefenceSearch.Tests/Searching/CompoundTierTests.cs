using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Two syllables that are one word stand side by side in the words-together tier: "bien dong" is the East Sea, and an
/// article about "biển Hoa Đông" (the East China Sea) holds the two syllables one word apart without naming it. It is one
/// click away with the words apart, not counted among the East Sea's articles (80 of the reading's 502 on the 38k news
/// were). Words that are not one ("hợp tác [với] Mỹ") may still stand a word apart.
/// </summary>
public sealed class CompoundTierTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public CompoundTierTests()
    {
        _corpus.Write("east1", "Tàu lạ hoạt động trên Biển Đông", "Tình hình Biển Đông diễn biến phức tạp. Các nước ven Biển Đông kêu gọi kiềm chế.");
        _corpus.Write("east2", "Hội thảo quốc tế về Biển Đông", "Các học giả bàn về an ninh hàng hải ở Biển Đông và luật biển.");
        _corpus.Write("east3", "Ngư dân vươn khơi", "Ngư dân bám biển, đánh bắt trên Biển Đông suốt mùa đông.");
        _corpus.Write("china", "Máy bay bị chặn trên biển Hoa Đông", "Chiến đấu cơ bay áp sát trên vùng biển Hoa Đông, gần quần đảo tranh chấp ở biển Hoa Đông.");
        _corpus.Write("winter", "Du lịch mùa đông", "Bãi biển vắng khách, đông nhất là dịp lễ; miền Đông se lạnh, biển lặng.");
        _corpus.Write("trade", "Kinh tế", "Hàng hóa đông đúc ở cảng biển; giá cả biến động mạnh, thị trường biến động.");
        _corpus.Write("steel1", "Tàu thép nằm bờ", "Nhiều tàu thép đóng mới hư hỏng, ngư dân khổ sở.");
        _corpus.Write("steel2", "Ngư dân kêu cứu", "Con tàu vỏ thép đóng theo Nghị định 67 hỏng máy; chủ tàu vỏ thép kêu cứu.");
        _corpus.Write("steel3", "Sửa tàu cho ngư dân", "Doanh nghiệp sửa chữa tàu vỏ thép miễn phí cho các tàu vỏ thép hư hỏng.");
        _corpus.Write("steel4", "Bồi thường", "Chủ tàu vỏ thép được bồi thường sau nhiều tháng; các tàu vỏ thép khác chờ sửa.");
        // Other news, so that the two syllables are as rare as in real text: side by side they then stand far above chance.
        for (var i = 1; i <= 4; i++)
        {
            _corpus.Write($"other{i}", $"Tin trong nước số {i}", "Chính phủ họp phiên thường kỳ, bàn giải pháp thúc đẩy sản xuất nông nghiệp và xuất khẩu gạo. "
                + "Thủ tướng yêu cầu các bộ ngành tháo gỡ khó khăn cho doanh nghiệp, cải cách thủ tục hành chính, phát triển hạ tầng giao thông "
                + "và nâng cao chất lượng giáo dục, y tế cho người dân ở vùng sâu vùng xa trong năm tới.");
        }
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_compound_typed_without_marks_counts_only_the_articles_where_it_stands_side_by_side()
    {
        var r = _index.Search(new SearchRequest { Query = "bien dong" });

        Assert.Equal("together", r.Tier);
        // "biến động" is the other reading of the same syllables, side by side too; "biển Hoa Đông" is not among them.
        Assert.Equal(["east1", "east2", "east3", "trade"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(3, r.Readings.Single(x => x.Query == "biển đông").Articles);
    }

    [Fact]
    public void The_article_with_a_word_between_the_syllables_is_one_click_away()
    {
        var r = _index.Search(new SearchRequest { Query = "Biển Đông", Apart = true });

        Assert.Equal("apart", r.Tier);
        Assert.Contains("china", r.Hits.Select(h => h.Id));
        Assert.Equal(3, r.OtherTierTotal);
    }

    [Fact]
    public void A_pair_of_syllables_the_text_writes_side_by_side_above_chance_is_one_word()
    {
        var gaps = _index.Use(s => WordsTogether.PairGaps(s, ["biển", "đông"], WordsTogether.MaxGap, plainExact: false));

        Assert.Equal([0], gaps);
        // Never side by side in that order: two words, which may stand a word apart.
        Assert.Equal([WordsTogether.MaxGap], _index.Use(s => WordsTogether.PairGaps(s, ["đông", "biển"], WordsTogether.MaxGap, plainExact: false)));
    }

    [Fact]
    public void A_pair_the_text_often_writes_one_word_apart_keeps_the_gap()
    {
        // "tàu thép" stands side by side far above chance, but the text writes "tàu vỏ thép" more often, nearly always with
        // "vỏ" between: no one word, and
        // `tau thep` still finds the articles that say "tàu vỏ thép" (on the 38k: 149 side by side, 677 one word apart; so
        // are "Nga Vladimir Putin" and "Mỹ Donald Trump").
        Assert.Equal([WordsTogether.MaxGap], _index.Use(s => WordsTogether.PairGaps(s, ["tàu", "thép"], WordsTogether.MaxGap, plainExact: false)));

        var r = _index.Search(new SearchRequest { Query = "tau thep" });

        Assert.Equal(["steel1", "steel2", "steel3", "steel4"], r.Hits.Select(h => h.Id).Order().ToList());
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
