using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Documents;

/// <summary>The seeds are raw scraped pages: the article must come out without the page around it.</summary>
public class RawPageCleanerTests
{
    [Fact]
    public void Sputnik_page_loses_captions_related_stories_and_widgets()
    {
        var a = Seeds.Read("000");
        Assert.Equal("Việt Nam và Belarus tăng cường hợp tác quốc phòng", a.Title);
        var body = a.BodyText;
        Assert.Contains("Sáng 15/11, tại Trụ sở Bộ Quốc phòng", body);
        Assert.Contains("Trước đó, nhận lời mời của Đại tướng", body);
        foreach (var chrome in new[] { "Vượt cả Trung Quốc", "Tổng thống Belarus đề nghị", "Sputnik", "Заголовок", "Đăng ký", "Phòng chat", "loader", "Tin thời sự", "©" })
            Assert.DoesNotContain(chrome, body);
    }

    [Fact]
    public void Dateline_and_breadcrumbs_above_the_title_are_not_the_title()
    {
        var a = Seeds.Read("001");
        Assert.Equal("Việt - Nga: Thúc đẩy hợp tác kỹ thuật quân sự", a.Title);
        Assert.StartsWith("Theo Cổng TTĐT Bộ Quốc phòng", a.Paragraphs[0]);
        Assert.Contains(a.HeadDateLines, l => l.Contains("23/1/2018"));
        Assert.DoesNotContain("Thư viện ảnh", a.BodyText);
        Assert.DoesNotContain("Thời sự - Chính trị", a.BodyText);
        Assert.Equal("chinhphu.vn", a.Source);
    }

    [Fact]
    public void Related_story_lists_slugs_and_agency_prefix_are_removed()
    {
        var a = Seeds.Read("002");
        Assert.Equal("Bộ trưởng Quốc phòng Nga, Mỹ sẽ thăm chính thức Việt Nam trong tháng 1/2018", a.Title);
        Assert.StartsWith("Vào thứ 3 (23/1)", a.Paragraphs[0]);
        Assert.Equal("Thời Đại", a.Source);
        foreach (var chrome in new[] { "Tô Lâm", "Trump", "bo truong quoc phong nga my", "Trường Sa", "Phiên bản di động", "Tin bài liên quan", "(Ảnh: Sputnik)" })
            Assert.DoesNotContain(chrome, a.BodyText);
        Assert.Contains("an ninh hàng hải", a.BodyText);
    }

    [Fact]
    public void Repeated_headline_in_photo_captions_is_dropped_but_the_caption_kept()
    {
        var a = Seeds.Read("003");
        Assert.Equal("Bộ trưởng Quốc phòng Việt Nam - Canada hội đàm tại Hà Nội", a.Title);
        Assert.StartsWith("Chiều nay (5/6), tại Hà Nội", a.Paragraphs[0]);
        Assert.Contains(a.Paragraphs, p => p.StartsWith("Hai bộ trưởng duyệt Đội danh dự", StringComparison.Ordinal));
        Assert.DoesNotContain(a.Paragraphs, p => p.StartsWith(a.Title, StringComparison.Ordinal));
        Assert.DoesNotContain("gương mặt trẻ", a.BodyText);
        Assert.DoesNotContain("MỚI - NÓNG", a.BodyText);
    }

    [Fact]
    public void A_page_without_headline_is_named_by_its_first_sentence()
    {
        var a = Seeds.Read("004");
        Assert.StartsWith("Tại hội đàm, Đại tướng Nguyễn Tân Cương khẳng định", a.Title);
        Assert.True(a.Title.Length <= 161, a.Title);
        Assert.StartsWith("Tại hội đàm, Đại tướng Nguyễn Tân Cương", a.Paragraphs[0]);
        Assert.DoesNotContain("Bình luận", a.BodyText);
    }

    [Fact]
    public void A_long_paragraph_that_opens_with_a_photo_credit_is_kept()
    {
        var body = "Ảnh: Reuters Đó là thông báo của phát ngôn viên Bộ Quốc phòng Ukraine. " + string.Concat(Enumerable.Repeat("Hệ thống phòng không sẽ khai hỏa tại tỉnh Kherson trong tháng tới. ", 4));
        var a = Seeds.Reader.Parse("Ukraine bắn thử tên lửa\nẢnh: Reuters\n" + body + "\n", "x");
        Assert.Equal([body.Trim()], a.Paragraphs);
    }
}
