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

    [Fact]
    public void A_bombers_drill_whose_stated_aim_is_training_the_forces_is_training()
    {
        // areas.json: the everyday words of a drill's aim ("cải thiện chiến thuật", "tăng cường khả năng phối hợp") are phrases of
        // training: beside "tập trận chung" they make a drill of bombers and a warship training; with deterrence as its aim, not.
        string[] body =
        [
            "Hai máy bay ném bom B-1B của Mỹ đã tập trận chung với tàu khu trục USS Sterett trên Biển Đông hôm 8/6.",
            "Cuộc tập trận chung nhằm cải thiện chiến thuật, kỹ thuật và tăng cường khả năng phối hợp giữa hải quân và không quân.",
            "Các máy bay cất cánh từ căn cứ Andersen trên đảo Guam.",
            "Trung Quốc chưa lên tiếng về sự việc.",
            "Chuyến bay kéo dài khoảng 10 giờ.",
            "Đây là lần thứ hai trong tháng B-1B bay tới khu vực.",
            "Giới quan sát cho rằng Mỹ muốn gửi thông điệp tới Bắc Kinh.",
            "Hải quân Mỹ không cho biết thêm chi tiết.",
        ];
        Assert.Contains("training", Areas("Mỹ bất ngờ tập trận ở Biển Đông", body));
        string[] deterrence = [.. body.Select(s => s.Replace("nhằm cải thiện chiến thuật, kỹ thuật và tăng cường khả năng phối hợp giữa hải quân và không quân",
            "nhằm răn đe Trung Quốc"))];
        Assert.DoesNotContain("training", Areas("Mỹ bất ngờ tập trận ở Biển Đông", deterrence));
    }

    [Fact]
    public void A_forum_article_that_states_the_East_Sea_dispute_in_three_sentences_is_maritime_security()
    {
        // area-rules.json's besideByArea: beside dialogue (the forum), three body sentences stating the East Sea dispute make
        // maritime security whatever their share of the body (3 of 15 here, below the quarter asked without the title).
        string[] body =
        [
            "Trung Quốc đã có những phát biểu mềm mỏng hơn tại Đối thoại Shangri-La.",
            "Phái đoàn Trung Quốc do một tướng cấp thấp dẫn đầu.",
            "Trước đó, tại Đối thoại Shangri-La, Bộ trưởng Mattis đã chỉ trích hành động của Trung Quốc ở Biển Đông.",
            "Ông nói các hoạt động xây dựng trên Biển Đông của Trung Quốc khác với những quốc gia khác.",
            "Những điểm này bao gồm bản chất của các hoạt động quân sự hóa, ông Mattis nói.",
            "Phía Trung Quốc cho biết muốn duy trì quan hệ ổn định với Mỹ.",
            "Hai bên cũng bàn về vấn đề Triều Tiên.",
            "Nhiều nước hoan nghênh thái độ này.",
            "Diễn đàn an ninh năm nay thu hút hơn 500 đại biểu.",
            "Các đại biểu đến từ hơn 40 nước.",
            "Hội nghị kéo dài ba ngày.",
            "Ông Mattis cũng gặp các đồng minh.",
            "Nhật Bản và Australia ủng hộ Mỹ.",
            "Trung Quốc chưa có phản hồi chính thức.",
            "Đối thoại Shangri-La bế mạc hôm Chủ nhật.",
        ];
        Assert.Contains("maritime-security", Areas("Trung Quốc xoa dịu Mỹ sau khi bị cảnh cáo ở Shangri-la", body));
        // The East Sea as an agenda item in one of the three is no statement of the dispute: two sentences are not enough.
        string[] agenda = [.. body.Select(s => s.StartsWith("Những điểm", StringComparison.Ordinal)
            ? "Vấn đề Biển Đông sẽ được đề cập tới trong phiên thảo luận cuối." : s)];
        Assert.DoesNotContain("maritime-security", Areas("Trung Quốc xoa dịu Mỹ sau khi bị cảnh cáo ở Shangri-la", agenda));
    }

    [Fact]
    public void Bombers_drilling_with_an_ally_without_a_stated_training_aim_are_no_training()
    {
        // area-rules.json's aimsByArea: a title naming strategic bombers makes training only when the body states a training aim.
        string[] body =
        [
            "Hai oanh tạc cơ B-1B của Mỹ đã tập trận cùng các chiến đấu cơ Hàn Quốc trên bán đảo Triều Tiên.",
            "Đây là cuộc tập trận chung thứ hai trong tháng.",
            "Các máy bay đã thả bom giả định xuống một trường bắn ở tỉnh Gangwon.",
            "Triều Tiên chưa có phản ứng.",
        ];
        Assert.DoesNotContain("training", Areas("Hàn Quốc tập trận cùng oanh tạc cơ chiến lược Mỹ", body));
        // The same drill stated to improve the two air forces' coordination is training.
        string[] aimed = [.. body.Select(s => s.StartsWith("Đây là", StringComparison.Ordinal)
            ? "Cuộc tập trận chung nhằm tăng cường khả năng phối hợp giữa không quân hai nước." : s)];
        Assert.Contains("training", Areas("Hàn Quốc tập trận cùng oanh tạc cơ chiến lược Mỹ", aimed));
    }
}
