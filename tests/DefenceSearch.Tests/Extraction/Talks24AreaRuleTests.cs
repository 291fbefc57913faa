using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 23 (helper talks24): a head of government's speech at a security forum, a coup or a landing told as a dated story, a
/// war history with fewer words of fighting, and a navy taking delivery of a new warship (made-up cases).
/// </summary>
public class Talks24AreaRuleTests
{
    [Fact]
    public void A_prime_ministers_speech_at_a_forum_told_twice_is_dialogue()
    {
        // area-rules.json's speakerTitlesByArea "leaders": the title names a head of government, the body names the forum in 2 sentences
        // (fresh18 baomoi/22445191, Turnbull's Shangri-La keynote, 3 of 19 sentences).
        string[] speech =
        [
            "Thủ tướng Australia Malcolm Turnbull đã lên án những động thái của Trung Quốc thời gian qua.",
            "Phát biểu tại Đối thoại Shangri-La 2017 đang diễn ra ở Singapore, ông cảnh báo các nước sẽ tìm kiếm sự cân bằng.",
            "Ông nói cần tôn trọng chủ quyền của các nước khác.", "Ông kêu gọi duy trì nền pháp quyền trong khu vực.",
            "Trong bài phát biểu tại Đối thoại Shangri-La, ông Turnbull cũng kêu gọi Bắc Kinh giúp ngăn chặn Triều Tiên.",
            "Theo ông, sự trỗi dậy của Trung Quốc là chủ đề của các cuộc tranh luận.", "Canberra không phải lựa chọn giữa hai nước.",
            "Liên minh với Mỹ phản ánh lợi ích chung.", "Chính sách đối ngoại được xác định theo lợi ích đất nước.",
            "Quan chức quân sự các nước đã lắng nghe.",
        ];
        Assert.Contains("dialogue-consultation", Areas("Thủ tướng Australia cảnh báo Trung Quốc ở Biển Đông", speech));
        // A president's summit named once as a plan is no dialogue: he will attend it.
        string[] plan =
        [
            "Tổng thống Mỹ Donald Trump nhấn mạnh Washington muốn các thành viên NATO đóng góp ngang bằng nhau.",
            "Chỉ có 5 nước đáp ứng mục tiêu chi tiêu 2% GDP cho quốc phòng.",
            "Trong cuộc điện đàm, ông Trump cam kết sẽ tham gia hội nghị thượng đỉnh NATO tại Brussels vào tháng 5.",
            "Hai bên thảo luận về xung đột tại Ukraine.", "Nhà Trắng cho biết cuộc điện đàm diễn ra tốt đẹp.",
        ];
        Assert.DoesNotContain("dialogue-consultation", Areas("Tổng thống Trump tìm kiếm sự đóng góp công bằng trong NATO", plan));
    }

    // The US interventions in Haiti and Panama told through coups and landings (fresh18 baomoi/22374189), none of the area's war names.
    private static readonly string[] Coups =
    [
        "Năm 1915, chính phủ Mỹ cho rằng vấn đề ở Haiti chỉ có thể giải quyết bằng vũ lực.",
        "Nhà độc tài Sam đã bị lật đổ bởi lực lượng từng đứng sau 6 cuộc đảo chính trước đó.",
        "Pháp, Anh, Đức và Mỹ cùng gửi quân đội đến Haiti.", "Các lực lượng Mỹ đổ bộ đầu tiên và gặp sự kháng cự yếu ớt.",
        "Một chính trị gia thân Mỹ nắm quyền và tại vị đến năm 1922.", "Lực lượng Mỹ ở lại Haiti đến năm 1934.",
        "Năm 1989, nhà lãnh đạo Panama Noriega đã cầm quyền được 6 năm.", "Ông bị một tòa án Mỹ kết tội buôn lậu ma túy.",
        "Noriega tuyên bố hủy cuộc bầu cử.", "Dư luận gây áp lực với chính phủ Mỹ.",
        "Ngày 20/12 cùng năm, quân đội Mỹ đổ bộ vào nhiều điểm khác nhau.", "Sau biến cố này, Endara mới được tuyên thệ nhậm chức.",
    ];

    [Fact]
    public void Coups_and_landings_told_as_a_dated_story_are_military_history()
    {
        // narrativeByArea's words "đảo chính", "đổ bộ": 3 of 12 sentences tell the fighting, 5 name a year up to 1999.
        Assert.Contains("military-law-history", Areas("Những cuộc đảo chính do Mỹ chống lưng", Coups));
        // Today's years are no history; landing ships ("tàu đổ bộ") are no fighting.
        string[] recent = [.. Coups.Select(s => s.Replace("1915", "2015").Replace("1922", "2016").Replace("1934", "2017").Replace("1989", "2018"))];
        Assert.DoesNotContain("military-law-history", Areas("Những cuộc đảo chính do Mỹ chống lưng", recent));
        string[] ships = [.. Coups.Select(s => s.Replace("cuộc đảo chính", "tàu đổ bộ").Replace("đổ bộ đầu tiên", "tàu đổ bộ đến đầu tiên")
            .Replace("quân đội Mỹ đổ bộ", "tàu đổ bộ Mỹ đến"))];
        Assert.DoesNotContain("military-law-history", Areas("Những tàu đổ bộ của Mỹ", ships));
    }

    [Fact]
    public void A_long_dated_war_story_with_fighting_in_an_eighth_of_it_is_military_history()
    {
        // narrativeByArea's minWordShare 0.12 (0.15 before): fresh11 baomoi/22670534, a 16th-century fire ship, fighting in 12%.
        string[] story =
        [
            "Năm 1585, quân Tây Ban Nha vây hãm thành phố Antwerp.", "Thành phố nằm bên sông Scheldt.",
            "Người dân trong thành rất thiếu lương thực.", "Một kỹ sư người Ý đã đến giúp thành phố.",
            "Ông thiết kế những con tàu chứa đầy thuốc nổ.", "Mỗi con tàu chở khoảng 3 tấn thuốc súng.",
            "Con tàu được thả trôi xuống sông vào ban đêm.", "Vụ nổ khiến hàng trăm lính Tây Ban Nha thiệt mạng trong trận đánh.",
            "Cây cầu phao bị phá hủy một phần.", "Tuy nhiên người Tây Ban Nha nhanh chóng sửa chữa cây cầu.",
            "Thành phố thất thủ vào tháng 8 năm 1585.", "Con tàu được coi là tổ tiên của vũ khí hiện đại.",
            "Các nhà sử học gọi nó là vũ khí hạt nhân của thế kỷ 16.", "Nhiều bảo tàng lưu giữ mô hình của nó.",
            "Quân đội nhiều nước đã nghiên cứu thiết kế này.", "Đến năm 1588, người Anh dùng tàu lửa chống hạm đội Tây Ban Nha trong chiến sự.",
            "Hạm đội bị phân tán.", "Câu chuyện vẫn được kể lại đến nay.", "Kỹ sư người Ý qua đời ở Anh.",
            "Tên ông được đặt cho một con phố.", "Các nhà nghiên cứu vẫn tìm hiểu thêm.", "Nhiều tài liệu đã bị thất lạc.",
            "Đây là một trong những phát minh quân sự độc đáo nhất.", "Nó mở đầu một thời kỳ mới.",
        ];
        Assert.Contains("military-law-history", Areas("Tàu đánh bom tự sát năm 1585", story));
    }

    [Fact]
    public void A_navy_taking_delivery_of_a_new_warship_is_defence_industry()
    {
        // areas.json's "nhận bàn giao" (fresh10 baomoi/22717111: the navy "nhận bàn giao tàu ngầm" at the Daewoo shipyard).
        string[] delivery =
        [
            "Hải quân Hàn Quốc hôm 10/7 đã nhận bàn giao tàu ngầm Yu Gwan-sun.", "Con tàu giúp hải quân đối phó với tàu ngầm Triều Tiên.",
            "Buổi lễ được tổ chức tại nhà máy đóng tàu của Daewoo trên đảo Geoje.", "Tàu sẽ được đưa vào biên chế trong tháng 12.",
            "Thủy thủ đoàn gồm 40 người.", "Tàu dài 65 m, rộng 6 m.", "Tàu có thể hoạt động dưới nước 10 ngày.",
            "Tàu có 8 ống phóng ngư lôi.", "Hải quân cho biết tàu hiện đại nhất khu vực.", "Quân đội Hàn Quốc tăng cường sức mạnh.",
            "Dự án kéo dài nhiều năm.", "Các quan chức quân sự đã dự buổi lễ.",
        ];
        Assert.Contains("defence-industry", Areas("Hàn Quốc có tàu ngầm mới", delivery));
    }
    [Fact]
    public void A_wartime_mass_grave_found_is_war_legacy()
    {
        // areas.json's "mộ tập thể" (fresh18 unc/news_science_149: a WWII mass grave found in Poland, "hài cốt" in 4 sentences).
        string[] grave =
        [
            "Một cư dân lớn tuổi kể rằng quân đội Đức Quốc xã đã tới khu vực này khi ông còn nhỏ.",
            "Hài cốt của vài chục người được phát hiện trong một ngôi mộ tập thể.", "Các nhà sử học đã điều tra và xác nhận lời kể.",
            "Số lượng hài cốt đã tăng lên 29 bộ.", "Quần áo và giày được tìm thấy bên cạnh.", "Vụ hành quyết có thể diễn ra vào năm 1943.",
            "Các nhà khoa học sẽ xác định danh tính nạn nhân.", "Khu vực đã được bảo vệ.",
        ];
        Assert.Contains("war-legacy", Areas("Phát hiện mộ tập thể trong rừng", grave));
    }

    [Fact]
    public void A_leader_revisiting_a_place_with_a_defence_reception_is_a_delegation_exchange()
    {
        // areas.json's "thăm lại" (tune baomoi/22582102: Hun Sen's visit to Bình Phước, "chuyến thăm", "Đón tiếp" and "thăm lại").
        string[] visit =
        [
            "Sáng 21/6, Thủ tướng Campuchia Hun Sen đã có chuyến thăm tại huyện Lộc Ninh.",
            "Đón tiếp Thủ tướng có Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng.", "Ông cắt băng khánh thành nhà văn hóa xã.",
            "Thủ tướng Hun Sen thăm lại nơi ông từng đặt chân đến 40 năm trước.", "Ông đi bộ trên con đường mòn ngày xưa.",
            "Ông kể lại nhiều kỷ niệm.", "Ông nhiều lần cảm ơn nhân dân Việt Nam.", "Ông trồng cây đoàn kết.",
            "Người dân địa phương đến chào ông.", "Ông trò chuyện với các cựu chiến binh.", "Buổi gặp diễn ra thân mật.",
            "Ông rời Bình Phước vào buổi chiều.",
        ];
        Assert.Contains("delegation-exchange", Areas("Thủ tướng Campuchia trở lại Bình Phước", visit));
    }
}
