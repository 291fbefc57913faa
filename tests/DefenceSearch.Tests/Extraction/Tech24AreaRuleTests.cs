using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 22 (helper tech24): military technology's rules written from the general causes of fresh17's errors, one made-up
/// case each.
/// </summary>
public class Tech24AreaRuleTests
{
    [Fact]
    public void A_test_announced_with_test_words_and_one_generic_word_is_no_military_technology()
    {
        // area-rules.json's testWordsByArea: a launch prepared, told with "phóng thử", "thử nghiệm thành công" and "thiết kế" only
        // (all generic phrases), names no weapon's workings, though the title and every sentence name the missile (density).
        string[] launch =
        [
            "Theo AFP, Triều Tiên cảnh báo đã sẵn sàng phóng thử tên lửa đạn đạo vào bất kỳ thời điểm nào.",
            "Mỹ vừa thử nghiệm thành công một hệ thống được thiết kế để chặn những tên lửa này.",
            "Báo Rodong Sinmun viết rằng Bình Nhưỡng sẵn sàng thử tên lửa ở bất cứ đâu.",
            "Bài báo nói tên lửa của nước này có thể biến các căn cứ thành tro tàn.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Triều Tiên chuẩn bị phóng thử tên lửa đạn đạo mới", launch));
        // Two more generic words besides the test words (a camera "lắp trên" the missile, "công nghệ") still describe it.
        Assert.Contains("military-technology", Areas("Triều Tiên chuẩn bị phóng thử tên lửa đạn đạo mới",
            [.. launch, "Máy quay lắp trên tên lửa chụp ảnh Trái Đất nhờ công nghệ mới."]));
    }

    [Fact]
    public void A_nuclear_submarines_dimensions_told_without_army_words_are_military_technology()
    {
        // area-rules.json's contextWordsByArea: "tàu ngầm hạt nhân" lets military technology's suggestive phrases count in a photo
        // story that names no army, navy or missile (the Typhoon's displacement, length and draught; fresh17).
        string[] story =
        [
            "Bên trong tàu ngầm hạt nhân Typhoon không gian rất chật hẹp.",
            "Với lượng giãn nước lên tới 24.500 tấn khi nổi và 48.000 tấn khi lặn, đây là chiếc lớn nhất thế giới.",
            "Con tàu dài 175m, rộng 23m, mớn nước 12m.",
            "Phòng tắm được thiết kế cực kỳ gọn gàng.",
            "Trên tàu còn có bể bơi và phòng xông hơi.",
            "Thủy thủ có một khu vực nhỏ để tập thể hình.",
        ];
        Assert.Contains("military-technology", Areas("Kinh ngạc tiện nghi bên trong tàu ngầm lớn nhất thế giới", story));
        // A submarine not named nuclear is no such word ("tàu ngầm" alone names tourist boats too).
        Assert.DoesNotContain("military-technology", Areas("Kinh ngạc tiện nghi bên trong tàu ngầm lớn nhất thế giới",
            [.. story.Select(s => s.Replace("tàu ngầm hạt nhân", "tàu ngầm"))]));
    }
}
