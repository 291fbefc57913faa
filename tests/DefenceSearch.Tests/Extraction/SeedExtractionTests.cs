using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Extraction;

/// <summary>Each seed yields the right countries, ministers, year and areas, and nothing from its page chrome.</summary>
public class SeedExtractionTests
{
    private static readonly EntityExtractor Extractor = new(ReferenceData.Default);

    private static DefenceSearch.Extraction.Extraction Facts(string seed) => Extractor.Extract(Seeds.Read(seed), currentYear: 2026);

    private static string[] Ministers(DefenceSearch.Extraction.Extraction f) => f.Ministers.Select(m => m.Key).Order().ToArray();

    [Fact]
    public void Belarus_2018()
    {
        var f = Facts("000");
        Assert.Equal(["BY", "VN"], f.Countries.Order());          // "Trung Quốc" stands only in a related-story teaser
        Assert.Equal(["andrei-ravkov", "ngo-xuan-lich"], Ministers(f));
        Assert.Equal(new DateOnly(2018, 11, 15), f.Date);
        Assert.Equal(2018, f.Year);
        Assert.Superset(new HashSet<string> { "delegation-exchange", "military-science", "military-technology" }, f.Areas.ToHashSet());
        Assert.DoesNotContain("arms-trade", f.Areas);                // "vũ khí" stands only in chrome
        // Training and sports stand once, in the list of "lĩnh vực tiềm năng": not what the article is about.
        Assert.DoesNotContain("training", f.Areas);
        Assert.DoesNotContain("military-sports-culture", f.Areas);
    }

    [Fact]
    public void Russia_2018()
    {
        var f = Facts("001");
        Assert.Equal(["RU", "VN"], f.Countries.Order());
        Assert.Equal(["ngo-xuan-lich", "sergei-shoigu"], Ministers(f));
        Assert.Equal(new DateOnly(2018, 1, 23), f.Date);           // the dateline, not the crawl date 28/11/2024
        Assert.Superset(new HashSet<string> { "delegation-exchange", "military-technology" }, f.Areas.ToHashSet());
        // Navy, peacekeeping, law, history, medicine, sports: one sentence listing the fields of cooperation.
        foreach (var listed in new[] { "peacekeeping", "military-medicine", "naval", "military-law-history", "military-sports-culture" })
            Assert.DoesNotContain(listed, f.Areas);
    }

    [Fact]
    public void Russia_and_us_2018()
    {
        var f = Facts("002");
        Assert.Superset(new HashSet<string> { "VN", "RU", "US" }, f.Countries.ToHashSet());
        Assert.DoesNotContain("IN", f.Countries);                   // "Ấn Độ" stands only in the video list
        Assert.DoesNotContain("NL", f.Countries);
        Assert.Equal(["james-mattis", "ngo-xuan-lich", "sergei-shoigu"], Ministers(f));
        Assert.Equal(2018, f.Year);
        Assert.Contains("delegation-exchange", f.Areas);
        // These stand in one sentence listing the fields of cooperation, and in the page's related-story chrome.
        foreach (var listed in new[] { "war-legacy", "search-and-rescue", "maritime-security", "peacekeeping", "training" })
            Assert.DoesNotContain(listed, f.Areas);
    }

    [Fact]
    public void Canada_2018()
    {
        var f = Facts("003");
        Assert.Equal(["CA", "VN"], f.Countries.Order());
        Assert.Equal(["harjit-sajjan", "ngo-xuan-lich"], Ministers(f));
        Assert.Equal(2018, f.Year);                                 // not 2024 from the "MỚI - NÓNG" list
        Assert.Superset(new HashSet<string> { "delegation-exchange", "training", "peacekeeping" }, f.Areas.ToHashSet());
        // Named once, in the list of "lĩnh vực tiềm năng".
        foreach (var listed in new[] { "maritime-security", "defence-industry", "military-medicine" })
            Assert.DoesNotContain(listed, f.Areas);
    }

    [Fact]
    public void Belarus_2025()
    {
        var f = Facts("004");
        Assert.Superset(new HashSet<string> { "VN", "BY" }, f.Countries.ToHashSet());
        Assert.Superset(new HashSet<string> { "nguyen-tan-cuong", "pavel-muraveiko", "phan-van-giang" }, Ministers(f).ToHashSet());
        Assert.DoesNotContain("ngo-xuan-lich", Ministers(f));
        Assert.Equal(2025, f.Year);
        Assert.Superset(new HashSet<string> { "delegation-exchange", "training" }, f.Areas.ToHashSet());
        // Medicine stands only in lists of "lĩnh vực tiềm năng khác", exhibitions in one clause.
        Assert.DoesNotContain("military-medicine", f.Areas);
        Assert.DoesNotContain("defence-exhibitions", f.Areas);
    }
}

/// <summary>Articles without a date of their own: the year comes from their dates, or the ministers they name.</summary>
public class UndatedArticleYearTests
{
    private static readonly EntityExtractor Extractor = new(ReferenceData.Default);

    private static int? Year(string body) => Extractor.Extract(Seeds.Reader.Parse("Tiêu đề\n" + body + "\n", "x"), currentYear: 2026).Year;

    [Fact]
    public void A_short_tenure_dates_an_article_that_only_recalls_older_years() =>
        Assert.Equal(2017, Year("Ngày 6/2, Bộ trưởng Quốc phòng Mỹ James Mattis tới Tokyo. Trước đó, vào năm 2015, Mỹ từng thử tên lửa."));

    [Fact]
    public void A_year_named_in_an_event_counts_when_no_full_date_exists() =>
        Assert.Equal(2017, Year("Triển lãm IMDEX Asia 2017 khai mạc ngày 16/5. IMDEX 2017 đông khách. Dự báo đến năm 2030 chi tiêu tăng."));

    [Fact]
    public void Full_dates_win_over_bare_years() =>
        Assert.Equal(2018, Year("Chuyến thăm từ 14 đến 17/11/2018 mở đầu kế hoạch năm 2019, năm 2019 và năm 2019."));
}

/// <summary>Patterns find ministers no gazetteer lists, and leave presidents and ambassadors alone.</summary>
public class MinisterPatternTests
{
    private static readonly EntityExtractor Extractor = new(ReferenceData.Default);

    private static IReadOnlyList<MinisterMention> Find(string text)
    {
        var normalized = DefenceSearch.Text.VietnameseText.Normalize(text);
        return Extractor.FindMinisters(normalized, TextTokens.Tokenize(normalized));
    }

    [Fact]
    public void An_unlisted_minister_after_a_defence_title_becomes_a_facet()
    {
        var found = Find("Bộ trưởng Quốc phòng Estonia Borislav Qwertyuk đã tới Hà Nội.");
        Assert.Contains(found, m => m.Key == "borislav-qwertyuk" && !m.Known);
    }

    [Fact]
    public void An_unlisted_deputy_named_before_his_title_becomes_a_facet()
    {
        var found = Find("Thượng tướng Trần Văn Zết, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng, phát biểu.");
        Assert.Contains(found, m => m.Key == "tran-van-zet");
    }

    [Fact]
    public void Presidents_ambassadors_and_other_ministers_are_not_defence_ministers()
    {
        var found = Find("Tổng thống Belarus Alexandr Lukashenko, Đại sứ Canada Ping Kitnikone và Bộ trưởng Ngoại giao Phạm Bình Minh dự lễ.");
        Assert.Empty(found);
    }

    [Fact]
    public void A_title_after_another_officer_is_not_borrowed()
    {
        var found = Find("Thượng tướng Phạm Trường Long, Phó Chủ tịch Quân ủy Trung ương Trung Quốc, hội đàm với Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng.");
        Assert.DoesNotContain(found, m => m.Key == "pham-truong-long");
        Assert.Contains(found, m => m.Key == "ngo-xuan-lich");
    }

    [Fact]
    public void A_ministers_spokesman_is_not_a_minister() =>
        Assert.Empty(Find("Đó là thông báo của phát ngôn viên Bộ trưởng Quốc phòng Ukraine, ông Dmitry Gutsulyak."));

    [Fact]
    public void Name_order_and_spelling_variants_share_one_key()
    {
        var keys = new[] { "Shoygu Sergey Kuzhugetovich", "Sergei Shoigu", "Sergey Shoigu" }
            .Select(n => Find("Bộ trưởng Quốc phòng Nga " + n + " phát biểu.").Single().Key)
            .Distinct();
        Assert.Equal(["sergei-shoigu"], keys);
    }
}
