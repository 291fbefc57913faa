using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 22 (helper tech24): military technology's rule written from the general cause of fresh17's wrong tags, one made-up
/// case.
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
}
