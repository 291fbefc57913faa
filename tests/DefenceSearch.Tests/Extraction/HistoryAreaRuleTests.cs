using DefenceSearch.Extraction;
using DefenceSearch.Text;
using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 18 (helper history19): the rules of the rarer areas (arms trade, war legacy, military law and history, military
/// sports and culture) found by a seeded read of the 38k news, one made-up case each.
/// </summary>
public class HistoryAreaRuleTests
{
    [Fact]
    public void A_deals_words_without_a_weapon_are_no_arms_trade()
    {
        // area-rules.json's genericPhrasesByArea (arms trade): "thương vụ" and "hợp đồng" of a footballer's transfer, in an article
        // that calls him a "vũ khí" (a defence word), made arms trade in 4 of 18 sentences.
        string[] transfer =
        [
            "Tiền vệ này là vũ khí bí mật của câu lạc bộ.", "Thương vụ kỷ lục khiến nhiều người hoài nghi.",
            "Hợp đồng của anh kéo dài 5 năm.", "Thương vụ này được chốt vào mùa hè.", "Anh chưa chứng tỏ được giá trị của hợp đồng.",
            "Huấn luyện viên vẫn tin tưởng anh.", "Trận bán kết diễn ra tối nay.", "Đội bóng đang có lợi thế.",
        ];
        Assert.DoesNotContain("arms-trade", Areas("Tiền vệ đắt giá trong tâm bão", transfer));
        // A warplane sold, named by its common name, is arms trade in the same words (area-rules.json's arms-trade pair: "chiến cơ").
        string[] sale =
        [
            "Qatar ký hợp đồng mua 36 chiếc F-15 của Mỹ trị giá 12 tỉ USD.", "Thương vụ giúp Qatar hiện đại hóa quân đội.",
            "Năm ngoái Quốc hội đã thông qua thương vụ bán 72 chiếc F-15.", "Các nước láng giềng cắt quan hệ với Doha.",
            "Mỹ có căn cứ không quân lớn ở Qatar.", "Ảnh: AFP.",
        ];
        Assert.Contains("arms-trade", Areas("Mỹ thu bộn tiền bán chiến cơ cho Qatar", sale));
    }

    [Fact]
    public void Culture_and_the_arts_in_general_are_no_military_culture()
    {
        // area-rules.json's genericPhrasesByArea (military sports and culture): a literature and arts prize told with "văn nghệ"
        // and "giao lưu văn hóa" in 9 of 23 sentences of an article that names the army once.
        string[] prize =
        [
            "Chủ tịch nước trao giải thưởng cho các văn nghệ sĩ.", "Đội ngũ văn nghệ sĩ phát huy tài năng.",
            "Nhiều tác phẩm viết về quân đội được trao giải.", "Giao lưu văn hóa với bạn bè quốc tế được mở rộng.",
            "Các tác giả xúc động nhận giải.", "Buổi lễ diễn ra tại Nhà hát Lớn.", "Ảnh: TTXVN.",
        ];
        Assert.DoesNotContain("military-sports-culture", Areas("Trao giải thưởng về văn học, nghệ thuật", prize));
        // A military troupe's performance is military culture.
        string[] troupe = [.. prize.Select(s => s.Replace("Chủ tịch nước trao giải thưởng cho các văn nghệ sĩ", "Đoàn nghệ thuật quân đội biểu diễn văn nghệ"))];
        Assert.Contains("military-sports-culture", Areas("Đoàn nghệ thuật quân đội giao lưu văn hóa", troupe));
    }

    [Fact]
    public void A_terrorists_bomb_is_no_war_legacy()
    {
        // area-rules.json's sentenceMasksByArea (war legacy): "tự tạo", "tự chế", "khủng bố" take the area's phrases out of their
        // sentence (security forces finding two home-made bombs, an army bomb squad defusing them).
        string[] plot =
        [
            "Lực lượng an ninh đã phát hiện hai quả bom tự tạo tại thị trấn.", "Quả bom thứ nhất được đặt trước một đền thờ.",
            "Các đội rà phá bom mìn của quân đội đã vô hiệu hóa hai quả bom.", "Cuộc điều tra đang tiếp tục.",
            "Phát hiện quả bom tự tạo thứ hai gần quán cà phê khiến người dân hoảng sợ.", "Ảnh: AFP.",
        ];
        Assert.DoesNotContain("war-legacy", Areas("Ngăn chặn kịp thời hai âm mưu khủng bố", plot));
        // A bomb left from the war, found and cleared in the same words, is war legacy.
        string[] wartime = [.. plot.Select(s => s.Replace("tự tạo", "còn sót lại sau chiến tranh").Replace("đặt trước", "nằm dưới"))];
        Assert.Contains("war-legacy", Areas("Xử lý an toàn hai quả bom còn sót lại", wartime));
    }
    [Fact]
    public void Soldiers_remains_are_war_legacy_in_the_civil_press_too_but_martyrs_families_are_not()
    {
        // area-rules.json's contextWordsByArea (war legacy): "hài cốt", "quy tập" let the area's suggestive phrases count in an
        // article that names no army (a search for martyrs' graves at an airport told by the civil press).
        string[] graves =
        [
            "Đoàn khảo sát tìm mộ tập thể liệt sĩ trong khu vực sân bay.", "Nhiều nhân chứng cho biết nơi đây có hài cốt của hàng trăm liệt sĩ.",
            "Công tác quy tập sẽ được tiến hành ngay sau khi có kết luận.", "Người dân theo dõi sát sự việc.", "Ảnh: T.N.",
        ];
        Assert.Contains("war-legacy", Areas("Thêm bằng chứng về mộ tập thể ở sân bay", graves));
        // Martyrs written "liệt sỹ" (areas.json's "hài cốt liệt sĩ", "liệt sĩ": the phrase tries join i/y spellings): remains repatriated and buried.
        string[] burial =
        [
            "Sáng nay tỉnh tổ chức lễ truy điệu các liệt sỹ hy sinh tại Lào.", "Các hài cốt được quy tập trong mùa khô năm nay.",
            "Người dân đứng hai bên đường tiễn đưa.", "Ảnh: TTXVN.",
        ];
        Assert.Contains("war-legacy", Areas("Lễ an táng 12 hài cốt liệt sỹ hy sinh tại Lào", burial));
        // Martyrs' families and mothers (weight 0 in areas.json) are the policy for people with merit, not war legacy, though the
        // text names the search for remains once.
        string[] families =
        [
            "Phó Thủ tướng thăm và tặng quà các gia đình liệt sĩ.", "Ông thăm bà Dục, mẹ liệt sĩ, ở quận Lê Chân.",
            "Nhà nước tiếp tục chăm lo cho gia đình liệt sĩ và tìm hài cốt các liệt sĩ mất tích.", "Các gia đình liệt sĩ xúc động.",
            "Ảnh: VGP.",
        ];
        Assert.DoesNotContain("war-legacy", Areas("Lãnh đạo thăm và tặng quà gia đình chính sách", families));
    }

    [Fact]
    public void A_bombing_or_a_pipe_bomb_is_no_war_legacy()
    {
        // area-rules.json's sentenceMasksByArea (war legacy): "đánh bom", "bom ống" (a bomb squad, "lực lượng rà phá bom mìn",
        // finding a pipe bomb in a city after a series of bombings).
        string[] pipe =
        [
            "Lực lượng rà phá bom mìn của quân đội đã phát hiện một quả bom ống gần ga tàu điện ngầm.", "Đội rà phá bom mìn vô hiệu hóa quả bom ống.",
            "Vụ đánh bom tuần trước khiến hơn 20 người bị thương.", "Nhà chức trách đang điều tra.", "Ảnh: Bangkok Post.",
        ];
        Assert.DoesNotContain("war-legacy", Areas("Thái Lan phát hiện vật khả nghi ở thủ đô", pipe));
    }
}
