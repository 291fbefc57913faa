using DefenceSearch.Extraction;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// A reading's chip ("Các cách đọc: đảo chính (90)") shows its spelling in lower case unless the articles capitalise it as a
/// name where a capital tells ("Biển Đông"): a capital at a sentence's start, or a headline in capitals, says nothing. A long
/// reading is capitalised as a whole, not word by word from whichever occurrences were read: `gin giu hoa binh lien hop quoc
/// viet nam` offered "gìn giữ hòa Bình Liên Hợp Quốc Việt Nam" on the 38k news (session 23).
/// </summary>
public sealed class ReadingCasingTests
{
    // The casing of the run `words` wherever the texts hold it (lower case, as spelt).
    private static string Cased(string words, params string[] texts)
    {
        var spelt = words.Split(' ');
        var casing = new ReadingCasing();
        foreach (var text in texts)
        {
            var tokens = TextTokens.Tokenize(text);
            for (var i = 0; i + spelt.Length <= tokens.Count; i++)
            {
                if (Enumerable.Range(0, spelt.Length).All(k => tokens[i + k].Lower == spelt[k])) casing.Add(text, tokens, i, spelt.Length);
            }
        }
        return casing.Written(spelt, casing.Mask(spelt.Length));
    }

    [Fact]
    public void A_reading_capitalised_only_where_a_sentence_starts_is_shown_in_lower_case()
    {
        Assert.Equal("đảo chính", Cased("đảo chính",
            "Đảo chính ở Niger", "Đảo chính bất thành", "Đảo chính quân sự tại Myanmar",
            "Quân đội tiến hành đảo chính. Đảo chính khiến khu vực lo ngại.", "Ông nói: \"Đảo chính là vi hiến\"; cuộc đảo chính thất bại."));
    }

    [Fact]
    public void A_name_the_articles_capitalise_is_shown_capitalised_and_headlines_in_capitals_say_nothing()
    {
        Assert.Equal("Biển Đông", Cased("biển đông",
            "TÌNH HÌNH BIỂN ĐÔNG", "BIỂN ĐÔNG DẬY SÓNG", "Tàu tuần tra trên Biển Đông.", "An ninh Biển Đông được giữ vững; tình hình biển Đông ổn định.",
            "Các bên bàn về Biển Đông."));
        // A name only ever read at a sentence's start keeps its capitals ("Trung Quốc"), a phrase does not.
        Assert.Equal("Trung Quốc", Cased("trung quốc", "Trung Quốc phản đối.", "Trung Quốc tập trận."));
        Assert.Equal("quốc phòng", Cased("quốc phòng", "Quốc phòng toàn dân."));
        // A capitalised word keeps the articles' own capitals: "NATO", not "Nato".
        Assert.Equal("NATO tập trận", Cased("nato tập trận", "Liên minh NATO tập trận ở Ba Lan.", "Khi NATO tập trận, Nga phản ứng.", "Nato tập trận."));
    }

    [Fact]
    public void A_long_reading_is_capitalised_as_a_whole_not_word_by_word()
    {
        using var corpus = new SmallCorpus();
        // Peacekeeping, "gìn giữ hòa bình" twice an article; and the province Hòa Bình, named more often, in the articles read for "hoa binh".
        for (var i = 1; i <= 3; i++)
        {
            corpus.Write($"peace{i}", $"Sĩ quan thứ {i} lên đường",
                $"Việt Nam cử thêm sĩ quan gìn giữ hòa bình Liên Hợp Quốc sang châu Phi. Lực lượng gìn giữ hòa bình của nước ta hoàn thành nhiệm vụ thứ {i}.");
        }
        for (var i = 1; i <= 5; i++)
        {
            corpus.Write($"province{i}", $"Tin địa phương {i}",
                $"Lãnh đạo tỉnh Hòa Bình làm việc với huyện {i}; nông dân tỉnh Hòa Bình thu hoạch cam trong tháng {i}.");
        }
        corpus.Write("weather", "Thời tiết", "Trời nắng nóng kéo dài ở miền Bắc, mưa rào vài nơi vào buổi chiều tối.");
        corpus.Write("market", "Giá vàng", "Giá vàng trong nước tăng nhẹ theo giá thế giới, thị trường ngoại tệ ổn định.");
        corpus.Write("football", "Bóng đá", "Đội tuyển giành chiến thắng thuyết phục trên sân nhà trước đối thủ mạnh.");
        corpus.IndexNow();
        using var index = corpus.Open();

        var r = index.Search(new SearchRequest { Query = "gin giu hoa binh lien hop quoc" });

        var reading = Assert.Single(r.Readings, x => x.Query == "gìn giữ hòa bình liên hợp quốc");
        Assert.Equal("gìn giữ hòa bình Liên Hợp Quốc", reading.Text);
    }
}
