using System.Text;
using DefenceSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DefenceSearch.Tests.Analysis;

public class VietnameseAnalyzerTests
{
    private static List<(string Term, int Increment)> Tokens(Analyzer analyzer, string text)
    {
        var result = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream("body", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var inc = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) result.Add((term.ToString(), inc.PositionIncrement));
        stream.End();
        return result;
    }

    [Fact]
    public void Each_syllable_is_indexed_exact_and_folded_at_one_position()
    {
        var tokens = Tokens(new VietnameseAnalyzer(), "Ngô Xuân Lịch");
        Assert.Equal([("ngô", 1), ("ngo", 0), ("xuân", 1), ("xuan", 0), ("lịch", 1), ("lich", 0)], tokens);
    }

    [Fact]
    public void Ascii_words_are_indexed_once() =>
        Assert.Equal([("belarus", 1), ("2018", 1)], Tokens(new VietnameseAnalyzer(), "Belarus 2018"));

    [Fact]
    public void Nfd_text_and_both_tone_placements_give_the_same_tokens()
    {
        var analyzer = new VietnameseAnalyzer();
        var expected = Tokens(analyzer, "hòa bình thủy quân khỏe");
        Assert.Equal(expected, Tokens(analyzer, "hoà bình thuỷ quân khoẻ"));
        Assert.Equal(expected, Tokens(analyzer, "hòa bình thủy quân khỏe".Normalize(NormalizationForm.FormD)));
        Assert.Equal(expected, Tokens(analyzer, "HOÀ BÌNH THUỶ QUÂN KHOẺ"));
    }

    [Fact]
    public void Hyphenated_transliterations_split_into_syllables() =>
        Assert.Equal(["bê", "be", "la", "rút", "rut"], Tokens(new VietnameseAnalyzer(), "Bê-la-rút").Select(t => t.Term));

    [Fact]
    public void Eth_look_alike_indexes_as_d_with_stroke() =>
        Assert.Equal(Tokens(new VietnameseAnalyzer(), "Đà Nẵng"), Tokens(new VietnameseAnalyzer(), "\u00D0à Nẵng"));

    [Fact]
    public void Bigram_field_holds_folded_neighbouring_syllables() =>
        Assert.Equal(["ngo xuan", "xuan lich"], Tokens(new VietnameseBigramAnalyzer(), "Ngô Xuân Lịch").Select(t => t.Term));

    [Fact]
    public void Bigrams_of_a_word_longer_than_any_folded_before_are_whole() =>
        Assert.Equal(["giai chaymarathonduong", "chaymarathonduong mon"],
            Tokens(new VietnameseBigramAnalyzer(), "Giải chạymarathonđường mòn").Select(t => t.Term));
}
