using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Which articles a query means: words standing together first (the total and the facets describe them),
/// the words apart as a second tier; the readings of a folded query; a named country or minister matching
/// its tagged articles in every spelling.
/// </summary>
public sealed class MatchSetTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public MatchSetTests()
    {
        _corpus.Write("name1", "Bộ trưởng tiếp khách", "Đại tướng Ngô Xuân Lịch tiếp đoàn đại biểu quân sự.", date: "2017-03-01", countries: "VN");
        _corpus.Write("name2", "Hội đàm quốc phòng", "Bộ trưởng Ngô Xuân Lịch hội đàm với người đồng cấp.", date: "2018-05-02", countries: "RU");
        _corpus.Write("scattered1", "Tin địa phương", "Ông Ngô Văn Xuân kể về lịch sử làng.", date: "2019-01-01", countries: "VN");
        _corpus.Write("scattered2", "Lịch nghỉ tết", "Anh Xuân họ Ngô xem lịch nghỉ.", date: "2020-01-01");
        _corpus.Write("sea1", "Tuần tra trên Biển Đông", "Tàu tuần tra trên Biển Đông bảo vệ chủ quyền; an ninh Biển Đông được giữ vững.", areas: "maritime-security");
        _corpus.Write("sea2", "Hợp tác hàng hải", "Các bên bàn về an ninh ở Biển Đông.", areas: "maritime-security");
        _corpus.Write("market1", "Giá vàng biến động", "Giá vàng biến động mạnh trong tuần.");
        _corpus.Write("market2", "Thị trường", "Thị trường biến động khó lường, nhiều biến động.");
        _corpus.Write("market3", "Chứng khoán", "Chứng khoán biến động theo giá dầu.");
        _corpus.Write("apart", "Biển và gió", "Biển lặng; gió mùa đông bắc về.");
        _corpus.Write("aus1", "Tàu hộ vệ thăm cảng", "Tàu hộ vệ của Úc thăm cảng Cam Ranh.", countries: "AU");
        _corpus.Write("aus2", "Quan hệ đối tác", "Australia và Việt Nam nâng cấp quan hệ.", countries: "AU");
        _corpus.Write("aus3", "Hợp tác gìn giữ hòa bình", "Ô-xtrây-li-a hỗ trợ huấn luyện gìn giữ hòa bình.", countries: "AU");
        // "ức" folds to "uc" as "Úc" does: a memory, not Australia.
        _corpus.Write("memory", "Ký ức chiến tranh", "Những ký ức về chiến tranh còn mãi.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_name_typed_without_diacritics_counts_only_the_articles_where_it_stands_together()
    {
        var r = _index.Search(new SearchRequest { Query = "ngo xuan lich" });

        Assert.Equal("together", r.Tier);
        Assert.Equal(["name1", "name2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, r.Total);
        Assert.Equal(2, r.OtherTierTotal);
        // A minister's name: every article naming him is tagged with him, so the tier is the name's words side by side, and
        // the scattered words are one click away as words apart (not as articles that "hold the words typed" of a name).
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityMatch && n.Detail == "Ngô Xuân Lịch");
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.WordsTogether && n.Detail == "2");
        // The facets describe the same articles as the total: the scattered articles' Vietnam tag is not counted.
        var countries = r.Facets["country"].ToDictionary(f => f.Key, f => f.Count);
        Assert.Equal(1, countries["VN"]);
        Assert.Equal(1, countries["RU"]);
    }

    [Fact]
    public void Sorting_by_date_sorts_the_words_together_not_the_scattered_articles()
    {
        var r = _index.Search(new SearchRequest { Query = "ngo xuan lich", Sort = SortOrder.Date });
        Assert.Equal(["name2", "name1"], r.Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void One_click_shows_the_articles_with_the_words_apart()
    {
        var r = _index.Search(new SearchRequest { Query = "ngo xuan lich", Apart = true });

        Assert.Equal("apart", r.Tier);
        Assert.Equal(["scattered1", "scattered2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, r.OtherTierTotal);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.WordsApart);
    }

    [Fact]
    public void Words_that_never_stand_together_keep_the_all_words_set()
    {
        var r = _index.Search(new SearchRequest { Query = "lich xuan" });

        Assert.Null(r.Tier);
        Assert.Equal(0, r.OtherTierTotal);
        Assert.DoesNotContain(r.Notices, n => n.Kind is QueryNoticeKind.WordsTogether or QueryNoticeKind.WordsApart);
        Assert.Equal(4, r.Total);
    }

    [Fact]
    public void A_folded_query_offers_its_readings_with_counts_on_topic_first()
    {
        var r = _index.Search(new SearchRequest { Query = "bien dong" });

        // "Biển Đông" is in fewer articles here, but in articles about a cooperation area: it comes first.
        Assert.Equal([("biển đông", 2), ("biến động", 3)], r.Readings.Select(x => (x.Query, x.Articles)).ToList());
        Assert.Equal("Biển Đông", r.Readings[0].Text);
        // The words together: every reading; "Biển lặng; gió mùa đông" has them apart.
        Assert.Equal(5, r.Total);
        Assert.Equal(1, r.OtherTierTotal);
    }

    [Fact]
    public void A_reading_with_a_syllable_without_marks_is_offered_with_the_articles_that_spell_it_so()
    {
        // "Quốc Phong" (a name) has a syllable without marks beside the marked "quốc phòng": typed with diacritics, its plain
        // "phong" is its own spelling, so it is counted (and a click finds) only the article that spells it so, not every
        // "quốc phòng" (offered as "Quốc Phong (4)" before, it counted the other reading's articles; then it was dropped).
        // (Each spelling stands in three articles: one found side by side in a single article is no reading.)
        using var corpus = new SmallCorpus();
        corpus.Write("mod1", "Bộ Quốc phòng", "Bộ Quốc phòng họp.", areas: "training");
        corpus.Write("mod2", "Tin quốc phòng", "Công nghiệp quốc phòng phát triển.");
        corpus.Write("mod3", "Hợp tác", "Hợp tác quốc phòng song phương.");
        corpus.Write("mod4", "Ngân sách", "Ngân sách quốc phòng tăng.");
        for (var i = 1; i <= 3; i++)
        {
            corpus.Write($"name{i}", "Người tốt", "Anh Trần Quốc Phong giúp dân.");
            corpus.Write($"gun{i}", "Vũ khí", "Khẩu súng quốc phóng thử.");
        }
        corpus.IndexNow();
        using var index = corpus.Open();
        var r = index.Search(new SearchRequest { Query = "quoc phong" });
        Assert.Equal([("quốc phòng", 4), ("quốc phong", 3), ("quốc phóng", 3)], r.Readings.Select(x => (x.Query, x.Articles)).ToList());
        Assert.Equal(10, r.Total);
        var click = index.Search(new SearchRequest { Query = r.Readings[1].Query });
        Assert.Equal(["name1", "name2", "name3"], click.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(3, click.Total);
    }

    [Fact]
    public void A_reading_counts_what_a_click_on_it_shows_under_the_filters_too()
    {
        // Each chip counts what a click on it shows (the chips were once counted apart from the click: 2 against 3). "vùng biển
        // phía Đông" holds the syllables one word apart, which is no "Biển Đông" (a word's syllables stand side by side): neither
        // the chip nor the click counts it. Under a filter, each chip counts the filtered articles, and a reading none of them
        // holds is no choice to offer.
        using var corpus = new SmallCorpus();
        corpus.Write("sea1", "Tuần tra trên Biển Đông", "Tàu tuần tra trên Biển Đông bảo vệ chủ quyền; an ninh Biển Đông được giữ vững.", areas: "maritime-security");
        corpus.Write("sea2", "Hợp tác hàng hải", "Các bên bàn về an ninh ở Biển Đông.", areas: "maritime-security");
        corpus.Write("sea3", "Tàu hải quân", "Tàu hải quân tuần tra vùng biển phía Đông của quần đảo.", areas: "naval");
        for (var i = 1; i <= 3; i++) corpus.Write($"market{i}", "Thị trường", "Giá vàng biến động mạnh trong tuần.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "bien dong" });
        Assert.Equal([("biển đông", 2), ("biến động", 3)], r.Readings.Select(x => (x.Query, x.Articles)).ToList());
        Assert.DoesNotContain("sea3", index.Search(new SearchRequest { Query = "biển đông" }).Hits.Select(h => h.Id));
        foreach (var reading in r.Readings)
            Assert.Equal(reading.Articles, index.Search(new SearchRequest { Query = reading.Query }).Total);

        var filters = new Dictionary<string, IReadOnlyList<string>> { ["area"] = ["maritime-security"] };
        var filtered = index.Search(new SearchRequest { Query = "bien dong", Filters = filters });
        var only = Assert.Single(filtered.Readings);
        Assert.Equal(("biển đông", 2), (only.Query, only.Articles));
        Assert.Equal(2, index.Search(new SearchRequest { Query = only.Query, Filters = filters }).Total);
    }

    [Fact]
    public void The_reading_on_topic_over_the_whole_index_comes_first_however_the_articles_read_fall()
    {
        // The first articles in index order all spell "biến động" (a few of them about an area); "Biển Đông" comes after them.
        // Read from the first articles only, "Biển Đông" was never seen; counted among the articles read, on topic hung on
        // which few were read. The articles read are spread over the matches, and on topic is counted over the index.
        using var corpus = new SmallCorpus();
        for (var i = 0; i < WordsTogether.MaxArticlesRead + 5; i++)
            corpus.Write($"m{i:00}", "Thị trường", "Giá vàng biến động mạnh trong tuần.", areas: i < 3 ? "training" : null);
        for (var i = 0; i < 5; i++)
            corpus.Write($"s{i}", "Tuần tra", "Tàu tuần tra trên Biển Đông bảo vệ chủ quyền.", areas: "maritime-security");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "bien dong" });
        Assert.Equal([("biển đông", 5), ("biến động", WordsTogether.MaxArticlesRead + 5)], r.Readings.Select(x => (x.Query, x.Articles)).ToList());
        Assert.Equal(WordsTogether.MaxArticlesRead, r.ReadingsArticlesRead);
        Assert.StartsWith("s", r.Hits[0].Id, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_reading_leads_the_list()
    {
        var ids = _index.Search(new SearchRequest { Query = "bien dong" }).Hits.Select(h => h.Id).ToList();
        Assert.Equal(["sea1", "sea2"], ids.Take(2).Order().ToList());
    }

    [Fact]
    public void Readings_read_a_bounded_number_of_articles()
    {
        for (var i = 0; i < WordsTogether.MaxArticlesRead + 5; i++) _corpus.Write($"more{i}", "Tin", "Biển Đông hôm nay.");
        _corpus.IndexNow();
        using var index = _corpus.Open();
        var r = index.Search(new SearchRequest { Query = "bien dong" });
        Assert.Equal(WordsTogether.MaxArticlesRead, r.ReadingsArticlesRead);
        Assert.Equal(2 + WordsTogether.MaxArticlesRead + 5, r.Readings.Single(x => x.Query == "biển đông").Articles);
    }

    [Fact]
    public void Typed_diacritics_pick_their_reading_outright()
    {
        var r = _index.Search(new SearchRequest { Query = "biển đông" });

        Assert.Empty(r.Readings);
        Assert.Equal("together", r.Tier);
        Assert.Equal(["sea1", "sea2"], r.Hits.Select(h => h.Id).Order().ToList());
    }

    [Theory]
    [InlineData("Úc")]
    [InlineData("uc")]
    [InlineData("australia")]
    [InlineData("Ô-xtrây-li-a")]
    public void A_country_in_any_spelling_matches_every_article_tagged_with_it(string query)
    {
        var r = _index.Search(new SearchRequest { Query = query, Lang = "en" });

        Assert.Equal(["aus1", "aus2", "aus3"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityMatch && n.Detail == "Australia");
    }

    [Theory]
    [InlineData("Úc")]
    [InlineData("uc")]
    public void A_country_counts_the_same_in_every_spelling_and_the_words_alone_are_one_click_away(string query)
    {
        // "uc" also finds "ký ức": it is not about Australia and is not counted. "Úc", typed with diacritics, does not find it.
        var r = _index.Search(new SearchRequest { Query = query });
        Assert.Equal(3, r.Total);
        Assert.Equal(_index.Search(new SearchRequest { Query = "australia" }).Total, r.Total);
        Assert.Equal(3, _index.CountAddedSince(new SearchRequest { Query = query }, 0));
        if (query == "Úc")
        {
            Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.EntityTagged);
            return;
        }
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityTagged && n.Detail == "1");

        var words = _index.Search(new SearchRequest { Query = query, Apart = true });
        Assert.Equal("memory", Assert.Single(words.Hits).Id);
        Assert.Contains(words.Notices, n => n.Kind == QueryNoticeKind.EntityWordsOnly && n.Detail == "3");
    }

    [Fact]
    public void The_syllables_of_two_words_side_by_side_are_no_reading()
    {
        // "dao chinh" stands as "đảo chính" (a coup) and as "đạo Chính" of "lãnh đạo Chính phủ", as often: the second is
        // two words' syllables, no reading to offer, and the coup leads.
        using var corpus = new SmallCorpus();
        corpus.Write("coup", "Binh biến bất thành", "Cuộc đảo chính bất thành; phe đảo chính đầu hàng.");
        for (var i = 0; i < 3; i++)
            corpus.Write($"cabinet{i}", "Họp báo", "Lãnh đạo Chính phủ họp; lãnh đạo bàn chính sách, chính quyền và lãnh đạo tỉnh nói chính sách chính là dân.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "dao chinh" });

        Assert.Equal("coup", r.Hits[0].Id);
        Assert.DoesNotContain(r.Readings, x => x.Query == "đạo chính");
    }

    [Fact]
    public void A_word_of_two_common_syllables_is_offered_and_syllables_met_inside_a_longer_expression_are_not()
    {
        // "dân phòng" (the civil guard) joins two of the commonest syllables and stands side by side no more often than chance
        // would have them: the mutual-information test alone called it no word and offered only the rarer "dàn phóng" of `dan
        // phong`. It stands among many neighbours; "đạo chính", as often read, always inside "lãnh đạo Chính phủ".
        using var corpus = new SmallCorpus();
        string[] before = ["Đội", "Lực lượng", "Các", "Anh", "Tổ", "Nhiều"];
        string[] after = ["tuần tra", "giúp dân", "trực đêm", "bắt trộm", "hướng dẫn", "có mặt"];
        for (var i = 0; i < before.Length; i++)
            corpus.Write($"guard{i}", "Trật tự phường", $"{before[i]} dân phòng {after[i]} ở khu phố.");
        for (var i = 0; i < 6; i++)
            corpus.Write($"cabinet{i}", "Họp báo", "Lãnh đạo Chính phủ họp bàn; người dân hỏi về phòng bệnh, nhân dân góp ý, phòng khám mở cửa, dân cư và phòng họp.");
        for (var i = 0; i < 3; i++)
            corpus.Write($"launcher{i}", "Tên lửa", "Dàn phóng tên lửa được đưa ra đảo.", areas: "military-technology");
        for (var i = 0; i < 8; i++)
            corpus.Write($"other{i}", "Tin tỉnh", "Nhân dân trong tỉnh phấn khởi; dân số tăng, phòng học mới, phòng y tế khang trang, người dân vui vẻ, dân làng đón tết.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "dan phong" });

        Assert.Contains(r.Readings, x => x.Query == "dân phòng" && x.Articles == 6);
        Assert.Contains(r.Readings, x => x.Query == "dàn phóng");
        Assert.Equal(6, index.Search(new SearchRequest { Query = "dân phòng" }).Total);
        var coup = index.Search(new SearchRequest { Query = "dao chinh" });
        Assert.DoesNotContain(coup.Readings, x => x.Query == "đạo chính");
    }

    [Fact]
    public void A_spelling_found_side_by_side_in_a_handful_of_articles_is_no_reading()
    {
        // "dao chinh" is "đảo chính" (a coup) in five articles; one writes "đáo chinh", without the marks of "chính": a slip, not a
        // word, however far above chance its one meeting puts it. Offered as "đáo chinh (1)" beside "đảo chính (5)", it was a choice.
        using var corpus = new SmallCorpus();
        for (var i = 0; i < 5; i++) corpus.Write($"coup{i}", $"Binh biến {i}", "Cuộc đảo chính bất thành; phe đảo chính đầu hàng quân đội.");
        corpus.Write("slip", "Tin vắn", "Cuộc đáo chinh diễn ra chớp nhoáng ở thủ đô.");
        corpus.Write("other", "Giá vàng", "Giá vàng trong nước tăng nhẹ theo giá thế giới.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "dao chinh" });

        Assert.DoesNotContain(r.Readings, x => x.Query == "đáo chinh");
        Assert.Equal("coup", r.Hits[0].Id[..4]);
        Assert.Equal(6, r.Total); // the slip still matches the words typed
    }

    [Theory]
    [InlineData("ỷ")]
    [InlineData("nhặt")]
    public void A_word_typed_with_other_marks_than_a_country_name_is_not_read_as_the_country(string query)
    {
        // "ỷ" folds to Italy's "y" ("Ý") and "nhặt" to Japan's "nhat" ("Nhật"): the marks typed rule both out.
        var r = _index.Search(new SearchRequest { Query = query });
        Assert.DoesNotContain(r.Notices, n => n.Kind is QueryNoticeKind.EntityMatch or QueryNoticeKind.EntityTagged or QueryNoticeKind.EntityNone
            or QueryNoticeKind.EntityUntagged or QueryNoticeKind.EntityAbsent);
        // "Nhật" is read as Japan, about which no article here is (nor holds the word): the notice says so.
        Assert.Contains(_index.Search(new SearchRequest { Query = "Nhật" }).Notices, n => n.Kind == QueryNoticeKind.EntityNone && n.Detail == "Nhật Bản");
    }

    [Fact]
    public void A_minister_no_article_names_is_said_to_be_absent_not_read_into_scattered_words()
    {
        // Phùng Quang Thanh is in the gazetteer, but no article here names him: "Phùng", "Quang" and "Thanh" stand in an
        // article about other people. Saying "read as Phùng Quang Thanh" over it would pass it off as about him.
        using var corpus = new SmallCorpus();
        corpus.Write("others", "Tin địa phương", "Ông Phùng Văn Quang gặp anh Thanh ở chợ.");
        corpus.IndexNow();
        using var index = corpus.Open();
        var r = index.Search(new SearchRequest { Query = "phung quang thanh" });
        Assert.Equal(["others"], r.Hits.Select(h => h.Id).ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityAbsent && n.Detail == "Phùng Quang Thanh");
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.EntityMatch);
        // Where the name stands, the notice is the usual one.
        Assert.DoesNotContain(_index.Search(new SearchRequest { Query = "ngo xuan lich" }).Notices, n => n.Kind == QueryNoticeKind.EntityAbsent);
    }

    [Fact]
    public void The_second_tier_of_a_name_is_the_articles_naming_it_untagged_not_those_with_its_syllables_scattered()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("minister", "Bộ trưởng tiếp khách", "Đại tướng Ngô Xuân Lịch tiếp đoàn đại biểu quân sự.", ministers: "ngo-xuan-lich");
        corpus.Write("minister2", "Hội đàm quốc phòng", "Bộ trưởng Ngô Xuân Lịch hội đàm với người đồng cấp.", ministers: "ngo-xuan-lich");
        corpus.Write("namesake", "Hội thi ở xã", "Cụ Ngô Xuân Lịch, 90 tuổi, đoạt giải thơ của xã.", ministers: "");
        corpus.Write("scattered", "Tin địa phương", "Ông Ngô Văn Xuân kể về lịch sử làng.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "ngo xuan lich" });
        Assert.Equal(["minister", "minister2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityTagged && n.Detail == "1");

        var second = index.Search(new SearchRequest { Query = "ngo xuan lich", Apart = true });
        Assert.Equal(["namesake"], second.Hits.Select(h => h.Id).ToList());
        Assert.Contains(second.Notices, n => n.Kind == QueryNoticeKind.EntityWordsOnly && n.Detail == "2");
        Assert.Equal(1, index.CountAddedSince(new SearchRequest { Query = "ngo xuan lich", Apart = true }, 0));
    }

    [Fact]
    public void A_country_no_article_is_tagged_with_is_said_to_be_no_articles_subject_over_its_words_or_over_nothing()
    {
        // No article here is about Australia: "uc" finds "ký ức" only, and "australia" nothing. "Read as Australia" over either
        // would contradict what is shown.
        using var corpus = new SmallCorpus();
        corpus.Write("memory", "Ký ức chiến tranh", "Những ký ức về chiến tranh còn mãi.");
        corpus.Write("navy", "Hải quân tập trận", "Hải quân Mỹ tập trận ở Thái Bình Dương.", countries: "US");
        corpus.IndexNow();
        using var index = corpus.Open();

        foreach (var query in new[] { "uc", "Úc" })
        {
            var words = index.Search(new SearchRequest { Query = query, Lang = "en" });
            Assert.Equal(["memory"], words.Hits.Select(h => h.Id).ToList());
            Assert.Equal(1, words.Total);
            Assert.Contains(words.Notices, n => n.Kind == QueryNoticeKind.EntityUntagged && n.Detail == "Australia");
            Assert.DoesNotContain(words.Notices, n => n.Kind is QueryNoticeKind.EntityMatch or QueryNoticeKind.EntityTagged or QueryNoticeKind.EntityNone);
        }

        var none = index.Search(new SearchRequest { Query = "australia", Lang = "en" });
        Assert.Equal(0, none.Total);
        Assert.Contains(none.Notices, n => n.Kind == QueryNoticeKind.EntityNone && n.Detail == "Australia");
        Assert.DoesNotContain(none.Notices, n => n.Kind is QueryNoticeKind.EntityMatch or QueryNoticeKind.EntityUntagged);

        // Within filters that leave no article tagged with it, the same: the main fixture's Australian articles are undated.
        var filtered = _index.Search(new SearchRequest { Query = "uc", Lang = "en" }.WithSelected("year", ["2019"]));
        Assert.Equal(0, filtered.Total);
        Assert.Contains(filtered.Notices, n => n.Kind == QueryNoticeKind.EntityNone);
        // Where some article is tagged with it, the query is read as it.
        Assert.Contains(index.Search(new SearchRequest { Query = "my", Lang = "en" }).Notices, n => n.Kind == QueryNoticeKind.EntityMatch && n.Detail == "United States");
    }

    [Fact]
    public void A_minister_named_in_any_spelling_matches_the_articles_tagged_with_him()
    {
        var r = _index.Search(new SearchRequest { Query = "Ngô Xuân Lịch" });
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.EntityMatch && n.Detail == "Ngô Xuân Lịch");
        Assert.Equal(["name1", "name2"], r.Hits.Select(h => h.Id).Order().ToList());
    }

    [Fact]
    public void New_since_counts_describe_the_same_set_as_the_search()
    {
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "ngo xuan lich" }, 0));
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "ngo xuan lich", Apart = true }, 0));
    }

    [Fact]
    public void Exports_take_the_same_set_as_the_search()
    {
        var (hits, total) = _index.All(new SearchRequest { Query = "ngo xuan lich" }, 100);
        Assert.Equal(2, total);
        Assert.Equal(["name1", "name2"], hits.Select(h => h.Id).Order().ToList());
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
