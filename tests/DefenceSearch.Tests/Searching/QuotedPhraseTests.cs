using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// A quoted phrase typed with diacritics is what the user asked for: it counts the articles that spell it so (tone placement
/// aside), not those where its syllables stand side by side in another spelling ("lãnh đạo Chính phủ" for "đảo chính").
/// Typed without diacritics it still matches every spelling; typed with marks no article has, it is read in every spelling
/// and the notice says so.
/// </summary>
public sealed class QuotedPhraseTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly ArticleIndex _index;

    public QuotedPhraseTests()
    {
        _corpus.Write("coup1", "Đảo chính bất thành", "Quân đội dập tắt cuộc đảo chính bất thành ở thủ đô.");
        _corpus.Write("coup2", "Xét xử vụ đảo chính", "Tòa án xét xử những người tham gia đảo chính năm ngoái.");
        _corpus.Write("leaders", "Họp báo Chính phủ", "Lãnh đạo Chính phủ trả lời chất vấn của đại biểu.");
        _corpus.Write("comma", "Lãnh đạo quận gặp dân", "Thay mặt lãnh đạo, chính quyền quận xin lỗi người dân.");
        _corpus.Write("peace", "Tiến trình hoà bình", "Hai bên ký hiệp định hoà bình sau nhiều năm xung đột.");
        _corpus.IndexNow();
        _index = _corpus.Open();
    }

    [Fact]
    public void A_quoted_phrase_typed_with_diacritics_counts_only_the_articles_that_spell_it_so()
    {
        var r = _index.Search(new SearchRequest { Query = "\"đảo chính\"" });

        Assert.Equal(["coup1", "coup2"], r.Hits.Select(h => h.Id).Order().ToList());
        Assert.Equal(2, r.Total);
        Assert.Equal(2, r.Facets["year"].Sum(v => v.Count));
        Assert.DoesNotContain(r.Notices, n => n.Kind == QueryNoticeKind.PhraseAsEverySpelling);
        // The count a bookmark's "new since" and an export describe is the same set.
        Assert.Equal(2, _index.CountAddedSince(new SearchRequest { Query = "\"đảo chính\"" }, 0));
    }

    [Fact]
    public void A_quoted_phrase_typed_without_diacritics_still_matches_every_spelling()
    {
        var r = _index.Search(new SearchRequest { Query = "\"dao chinh\"" });

        Assert.Equal(["comma", "coup1", "coup2", "leaders"], r.Hits.Select(h => h.Id).Order().ToList());
    }

    [Fact]
    public void Tone_placement_does_not_count_in_a_quoted_phrase()
    {
        Assert.Equal(["peace"], _index.Search(new SearchRequest { Query = "\"hòa bình\"" }).Hits.Select(h => h.Id).ToList());
        Assert.Equal(["peace"], _index.Search(new SearchRequest { Query = "\"hoà bình\"" }).Hits.Select(h => h.Id).ToList());
    }

    [Fact]
    public void A_quoted_phrase_no_article_spells_as_typed_is_read_in_every_spelling_and_says_so()
    {
        var r = _index.Search(new SearchRequest { Query = "\"đảo chinh\"" });

        Assert.Contains("coup1", r.Hits.Select(h => h.Id));
        var notice = Assert.Single(r.Notices, n => n.Kind == QueryNoticeKind.PhraseAsEverySpelling);
        Assert.Equal(["đảo chinh"], notice.Words);
        Assert.Equal(r.Total, _index.CountAddedSince(new SearchRequest { Query = "\"đảo chinh\"" }, 0));
    }

    public void Dispose()
    {
        _index.Dispose();
        _corpus.Dispose();
    }
}
