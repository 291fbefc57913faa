using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Session 19: the article page says why an article carries each cooperation area, with the phrases of its text that made it,
/// so that a researcher who filtered by an area can check the tag; areas given by the article's metadata have none.
/// </summary>
public sealed class AreaPhrasesTests
{
    [Fact]
    public void Each_area_found_in_the_text_comes_with_phrases_that_stand_in_the_article()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("drill", "Việt Nam và Ấn Độ tập trận chung trên biển",
            "Hải quân hai nước tổ chức cuộc tập trận chung lần thứ ba. Cuộc tập trận chung gồm huấn luyện tìm kiếm cứu nạn và "
            + "huấn luyện chống cướp biển. Các thủy thủ được huấn luyện suốt ba ngày. Buổi tập trận chung kết thúc tại Cam Ranh.");
        corpus.Write("given", "Bài có lĩnh vực ghi sẵn", "Tàu chiến thăm cảng.", areas: "naval");
        corpus.IndexNow();
        using var index = corpus.Open();

        var drill = index.Get("drill")!;
        Assert.NotEmpty(drill.Areas);
        var text = string.Join(" ", [drill.Title, .. drill.Paragraphs]).ToLowerInvariant();
        foreach (var area in drill.Areas)
        {
            Assert.True(drill.AreaPhrases.TryGetValue(area.Key, out var phrases), $"no phrases for {area.Key}");
            var shown = phrases.Split(" | ");
            Assert.InRange(shown.Length, 1, 6);
            Assert.Contains(shown, p => text.Contains(p, StringComparison.Ordinal));
        }
        Assert.Contains("tập trận chung", drill.AreaPhrases["training"], StringComparison.Ordinal);

        // An area the article's metadata gives was not read from its text: no phrases are claimed for it.
        var given = index.Get("given")!;
        Assert.Equal(["naval"], given.Areas.Select(a => a.Key));
        Assert.Empty(given.AreaPhrases);
    }
}
