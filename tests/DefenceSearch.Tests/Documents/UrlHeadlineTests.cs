using DefenceSearch.Documents;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Documents;

/// <summary>UNC files without a title line: the headline comes back from the URL's slug, spelt as the text spells it.</summary>
public sealed class UrlHeadlineTests
{
    private const string Url = "https://dantri.com.vn/the-gioi/hai-quan-canada-nhan-tau-ngam-moi-20210101120000123.htm";

    [Fact]
    public void The_slug_loses_its_extension_and_article_number()
    {
        Assert.Equal(["hai", "quan", "canada", "nhan", "tau", "ngam", "moi"], UrlHeadline.SlugWords(Url));
        Assert.Empty(UrlHeadline.SlugWords("https://example.com/x.htm")); // too short to be a headline
        Assert.Empty(UrlHeadline.SlugWords("not a url"));
    }

    [Fact]
    public void A_title_line_is_recognised_and_a_caption_or_lead_sentence_is_not()
    {
        var slug = UrlHeadline.SlugWords(Url);
        Assert.True(UrlHeadline.IsHeadline(slug, "Hải quân Canada nhận tàu ngầm mới"));
        Assert.False(UrlHeadline.IsHeadline(slug, "Tàu ngầm mới neo tại cảng (Ảnh: minh họa)."));
    }

    [Fact]
    public void Diacritics_come_from_the_texts_own_words_and_pairs()
    {
        // "nam" is both "Nam" and "năm" in the text: the pair "Việt Nam" decides.
        var headline = UrlHeadline.Restore(["viet", "nam", "va", "canada", "ky", "thoa", "thuan"],
            ["Năm nay Bộ trưởng Việt Nam và Canada đã ký thỏa thuận.", "Thỏa thuận có hiệu lực ngay."]);
        Assert.Equal("Việt Nam và Canada ký thỏa thuận", headline);
    }

    [Fact]
    public void A_headline_the_text_cannot_spell_for_sure_is_not_guessed()
    {
        Assert.Null(UrlHeadline.Restore(["tau", "ngam", "moi", "ve", "cang"], ["Tàu ngầm mới."])); // "ve", "cang" never written
        Assert.Null(UrlHeadline.Restore(["ban", "tin", "sang"], ["Bản đồ mới.", "Bạn đọc tin vui.", "Sáng mai sang nhà."])); // "ban", "sang": two spellings each, no pair to decide
        Assert.Equal("Bản tin sáng", UrlHeadline.Restore(["ban", "tin", "sang"], ["Bản tin sáng nay.", "Bạn đọc tin sang năm."])); // the pairs decide
    }

    [Fact]
    public void A_unc_file_without_a_title_line_gets_the_urls_headline_and_keeps_its_first_line_in_the_body()
    {
        var text = $"# doc_id = news_world_900\n# url = {Url}\n# date = 20210101\nTàu ngầm mới neo tại cảng (Ảnh: minh họa).\nHải quân Canada nhận tàu ngầm mới trong tuần này.\n";
        var article = Seeds.Reader.Parse(text, "unc/news_world_900");
        Assert.Equal("Hải quân Canada nhận tàu ngầm mới", article.Title);
        Assert.Equal("Tàu ngầm mới neo tại cảng (Ảnh: minh họa).", article.Paragraphs[0]);

        var unknown = Seeds.Reader.Parse(text.Replace("trong tuần này", "").Replace("Hải quân", "Lực lượng"), "unc/news_world_901");
        Assert.Equal("", unknown.Title); // "hai quan" is nowhere in the text: no title, so no title words indexed
        Assert.Equal("Tàu ngầm mới neo tại cảng (Ảnh: minh họa).", unknown.Paragraphs[0]);
    }

    [Fact]
    public void An_untitled_article_shows_its_first_sentence_marked_as_such_and_the_placeholder_words_find_nothing()
    {
        // The first line is a photo caption; the lead's first sentence stands in for the headline (cut at a word), and is
        // marked so that nobody takes it for the article's headline.
        var text = $"# doc_id = news_world_902\n# url = {Url}\n# date = 20210101\nTàu ngầm mới neo tại cảng (Ảnh: minh họa).\n"
            + "Lực lượng Canada nhận tàu ngầm mới sau nhiều năm chờ đợi. Đây là con tàu thứ hai.\n";
        var captionOnly = $"# doc_id = news_world_903\n# url = {Url}\n# date = 20210101\nTàu ngầm mới neo tại cảng (Ảnh: minh họa).\n";
        using var corpus = new SmallCorpus();
        Directory.CreateDirectory(Path.Combine(corpus.CorpusPath, "unc"));
        File.WriteAllText(Path.Combine(corpus.CorpusPath, "unc", "news_world_902.txt"), text);
        File.WriteAllText(Path.Combine(corpus.CorpusPath, "unc", "news_world_903.txt"), captionOnly);
        Assert.Equal(2, corpus.IndexNow().Added);
        using var index = corpus.Open();

        var hits = index.Search(new DefenceSearch.Searching.SearchRequest { Query = "tàu ngầm" }).Hits;
        var lead = Assert.Single(hits, h => h.Id == "unc/news_world_902");
        Assert.Equal("Lực lượng Canada nhận tàu ngầm mới sau nhiều năm chờ đợi.", lead.Title);
        Assert.True(lead.TitleFromLead);
        Assert.Equal(lead.Title, index.Get(lead.Id)!.Title);
        Assert.True(index.Get(lead.Id)!.TitleFromLead);
        var none = Assert.Single(hits, h => h.Id == "unc/news_world_903");
        Assert.Equal(UrlHeadline.Untitled, none.Title); // a caption is no lead
        Assert.False(none.TitleFromLead);
        Assert.Equal(0, index.Search(new DefenceSearch.Searching.SearchRequest { Query = "tiêu đề" }).Total);
        Assert.Equal(0, index.Search(new DefenceSearch.Searching.SearchRequest { Query = "title:canada" }).Total); // the lead is not a title
    }

    [Theory]
    [InlineData("Dịch Covid-19 diễn biến phức tạp ở Ấn Độ (Ảnh: Getty).|Nhóm cố vấn do chính phủ Ấn Độ lập ra đã phát đi cảnh báo. Các nhà khoa học nói thêm.", "Nhóm cố vấn do chính phủ Ấn Độ lập ra đã phát đi cảnh báo.")]
    [InlineData("Chia sẻ với báo chí về sự việc, GS. Nguyễn Văn A cho biết bệnh nhân đã ổn định. Bệnh viện tiếp tục theo dõi.", "Chia sẻ với báo chí về sự việc, GS. Nguyễn Văn A cho biết bệnh nhân đã ổn định.")]
    [InlineData("Hiện trường vụ tai nạn.|Cuộc thanh lọc|Sáng 30/4, đoàn công tác của tỉnh đã đến kiểm tra hiện trường vụ tai nạn giao thông. Hai người bị thương.", "Sáng 30/4, đoàn công tác của tỉnh đã đến kiểm tra hiện trường vụ tai nạn giao thông.")]
    [InlineData("Trong lịch sử, các chiến binh cổ được coi là những kẻ vô cùng tàn bạo. Ảnh: Diadoch|Rút phần lớn binh sĩ, nhưng giữ lại khí tài|Sau khi thị sát một cuộc diễn tập quân sự, Bộ trưởng bất ngờ ra lệnh rút quân. Binh sĩ sẽ về căn cứ.", "Sau khi thị sát một cuộc diễn tập quân sự, Bộ trưởng bất ngờ ra lệnh rút quân.")]
    [InlineData("Ảnh minh họa|Theo TP.HCM, ngày 22.4 có 3 ca mắc mới. Tất cả đã được cách ly.", "Theo TP.HCM, ngày 22.4 có 3 ca mắc mới.")]
    [InlineData("Trong thời gian qua, đội tuyển Việt Nam đã nhận không ít tin dữ về tình hình lực lượng trước thềm vòng loại World Cup khi hai trụ cột lần lượt dính chấn thương nặng",
        "Trong thời gian qua, đội tuyển Việt Nam đã nhận không ít tin dữ về tình hình lực lượng trước thềm vòng loại…")]
    public void The_stand_in_headline_is_the_leads_first_sentence_cut_at_a_word(string paragraphs, string expected)
    {
        var shown = UrlHeadline.FromLead(paragraphs.Split('|'));
        Assert.Equal(expected, shown);
        Assert.True(shown!.Length <= UrlHeadline.MaxLeadChars + 1);
    }

    [Fact]
    public void The_best_effort_headline_for_the_areas_spells_what_the_text_writes_and_leaves_the_rest_folded()
    {
        // Restore gives up ("ve", "cang" never written); the areas still read the words the text spells.
        string[] slug = ["tau", "ngam", "moi", "ve", "cang"];
        Assert.Null(UrlHeadline.Restore(slug, ["Tàu ngầm mới."]));
        Assert.Equal("Tàu ngầm mới ve cang", UrlHeadline.BestEffort(slug, ["Tàu ngầm mới."]));
        Assert.Equal("", UrlHeadline.BestEffort([], ["Tàu ngầm mới."]));
    }
}
