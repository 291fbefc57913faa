using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 22 (lead, from helper audit24's read of corpus tags): the suggestive phrases of military medicine and military science
/// need defence words twice, as training's do (area-rules.json's minDefenceWordsByArea); one stray defence word
/// made a Ministry of Health department's name ("Cục Khám chữa bệnh") military medicine and an economics seminar ("hội thảo khoa
/// học") military science.
/// </summary>
public class ThinAreaRuleTests
{
    private static readonly string[] Hospital =
    [
        "Cục trưởng Cục Khám chữa bệnh kiểm tra bệnh viện dã chiến tại Hà Nam.",
        "Bệnh viện Bạch Mai đã lắp đặt 500 giường bệnh.",
        "Cục Khám chữa bệnh sẽ hoàn thiện thủ tục thành lập bệnh viện.",
        "Tỉnh bố trí lực lượng công an, quân sự làm nhiệm vụ tại bệnh viện.",
        "Các bệnh nhân được khám chữa bệnh miễn phí.",
        "Bác sĩ ứng trực ngày đêm.",
    ];

    [Fact]
    public void A_civilian_hospital_that_names_the_army_once_is_no_military_medicine()
    {
        Assert.DoesNotContain("military-medicine", Areas("Bệnh viện dã chiến ở Hà Nam sẵn sàng tiếp nhận bệnh nhân", Hospital));
        // A second defence word makes the same report defence news: the army's doctors run the hospital.
        Assert.Contains("military-medicine", Areas("Bệnh viện dã chiến ở Hà Nam sẵn sàng tiếp nhận bệnh nhân",
            [.. Hospital, "Quân đội cử bác sĩ quân đội đến hỗ trợ.", "Bộ Quốc phòng điều thêm bác sĩ quân đội."]));
    }
}
