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
    private static IReadOnlyList<string> Areas(string title, params string[] sentences)
    {
        var text = VietnameseText.Normalize(title + "\n" + string.Join(" ", sentences));
        return Extractor.FindAreas(text, TextTokens.Tokenize(text));
    }

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
}
