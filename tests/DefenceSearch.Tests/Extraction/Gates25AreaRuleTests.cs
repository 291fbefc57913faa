using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 24 (helper gates25): the rules taken from reading fresh19's area errors (read from session 24 on) and from the gate
/// audit of every read set's area errors. One made-up case per rule, with its counter-case.
/// </summary>
public class Gates25AreaRuleTests
{
    [Fact]
    public void The_military_technical_academy_shortened_is_a_name()
    {
        // areas.json military-technology, weight 0 "hv kỹ thuật quân sự": a student car race won by "Đội HV Kỹ thuật Quân sự" was
        // military technology through the academy's shortened name in the title (the full name was masked already).
        string[] body =
        [
            "Tối qua, 8 đội đua lọt vào chung kết cuộc đua xe tự hành của sinh viên.", "Các đội được trang bị xe ô tô mô hình.",
            "Phần mềm được viết trên điện thoại để cấu hình xe qua mạng wifi.", "Xe chạy tự động hoàn toàn và tránh vật cản.",
            "Đội của Học viện Kỹ thuật Quân sự giành giải thưởng 450 triệu đồng.", "Tự vận hành là một trong 9 công nghệ trụ cột.",
        ];
        Assert.DoesNotContain("military-technology", Areas("Đua xe không người lái: Đội HV Kỹ thuật Quân sự giành quán quân", body));
        // A title that names military technology itself still names the area.
        Assert.Contains("military-technology", Areas("Đua xe không người lái: bước tiến kỹ thuật quân sự của Việt Nam", body));
    }

    [Fact]
    public void An_air_show_told_by_its_flying_displays_is_an_exhibition()
    {
        // areas.json defence-exhibitions "nhào lộn", "trình diễn bay" (fresh19 baomoi/22505877, the Tver air show; fresh8
        // baomoi/22591631, the F-35 at the Paris air show): the show named once or twice in the body was one phrase.
        string[] body =
        [
            "Các máy bay quân sự Nga đã có màn trình diễn ngoạn mục trên bầu trời vùng Tver.",
            "Triển lãm hàng không ngày 10.6 gây ấn tượng với những màn trình diễn nhào lộn của các máy bay quân sự.",
            "Ngoài màn trình diễn bay đội hình, khán giả còn xem các trực thăng chiến đấu mới nhất.",
            "Triển lãm hàng không ở vùng Tver thu hút hơn 15.000 khách.", "Nhiều người chia sẻ hình ảnh trên mạng xã hội.",
        ];
        Assert.Contains("defence-exhibitions", Areas("Màn trình diễn ngoạn mục của máy bay Nga", body));
        // An aerobatic team named at a contest is no show (fresh17's Aviadarts: "đội bay nhào lộn", "đội hình bay biểu diễn").
        string[] contest =
        [
            "Các tổ bay của Không quân Nga tham gia cuộc thi Aviadarts ở vùng Voronezh.", "Tư lệnh Không quân Nga có mặt tại cuộc thi.",
            "Chiến đấu cơ Su-30SM của đội bay nhào lộn Russkiye Vityazi.", "Các phi cơ phải tiêu diệt mục tiêu trên mặt đất.",
            "Tiêm kích MiG-29 trong đội hình bay biểu diễn Strizhi.", "Chiếc Su-30SM của đội bay trình diễn Russkiye Vityazi.",
            "Sự kiện diễn ra với sự tham gia của 60 tổ bay.",
        ];
        Assert.DoesNotContain("defence-exhibitions", Areas("Chùm ảnh không quân Nga trình diễn kỹ năng hủy diệt mục tiêu", contest));
    }

    [Fact]
    public void A_leader_speaking_at_a_summit_named_once_is_dialogue()
    {
        // area-rules.json speakerTitlesByArea "leaderAt": a president's title over a body that names the NATO summit once, as where he
        // spoke ("khi ông đang tham gia hội nghị thượng đỉnh NATO"), was one phrase (fresh19 baomoi/22375964, fresh5 baomoi/22374314).
        string[] speech =
        [
            "Tổng thống Mỹ Donald Trump đã liệt kê chủ nghĩa khủng bố và di cư là những nguy cơ chính đối với NATO.",
            "Phát biểu trên được phát sóng khi ông đang tham gia hội nghị thượng đỉnh NATO tại Brussels vào ngày 25/5.",
            "Ông Trump cáo buộc các đồng minh không dành đủ kinh phí cho quốc phòng.", "Ông cảnh báo sẽ có thêm các vụ tấn công.",
            "Một số nước thành viên vẫn còn nợ liên minh một khoản tiền lớn.",
        ];
        Assert.Contains("dialogue-consultation", Areas("Tổng thống Trump nói Nga là mối đe dọa chính của NATO", speech));
        // The same summit named once as a plan ("sẽ tham gia") stays no dialogue.
        string[] plan = [.. speech.Select(s => s.Replace("được phát sóng khi ông đang tham gia", "được đưa ra trước khi ông sẽ tham gia"))];
        Assert.DoesNotContain("dialogue-consultation", Areas("Tổng thống Trump nói Nga là mối đe dọa chính của NATO", plan));
    }
}
