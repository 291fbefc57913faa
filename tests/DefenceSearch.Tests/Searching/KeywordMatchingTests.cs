using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// What a query of keywords matches beyond its exact words: a country named inside a longer query in another spelling,
/// the i/y spellings of one word ("liệt sĩ" / "liệt sỹ"), and, when few articles hold every word of a long query,
/// the articles that miss one word as the second tier, one click away.
/// </summary>
public sealed class KeywordMatchingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public KeywordMatchingTests()
    {
        _corpus.Write("us1", "Tàu chiến Mỹ thăm Cam Ranh", "Tàu chiến Mỹ cập cảng Cam Ranh.", countries: "US");
        _corpus.Write("us2", "Tàu chiến Hoa Kỳ cập cảng", "Tàu chiến Hoa Kỳ thăm cảng quốc tế Cam Ranh.", countries: "US");
        _corpus.Write("us3", "Quan hệ Việt - Mỹ", "Hai nước Việt Nam và Mỹ thúc đẩy quan hệ.", countries: "US");
        _corpus.Write("ru1", "Tàu chiến Nga", "Tàu chiến Nga thăm cảng Cam Ranh.", countries: "RU");
        _corpus.Write("law1", "Biện pháp an ninh", "Các biện pháp an ninh được tăng cường.");
        _corpus.Write("law2", "Biện pháp phòng dịch", "Biện pháp mới.");
        _corpus.Write("law3", "Pháp luật", "Pháp luật về an ninh.");
        _corpus.Write("fr1", "Hợp tác với France", "France và Việt Nam bàn hợp tác.", countries: "FR");
        _corpus.Write("martyr1", "Viếng nghĩa trang liệt sĩ", "Viếng nghĩa trang liệt sĩ Trường Sơn.");
        _corpus.Write("martyr2", "Lễ an táng liệt sỹ", "An táng hài cốt liệt sỹ tại quê nhà.");
        _corpus.Write("sacrifice", "Người lính đã hi sinh", "Anh đã hi sinh khi làm nhiệm vụ.");
        _corpus.Write("company", "Công ty vận tải", "Công ty mở tuyến mới.");
        _corpus.Write("tv", "Ti vi mới", "Ti vi màn hình lớn.");
        _corpus.Write("missile1", "Triều Tiên thử tên lửa liên lục địa", "Triều Tiên thử tên lửa liên lục địa.", date: "2017-03-01");
        _corpus.Write("missile2", "Triều Tiên thử tên lửa xuyên lục địa", "Triều Tiên thử tên lửa xuyên lục địa.", date: "2018-03-01");
        _corpus.Write("coop1", "Hợp tác với Mỹ về y tế", "Việt Nam hợp tác với Mỹ về y tế.", countries: "US");
        _corpus.Write("coop2", "Hợp tác Hoa Kỳ lâu dài", "Hai bên hợp tác Hoa Kỳ lâu dài.", countries: "US");
        _corpus.Write("coop3", "Hoa Kỳ và đối tác", "Hoa Kỳ cử đoàn sang. Sau đó hai bên bàn chuyện hợp tác.", countries: "US");
        _corpus.Write("lich1", "Đại tướng Ngô Xuân Lịch thăm Nga", "Bộ trưởng Quốc phòng Ngô Xuân Lịch thăm chính thức Liên bang Nga.", countries: "RU", ministers: "ngo-xuan-lich");
        _corpus.Write("lich2", "Bộ trưởng Lịch thăm Nga", "Bộ trưởng Lịch thăm Nga và hội đàm.", countries: "RU", ministers: "ngo-xuan-lich");
        _corpus.Write("lane", "Xuân về trên ngõ nhỏ", "Ngõ nhỏ mùa xuân, lịch thăm Nga của đoàn văn công.");
        _corpus.Write("missile3", "Triều Tiên thử động cơ", "Triều Tiên thử động cơ mới.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_country_inside_a_longer_query_also_matches_its_other_spellings_and_says_so()
    {
        var r = _index.Search(new SearchRequest { Query = "tau chien my", Lang = "en" });

        // "Tàu chiến Hoa Kỳ" stands together as "tàu chiến Mỹ" does: both are the first tier.
        Assert.Equal("together", r.Tier);
        Assert.Equal(["us1", "us2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.CountryWord && n.Detail == "my → United States");
    }

    [Fact]
    public void Typed_diacritics_still_put_the_typed_spelling_of_the_country_first()
    {
        var ids = _index.Search(new SearchRequest { Query = "tàu chiến Mỹ" }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(["us1", "us2"], ids);
    }

    [Fact]
    public void A_word_that_mostly_names_something_else_is_not_read_as_a_country()
    {
        // "pháp" is mostly "biện pháp" and "pháp luật" here: France is not what "bien phap an ninh" means.
        var r = _index.Search(new SearchRequest { Query = "bien phap an ninh" });

        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.CountryWord);
        Assert.DoesNotContain("fr1", r.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("liệt sỹ")]
    [InlineData("liệt sĩ")]
    [InlineData("liet sy")]
    [InlineData("liet si")]
    public void Both_i_y_spellings_of_a_word_are_one_word(string query)
    {
        var r = _index.Search(new SearchRequest { Query = query });

        Assert.Equal(["martyr1", "martyr2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal("together", r.Tier);
        Assert.Equal(2, r.Total);
    }

    [Fact]
    public void A_toneless_pair_the_press_spells_both_ways_is_one_word()
    {
        Assert.Equal(["sacrifice"], _index.Search(new SearchRequest { Query = "hy sinh" }).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void I_y_pairs_that_are_different_words_stay_apart()
    {
        // "ty" (công ty) is not "ti" (ti vi).
        Assert.Equal(["tv"], _index.Search(new SearchRequest { Query = "ti" }).Hits.Select(h => h.Id).ToList());
        Assert.Equal(["company"], _index.Search(new SearchRequest { Query = "ty" }).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void When_few_articles_hold_every_word_they_are_the_count_and_those_missing_one_are_the_second_tier()
    {
        const string query = "Triều Tiên thử tên lửa liên lục địa";
        var r = _index.Search(new SearchRequest { Query = query, Lang = "en" });

        // Every word: missile1, the result and the count; missing "liên" only: missile2, one click away; missing many: not at all.
        Assert.Equal(["missile1"], r.Hits.Select(h => h.Id).ToList());
        Assert.Equal(1, r.Total);
        Assert.Equal("together", r.Tier);
        Assert.Equal(1, r.OtherTierTotal);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.MissingOneWord && n.Detail == "1");
        Assert.Equal(1, _index.CountAddedSince(new SearchRequest { Query = query }, 0));

        var second = _index.Search(new SearchRequest { Query = query, Apart = true, Lang = "en" });
        Assert.Equal(["missile2"], second.Hits.Select(h => h.Id).ToList());
        Assert.Equal(1, second.Total);
        Assert.Equal("apart", second.Tier);
        Assert.Contains(second.Notices, n => n.Kind == QueryNoticeKind.OneWordMissing && n.Detail == "1");
        Assert.Equal(1, _index.CountAddedSince(new SearchRequest { Query = query, Apart = true }, 0));
    }

    [Fact]
    public void Sorted_by_date_the_tiers_stay_apart_and_the_feed_of_each_holds_its_own_articles()
    {
        const string query = "Triều Tiên thử tên lửa liên lục địa";
        var r = _index.Search(new SearchRequest { Query = query, Sort = SortOrder.Date, Lang = "en" });

        // missile2 (missing "liên") is newer, yet it is not in the first tier: it waits behind the notice's link.
        Assert.Equal(["missile1"], r.Hits.Select(h => h.Id).ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.MissingOneWord && n.Detail == "1");
        Assert.Equal(["missile1"], _index.NewSince(new SearchRequest { Query = query, Sort = SortOrder.Date }, 0, 10).Hits.Select(h => h.Id).ToList());
        Assert.Equal(["missile2"], _index.NewSince(new SearchRequest { Query = query, Sort = SortOrder.Date, Apart = true }, 0, 10).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_country_name_of_several_words_inside_a_longer_query_stands_together_in_any_of_its_spellings()
    {
        var r = _index.Search(new SearchRequest { Query = "hop tac hoa ky", Lang = "en" });

        // "hợp tác với Mỹ" stands together as "hợp tác Hoa Kỳ" does; coop3 holds the words apart, one click away.
        Assert.Equal("together", r.Tier);
        Assert.Equal(["coop1", "coop2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(1, r.OtherTierTotal);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.CountryWord && n.Detail == "hoa ky → United States");
    }

    [Fact]
    public void A_country_typed_before_the_other_words_stands_together_after_them_as_Vietnamese_writes_it()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("after", "Bộ trưởng Quốc phòng Mỹ thăm Việt Nam", "Bộ trưởng Quốc phòng Mỹ hội đàm tại Hà Nội.", countries: "US");
        corpus.Write("other-name", "Lầu Năm Góc", "Bộ Quốc phòng Hoa Kỳ công bố ngân sách.", countries: "US");
        corpus.Write("scattered", "Mỹ và Hàn Quốc", "Mỹ cùng Hàn Quốc phóng tên lửa thử nghiệm.", countries: "US");
        corpus.IndexNow();
        using var index = corpus.Open();

        foreach (var query in new[] { "my quoc phong", "Mỹ quốc phòng", "quoc phong my" })
        {
            var r = index.Search(new SearchRequest { Query = query, Lang = "en" });
            // "quốc phòng Mỹ" and "Quốc phòng Hoa Kỳ" are the words together; "Hàn Quốc phóng" beside "Mỹ" is not, and typed
            // with diacritics it holds no "phòng" at all ("phóng" is another word): it is not even the other tier.
            Assert.Equal("together", r.Tier);
            Assert.Equal(["after", "other-name"], r.Hits.Select(h => h.Id).Order().ToList());
            Assert.Equal(query == "Mỹ quốc phòng" ? 0 : 1, r.OtherTierTotal);
        }
    }

    [Fact]
    public void A_ministers_name_inside_a_longer_query_is_read_as_the_minister()
    {
        var r = _index.Search(new SearchRequest { Query = "ngo xuan lich tham nga", Lang = "en" });

        // lich2 names him "Bộ trưởng Lịch" (tagged); "lane" holds every folded syllable (ngõ, xuân, lịch) but no minister.
        Assert.Equal(["lich1", "lich2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.MinisterName && n.Detail == "ngo xuan lich → Ngô Xuân Lịch");
    }

    [Fact]
    public void A_headline_that_starts_with_the_typed_words_in_their_other_i_y_spelling_comes_first()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("start", "Liệt sỹ Trường Sơn trở về quê nhà", "Hài cốt liệt sỹ Trường Sơn được đón về quê nhà.");
        corpus.Write("inside", "Ghi công liệt sĩ", "Liệt sĩ Trường Sơn được ghi công. Mộ liệt sĩ Trường Sơn ở quê nhà. Tên liệt sĩ Trường Sơn được khắc.");
        for (var i = 0; i < 30; i++) corpus.Write($"other{i}", $"Tin thời sự số {i}", $"Nội dung bài báo số {i} về kinh tế và xã hội.");
        corpus.IndexNow();
        using var index = corpus.Open();

        // The headline starts with "liệt sỹ trường sơn": typed "sĩ", it is still the headline the user is after.
        Assert.Equal(["start", "inside"], index.Search(new SearchRequest { Query = "liệt sĩ trường sơn" }).Hits.Select(h => h.Id).ToList());
        Assert.Equal(["start", "inside"], index.Search(new SearchRequest { Query = "liet si truong son" }).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void When_enough_articles_hold_every_word_the_set_is_theirs()
    {
        for (var i = 0; i < ArticleIndex.MinAllWordsArticles; i++)
            _corpus.Write($"more{i}", "Triều Tiên thử tên lửa", "Triều Tiên thử tên lửa liên lục địa lần nữa.");
        _corpus.IndexNow();
        using var index = _corpus.Open();

        var r = index.Search(new SearchRequest { Query = "Triều Tiên thử tên lửa liên lục địa", Size = 20 });

        Assert.Equal(ArticleIndex.MinAllWordsArticles + 1, r.Total);
        Assert.DoesNotContain("missile2", r.Hits.Select(h => h.Id));
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.MissingOneWord);
    }

    [Fact]
    public void A_more_common_word_one_mark_away_is_another_word_not_a_near_spelling()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("joke", "Phim hài mới", "Một bộ phim hài.");
        corpus.Write("plain", "Hai nguoi", "hai nguoi di bo.");
        for (var i = 0; i < 3; i++) corpus.Write($"navy{i}", "Hải quân", "Tàu hải quân tuần tra.");
        corpus.IndexNow();
        using var index = corpus.Open();

        // Typed with diacritics, a word is its typed spelling: "hài" (funny) finds no "hải" (sea), nor the other way round.
        Assert.Equal(["joke"], index.Search(new SearchRequest { Query = "hài" }).Hits.Select(h => h.Id));
        Assert.Equal(["navy0", "navy1", "navy2"], index.Search(new SearchRequest { Query = "hải" }).Hits.Select(h => h.Id).Order());
        // Where no article holds the query as typed, it is read in every spelling, and ranked: "hải" (3 articles) is no slip of
        // "hài" (1), so for "tàu hài" the navy ranks with the folded matches ("tàu" in its typed spelling, nothing for "hài")…
        const float tier = WordQuery.TierWeight;
        var r = index.Search(new SearchRequest { Query = "tàu hài" });
        Assert.Equal(3, r.Hits.Count);
        Assert.All(r.Hits, h => Assert.InRange(h.Score, QueryBuilder.ExactTier * tier, (QueryBuilder.ExactTier + QueryBuilder.NearTier) * tier));
        Assert.Equal(["tàu", "hài"], Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.MarkedAsEverySpelling).Words);
        // … the other way round, the rarer "hài" may be a slip of "hải": "phim hải" ranks "phim hài" in the near tier ("phim",
        // typed without marks, read in every spelling too, has no tier).
        var joke = Assert.Single(index.Search(new SearchRequest { Query = "phim hải" }).Hits);
        Assert.InRange(joke.Score, QueryBuilder.NearTier * tier, QueryBuilder.ExactTier * tier);
    }

    [Fact]
    public void The_words_together_tier_tries_a_bounded_number_of_spellings()
    {
        // Three words with 12 other spellings each would be 13³ runs: at most MaxCombinations are tried, the typed one first.
        var alternatives = new Dictionary<string, IReadOnlyList<string[]>>
        {
            ["a"] = Enumerable.Range(0, 12).Select(i => new[] { $"a{i}", "x" }).ToList(),
            ["b"] = Enumerable.Range(0, 12).Select(i => new[] { $"b{i}" }).ToList(),
            ["c"] = Enumerable.Range(0, 12).Select(i => new[] { $"c{i}" }).ToList(),
        };
        var query = Assert.IsType<Lucene.Net.Search.BooleanQuery>(WordsTogether.Query(["a", "b", "c"], alternatives));
        Assert.Equal(WordsTogether.MaxCombinations, query.Clauses.Count);
        Assert.Contains("\"a b c\"", query.Clauses[0].Query.ToString());
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
