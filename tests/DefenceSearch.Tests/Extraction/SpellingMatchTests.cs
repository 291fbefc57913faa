using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using DefenceSearch.Text;
using static DefenceSearch.Tests.Support.ExtractionCases;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// The press writes one word with a final i or y ("sĩ quan" / "sỹ quan", "kỹ thuật" / "kĩ thuật": <c>Data/spellings.json</c>'s
/// sameWord, which search already joins): the gazetteers and area phrases, written one way, match the text written the other.
/// </summary>
public class SpellingMatchTests
{
    [Fact]
    public void An_area_phrase_matches_the_other_i_y_spelling_of_its_words()
    {
        // areas.json lists "đào tạo sĩ quan" and "trường sĩ quan" only; 58 articles of the 38k news write "sỹ quan".
        string[] body =
        [
            "Học viện đã đào tạo sĩ quan cho quân đội Lào trong nhiều năm.", "Mỗi năm trường sĩ quan nhận 200 học viên.",
            "Các học viên được đào tạo sĩ quan chỉ huy cấp phân đội.", "Lễ bế giảng diễn ra sáng nay.",
        ];
        Assert.Contains("training", Areas("Việt Nam giúp Lào đào tạo sĩ quan", body));
        Assert.Contains("training", Areas("Việt Nam giúp Lào đào tạo sỹ quan", [.. body.Select(s => s.Replace("sĩ quan", "sỹ quan"))]));
    }

    [Fact]
    public void A_phrase_trie_matches_either_spelling_once_they_are_joined()
    {
        // area-rules.json's defence words list "binh sĩ"; 93 articles of the 38k news write "binh sỹ" (helper history19 found a
        // report on poisoned soldiers in barracks that no area's rules read as about defence).
        TextTokens.JoinSpellings(ReferenceData.Default.Spellings.SameWord);
        var words = new PhraseTrie<bool>();
        words.Add("binh sĩ", true);
        Assert.Equal(2, words.MatchLongest(TextTokens.Tokenize(VietnameseText.Normalize("Hai binh sỹ bị thương.")), 1)?.Length);
        Assert.Equal(2, words.MatchLongest(TextTokens.Tokenize(VietnameseText.Normalize("Hai Binh Sĩ bị thương.")), 1)?.Length);
        Assert.Null(words.MatchLongest(TextTokens.Tokenize("Hai binh si bị thương."), 1));
        // A folded trie compares folded words: "si" and "sy" are different words there (spellings.json's distinct pairs).
        var folded = new PhraseTrie<bool>(folded: true);
        folded.Add("binh si", true);
        Assert.Null(folded.MatchLongest(TextTokens.Tokenize(VietnameseText.Normalize("Hai binh sỹ bị thương.")), 1));
    }
}
