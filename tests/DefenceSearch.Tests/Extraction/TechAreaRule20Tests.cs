using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 20 (helper tech21): rules of military technology, defence industry and arms trade written from the general causes of
/// fresh15's errors (session 19's held-out set, read from session 20 on); one made-up case each.
/// </summary>
public class TechAreaRule20Tests
{
    [Fact]
    public void A_contract_to_build_warships_is_no_arms_trade()
    {
        // area-rules.json's arms-trade pair "unless": a word of building between the verb and the weapon ("hợp đồng sản xuất 3 tàu
        // chiến") undoes the pair, as fresh15's British frigate contract with its own yard.
        string[] build =
        [
            "Bộ Quốc phòng Anh vừa ký hợp đồng trị giá 3,7 tỷ bảng với tập đoàn BAE.", "Theo Bộ Quốc phòng Anh, hợp đồng sản xuất 3 tàu chiến đầu tiên sẽ tạo việc làm cho 1.700 người.",
            "Các tàu sẽ thay thế lớp tàu cũ của Hải quân Hoàng gia.", "Ảnh: BAE Systems.",
        ];
        Assert.DoesNotContain("arms-trade", Areas("Anh ký hợp đồng đóng đội tàu chiến mới", build));
        // The same contract to buy the ships from abroad is a sale.
        string[] buy =
        [
            "Bộ Quốc phòng Anh vừa ký hợp đồng trị giá 3,7 tỷ bảng với tập đoàn Hyundai.", "Theo Bộ Quốc phòng Anh, hợp đồng mua 3 tàu chiến đầu tiên sẽ được giao năm sau.",
            "Các tàu sẽ thay thế lớp tàu cũ của Hải quân Hoàng gia.", "Ảnh: Hyundai.",
        ];
        Assert.Contains("arms-trade", Areas("Anh ký hợp đồng mua đội tàu chiến mới", buy));
    }

    [Fact]
    public void A_title_that_tells_a_making_leaves_military_technology_to_the_body()
    {
        // area-rules.json's titleReportsByArea (session 20): "chế tạo", "xuất xưởng", "sản xuất", "hạ thủy" in a title make its
        // phrases of military technology no title naming the area, as fresh12's "Thổ Nhĩ Kỳ nuôi tham vọng tự chế tạo tàu sân bay"
        // whose body names the technology in general words only.
        string[] body =
        [
            "Thổ Nhĩ Kỳ muốn có tàu sân bay riêng trong thập kỷ tới.", "Nước này đang làm chủ công nghệ đóng tàu hiện đại.",
            "Hải quân Thổ Nhĩ Kỳ đã có tàu đổ bộ lớn.", "Ảnh: Anadolu.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Thổ Nhĩ Kỳ nuôi tham vọng tự chế tạo tàu sân bay", body));
        // A title that names the carrier's design instead names the area.
        Assert.Contains("military-technology", Areas("Thổ Nhĩ Kỳ công bố thiết kế tàu sân bay", body));
    }

    [Fact]
    public void Building_a_warship_is_defence_industry()
    {
        // area-rules.json's defence-industry pair: "xây dựng" before a warship is building it, as "đóng" and "chế tạo" are (fresh15's
        // "Việc xây dựng tàu ngầm hạt nhân đa năng" under "Nga sẽ chế tạo tàu ngầm …").
        string[] build =
        [
            "Việc xây dựng tàu ngầm hạt nhân đa năng sẽ được đưa vào chương trình vũ khí quốc gia.", "Phó Tư lệnh Hải quân Nga cho biết như vậy tại một hội thảo.",
            "Ông không nói thêm chi tiết.", "Ảnh: Sputnik.",
        ];
        Assert.Contains("defence-industry", Areas("Nga sẽ chế tạo tàu ngầm mới", build));
        // Building a fleet's strength is no shipbuilding.
        string[] strength =
        [
            "Việc xây dựng lực lượng hải quân sẽ được đưa vào chương trình vũ khí quốc gia.", "Phó Tư lệnh Hải quân Nga cho biết như vậy tại một hội thảo.",
            "Ông không nói thêm chi tiết.", "Ảnh: Sputnik.",
        ];
        Assert.DoesNotContain("defence-industry", Areas("Nga sẽ chế tạo tàu ngầm mới", strength));
    }

    [Fact]
    public void A_missile_class_by_its_reach_alone_describes_no_weapon()
    {
        // area-rules.json's genericPhrasesByArea (session 20): "tầm xa" in "tên lửa tầm xa" names a class of missile in launch and
        // sanction news; with other generic words only ("phóng thử"), it makes no military technology.
        string[] sanctions =
        [
            "Mỹ và Trung Quốc đang thảo luận thời điểm trừng phạt Triều Tiên.", "Bắc Kinh chỉ hành động nếu Triều Tiên phóng tên lửa tầm xa.",
            "Bình Nhưỡng đã phóng 2 tên lửa tầm xa kể từ năm 2006.", "Vài giờ sau, Bình Nhưỡng đã phóng thử một tên lửa đạn đạo.",
            "Đại sứ Mỹ nói hai bên sẽ quyết định trong tuần này.", "Ảnh: Reuters.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Mỹ - Trung bàn thời điểm áp lệnh phạt Triều Tiên", sanctions));
        // A missile's range in kilometres describes it.
        string[] range =
        [
            "Mỹ và Trung Quốc đang thảo luận thời điểm trừng phạt Triều Tiên.", "Bắc Kinh chỉ hành động nếu Triều Tiên phóng tên lửa tầm xa.",
            "Tên lửa mới có tầm bắn 4.500 km.", "Vài giờ sau, Bình Nhưỡng đã phóng thử một tên lửa đạn đạo.",
            "Đại sứ Mỹ nói hai bên sẽ quyết định trong tuần này.", "Ảnh: Reuters.",
        ];
        Assert.Contains("military-technology", Areas("Mỹ - Trung bàn thời điểm áp lệnh phạt Triều Tiên", range));
    }
}
