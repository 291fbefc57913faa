using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// A long query is a list of keywords, but the two-syllable words inside it are words: an article that holds "Quốc hội" and
/// "phong phú" holds no "quốc phòng", and is not counted for "hop tac quoc phong ..." (it is one click away, with the words apart).
/// </summary>
public sealed class CompoundWordsTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public CompoundWordsTests()
    {
        _corpus.Write("ties1", "Hợp tác quốc phòng Việt Nam - Ấn Độ", "Hai bên thúc đẩy hợp tác quốc phòng; Ấn Độ và Việt Nam ký kết văn kiện hợp tác.", date: "2017-03-01");
        _corpus.Write("ties2", "Ấn Độ và Việt Nam", "Bộ trưởng Quốc phòng Ấn Độ thăm Việt Nam, bàn hợp tác quốc phòng và đào tạo.", date: "2017-04-01");
        _corpus.Write("ties3", "Đối thoại quốc phòng", "Việt Nam và Ấn Độ đối thoại chính sách quốc phòng, mở rộng hợp tác trên biển.", date: "2017-05-01");
        _corpus.Write("scattered", "Ủy ban Đoàn kết Ấn Độ - Việt Nam", "Chủ tịch Quốc hội tiếp đoàn; hoạt động phong phú, hợp tác nhân dân Việt Nam và Ấn Độ.", date: "2017-06-01");
        _corpus.Write("army1", "Quân đội nhân dân", "Bộ Quốc phòng giao nhiệm vụ; công nghiệp quốc phòng phát triển.");
        _corpus.Write("army2", "Học viện Quốc phòng", "Học viện Quốc phòng khai giảng khóa học về an ninh quốc phòng.");
        _corpus.Write("city", "Tin thành phố", "Phong trào thể thao phong phú; hội nghị quốc tế về hợp tác kinh tế.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_long_query_counts_only_the_articles_where_its_compounds_stand_together()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac quoc phong viet nam an do" });

        Assert.Equal("together", r.Tier);
        Assert.Equal(["ties1", "ties2", "ties3"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(3, r.Total);
        Assert.Equal(1, r.OtherTierTotal);
        var read = Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.CompoundWords);
        Assert.Contains("quoc phong", read.Words);
        Assert.Contains("hop tac", read.Words);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.WordsTogether && n.Detail == "1");
    }

    [Fact]
    public void The_article_with_the_syllables_scattered_is_one_click_away()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac quoc phong viet nam an do", Apart = true });

        Assert.Equal("apart", r.Tier);
        Assert.Equal("scattered", Assert.Single(r.Hits).Id);
        Assert.Equal(3, r.OtherTierTotal);
    }

    [Fact]
    public void A_four_word_run_that_seldom_stands_whole_is_read_as_its_compounds_before_every_word()
    {
        // "hợp tác quốc phòng" stands whole in two articles, fewer than a four-word run needs to make the tier; its
        // compounds stand together in three; the articles with "Quốc hội" or "quốc tế" and "phong phú" are not counted (they
        // were, before).
        var r = _index.Search(new SearchRequest { Query = "hop tac quoc phong" });

        Assert.Equal("together", r.Tier);
        Assert.Equal(["ties1", "ties2", "ties3"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, r.OtherTierTotal);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.CompoundWords);
        // What a saved search's "new since" counts, and the second tier a click away, follow the same reading.
        Assert.Equal(3, _index.CountAddedSince(new SearchRequest { Query = "hop tac quoc phong" }, 0));
        var apart = _index.Search(new SearchRequest { Query = "hop tac quoc phong", Apart = true });
        Assert.Equal(["city", "scattered"], apart.Hits.Select(h => h.Id).Order().ToList());
    }

    [Fact]
    public void Neighbours_across_two_words_are_no_compound_and_each_pair_is_measured_once()
    {
        var units = Units("phong viet nam an do");

        var (found, measured) = _index.Use(s => (CompoundWords.Find(s, units, out var m), m));
        var (again, measuredAgain) = _index.Use(s => (CompoundWords.Find(s, units, out var m), m));

        Assert.DoesNotContain(0, found); // "phong viet": "quốc phòng Việt Nam" now and then, no word
        Assert.Contains(1, found); // "viet nam"
        Assert.True(measured <= units.Count - 1, "each neighbour pair is measured at most once");
        Assert.Equal(found, again);
        Assert.Equal(0, measuredAgain); // remembered for the same reader
    }

    [Fact]
    public void A_query_longer_than_the_pairs_judged_is_keywords_only()
    {
        var units = Units(string.Join(' ', Enumerable.Repeat("quoc phong", CompoundWords.MaxPairs)));

        var (found, measured) = _index.Use(s => (CompoundWords.Find(s, units, out var m), m));

        Assert.True(units.Count - 1 > CompoundWords.MaxPairs);
        Assert.Empty(found);
        Assert.Equal(0, measured);
    }

    // Bare words as the query builder makes them units (their folded term the one spelling).
    private static List<QueryUnit> Units(string words) =>
        words.Split(' ').Select(w => new QueryUnit(w, new Lucene.Net.Search.TermQuery(new Lucene.Net.Index.Term("body", w))) { Spellings = [[w]] }).ToList();

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
