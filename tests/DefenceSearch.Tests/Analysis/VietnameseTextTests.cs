using System.Text;
using DefenceSearch.Text;

namespace DefenceSearch.Tests.Analysis;

public class VietnameseTextTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hòa", "hòa")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("Hoà bình", "Hòa bình")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("loá", "lóa")]
    public void Tone_placement_of_open_oa_oe_uy_syllables_is_canonical(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Normalize(input));

    [Theory]
    [InlineData("quý")]   // "qu" is the onset: the tone stays on y
    [InlineData("quỳ")]
    [InlineData("hoàng")] // closed syllable: not touched
    [InlineData("khuya")]
    [InlineData("toán")]
    public void Syllables_outside_the_rule_keep_their_tone(string word) =>
        Assert.Equal(word, VietnameseText.Normalize(word));

    [Fact]
    public void Nfd_input_is_composed_before_anything_else()
    {
        var nfd = "Ngô Xuân Lịch".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Ngô Xuân Lịch", nfd);
        Assert.Equal("Ngô Xuân Lịch", VietnameseText.Normalize(nfd));
        Assert.Equal("ngo xuan lich", VietnameseText.Fold(nfd));
    }

    [Fact]
    public void Eth_look_alike_is_read_as_d_with_stroke()
    {
        Assert.Equal("Đà Nẵng", VietnameseText.Normalize("\u00D0à Nẵng"));
        Assert.Equal("da nang", VietnameseText.Fold("\u00D0à Nẵng"));
    }

    [Theory]
    [InlineData("Đường", "duong")]
    [InlineData("đại tướng", "dai tuong")]
    [InlineData("Bê-la-rút", "be-la-rut")]
    [InlineData("Quốc phòng", "quoc phong")]
    public void Folding_removes_every_diacritic_and_the_stroke(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Slugs_are_ascii_and_hyphenated() =>
        Assert.Equal("pa-ven-mu-ra-vay-co", VietnameseText.Slug("Pa-ven Mu-ra-vây-cô"));

    [Fact]
    public void Near_spellings_agree_more_than_folded_ones()
    {
        var near = VietnameseText.DiacriticAgreement("đường", "dương");
        var far = VietnameseText.DiacriticAgreement("đường", "duong");
        Assert.Equal(1.0, VietnameseText.DiacriticAgreement("đường", "đường"));
        Assert.True(near > far, $"{near} should exceed {far}");
    }

    [Fact]
    public void Lone_surrogates_do_not_break_normalisation() =>
        Assert.Equal("ab", VietnameseText.Normalize("a\uD800b"));

    [Fact]
    public void Text_taken_as_nfc_without_icu_is_nfc_and_decomposed_text_is_never_taken()
    {
        // Every character the shortcut accepts is NFC alone and next to any other it accepts.
        var accepted = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => VietnameseText.SurelyNfc([c])).ToList();
        Assert.Contains('ệ', accepted);
        Assert.Contains('đ', accepted);
        Assert.DoesNotContain('\u0301', accepted); // a combining acute
        Assert.DoesNotContain('\u2000', accepted); // a singleton: NFC makes it U+2002
        foreach (var c in accepted) Assert.True(c.ToString().IsNormalized(System.Text.NormalizationForm.FormC), $"U+{(int)c:X4}");
        var random = new Random(11);
        for (var i = 0; i < 20_000; i++)
        {
            var pair = new string([accepted[random.Next(accepted.Count)], accepted[random.Next(accepted.Count)]]);
            Assert.True(pair.IsNormalized(System.Text.NormalizationForm.FormC), pair);
        }
        // Longer text is tested a vector at a time: every character must get the same answer wherever it sits.
        var acceptedSet = accepted.ToHashSet();
        var wrong = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            foreach (var at in new[] { 0, 15, 16, 31, 39, 40 })
            {
                var text = new string('a', 41).ToCharArray();
                text[at] = (char)c;
                if (VietnameseText.SurelyNfc(text) != acceptedSet.Contains((char)c)) wrong.Add($"U+{c:X4} at {at}");
            }
        }
        Assert.Empty(wrong);
        Assert.False(VietnameseText.SurelyNfc("Việt Nam".Normalize(System.Text.NormalizationForm.FormD)));
        Assert.Equal("Hợp tác quốc phòng", VietnameseText.Normalize("Hợp tác quốc phòng".Normalize(System.Text.NormalizationForm.FormD)));
    }
}
