using System.Text;
using DefenceSearch.Documents;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Documents;

public class ArticleReaderTests
{
    [Fact]
    public void Markdown_front_matter_gives_title_date_url_and_explicit_facets()
    {
        const string text = "---\ntitle: \"Hợp tác quốc phòng Việt Nam - Lào\"\ndate: 2019-03-04\nurl: https://example.vn/a\nsource: Example\ncountries: [VN, LA]\nministers: [ngo-xuan-lich]\nareas: [training]\n---\n# Heading\n\nĐoạn **một** với [liên kết](https://example.vn).\n\nĐoạn hai.\n";
        var a = Seeds.Reader.Parse(text, "md/a", ".md");
        Assert.Equal(ArticleFormat.Markdown, a.Format);
        Assert.Equal("Hợp tác quốc phòng Việt Nam - Lào", a.Title);
        Assert.Equal(new DateOnly(2019, 3, 4), a.StatedDate);
        Assert.Equal("https://example.vn/a", a.Url);
        Assert.Equal(["VN", "LA"], a.ExplicitCountries);
        Assert.Equal(["training"], a.ExplicitAreas);
        Assert.Contains("Đoạn một với liên kết.", a.BodyText);
        Assert.NotNull(a.Markdown);
    }

    [Fact]
    public void Header_line_format_gives_date_url_and_title()
    {
        const string text = "# doc_id = news_world_001\n# url = https://dantri.com.vn/the-gioi/x.htm\n# date = 20201001\nTiêu đề bài\nCâu một.\nCâu hai.\n";
        var a = Seeds.Reader.Parse(text, "unc/news_world_001");
        Assert.Equal("Tiêu đề bài", a.Title);
        Assert.Equal(new DateOnly(2020, 10, 1), a.StatedDate);
        Assert.Equal("dantri.com.vn", a.Source);
        Assert.Equal(["Câu một.", "Câu hai."], a.Paragraphs);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x01 }, "binary")]
    [InlineData(new byte[] { 0x41, 0xC3, 0x28, 0x42 }, "UTF-8 (bad byte at offset 1)")]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41, 0x42, 0xE1, 0xBB }, "UTF-8 (bad byte at offset 5)")] // cut short after a BOM
    [InlineData(new byte[] { 0x54, 0x69, 0x6E, 0x01, 0x02, 0x7F, 0x0A, 0x03, 0xC2, 0x85, 0x04 }, "control characters")]
    public void Unreadable_bytes_are_refused_with_a_reason(byte[] bytes, string reasonPart)
    {
        var (text, problem) = ArticleReader.Decode(bytes);
        Assert.Null(text);
        Assert.Contains(reasonPart, problem);
    }

    [Fact]
    public void A_few_control_characters_in_a_long_page_do_not_make_it_binary()
    {
        var page = "Tiêu đề\n" + string.Concat(Enumerable.Repeat("Hợp tác quốc phòng. ", 50)) + "\u0001\u0085\tkết thúc\f\n";
        var (text, problem) = ArticleReader.Decode(Encoding.UTF8.GetBytes(page));
        Assert.Null(problem);
        Assert.EndsWith("kết thúc\f\n", text);
    }

    [Fact]
    public void Utf16_with_bom_nfd_and_crlf_are_read_as_nfc_lines()
    {
        var content = "Tiêu đề\r\nNội dung hòa bình.\r\n".Normalize(NormalizationForm.FormD);
        var bytes = new UnicodeEncoding(false, true).GetPreamble().Concat(Encoding.Unicode.GetBytes(content)).ToArray();
        var (text, problem) = ArticleReader.Decode(bytes);
        Assert.Null(problem);
        Assert.Equal("Tiêu đề\nNội dung hòa bình.\n", text);
    }
}
