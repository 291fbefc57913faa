using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 21 (helper talks22): rules of delegation exchange, war legacy and military culture written from the general causes of
/// fresh16's misses and session 20's blind audit, one made-up case each.
/// </summary>
public class Talks22AreaRuleTests
{
    [Fact]
    public void Meetings_on_a_summits_sidelines_are_no_delegation_exchange()
    {
        // area-rules.json's sidelinesByArea: an article that places its talks "bên lề" a summit in two body sentences (Trump and
        // Putin's meeting on the G20's sidelines) is about the summit's bilateral meetings, not a visit.
        string[] filler = [.. Enumerable.Range(1, 8).Select(n => $"Hai bên cũng bàn về hợp tác quốc phòng lần thứ {n}.")];
        string[] talks =
        [
            "Tổng thống Nga cho biết hai nhà lãnh đạo đã có cuộc hội đàm dài bên lề Hội nghị thượng đỉnh G20.",
            "Phát biểu sau cuộc gặp bên lề hội nghị, ngoại trưởng Mỹ nói hai nhà lãnh đạo trao đổi thẳng thắn.",
            "Trong cuộc hội đàm, hai nhà lãnh đạo nhất trí về lệnh ngừng bắn.",
            "Hai nhà lãnh đạo cũng thảo luận về Ukraine trong cuộc hội đàm.",
        ];
        Assert.DoesNotContain("delegation-exchange", Areas("Mỹ, Nga đạt thỏa thuận ngừng bắn", [.. talks, .. filler]));
        // The same talks without the sidelines are a summit of two leaders.
        Assert.Contains("delegation-exchange", Areas("Mỹ, Nga đạt thỏa thuận ngừng bắn",
            [.. talks.Select(s => s.Replace(" bên lề Hội nghị thượng đỉnh G20", " tại Moskva").Replace(" bên lề hội nghị", "")), .. filler]));
        // One sentence on contacts on the sidelines of conferences does not take a visit's report from the area.
        Assert.Contains("delegation-exchange", Areas("Mỹ, Nga đạt thỏa thuận ngừng bắn",
            [.. talks.Select(s => s.Replace(" bên lề Hội nghị thượng đỉnh G20", " tại Moskva").Replace(" bên lề hội nghị", "")),
             "Hai nước thường xuyên tiếp xúc bên lề các hội nghị lớn.", .. filler]));
        // A title that places the contacts there does.
        Assert.DoesNotContain("delegation-exchange", Areas("Chủ tịch nước tiếp xúc bên lề Diễn đàn Vành đai và Con đường",
            [.. talks.Select(s => s.Replace(" bên lề Hội nghị thượng đỉnh G20", " tại Bắc Kinh").Replace(" bên lề hội nghị", "")), .. filler]));
    }

    [Fact]
    public void A_wartime_bomb_found_and_destroyed_told_with_four_phrases_is_war_legacy()
    {
        // area-rules.json's broadEvidenceByArea (war legacy): an MK-82 bomb dug up, carted off for scrap and destroyed, told with
        // 4 different phrases in 3 of 15 sentences (20%, under the usual 25%), was missed (fresh16).
        string[] filler = [.. Enumerable.Range(1, 12).Select(n => $"Ban Chỉ huy Quân sự huyện nhắc nhở người dân về an toàn lần thứ {n}.")];
        string[] bomb =
        [
            "Ngày 11/5, lực lượng vũ trang huyện đã hủy nổ quả bom MK 82.",
            "Trước đó, người dân phát hiện bom khi đào đất trong vườn.",
            "Lực lượng công binh khuyến cáo người dân khi phát hiện bom, mìn còn sót lại phải trình báo chính quyền.",
        ];
        Assert.Contains("war-legacy", Areas("Mang bom đi bán đồng nát", [.. bomb, .. filler]));
        // Three different phrases in 3 of 15 sentences are not enough (a meeting that names dioxin among other ties).
        Assert.DoesNotContain("war-legacy", Areas("Mang bom đi bán đồng nát",
            ["Ngày 11/5, lực lượng vũ trang huyện đã hủy nổ quả bom MK 82.", "Trước đó, người dân phát hiện bom khi đào đất trong vườn.",
             "Người dân được dặn không tự ý di chuyển vật liệu nổ.", .. filler]));
    }

    [Fact]
    public void The_army_theatres_tour_is_military_culture()
    {
        // areas.json: the army's theatres ("Nhà hát kịch nói Quân đội", weight 2) and the stage's words ("lưu diễn", "vở diễn",
        // "đêm diễn"): the Army Drama Theatre's tour of Russia was missed (fresh16).
        string[] filler = [.. Enumerable.Range(1, 6).Select(n => $"Khán giả Nga đón nhận nhiệt liệt buổi thứ {n}.")];
        Assert.Contains("military-sports-culture", Areas("Vở kịch Việt Nam lần đầu được công diễn trên đất Nga",
            ["Nhà hát kịch nói Quân đội giới thiệu vở diễn tới công chúng trong chuyến lưu diễn theo lời mời của Bộ Quốc phòng Nga.",
             "Nhà hát kịch nói Quân đội đã có 4 đêm diễn tại Moskva.", "Cả 4 đêm diễn đều gây ấn tượng với các cựu chiến binh.", .. filler]));
        // area-rules.json's genericPhrasesByArea: the stage's words alone (a civilian theatre's play for a navy brigade's children)
        // are no military culture.
        Assert.DoesNotContain("military-sports-culture", Areas("Chăm lo hậu phương cho lữ đoàn hải quân",
            ["Các em được xem vở kịch do Nhà hát kịch Việt Nam thực hiện tại lữ đoàn hải quân.",
             "Chương trình có các tiết mục văn nghệ và một vở diễn cho thiếu nhi.", .. filler]));
    }
}
