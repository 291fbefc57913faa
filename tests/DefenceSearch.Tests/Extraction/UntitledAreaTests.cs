using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Tests.Support;
using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// UNC files without a title line (their first line a photo caption) whose URL's headline the reader could not surely
/// restore: the cooperation areas read the slug's headline in the title's place (session 15), nothing else does.
/// </summary>
public sealed class UntitledAreaTests
{
    private const string Body =
        "Một con cá voi beluga gần bờ biển Na Uy (Ảnh: Reuters).\n" +
        "Quân đội Nga lên kế hoạch huấn luyện cá voi để bảo vệ các căn cứ hải quân.\n" +
        "Các nhà khoa học cho rằng hải cẩu hiệu quả hơn cá voi.\n" +
        "Cá voi có thể làm nhiệm vụ tại căn cứ hải quân nhưng dễ bị bệnh.\n" +
        "Mỹ cũng dùng động vật biển để dò mìn.\n";

    private static Article Untitled(string slug) =>
        Seeds.Reader.Parse($"# url = https://dantri.com.vn/the-gioi/{slug}-20210420121040483.htm\n# doc_id = x\n# date = 20210420\n" + Body, "x");

    // The same article had its URL no slug: the untitled article as the extraction read it before session 15.
    private static Article WithoutUrl(Article a) => new()
    {
        Id = a.Id, Title = a.Title, Paragraphs = a.Paragraphs, Source = a.Source, StatedDate = a.StatedDate, Format = a.Format,
    };

    [Fact]
    public void An_untitled_article_gets_the_area_its_url_headline_names()
    {
        // "canh cua" is never written in the text: the headline is not shown, but the areas read it.
        var article = Untitled("nga-huan-luyen-ca-voi-canh-cua-can-cu-hai-quan");
        Assert.Equal("", article.Title);
        Assert.Equal("Nga huấn luyện cá voi canh cua căn cứ hải quân", Extractor.AreaHeadline(article));
        Assert.Contains("naval", Extractor.Extract(article, currentYear: 2026).Areas);
        // Without the slug the same text is a caption and a body that names the base twice: no area.
        Assert.DoesNotContain("naval", Extractor.Extract(WithoutUrl(article), currentYear: 2026).Areas);
    }

    [Fact]
    public void A_slug_word_the_text_never_writes_is_spelt_by_a_whole_area_phrase()
    {
        // Neither "tàu" nor "chiến" stands in the text, but "tau chien" is the area phrase "tàu chiến"; "dieu" and "ram ro" stay folded, "ve" is
        // spelt as the text writes it ("bảo vệ").
        var article = Untitled("nga-dieu-tau-chien-ram-ro-ve-can-cu-hai-quan");
        Assert.Equal("Nga dieu tàu chiến ram ro vệ căn cứ hải quân", Extractor.AreaHeadline(article));
    }

    [Fact]
    public void The_url_headline_changes_no_indexed_word_country_or_date()
    {
        var tokens = new List<TextToken>();
        var article = Untitled("nga-huan-luyen-ca-voi-canh-cua-can-cu-hai-quan");
        var with = Extractor.Extract(article, tokens, out var words, 2026);
        var plain = Extractor.Extract(WithoutUrl(article), null, out var plainWords, 2026);
        Assert.NotNull(words);
        Assert.NotNull(plainWords);
        Assert.Equal(plainWords.Text, words.Text);
        Assert.Equal(0, words.TitleTokens);
        Assert.Equal(plainWords.Tokens.Select(t => t.Text), words.Tokens.Select(t => t.Text));
        Assert.DoesNotContain(words.Tokens, t => t.Lower is "canh" or "cua");
        Assert.Equal(plain.Countries, with.Countries);
        Assert.Equal(plain.Published, with.Published);
    }
}
