using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 23 (helper mtech24): military technology's lexicon widened with everyday words for a weapon's workings that the
/// read sets' misses used ("chống ngầm", "thủy âm", "thế hệ thứ 5"), and an inventory of guns by calibre as a paragraph of
/// specifications, one made-up case each.
/// </summary>
public class Mtech24AreaRuleTests
{
    [Fact]
    public void A_submarine_detector_told_through_its_sonar_and_anti_submarine_use_is_military_technology()
    {
        // areas.json: "thủy âm" (sonar) and "chống ngầm" (anti-submarine warfare) name how a weapon system works; beside them the
        // generic "chế tạo" and "chân vịt" describe the device (before, generic words alone made nothing without the title).
        string[] detector =
        [
            "Thiết bị do các nhà khoa học quân sự Trung Quốc chế tạo trong nhiều năm.",
            "Nó dùng hệ thống thủy âm để nghe tiếng chân vịt của tàu ngầm ở khoảng cách rất xa.",
            "Thiết bị giúp hải quân nâng cao năng lực tác chiến chống ngầm ở vùng biển sâu.",
            "Các chuyên gia cho rằng đây là một bước tiến lớn.",
        ];
        Assert.Contains("military-technology", Areas("Trung Quốc phát triển thiết bị dò tàu ngầm mới", detector));
        // Told as a plain patrol, with a microphone in place of the sonar, the device's workings are not described.
        Assert.DoesNotContain("military-technology", Areas("Trung Quốc phát triển thiết bị dò tàu ngầm mới",
            [.. detector.Select(s => s.Replace("hệ thống thủy âm", "micro").Replace("tác chiến chống ngầm", "tuần tra"))]));
    }

    [Fact]
    public void A_fifth_generation_written_in_digits_is_military_technology_as_in_words()
    {
        // areas.json: "thế hệ thứ 5" beside "thế hệ thứ năm" (as "thế hệ thứ 4" beside "thế hệ thứ tư").
        string[] body = ["Máy bay có khả năng tàng hình cao.", "Không quân Nga sẽ nhận chiếc đầu tiên vào năm sau."];
        Assert.Contains("military-technology", Areas("Nga giới thiệu tiêm kích thế hệ thứ 5", body));
        Assert.Contains("military-technology", Areas("Nga giới thiệu tiêm kích thế hệ thứ năm", body));
        Assert.DoesNotContain("military-technology", Areas("Nga giới thiệu tiêm kích thế hệ mới", body));
    }

    [Fact]
    public void An_inventory_of_guns_by_calibre_is_military_technology()
    {
        // area-rules.json's specificationsByArea "calibres": three sentences naming a weapon with its calibre in mm make a paragraph
        // of specifications, though each gives one unit (before, two different units were needed: "118 m" and "3.600 tấn").
        string[] inventory =
        [
            "Quân đội Philippines không có xe tăng.",
            "Phương tiện mạnh nhất là xe trinh sát Scorpion của Anh trang bị pháo 76 mm.",
            "Thân xe được chế tạo bằng hợp kim nhôm nên khả năng chống đạn rất yếu.",
            "Xe thiết giáp ACV-15 được trang bị pháo chính 25 mm và súng máy 7,62 mm.",
            "Lựu pháo kéo xe M101 105 mm là trụ cột của pháo binh nước này.",
            "Nước này xếp thứ 49 trong bảng xếp hạng sức mạnh quân sự.",
            "Ngân sách quốc phòng của Philippines vẫn còn hạn chế.",
            "Quân đội chủ yếu chiến đấu với các nhóm phiến quân ở miền nam.",
            "Chính phủ muốn tăng chi tiêu trong những năm tới.",
            "Các chuyên gia đánh giá lực lượng này còn yếu.",
            "Hải quân nước này cũng chỉ có vài tàu cũ.",
            "Không quân chưa có máy bay chiến đấu hiện đại.",
        ];
        Assert.Contains("military-technology", Areas("Sức mạnh quân đội đứng thứ 49 thế giới của Philippines", inventory));
        // Two calibres are no inventory: one sentence fewer and the article stays a ranking.
        Assert.DoesNotContain("military-technology", Areas("Sức mạnh quân đội đứng thứ 49 thế giới của Philippines",
            [.. inventory.Where(s => !s.StartsWith("Lựu pháo", StringComparison.Ordinal))]));
    }
}
