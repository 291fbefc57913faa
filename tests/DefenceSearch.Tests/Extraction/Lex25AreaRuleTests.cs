using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 24 (helper lex25): three everyday phrases mined by statistics from the older read sets' labels and kept after the
/// read-set and corpus checks: what a weapon can destroy ("khả năng tiêu diệt"), a sale offered ("sẵn sàng bán") and a
/// submarine's diesel-electric propulsion ("điện-diesel"), one made-up case each.
/// </summary>
public class Lex25AreaRuleTests
{
    [Fact]
    public void A_coastal_missile_system_told_by_what_it_can_destroy_is_military_technology()
    {
        // areas.json: "khả năng tiêu diệt" names what a weapon does; before, "thiết kế" and "thử nghiệm" alone were generic words.
        string[] body =
        [
            "Hạm đội Thái Bình Dương của Nga vừa phóng tên lửa từ tổ hợp phòng thủ bờ biển Bastion.",
            "Tổ hợp được thiết kế để bảo vệ bờ biển dài hàng nghìn km.",
            "Hải quân Nga đã thử nghiệm tổ hợp này nhiều lần trong năm nay.",
            "Tổ hợp Bastion có khả năng tiêu diệt tàu chiến đối phương ở cự ly 300 km.",
            "Cuộc phóng diễn ra ở vùng biển Nhật Bản.",
            "Các tàu của hạm đội cũng tham gia.",
        ];
        Assert.Contains("military-technology", Areas("Nga phóng tên lửa từ tổ hợp Bastion", body));
        Assert.DoesNotContain("military-technology", Areas("Nga phóng tên lửa từ tổ hợp Bastion",
            [.. body.Select(s => s.Replace("có khả năng tiêu diệt", "đã bắn vào"))]));
    }

    [Fact]
    public void A_title_offering_a_missile_system_for_sale_is_arms_trade()
    {
        // areas.json: "sẵn sàng bán" (weight 1: only in an article about defence) in the title, and a contract told in the body.
        string[] body =
        [
            "Nga cho biết hai bên đang thảo luận hợp đồng cung cấp hệ thống tên lửa phòng không S-400.",
            "Thổ Nhĩ Kỳ là thành viên NATO.",
            "Các nước phương Tây tỏ ra lo ngại.",
        ];
        Assert.Contains("arms-trade", Areas("Nga sẵn sàng bán hệ thống tên lửa S-400 cho Thổ Nhĩ Kỳ", body));
        Assert.DoesNotContain("arms-trade", Areas("Nga sẵn sàng giới thiệu hệ thống tên lửa S-400 với Thổ Nhĩ Kỳ", body));
    }

    [Fact]
    public void A_diesel_electric_submarine_is_naval()
    {
        // areas.json: "điện diesel" (also written "điện-diesel") names a submarine's propulsion beside "tàu ngầm".
        string[] body =
        [
            "Australia đã ký thỏa thuận đóng 12 tàu ngầm động cơ điện-diesel với một công ty của Pháp.",
            "Cựu thủ tướng nói rằng đất nước đã sai lầm khi không chọn loại chạy bằng năng lượng hạt nhân.",
            "Bộ trưởng Quốc phòng bác bỏ ý kiến này.",
        ];
        Assert.Contains("naval", Areas("Australia tranh cãi về tàu ngầm", body));
        Assert.DoesNotContain("naval", Areas("Australia tranh cãi về tàu ngầm",
            [.. body.Select(s => s.Replace(" động cơ điện-diesel", ""))]));
    }
}
