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

    [Fact]
    public void A_coast_guard_port_call_or_a_navy_named_as_an_institution_is_no_naval_subject()
    {
        // area-rules.json genericPhrasesByArea naval: "hải quân" too; genericInTitleAreas: naval's generic phrases make nothing
        // from the title either. A coast guard cutter's call titled "cập cảng", the navy only among the hosts:
        Assert.DoesNotContain("naval", Areas("Tàu lực lượng bảo vệ bờ biển Nhật Bản cập cảng Tiên Sa thăm Đà Nẵng",
            "Sáng 13/6, tàu Echigo của lực lượng bảo vệ bờ biển Nhật Bản cập cảng Tiên Sa.",
            "Sỹ quan và thủy thủ đoàn tàu cùng đại diện hải quân Việt Nam dự lễ đón.",
            "Đoàn sẽ chào xã giao lãnh đạo thành phố và giao hữu bóng chuyền.",
            "Đây là lần thứ tư tàu đến Đà Nẵng."));
        // A tanker's crew attacked by pirates, the navy only the informer:
        Assert.DoesNotContain("naval", Areas("Cướp biển tấn công tàu chở dầu ngoài khơi Malaysia",
            "Những kẻ tấn công mang theo súng đã khống chế thuyền trưởng cùng các thủy thủ quân đội.",
            "Rất may thủy thủ đoàn không ai bị thương.",
            "Hải quân Thái Lan đã thông báo vụ việc cho Trung tâm cứu hộ hàng hải Malaysia.",
            "Cơ quan chức năng đang điều tra."));
        // A navy's ship on a port call is named by a warship word and stays naval.
        Assert.Contains("naval", Areas("Tàu hải quân Ấn Độ cập cảng Tiên Sa",
            "Tàu hộ vệ của Hải quân Ấn Độ cập cảng Tiên Sa sáng nay.", "Các thủy thủ sẽ giao lưu với hải quân Việt Nam.",
            "Chuyến thăm kéo dài 4 ngày.", "Đây là lần thứ hai tàu đến Đà Nẵng."));
    }

    [Fact]
    public void Kinds_of_warship_named_in_everyday_words_are_naval()
    {
        // areas.json naval (weight 1): "tàu đổ bộ", "hàng không mẫu hạm", "khinh hạm", "tàu tuần dương", "soái hạm", "tàu quét
        // mìn", "tàu săn ngầm", "tàu hộ tống", "tàu tên lửa"; masked as a weapon's target as the other warships are.
        string[] restored =
        [
            "Tàu đổ bộ LST từng phục vụ trong Hải quân Mỹ đã được các kỹ sư Việt Nam khôi phục.",
            "Con tàu hiện là một phần của Hải quân Việt Nam.",
            "Tàu có thể chở hàng trăm binh sĩ và xe tăng.",
            "Việc khôi phục mất hai năm.",
        ];
        Assert.Contains("naval", Areas("Việt Nam khôi phục tàu đổ bộ của Mỹ", restored));
        // A missile made to strike landing ships is the missile's subject.
        Assert.DoesNotContain("naval", Areas("Tên lửa có thể tiêu diệt tàu đổ bộ đối phương",
            "Tên lửa mới có thể tiêu diệt tàu đổ bộ ở cự ly 30 km.", "Tên lửa nặng 300 kg.", "Nó được phóng từ xe tải.",
            "Quân đội sẽ nhận tên lửa trong năm nay."));
    }
}
