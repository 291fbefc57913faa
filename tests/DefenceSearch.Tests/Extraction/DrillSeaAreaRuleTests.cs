using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 19 (helper drill20): rules of training, search and rescue and maritime security written from the causes of the
/// misses of fresh14 (session 18's held-out set, read from session 19 on). One made-up case per rule, with its counter-case.
/// </summary>
public class DrillSeaAreaRuleTests
{
    [Fact]
    public void A_multinational_exercise_told_with_its_partners_in_the_body_is_training()
    {
        // area-rules.json's jointTitlesByArea training bodyPartners: a Russian warship joining the international exercise Aman
        // 2017 ("cuộc tập trận hải quân quốc tế") under a title that names no partner was missed: "tập trận" is no phrase.
        string[] aman =
        [
            "Tàu chiến Severomorsk sẽ tham gia cuộc tập trận quốc tế mang tên Aman 2017 ở biển Ả-Rập.",
            "Cuộc tập trận hải quân quốc tế sẽ được tiến hành vào giữa tháng 2.",
            "Trong cuộc tập trận, thủy thủ đoàn sẽ phối hợp với hải quân Pakistan và Trung Quốc.",
            "Hải quân của 71 quốc gia sẽ tham gia cuộc tập trận quốc tế này.",
            "Tàu từng tham gia chiến dịch ở Syria.", "Tàu vừa thăm cảng Salahah của Oman.",
        ];
        Assert.Contains("training", Areas("Chiến hạm của Nga tập trận xuyên biên giới", aman));
        // One country's drill told as densely, with no partner by the exercise, stays no training (entities-rules.md).
        string[] alone =
        [
            "Tàu chiến Severomorsk sẽ tham gia cuộc tập trận lớn ở biển Barents.", "Cuộc tập trận sẽ được tiến hành vào giữa tháng 2.",
            "Trong cuộc tập trận, thủy thủ đoàn sẽ bắn đạn thật.", "Hạm đội Phương Bắc có 40 tàu tham gia cuộc tập trận này.",
            "Tàu từng tham gia chiến dịch ở Syria.", "Cộng đồng quốc tế theo dõi sát sao.",
        ];
        Assert.DoesNotContain("training", Areas("Chiến hạm của Nga tập trận ở biển Barents", alone));
        // A joint drill named in 2 sentences of an article about one country's drills is not a substantial part of it.
        string[] mixed =
        [
            "Mỹ sẽ triển khai tên lửa Patriot tại Baltic để tập trận với NATO.", "Việc triển khai nằm trong cuộc tập trận đa quốc gia.",
            "Nga lên kế hoạch tập trận quy mô lớn ở Belarus.", "Nga sẽ huy động 100.000 binh sĩ cho cuộc tập trận.",
            "Năm 2013 có 10.000 binh sĩ tham gia các cuộc tập trận.", "Nga đã triển khai tên lửa Iskander ở Kaliningrad.",
            "Các nước láng giềng lo lắng về cuộc tập trận Zapad.", "Quân đội Nga nói các cuộc tập trận mang tính phòng thủ.",
            "Moskva phủ nhận đe dọa ai.",
        ];
        Assert.DoesNotContain("training", Areas("Nga rục rịch tập trận 100.000 quân, Mỹ điều tên lửa Patriot đến Baltic", mixed));
    }

    [Fact]
    public void Bodies_found_after_a_search_name_the_search_in_the_title()
    {
        // titleCuesByArea search-and-rescue: "Tìm thấy thi thể thủy thủ trong tàu chiến Mỹ bị đâm móp" over a body that tells
        // the missing sailors and the search team in 2 of 15 sentences was missed.
        string[] body =
        [
            "Hải quân Mỹ thông báo tìm thấy thi thể của các thủy thủ mất tích sau vụ va chạm.",
            "Đội tìm kiếm cứu nạn đã xác định được vị trí các thủy thủ mất tích trong khu vực ngập nước.",
            "Tàu khu trục USS Fitzgerald va chạm với tàu chở hàng.", "Mạn phải của tàu bị một vết lõm lớn.",
            "Các tàu kéo đã được điều đến hỗ trợ.", "Hạm trưởng đã được đưa tới bệnh viện.", "Tàu hàng tiếp tục chạy về Tokyo.",
            "Chiến hạm có độ choán nước 8.315 tấn.", "Tàu hàng có độ choán nước 29.060 tấn.",
        ];
        Assert.Contains("search-and-rescue", Areas("Tìm thấy thi thể thủy thủ trong tàu chiến Mỹ bị đâm móp", body));
        // The cue names the search only when the body tells one: bodies found with no search or missing told are not.
        string[] noSearch = [.. body.Select(s => s.Replace(" mất tích", "").Replace("Đội tìm kiếm cứu nạn", "Đội điều tra"))];
        Assert.DoesNotContain("search-and-rescue", Areas("Tìm thấy thi thể thủy thủ trong tàu chiến Mỹ bị đâm móp", noSearch));
    }

    [Fact]
    public void A_states_forces_shooting_or_seizing_fishermen_is_maritime_security()
    {
        // pairsByArea maritime-security: Saudi border guards shooting an Iranian fisherman in the Gulf, told by the civil press
        // without a defence word, had no evidence at all.
        string[] shot =
        [
            "Lực lượng biên phòng Saudi Arabia đã nổ súng vào một tàu đánh cá Iran ở vùng Vịnh, làm một ngư dân thiệt mạng.",
            "Hai tàu Iran đang đánh bắt cá thì bị sóng đánh chệch khỏi đường đi.", "Iran đang xác minh vị trí của tàu.",
            "Saudi Arabia chưa bình luận.", "Căng thẳng giữa hai nước đang tăng.",
        ];
        Assert.Contains("maritime-security", Areas("Lực lượng biên phòng Saudi Arabia bắn chết ngư dân Iran", shot));
        // Seized boats, the passive way round ("tàu cá bị Indonesia bắt giữ").
        Assert.Contains("maritime-security", Areas("5 tàu cá bị Indonesia bắt giữ trong vùng biển Việt Nam",
            "Tàu kiểm ngư Indonesia đã bắt giữ 5 tàu cá Việt Nam.", "Phần lớn ngư dân đã được thả.", "Một tàu cá bị chìm.",
            "Việt Nam yêu cầu Indonesia thả các ngư dân còn lại.", "Bộ Ngoại giao đã lên tiếng."));
        // Fishermen who catch fish are no incident ("bắt" alone is no verb of the pair).
        Assert.DoesNotContain("maritime-security", Areas("Ngư dân Bình Định bắt được cá ngừ khủng",
            "Ngư dân bắt được con cá ngừ nặng 200 kg.", "Tàu cá cập cảng sáng nay.", "Nhiều người đến xem.", "Cá được bán giá cao.",
            "Ngư dân phấn khởi."));
    }

    [Fact]
    public void A_joint_drill_the_title_tells_as_a_warning_is_no_training()
    {
        // jointTitlesByArea training except: "Hàn Quốc - Mỹ tập trận quy mô lớn cảnh cáo Triều Tiên" (fresh13) and "Mỹ - Hàn tập
        // trận, Triều Tiên dọa phát động chiến tranh hạt nhân" (fresh14), live fire answering a launch, were training by their
        // joint titles; the labels call a show of force no training.
        string[] fire =
        [
            "Mỹ và Hàn Quốc tiến hành các cuộc tập trận bắn đạn thật trong tuần này.", "Cuộc tập trận nhằm phá hủy bệ phóng giả định.",
            "Máy bay B-1B tham gia cuộc tập trận.", "Bình Nhưỡng gọi cuộc tập trận là hành vi khiêu khích.",
            "Triều Tiên vừa phóng thử tên lửa đạn đạo.", "Washington vận động siết chặt trừng phạt.",
        ];
        Assert.DoesNotContain("training", Areas("Mỹ - Hàn tập trận, Triều Tiên dọa phát động chiến tranh hạt nhân", fire));
        Assert.DoesNotContain("training", Areas("Hàn Quốc - Mỹ tập trận quy mô lớn cảnh cáo Triều Tiên", fire));
        // The same joint title without the warning is the allies' joint drill, training.
        Assert.Contains("training", Areas("Mỹ - Hàn tập trận bắn đạn thật quy mô lớn", fire));
    }

    [Fact]
    public void A_sovereignty_claim_and_the_east_sea_as_an_issue_are_maritime_security()
    {
        // areas.json maritime-security, mined from the labels: "tuyên bố chủ quyền", "vấn đề Biển Đông" (weight 1, in defence
        // news or beside a dispute): China and the Philippines' talks on the East Sea had only the sea's name, which is generic.
        string[] talks =
        [
            "Trung Quốc và Philippines sẽ đàm phán về vấn đề Biển Đông trong tuần này.", "Hai bên lần đầu gặp nhau theo cơ chế song phương.",
            "Trung Quốc tuyên bố chủ quyền gần như toàn bộ Biển Đông.", "Quân đội hai nước không tham gia.", "Cuộc gặp diễn ra ở Quý Dương.",
        ];
        Assert.Contains("maritime-security", Areas("Tuần này, Trung Quốc đàm phán Biển Đông với Philippines", talks));
        // A football club's claim is none: the phrases count only in defence news or beside a dispute.
        Assert.DoesNotContain("maritime-security", Areas("Câu lạc bộ tuyên bố chủ quyền với ngôi sao trẻ",
            "Câu lạc bộ tuyên bố chủ quyền với cầu thủ 18 tuổi.", "Cầu thủ đã ký hợp đồng.", "Đội bóng đứng đầu bảng.", "Mùa giải sắp bắt đầu.",
            "Người hâm mộ vui mừng."));
    }
}
