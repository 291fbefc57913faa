using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Typed diacritics pick the spelling outright; where no article holds the query so spelt, it is read in every spelling, exact
/// spellings first, near spellings next, folded-only matches last.
/// </summary>
public sealed class AccentRankingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public AccentRankingTests()
    {
        // Same length and shape, so only the spelling decides.
        _corpus.Write("exact", "Tin một", "Con đường hợp tác.");
        _corpus.Write("near", "Tin hai", "Con dương hợp tác.");
        _corpus.Write("folded", "Tin ba", "Con duong hợp tác.");
        _corpus.Write("other", "Tin bốn", "Con đò hợp tác.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_word_typed_with_diacritics_matches_its_typed_spelling_only()
    {
        var r = _index.Search(new SearchRequest { Query = "đường" });
        Assert.Equal(["exact"], r.Hits.Select(h => h.Id));
        Assert.Equal(1, _index.CountAddedSince(new SearchRequest { Query = "đường" }, 0));
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.MarkedAsEverySpelling);
    }

    [Fact]
    public void A_spelling_no_article_holds_is_read_in_every_spelling_and_the_notice_says_so()
    {
        // "đương" is in no article: the query is read in every spelling ("đường", "dương", "duong"), and says so.
        var r = _index.Search(new SearchRequest { Query = "đương hợp tác", Lang = "en" });
        Assert.Equal(["exact", "folded", "near"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(["đương", "hợp", "tác"], Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.MarkedAsEverySpelling).Words);
        // The saved-search count reads it as the search does.
        Assert.Equal(r.Total, _index.CountAddedSince(new SearchRequest { Query = "đương hợp tác" }, 0));
    }

    [Fact]
    public void Without_diacritics_every_spelling_matches()
    {
        var r = _index.Search(new SearchRequest { Query = "duong" });
        Assert.Equal(3, r.Total);
        Assert.All(r.Hits, h => Assert.Contains("<mark>", h.Snippet.Format("<mark>", "</mark>")));
    }

    [Fact]
    public void Snippets_mark_folded_matches_with_their_own_spelling()
    {
        var hit = _index.Search(new SearchRequest { Query = "duong" }).Hits.Single(h => h.Id == "exact");
        Assert.Contains("<mark>đường</mark>", hit.Snippet.Format("<mark>", "</mark>"));
    }

    [Fact]
    public void A_title_holding_another_word_adds_nothing_to_a_body_holding_the_typed_one()
    {
        // "bộ" typed. One article holds "bộ" twice in its body; the other once, under the headline "Bô xít" (another
        // word, one mark off), which used to lift it to the top.
        using var corpus = new SmallCorpus();
        corpus.Write("bo-twice", "Tin hải quân", "Đoàn công tác của bộ đến thăm đơn vị. Lãnh đạo bộ khen.");
        corpus.Write("bauxite", "Bô xít", "Đoàn công tác của bộ đến thăm mỏ. Lãnh đạo tỉnh khen.");
        corpus.IndexNow();
        using var index = corpus.Open();
        Assert.Equal(["bo-twice", "bauxite"], index.Search(new SearchRequest { Query = "bộ" }).Hits.Select(h => h.Id));
        // Typed without diacritics, "bo" is every spelling: the headline counts, as before.
        Assert.Equal("bauxite", index.Search(new SearchRequest { Query = "bo" }).Hits[0].Id);
    }

    [Fact]
    public void Hits_mark_the_words_where_they_stand_together_in_the_spelling_typed()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("east-sea", "Tin biển", "Hoạt động của các đồng minh ở Biển Đông tăng. Biện pháp mới được bàn.");
        corpus.Write("other", "Tin khác", "Biển ở phía đông rất lặng.");
        corpus.IndexNow();
        using var index = corpus.Open();
        foreach (var query in new[] { "Biển Đông", "bien dong" })
        {
            var r = index.Search(new SearchRequest { Query = query });
            Assert.Equal("together", r.Tier);
            var snippet = r.Hits.Single(h => h.Id == "east-sea").Snippet.ToString();
            Assert.Contains("[Biển Đông]", snippet);
            // Words that only fold to the typed letters, or stand apart, were not what made the article match.
            Assert.DoesNotContain("[động]", snippet);
            Assert.DoesNotContain("[đồng]", snippet);
            Assert.DoesNotContain("[Biện]", snippet);
        }
        // Apart, each word is marked alone.
        var apart = index.Search(new SearchRequest { Query = "Biển Đông", Apart = true });
        Assert.Contains("[Biển]", apart.Hits.Single(h => h.Id == "other").Snippet.ToString());
    }

    [Fact]
    public void A_name_read_from_the_query_marks_the_name_not_its_syllables_elsewhere()
    {
        // "hoa ky" is read as the United States, and the article spells it "Mỹ": its "kỹ năng" and "khai hỏa" are other
        // words and must not be marked as if the user had typed "ky" or "hoa" alone.
        using var corpus = new SmallCorpus();
        corpus.Write("drill", "Mỹ tập trận", "Binh sĩ Mỹ tập trận để cải thiện kỹ năng chiến đấu. Cuộc tập trận được khai hỏa ở phía bắc.");
        corpus.IndexNow();
        using var index = corpus.Open();
        var snippet = index.Search(new SearchRequest { Query = "hoa ky tap tran" }).Hits.Single().Snippet.ToString();
        Assert.Contains("[Mỹ tập trận]", snippet);
        Assert.DoesNotContain("[kỹ]", snippet);
        Assert.DoesNotContain("[hỏa]", snippet);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}

/// <summary>
/// Typed diacritics decide before BM25: the exact spelling in the body of a long article beats a near or folded
/// spelling repeated in a short title, a common exact word beats a rare near one, and with several words the
/// articles holding every typed spelling come first. Words typed without diacritics rank as plain BM25.
/// </summary>
public sealed class AccentTierTests : IDisposable
{
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Hai bên bàn nhiều nội dung hợp tác trong năm nay.", 12));

    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public AccentTierTests()
    {
        // One word, "bộ": the exact spelling only once, deep in a long body; near (bố, bọ) and folded (bo, bò: two
        // marks off) spellings loud in short titles, where BM25 alone would put them first.
        _corpus.Write("bo-exact", "Tin trong nước", Filler + " Ông đến bộ hôm qua. " + Filler);
        _corpus.Write("bo-near-title", "Bố và bố", "Bố về nhà.");
        _corpus.Write("bo-near-shape", "Con bọ con bọ", "Bọ hại lúa.");
        _corpus.Write("bo-folded", "Bo bo bo", "Bo xít.");
        _corpus.Write("bo-far", "Con bò", "Bò ăn cỏ.");
        // A common exact word ("tàu", in twelve articles) against a rare near spelling ("táu", one article, in the title).
        for (var i = 0; i < 12; i++) _corpus.Write($"tau-{i:D2}", $"Tin số {i}", Filler + " Con tàu rời cảng. " + Filler);
        _corpus.Write("tau-rare-near", "Gỗ táu táu", "Gỗ táu quý.");
        // Two words, "quân đội": both exact in a long body; exact + near (đợi) in a title; both folded in a title.
        _corpus.Write("qd-exact", "Tin tổng hợp", Filler + " Lực lượng quân đội tham gia. " + Filler);
        _corpus.Write("qd-near", "Quân đợi quân đợi", "Quân đợi lệnh.");
        _corpus.Write("qd-folded", "Quan doi quan doi", "Quan doi va dan.");
        _corpus.Write("qd-far", "Quần dõi quần dõi", "Quần dõi theo.");
        // Tone placement: the old "hoà" and the new "hòa" are one word.
        _corpus.Write("hoa-old", "Tin hoà bình", Filler + " Giữ hoà bình. " + Filler);
        _corpus.Write("hoa-near", "Hỏa hỏa", "Hỏa lực.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private List<string> Ids(string query, string prefix, bool apart = false) =>
        _index.Search(new SearchRequest { Query = query, Size = 50, Apart = apart }).Hits.Select(h => h.Id).Where(id => id.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    [Fact]
    public void One_word_typed_with_diacritics_finds_its_spelling_in_a_long_body_not_the_others_loud_in_titles()
    {
        // Typed diacritics pick the word outright: "bố", "bọ", "bo", "bò" are other words, however loud.
        Assert.Equal(["bo-exact"], Ids("bộ", "bo-"));
        // Typed without diacritics, "bo" is every spelling.
        Assert.Equal(5, Ids("bo", "bo-").Count);
    }

    [Fact]
    public void A_common_word_typed_with_diacritics_does_not_count_a_rare_one_a_mark_away()
    {
        var r = _index.Search(new SearchRequest { Query = "tàu", Size = 50 });
        Assert.Equal(12, r.Total);
        Assert.All(r.Hits, h => Assert.Matches("^tau-[0-9]{2}$", h.Id));
    }

    [Fact]
    public void A_rare_word_typed_with_diacritics_does_not_count_a_common_one_a_mark_away()
    {
        // "táu" is in one article; "tàu" (only the tone differs) in twelve.
        Assert.Equal(["tau-rare-near"], _index.Search(new SearchRequest { Query = "táu", Size = 50 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Several_words_every_exact_spelling_first_then_near_then_folded()
    {
        // The words together in their typed spelling are the result (typed diacritics pick the reading outright). No article
        // holds them apart so spelt: asked for that tier, the query is read in every spelling, near ones first.
        Assert.Equal(["qd-exact"], Ids("quân đội", "qd-"));
        var apart = Ids("quân đội", "qd-", apart: true);
        Assert.Equal("qd-near", apart[0]);
        Assert.Equal(["qd-far", "qd-folded"], apart.Skip(1).Order().ToList());
    }

    [Fact]
    public void A_quoted_phrase_typed_with_diacritics_matches_its_typed_spelling_only()
    {
        // Quoted, the user asked for "quân đội" as written: "Quân đợi", "Quan doi" and "Quần dõi" are not it (unquoted,
        // they are the second tier; quoted without marks, every spelling matches).
        Assert.Equal(["qd-exact"], Ids("\"quân đội\"", "qd-"));
        Assert.Equal(4, Ids("\"quan doi\"", "qd-").Count);
    }

    [Theory]
    [InlineData("hòa")]
    [InlineData("hoà")]
    public void Tone_placement_variants_count_as_exact(string typed)
    {
        // "Hỏa" (fire) is another word.
        Assert.Equal(["hoa-old"], Ids(typed, "hoa-"));
    }

    [Fact]
    public void Words_typed_without_diacritics_rank_by_bm25_alone()
    {
        // No spelling is preferred: the short, repetitive titles win as BM25 wants, and no score carries a tier.
        var r = _index.Search(new SearchRequest { Query = "bo", Size = 50 });
        Assert.Equal(5, r.Hits.Count(h => h.Id.StartsWith("bo-", StringComparison.Ordinal)));
        Assert.Equal("bo-exact", r.Hits.Where(h => h.Id.StartsWith("bo-", StringComparison.Ordinal)).Last().Id);
        Assert.All(r.Hits, h => Assert.True(h.Score < WordQuery.TierWeight, $"{h.Id} {h.Score}"));
        var two = Ids("quan doi", "qd-");
        Assert.Equal("qd-exact", two[^1]);
    }

    [Fact]
    public void Near_spellings_are_one_diacritic_off()
    {
        Assert.Equal(1, TermVariants.DiacriticDistance("bộ", "bố"));
        Assert.Equal(1, TermVariants.DiacriticDistance("bộ", "bọ"));
        Assert.Equal(1, TermVariants.DiacriticDistance("đường", "dường"));
        Assert.Equal(2, TermVariants.DiacriticDistance("bộ", "bo"));
        Assert.Equal(2, TermVariants.DiacriticDistance("đường", "dương"));
        Assert.Equal(0, TermVariants.DiacriticDistance("quân", "quân"));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}

/// <summary>A query that is the start of a headline finds that headline before one that holds the words later on.</summary>
public sealed class HeadlineStartTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public HeadlineStartTests()
    {
        // The shorter headline holds the words too, side by side: without the start of the headline it would rank first.
        _corpus.Write("inside", "Chị gái hoa hậu Lan Anh đính hôn", "Tin giải trí trong tuần.");
        _corpus.Write("start", "Hoa hậu Lan Anh chia sẻ về cuộc sống sau khi đăng quang năm nay", "Tin giải trí trong tuần.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Theory]
    [InlineData("hoa hau lan anh")]
    [InlineData("hoa hậu lan anh")]
    public void The_headline_that_starts_with_the_words_comes_first(string query)
    {
        var ids = _index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(["start", "inside"], ids);
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
