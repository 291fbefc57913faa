using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 22 (helper navy24): rules of naval written from the causes of fresh17's errors (session 21's held-out set, read from
/// session 22 on). One made-up case per rule, with its counter-case.
/// </summary>
public class Session22NavalAreaRuleTests
{
    [Fact]
    public void A_carrier_as_the_target_of_a_drill_is_no_naval_subject()
    {
        // area-rules.json pairsByArea naval (weight 0): "đánh" right before a warship is striking it; an ellipsis glued to the
        // next lower-case word does not end the title's sentence, so the title's carrier is masked too.
        string[] drill =
        [
            "Không quân Triều Tiên tổ chức cuộc thi chiến đấu trên không với các biên đội MiG-15.",
            "Theo các tướng lĩnh, đây là màn tập dượt đánh tàu sân bay của đối phương.",
            "MiG-15 được trang bị hai pháo 23 mm và một pháo 37 mm.",
            "Máy bay này có tốc độ tối đa gần 1.000 km/h.",
        ];
        Assert.DoesNotContain("naval", Areas("Triều Tiên định dùng MiG-15 đánh…tàu sân bay", drill));
        // A carrier told as the navy's own subject stays naval.
        Assert.Contains("naval", Areas("Tàu sân bay Mỹ cập cảng Đà Nẵng",
            "Tàu sân bay USS Carl Vinson cùng tàu tuần dương đã cập cảng Tiên Sa.", "Hơn 5.000 thủy thủ trên tàu sẽ giao lưu với người dân.",
            "Đây là chuyến thăm đầu tiên của một tàu sân bay Mỹ kể từ năm 1975.", "Chuyến thăm kéo dài 5 ngày."));
    }

    [Fact]
    public void A_submarine_story_without_army_words_is_naval()
    {
        // area-rules.json contextWordsByArea naval: "tàu ngầm" lets naval's suggestive phrases count in a text that names no army.
        string[] inside =
        [
            "Tàu ngầm hạt nhân Typhoon dài 175 m, lượng giãn nước tương đương một tàu sân bay hạng nhẹ.",
            "Bên trong tàu ngầm có phòng tắm, bể bơi và phòng xông hơi cho thủy thủ.",
            "Các thủy thủ có cả một khu vực nhỏ để tập thể hình.",
            "Phòng sinh hoạt chung trên tàu ngầm còn có đất để trồng hoa.",
        ];
        Assert.Contains("naval", Areas("Kinh ngạc tiện nghi bên trong tàu ngầm lớn nhất thế giới", inside));
        // A submarine named once in a hotel's story is none.
        Assert.DoesNotContain("naval", Areas("Thăm khách sạn độc đáo nhất thế giới",
            "Khách sạn có một phòng được trang trí như tàu ngầm.", "Giá phòng khoảng 200 USD một đêm.",
            "Khách có thể đặt phòng qua mạng.", "Khách sạn nằm ở trung tâm thành phố."));
    }
}
