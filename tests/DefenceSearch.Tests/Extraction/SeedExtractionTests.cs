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
        Assert.Contains("delegation-exchange", f.Areas);
        // The military-science agreement stands in the photo captions and one body sentence, military-technical
        // cooperation in one sentence of the talks: under a quarter of the body each, so not tagged (Data/area-rules.json).
        Assert.DoesNotContain("military-technology", f.Areas);
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
        Assert.Null(f.Year);                                        // "Chiều nay (5/6)": the page never says which year, so none (not 2024 from the "MỚI - NÓNG" list)
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
        Assert.Null(f.Year);                                        // only "đầu tháng 5/2025", a visit before the article: no date of its own
        Assert.Contains("delegation-exchange", f.Areas);
        // Training stands only in the lists of fields of cooperation ("Trao đổi đoàn các cấp…, đào tạo…", "thúc đẩy hợp
        // tác đào tạo …; cũng như … khoa học quân sự, quân y"): not what the article is about.
        Assert.DoesNotContain("training", f.Areas);
        // Medicine stands only in lists of "lĩnh vực tiềm năng khác", exhibitions in one clause.
        Assert.DoesNotContain("military-medicine", f.Areas);
        Assert.DoesNotContain("defence-exhibitions", f.Areas);
    }
}
