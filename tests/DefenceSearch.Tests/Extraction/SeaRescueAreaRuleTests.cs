using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 20 (helper sea21): rules of training, border cooperation, maritime security and search and rescue written from the
/// general causes of fresh15's errors (session 19's held-out set, read from session 20 on) and of a seeded read of the corpus.
/// One made-up case per rule, with its counter-case.
/// </summary>
public class SeaRescueAreaRuleTests
{
    [Fact]
    public void Drills_offered_to_be_scaled_down_are_no_training()
    {
        // pairsByArea training, weight 0: "giảm quy mô", "cắt giảm", "hạn chế", "hoãn" … before "tập trận": the drills as a bargaining
        // chip in a policy story (fresh15's 22549221) are news of the offer, as drills demanded stopped are.
        string[] offer =
        [
            "Hàn Quốc có thể tham vấn với Mỹ về việc giảm quy mô của những cuộc tập trận chung nếu Triều Tiên ngừng thử tên lửa.",
            "Cố vấn của Tổng thống phát biểu tại một hội thảo ở Washington.", "Ông nói Seoul có thể giảm quy mô các cuộc tập trận chung.",
            "Đây là một phần của giải pháp cho vấn đề hạt nhân.", "Việc phi hạt nhân hóa sẽ mất nhiều thời gian.",
        ];
        Assert.DoesNotContain("training", Areas("Hàn Quốc có thể tham vấn với Mỹ về việc giảm quy mô tập trận chung", offer));
        // The allies holding their joint drill stays training.
        string[] held =
        [
            "Hàn Quốc và Mỹ bắt đầu các cuộc tập trận chung thường niên với 20.000 binh sĩ.", "Cuộc tập trận kéo dài hai tuần.",
            "Binh sĩ hai nước tập trận chung để nâng cao khả năng phối hợp.", "Triều Tiên chỉ trích các cuộc tập trận.",
            "Quân đội Mỹ cho biết cuộc tập trận mang tính phòng thủ.",
        ];
        Assert.Contains("training", Areas("Hàn Quốc và Mỹ bắt đầu tập trận chung", held));
    }

    [Fact]
    public void The_border_guards_name_alone_is_no_border_cooperation()
    {
        // areas.json border-cooperation no longer holds "biên phòng": a border post officer arrested over illegal logging near the Lao
        // border (fresh15's 22744478) is the force at work at home, not two states cooperating.
        string[] arrest =
        [
            "Cơ quan điều tra hình sự quân đội đã khởi tố đại úy, nguyên Đồn phó Đồn Biên phòng cửa khẩu Nam Giang.",
            "Ông bị bắt vì liên quan đến vụ phá rừng pơ mu ở khu vực biên giới Việt - Lào.", "Hàng chục cây pơ mu quý hiếm bị chặt hạ.",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh đã đình chỉ công tác Đồn trưởng.", "Vụ án có 20 bị can.",
        ];
        Assert.DoesNotContain("border-cooperation", Areas("Vụ phá rừng pơ mu: Khởi tố nguyên Đồn phó Đồn Biên phòng", arrest));
        // Two countries' border guards patrolling together stay border cooperation.
        string[] patrol =
        [
            "Bộ đội Biên phòng Việt Nam và lực lượng bảo vệ biên giới Lào tổ chức tuần tra song phương.",
            "Hai bên biên giới trao đổi tình hình an ninh trật tự.", "Đoàn tuần tra đi dọc biên giới Việt - Lào.",
            "Hai lực lượng cam kết tiếp tục phối hợp.", "Quân đội hai nước có quan hệ gắn bó.",
        ];
        Assert.Contains("border-cooperation", Areas("Biên phòng Việt Nam và Lào tuần tra song phương", patrol));
    }

    [Fact]
    public void Forces_shadowing_or_approaching_warships_are_an_incident_at_sea()
    {
        // pairsByArea maritime-security: "bám sát", "áp sát", "chiếu laser" … before a warship (fresh12's 22660855: Taiwanese jets
        // shadowing the carrier Liêu Ninh through the Taiwan Strait).
        string[] strait =
        [
            "Các máy bay phản lực của Đài Loan đã theo dõi tàu sân bay Liêu Ninh khi tàu đi qua eo biển Đài Loan.",
            "Hải quân Trung Quốc cho biết nhóm tàu đang trên đường về căn cứ.", "Bộ Quốc phòng Đài Loan theo dõi sát tình hình.",
            "Tàu sân bay được hộ tống bởi các tàu khu trục.",
        ];
        Assert.Contains("maritime-security", Areas("Máy bay phản lực Đài Loan bám sát hành trình tàu sân bay Liêu Ninh", strait));
        // The verb before no warship is none ("áp sát biên giới"): troops at a land border are no incident at sea.
        Assert.DoesNotContain("maritime-security", Areas("Máy bay phản lực Đài Loan bám sát hành trình máy bay ném bom", strait));
    }

    [Fact]
    public void A_rescue_by_border_guards_is_search_and_rescue_without_defence_words()
    {
        // contextWordsByArea search-and-rescue: the border guards, the army's local commands and the militia let the area's
        // suggestive phrases count in a civil report of a rescue at sea.
        string[] rescue =
        [
            "Đồn Biên phòng Cồn Cỏ đã cứu sống 3 thuyền viên trên chiếc xà lan bị sóng đánh chìm.",
            "Nhận tin báo, đơn vị đã điều tàu ra hiện trường tìm kiếm.", "Lực lượng cứu nạn đưa các thuyền viên vào bờ an toàn.",
            "Sức khỏe của các thuyền viên đã ổn định.", "Xà lan chở cát từ Quảng Bình.",
        ];
        Assert.Contains("search-and-rescue", Areas("Sóng đánh chìm xà lan, 3 thuyền viên được cứu sống", rescue));
        // The same rescue by a company's tug, with no force named, stays untagged (civilian searches, session 16).
        string[] civil = [.. rescue.Select(s => s.Replace("Đồn Biên phòng Cồn Cỏ", "Công ty vận tải biển"))];
        Assert.DoesNotContain("search-and-rescue", Areas("Sóng đánh chìm xà lan, 3 thuyền viên được cứu sống", civil));
    }

    [Fact]
    public void The_pacific_partnership_told_with_its_relief_is_search_and_rescue()
    {
        // areas.json search-and-rescue "đối tác thái bình dương" (weight 2): the navies' humanitarian assistance and disaster relief
        // mission, whose port calls the labels call search and rescue (fresh4 22306521, fresh9 22329148, fresh13 22327792: missed).
        string[] call =
        [
            "Tàu USNS Fall River của Hải quân Mỹ đã rời Đà Nẵng, kết thúc chuyến làm việc theo chương trình Đối tác Thái Bình Dương.",
            "Trong thời gian ở Đà Nẵng, thủy thủ đoàn đã khám bệnh cho người dân và xây trường học.",
            "Hai bên trao đổi kinh nghiệm về hỗ trợ nhân đạo.", "Các sĩ quan cũng thảo luận về cứu trợ thảm họa.",
            "Tàu đã đến Đà Nẵng từ ngày 8/5.", "Thành phố tổ chức lễ tiễn tàu.", "Tàu sẽ tiếp tục tới Nhật Bản.",
            "Người dân ra cảng chào tạm biệt.", "Đây là lần thứ 8 Việt Nam tham gia.", "Lễ tiễn diễn ra trang trọng.",
        ];
        Assert.Contains("search-and-rescue", Areas("Tàu Hải quân Mỹ chia tay Đà Nẵng", call));
        // The same port call without the mission named has relief in 2 of 10 sentences: too little.
        string[] visit = [.. call.Select(s => s.Replace(", kết thúc chuyến làm việc theo chương trình Đối tác Thái Bình Dương", ""))];
        Assert.DoesNotContain("search-and-rescue", Areas("Tàu Hải quân Mỹ chia tay Đà Nẵng", visit));
    }

    [Fact]
    public void What_a_soldier_was_trained_for_is_no_training_programme()
    {
        // areas.json training "được đào tạo để", "được huấn luyện để" (weight 0): a guard of Kim Jong-un's villa who defected,
        // "được đào tạo để canh gác", was tagged training from "đào tạo" and "huấn luyện" in 4 of 7 sentences.
        string[] defector =
        [
            "Một binh sĩ Triều Tiên được đào tạo để canh gác biệt thự của nhà lãnh đạo đã đào tẩu khỏi Bình Nhưỡng.",
            "Người lính gác được huấn luyện để canh giữ biệt thự ở thành phố biên giới đã vượt sông.", "Anh ta đang ở Trung Quốc.",
            "Quân đội Triều Tiên chưa lên tiếng.", "Anh ta chờ ngày sang Hàn Quốc.",
        ];
        Assert.DoesNotContain("training", Areas("Lính gác biệt thự ông Kim Jong-un đào tẩu", defector));
        // A course that trains soldiers stays training.
        string[] course =
        [
            "Quân đội Mỹ mở khóa huấn luyện cho binh sĩ Iraq tại căn cứ Taji.", "Các binh sĩ được huấn luyện kỹ năng rà phá bom.",
            "Khóa đào tạo kéo dài sáu tuần.", "Quân đội Iraq đánh giá cao chương trình.", "Đây là khóa thứ ba trong năm.",
        ];
        Assert.Contains("training", Areas("Mỹ huấn luyện binh sĩ Iraq rà phá bom", course));
    }
}
