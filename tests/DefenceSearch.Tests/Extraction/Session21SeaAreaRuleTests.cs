using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Session 21 (helper navy22): rules of maritime security written from the causes of the misses of fresh16 (session 20's
/// held-out set, read from session 21 on). One made-up case per rule, with its counter-case.
/// </summary>
public class Session21SeaAreaRuleTests
{
    [Fact]
    public void An_unsafe_encounter_between_forces_at_sea_is_maritime_security()
    {
        // areas.json maritime-security: "tàu tấn công nhanh", "hành động nguy hiểm" (weight 1, in defence news): fast boats cutting
        // across a coast guard's cutters were told with the coast guard's name alone, one phrase.
        string[] encounter =
        [
            "Hải quân Mỹ cho biết 3 tàu tấn công nhanh của Iran đã chạy sát 2 tàu của lực lượng bảo vệ bờ biển Mỹ.",
            "Các tàu Iran chạy cắt ngang phía trước tàu Mỹ ở cự ly chưa đến 70 mét.",
            "Phía Mỹ gọi đây là hành động nguy hiểm.",
            "Sự việc xảy ra khi hai nước đang đàm phán gián tiếp về thỏa thuận hạt nhân.",
        ];
        Assert.Contains("maritime-security", Areas("Tàu Iran quây tàu Mỹ ở vùng Vịnh", encounter));
        // A film's stunts are none: the phrases count only in defence news.
        Assert.DoesNotContain("maritime-security", Areas("Nữ diễn viên tự đóng cảnh mạo hiểm",
            "Cô thực hiện nhiều hành động nguy hiểm trên một chiếc tàu tấn công nhanh.", "Bộ phim quay ở Thái Lan.",
            "Cô từng bị thương khi tập luyện.", "Phim ra rạp vào tháng sau."));
    }
}
