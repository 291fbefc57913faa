using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 24 (helper rules25): the extractor made to follow the labelling rules written by helper splits25 for launches and
/// tests, East Sea warship news, bombers drilling with allies and security forums (entities-rules.md, "Additions of session 24"),
/// one made-up case each.
/// </summary>
public class Rules25AreaRuleTests
{
    [Fact]
    public void A_title_that_names_a_tests_technical_side_is_military_technology()
    {
        // area-rules.json's densityByArea "titled" tier with events: a launch or a test in the title ("thử") with its technical side
        // ("động cơ", "bắn trúng mục tiêu") makes military technology with one phrase of it in two body sentences, though the
        // phrase is generic ("động cơ"): before, generic words alone made nothing.
        string[] body =
        [
            "Triều Tiên đã thử một động cơ tên lửa mới tại bãi phóng Sohae, một quan chức quân sự Mỹ cho biết.",
            "Quan chức này không nêu chi tiết về vụ thử.",
            "Đây là lần thứ ba trong năm nay Triều Tiên thử loại động cơ này.",
            "Mỹ kêu gọi Bình Nhưỡng kiềm chế và trở lại bàn đàm phán.",
        ];
        Assert.Contains("military-technology", Areas("Triều Tiên thử động cơ có thể dùng phóng tên lửa xuyên lục địa", body));
        // The same test told as the reactions to it, or as one prepared, is no description of the weapon.
        Assert.DoesNotContain("military-technology", Areas("Mỹ phản ứng sau khi Triều Tiên thử động cơ tên lửa", body));
        Assert.DoesNotContain("military-technology", Areas("Triều Tiên chuẩn bị thử động cơ tên lửa xuyên lục địa", body));
    }
}
