using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 19 (helper tech20): rules of military technology, defence industry and arms trade written from the general causes of
/// fresh14's errors (session 18's held-out set, read from session 19 on) and from words mined from the read sets' labels; one
/// made-up case each.
/// </summary>
public class TechAreaRuleTests
{
    [Fact]
    public void Fighters_given_away_are_arms_trade()
    {
        // area-rules.json's arms-trade pairs: a gift verb before a weapon ("tặng 8 chiếc tiêm kích") and a named weapon before a
        // verb of giving or aid to someone ("tiêm kích MiG-29 Belarus tặng cho Serbia"), as fresh14's Belarus–Serbia gift.
        string[] gift =
        [
            "Belarus đã đồng ý tặng 8 chiếc tiêm kích MiG-29 cho quân đội Serbia.", "Hai bên ký thỏa thuận vào tháng Giêng tại Minsk.",
            "Không quân Serbia hiện chỉ có khoảng 40 máy bay.", "Những chiếc máy bay sẽ được đại tu trước khi bàn giao.", "Ảnh: Reuters.",
        ];
        Assert.Contains("arms-trade", Areas("8 tiêm kích MiG-29 Belarus tặng cho Serbia", gift));
        // The same fighters shown at a parade change no hands.
        string[] parade =
        [
            "Belarus đã cho 8 chiếc tiêm kích MiG-29 bay qua quảng trường.", "Lễ duyệt binh diễn ra tại Minsk.",
            "Không quân Belarus hiện có khoảng 40 máy bay.", "Những chiếc máy bay vừa được đại tu.", "Ảnh: Reuters.",
        ];
        Assert.DoesNotContain("arms-trade", Areas("8 tiêm kích MiG-29 Belarus bay qua quảng trường", parade));
    }

    [Fact]
    public void A_super_weapon_and_a_prototype_are_military_technology_but_improvement_words_alone_are_not()
    {
        // areas.json's words mined from the read sets' military technology articles (session 19): "siêu vũ khí", "nguyên mẫu" name a
        // weapon's development; "cải tiến", "hiệu suất" (improvement, efficiency) are generic and make nothing alone.
        string[] weapon =
        [
            "Siêu vũ khí của thế kỷ này sẽ là hệ thống trí tuệ nhân tạo do quân đội phát triển.", "Nguyên mẫu đầu tiên đã được thử nghiệm.",
            "Nhà khoa học nói điều này tại một cuộc họp báo.", "Ảnh minh họa.",
        ];
        Assert.Contains("military-technology", Areas("Nhà khoa học xác định siêu vũ khí của tương lai", weapon));
        string[] car =
        [
            "Mẫu xe mới được cải tiến về hiệu suất động cơ.", "Hãng xe quân sự hóa thiết kế cho phiên bản đặc biệt.",
            "Xe sẽ bán ra vào tháng sau.", "Giá bán chưa được công bố.", "Ảnh: hãng xe.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Hãng xe ra mắt mẫu xe cải tiến", car));
        // A tank's turret and engine power ("tháp pháo", "mã lực", the second batch of mined words) describe a weapon beside the
        // generic "thiết kế" and "động cơ", which alone made nothing.
        string[] tank =
        [
            "Tháp pháo của xe được thiết kế lại hoàn toàn.", "Động cơ 1.500 mã lực giúp xe chạy nhanh hơn.", "Tháp pháo mới nhẹ hơn 2 tấn.",
            "Quân đội Nga sẽ nhận xe vào năm sau.", "Ảnh: RIA.",
        ];
        Assert.Contains("military-technology", Areas("Cận cảnh xe tăng mới của Nga", tank));
    }

    [Fact]
    public void A_title_that_reports_a_warning_names_no_military_technology()
    {
        // area-rules.json's titleReportsByArea: fresh14's "Tướng Mỹ cảnh báo khả năng Triều Tiên sở hữu tên lửa hạt nhân tầm xa",
        // the weapon's phrases in the title of a warning and a launch named in 2 of 8 sentences.
        string[] body =
        [
            "Một tướng Mỹ cho rằng Bình Nhưỡng có thể sớm sở hữu tên lửa có tầm bắn tới lục địa Mỹ.", "Triều Tiên vừa phóng thử một tên lửa đạn đạo tuần trước.",
            "Ông phát biểu trước Quốc hội hôm thứ Ba.", "Các nghị sĩ đặt nhiều câu hỏi.", "Nhà Trắng chưa bình luận.",
            "Hàn Quốc theo dõi sát tình hình.", "Ảnh: Reuters.", "Nguồn: Yonhap.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Tướng Mỹ cảnh báo khả năng Triều Tiên sở hữu tên lửa hạt nhân tầm xa", body));
        // The same title without the warning names the missile: with the launch in the body, military technology.
        Assert.Contains("military-technology", Areas("Triều Tiên sở hữu tên lửa hạt nhân tầm xa", body));
    }
}
