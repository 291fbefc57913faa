using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 20 (helper history21): wartime ordnance named as mines and shells or in the passive is war legacy; a past war told as a
/// dated story is military history though it names no war's name of the area (made-up cases).
/// </summary>
public class NarrativeAreaRuleTests
{
    [Fact]
    public void Mines_and_shells_found_and_told_in_the_passive_are_war_legacy()
    {
        // area-rules.json's war-legacy pairs: "phát hiện … mìn", "bom đạn được phát hiện", "thu gom bom đạn", "vũ khí còn sót lại sau
        // chiến tranh" (fresh15 22320886, 200 kg of shells and mines under a party office).
        string[] shells =
        [
            "Các bom đạn được phát hiện đã gỉ sét.", "Công nhân đào sâu xuống đất khoảng 3m thì bất ngờ phát hiện nhiều loại đạn, mìn.",
            "Ban Công binh thuộc Bộ Chỉ huy Quân sự tỉnh đã khảo sát và thu gom nhiều bom đạn.",
            "Có nhiều loại vũ khí còn sót lại sau chiến tranh như đạn cối, mìn Claymore.", "Tổng số hơn 200kg.",
        ];
        Assert.Contains("war-legacy", Areas("Phát hiện hơn 200kg đạn, mìn khi thi công trụ sở", shells));
        // A bomb found and moved away, told in the passive ("quả bom được phát hiện", "quả bom … đã được di dời").
        string[] moved =
        [
            "Quả bom nặng 300 kg được phát hiện tại một nhà dân.", "Lực lượng công binh thuộc Bộ Chỉ huy quân sự tỉnh đã có mặt.",
            "Quả bom sau đó đã được di dời ra bãi đất trống.", "Người dân đã yên tâm trở về nhà.",
        ];
        Assert.Contains("war-legacy", Areas("Quả bom nặng 300kg đã được di dời đến nơi an toàn", moved));
        // Grenades the police found in parcels are a crime, not a war's leftovers.
        string[] parcels =
        [
            "Cảnh sát cho biết đã phát hiện 8 quả lựu đạn trong bưu phẩm.", "Các nhân viên bưu cục đã phát hiện số lựu đạn khi kiểm tra.",
            "Người gửi số lựu đạn này là một hạ sỹ quan quân đội.", "Cuộc điều tra đang tiếp tục.",
        ];
        Assert.DoesNotContain("war-legacy", Areas("Phát hiện lượng lớn vũ khí trong bưu phẩm", parcels));
    }

    // A past battle told in dates and words of fighting, without a war's name of areas.json.
    private static readonly string[] Battle =
    [
        "Ngày 2.3.1969, lính biên phòng Liên Xô đi tuần trên đảo thì hứng chịu làn đạn của quân đội Trung Quốc.",
        "Vụ tấn công khiến hàng chục binh sĩ thiệt mạng.", "Hai tuần sau, giao tranh tiếp tục bùng phát trên đảo.",
        "Tháng 8/1969, quân đội hai nước lại đụng độ ở biên giới phía tây.", "Các nhà lãnh đạo cân nhắc một cuộc tấn công hạt nhân.",
        "Mỹ được hỏi ý kiến về phản ứng của mình.", "Cuộc chiến tưởng như sắp nổ ra.", "Đến năm 1970, căng thẳng mới dịu đi.",
        "Hai nước ký thỏa thuận về đường biên giới nhiều năm sau.", "Ảnh: Tư liệu.",
    ];

    [Fact]
    public void A_past_war_told_as_a_dated_story_is_military_history()
    {
        // area-rules.json's narrativeByArea: the title dates the story (1969), 3 body sentences name a year up to 1990 and 4 tell
        // fighting (baomoi/22669468, the 1969 Sino-Soviet border clash; USS Laffey off Okinawa, Saladin over the corpus).
        Assert.Contains("military-law-history", Areas("Liên Xô từng suýt dội hạt nhân Trung Quốc năm 1969?", Battle));
        // The lead sentence may date it instead of the title.
        Assert.Contains("military-law-history", Areas("Liên Xô từng suýt dội hạt nhân Trung Quốc", Battle));
        // The 1990s are history too ("Quân đội Nga hứng thảm họa kinh hoàng ở Chechnya năm 1994"); today's years are not.
        string[] nineties = [.. Battle.Select(s => s.Replace("1969", "1994").Replace("1970", "1995"))];
        Assert.Contains("military-law-history", Areas("Quân đội Nga từng hứng thảm họa năm 1994", nineties));
        string[] recent = [.. Battle.Select(s => s.Replace("1969", "2016").Replace("1970", "2017"))];
        Assert.DoesNotContain("military-law-history", Areas("Quân đội hai nước đụng độ năm 2016", recent));
    }

    [Fact]
    public void Todays_news_with_history_in_its_background_or_a_commemoration_is_no_narrative()
    {
        // Undated in the title and the lead: a report of today's clash whose background names past years is no history.
        string[] today = [.. Battle.Skip(1).Append("Giao tranh năm nay là nghiêm trọng nhất.")];
        Assert.DoesNotContain("military-law-history", Areas("Binh sĩ hai nước đụng độ ở biên giới", today));
        // A commemoration in the title (the area's sentence masks) is remembered, not told as history.
        Assert.DoesNotContain("military-law-history", Areas("Kỷ niệm trận chiến năm 1969 trên đảo", Battle));
        // Drills ("tập trận") are no fighting words.
        string[] drills = [.. Battle.Select(s => s.Replace("giao tranh", "tập trận").Replace("tấn công", "tập trận").Replace("Cuộc chiến", "Cuộc tập trận"))];
        Assert.DoesNotContain("military-law-history", Areas("Liên Xô từng tập trận năm 1969", drills));
    }
}
