using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// Typed diacritics pick the reading outright, in every tier: a journalist who types "nga bán vũ khí" (Russia sells arms) has
/// ruled out "Nga bắn" (Russia fires). The articles that hold "bắn" and not "bán" are neither in the words-together tier nor in
/// the every-word or words-apart tiers, nor counted (total, facets, "new since"); typed without diacritics, the query still reads
/// every spelling, and a click on its other reading finds them.
/// </summary>
public sealed class TypedSpellingTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public TypedSpellingTests()
    {
        _corpus.Write("sells", "Nga bán vũ khí cho Ấn Độ", "Nga bán vũ khí cho Ấn Độ theo hợp đồng mới.", countries: "RU,IN");
        _corpus.Write("fires", "Nga bắn hạ máy bay không người lái", "Nga bắn hạ máy bay bằng vũ khí phòng không mới.", countries: "RU");
        // Every word of "nga bán vũ khí", "bán" in "bán đảo", apart from "Nga".
        _corpus.Write("apart", "Nga tập trận", "Hải quân Nga tập trận gần bán đảo, thử nghiệm vũ khí mới.", countries: "RU");
        // "bắn" apart from "Nga".
        _corpus.Write("fires-apart", "Nga tập trận bắn đạn thật", "Quân đội Nga tập trận, lính bắn đạn thật, thử vũ khí mới.", countries: "RU");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    private List<string> Ids(string query, bool apart = false) =>
        _index.Search(new SearchRequest { Query = query, Size = 50, Apart = apart }).Hits.Select(h => h.Id).Order().ToList();

    [Fact]
    public void Nga_ban_typed_with_diacritics_neither_shows_nor_counts_nga_ban_fires()
    {
        // Every word (four words: one list here, few articles hold them side by side): "bán" as typed, never "bắn".
        var r = _index.Search(new SearchRequest { Query = "nga bán vũ khí", Lang = "en" });
        Assert.Equal(["apart", "sells"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(2, r.Total);
        Assert.Equal(2, r.Facets["country"].Single(f => f.Key == "RU").Count);
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "nga bán vũ khí" }, 0));
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.MarkedAsEverySpelling);

        // The words together, then apart: the second tier holds the words apart in their typed spelling ("bán đảo"), not "bắn".
        var two = _index.Search(new SearchRequest { Query = "nga bán", Lang = "en" });
        Assert.Equal(("together", 1), (two.Tier, two.Total));
        Assert.Equal(["sells"], two.Hits.Select(h => h.Id));
        Assert.Equal(1, two.OtherTierTotal);
        Assert.Contains(two.Notices, n => n.Kind == QueryNoticeKind.WordsTogether && n.Detail == "1");
        Assert.Equal(["apart"], Ids("nga bán", apart: true));
        Assert.Equal(["apart"], _index.NewSince(new SearchRequest { Query = "nga bán", Apart = true }, 0, 10).Hits.Select(h => h.Id));
        Assert.Equal(1, _index.CountAddedSince(new SearchRequest { Query = "nga bán", Apart = true }, 0));
    }

    [Fact]
    public void The_other_spelling_finds_its_own_articles()
    {
        Assert.Equal(["fires", "fires-apart"], Ids("nga bắn vũ khí"));
        Assert.Equal(["fires"], Ids("nga bắn"));
        Assert.Equal(["fires-apart"], Ids("nga bắn", apart: true));
    }

    [Fact]
    public void Typed_without_diacritics_the_query_reads_every_spelling_and_each_reading_counts_what_its_click_shows()
    {
        var r = _index.Search(new SearchRequest { Query = "nga ban vu khi" });

        Assert.Equal(["apart", "fires", "fires-apart", "sells"], r.Hits.Select(h => h.Id).Order());
        Assert.NotEmpty(r.Readings);
        foreach (var reading in r.Readings)
        {
            var click = _index.Search(new SearchRequest { Query = reading.Query, Size = 50 });
            Assert.Equal(reading.Articles, click.Total);
            Assert.Equal(reading.Query.Contains("bắn", StringComparison.Ordinal), click.Hits.Any(h => h.Id == "fires"));
            Assert.Equal(reading.Query.Contains("bán", StringComparison.Ordinal), click.Hits.Any(h => h.Id == "sells"));
        }
        // The other reading's choice, typed: "Nga bắn …" is in its set.
        Assert.Contains("fires", Ids("Nga bắn vũ khí"));
    }

    [Fact]
    public void In_a_mixed_query_the_words_typed_with_marks_keep_their_spelling_when_the_plain_ones_are_read_in_every_spelling()
    {
        // "vu khi" is written nowhere without marks: read in every spelling ("vũ khí"), while "bắn" keeps its own.
        var r = _index.Search(new SearchRequest { Query = "nga bắn vu khi" });

        Assert.Equal(["fires", "fires-apart"], r.Hits.Select(h => h.Id).Order());
        Assert.Equal(["nga", "vu", "khi"], Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.PlainAsEverySpelling).Words);
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.MarkedAsEverySpelling);
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "nga bắn vu khi" }, 0));
    }

    [Theory]
    [InlineData("Nga bán vũ khí")]
    [InlineData("NGA BÁN VŨ KHÍ")]
    [InlineData("nga ba\u0301n vu\u0303 khi\u0301")]
    public void Case_and_decomposed_marks_are_the_same_spelling(string query)
    {
        Assert.Equal(["apart", "sells"], Ids(query));
    }

    [Fact]
    public void Tone_placement_and_the_other_d_are_the_same_spelling()
    {
        using var corpus = new SmallCorpus();
        corpus.Write("peace", "Giữ hoà bình ở Đà Nẵng", "Lực lượng giữ hoà bình tập huấn tại Đà Nẵng.");
        corpus.Write("fire", "Hỏa lực ở Đà Nẵng", "Hỏa lực bắn bình xăng tại Đà Nẵng.");
        corpus.IndexNow();
        using var index = corpus.Open();

        foreach (var query in new[] { "hòa bình Đà Nẵng", "hoà bình Đà Nẵng", "hòa bình \u00D0à Nẵng" })
            Assert.Equal(["peace"], index.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
