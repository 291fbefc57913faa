using System.Text;
using DefenceSearch.Extraction;
using DefenceSearch.Text;

namespace DefenceSearch.Tests.Reference;

/// <summary>The country and minister entries added in session 10 are well formed, one test per kind of entry.</summary>
public partial class ReferenceDataTests
{
    [Fact]
    public void Words_before_a_country_are_single_lower_case_words_that_are_not_name_syllables()
    {
        var words = Data.CountryExceptions.WordsBeforeCountry ?? [];
        Assert.Contains("báo", words);
        Assert.All(words, w =>
        {
            Assert.DoesNotContain(' ', w);
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
        });
        // Given names and the words of bylines ("Như Ý", "Theo Nhật Linh", "Tuy Đức") must never be listed.
        Assert.DoesNotContain("như", words);
        Assert.DoesNotContain("theo", words);
        Assert.DoesNotContain("tuy", words);
    }

    [Fact]
    public void Language_words_size_comparisons_and_brand_marks_are_well_formed()
    {
        var exceptions = Data.CountryExceptions;
        Assert.Contains("ngoại ngữ", exceptions.LanguageWords ?? []);
        // "tiếng" alone would read "danh tiếng nước Mỹ" as a language; it only continues a notCountries phrase's list.
        Assert.DoesNotContain("tiếng", exceptions.LanguageWords ?? []);
        Assert.Equal(["tiếng"], exceptions.LanguagePhraseStarts ?? []);
        Assert.Contains(exceptions.NotCountries, p => p.StartsWith("tiếng ", StringComparison.Ordinal));
        Assert.All((exceptions.LanguageWords ?? []).Concat(exceptions.SizeComparisons ?? []), p =>
        {
            Assert.Equal(p.ToLowerInvariant(), p);
            Assert.True(p.IsNormalized(NormalizationForm.FormC), p);
            Assert.NotEmpty(TextTokens.Tokenize(p));
        });
        Assert.Contains("bằng diện tích", exceptions.SizeComparisons ?? []);
        Assert.All(exceptions.BrandMarks ?? [], m =>
        {
            Assert.Single(m);
            Assert.False(char.IsLetterOrDigit(m[0]), m);
        });
    }

    [Fact]
    public void Counterpart_words_are_lower_case_phrases_that_are_no_title()
    {
        var counterparts = Data.MinisterContext.Counterparts ?? [];
        Assert.Contains("người đồng nhiệm", counterparts);
        Assert.All(counterparts, c =>
        {
            Assert.Equal(c.ToLowerInvariant(), c);
            Assert.DoesNotContain(c, Data.MinisterContext.OtherOffices);
        });
    }

    [Fact]
    public void Minister_titles_and_defence_portfolios_are_lower_case_phrases_and_the_defence_title_is_no_other_office()
    {
        var context = Data.MinisterContext;
        Assert.Contains("Bộ trưởng", context.MinisterTitles ?? []);
        Assert.Contains("quốc phòng", context.DefencePortfolio ?? []);
        Assert.All(context.DefencePortfolio ?? [], p => Assert.Equal(p.ToLowerInvariant(), p));
        // The officeholders' own titles are never another office, and the assembly's chair is.
        Assert.DoesNotContain(context.MinisterTitles ?? [], t => context.OtherOffices.Contains(t));
        Assert.Contains("Phó Chủ tịch Quốc hội", context.OtherOffices);
    }

    [Fact]
    public void Places_before_a_country_are_capitalised_names_that_name_no_country_themselves()
    {
        var places = Data.CountryExceptions.PlacesBeforeCountry ?? [];
        Assert.Contains("Thái Bình Dương", places);
        var extractor = new EntityExtractor(Data);
        Assert.All(places, p =>
        {
            Assert.True(p.IsNormalized(NormalizationForm.FormC), p);
            var words = TextTokens.Tokenize(p);
            Assert.NotEmpty(words);
            Assert.True(words[^1].Capitalized, p);
            // A sea that were a country's name would tag that country instead of leaving the next name free.
            Assert.Empty(extractor.FindCountries(p, words));
        });
    }

    [Fact]
    public void Places_in_a_country_are_cities_of_a_known_country_that_are_not_its_names()
    {
        var places = Data.CountryExceptions.PlacesInCountry ?? [];
        Assert.Equal("SY", places["Raqqa"]);
        var names = Data.Countries.SelectMany(c => c.Aliases.Concat(c.Weak ?? []).Append(c.Vi).Append(c.En)).ToHashSet(StringComparer.Ordinal);
        Assert.All(places, p =>
        {
            Assert.True(Data.CountryByKey.ContainsKey(p.Value), p.Value);
            Assert.True(p.Key.IsNormalized(NormalizationForm.FormC), p.Key);
            Assert.DoesNotContain(p.Key, names);
            // Capitals stand for governments and clubs ("thép Damascus", "Beijing Guoan"): none is listed.
            Assert.DoesNotContain(p.Key, (string[])["Damascus", "Baghdad", "Moscow", "Washington"]);
        });
    }

    [Fact]
    public void Outgoing_markers_are_lower_case_phrases_that_are_not_former_markers()
    {
        var context = Data.MinisterContext;
        Assert.Contains("sắp mãn nhiệm", context.OutgoingMarkers ?? []);
        Assert.All(context.OutgoingMarkers ?? [], m =>
        {
            Assert.Equal(m.ToLowerInvariant(), m);
            Assert.True(m.IsNormalized(NormalizationForm.FormC), m);
            // An outgoing minister is still in office: only another office named after him drops him.
            Assert.DoesNotContain(m, context.FormerMarkers);
        });
        Assert.Contains("Thư ký Thường trực", context.OtherOffices);
    }

    [Fact]
    public void Likeness_cues_are_lower_case_phrases_that_name_no_country()
    {
        var cues = Data.CountryExceptions.LikenessCues ?? [];
        Assert.Contains("đóng giả", cues);
        // "đóng vai" is mostly "đóng vai trò" (plays a role): it must not be a cue.
        Assert.DoesNotContain("đóng vai", cues);
        var extractor = new EntityExtractor(Data);
        Assert.All(cues, c =>
        {
            Assert.Equal(c.ToLowerInvariant(), c);
            Assert.True(c.IsNormalized(NormalizationForm.FormC), c);
            Assert.Empty(extractor.FindCountries(c, TextTokens.Tokenize(c)));
        });
    }

    [Fact]
    public void The_home_country_is_known_and_its_name_heads_and_stops_are_lower_case()
    {
        var exceptions = Data.CountryExceptions;
        Assert.Equal("VN", exceptions.HomeCountry);
        Assert.True(Data.CountryByKey.ContainsKey(exceptions.HomeCountry!));
        Assert.Contains("tổng công ty", exceptions.HomeNameHeads ?? []);
        Assert.Contains("tại", exceptions.HomeNameStops ?? []);
        Assert.All((exceptions.HomeNameHeads ?? []).Concat(exceptions.HomeNameStops ?? []), w =>
        {
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
        });
        // "và" stands inside names ("Đầu tư và Phát triển Việt Nam"): it must never stop one.
        Assert.DoesNotContain("và", exceptions.HomeNameStops ?? []);
    }

    [Fact]
    public void Lower_case_home_name_heads_are_lower_case_heads_that_end_no_common_compound()
    {
        var exceptions = Data.CountryExceptions;
        Assert.Contains("báo", exceptions.LowerCaseHomeNameHeads ?? []);
        Assert.All(exceptions.LowerCaseHomeNameHeads ?? [], w =>
        {
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
            Assert.Contains(w, exceptions.HomeNameHeads ?? []);
        });
        // "hội" ends "xã hội", "ngày" ends "hằng ngày": in lower case they begin no name.
        Assert.DoesNotContain("hội", exceptions.LowerCaseHomeNameHeads ?? []);
        Assert.DoesNotContain("ngày", exceptions.LowerCaseHomeNameHeads ?? []);
    }

    [Fact]
    public void Offices_abroad_are_no_defence_title_and_ranks_are_lower_case()
    {
        var context = Data.MinisterContext;
        Assert.Contains("Tổng Tham mưu trưởng", context.OfficesAbroad ?? []);
        // Abroad only: at home the chief of the general staff is a deputy minister, so it must not be an office for every name.
        Assert.DoesNotContain(context.OfficesAbroad ?? [], o => context.OtherOffices.Contains(o));
        Assert.DoesNotContain(context.OfficesAbroad ?? [], o => o.Contains("Quốc phòng", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("tướng", context.Ranks ?? []);
        Assert.All(context.Ranks ?? [], r =>
        {
            Assert.Equal(r.ToLowerInvariant(), r);
            Assert.True(r.IsNormalized(NormalizationForm.FormC), r);
        });
    }

    [Fact]
    public void School_subjects_are_capitalised_and_name_no_country()
    {
        var subjects = Data.CountryExceptions.SchoolSubjects ?? [];
        Assert.Contains("Toán", subjects);
        Assert.Contains("Ngữ văn", subjects);
        var extractor = new EntityExtractor(Data);
        Assert.All(subjects, s =>
        {
            // Compared capitalised: "hàng hóa, Nga" is goods, not chemistry.
            Assert.True(char.IsUpper(s[0]), s);
            Assert.True(s.IsNormalized(NormalizationForm.FormC), s);
            Assert.Empty(extractor.FindCountries(s, TextTokens.Tokenize(s)));
            // Each subject, listed before a short name, makes it the language taught.
            var list = VietnameseText.Normalize($"Thí sinh thi các môn {s}, Anh.");
            Assert.Empty(extractor.FindCountries(list, TextTokens.Tokenize(list)));
        });
    }

    [Fact]
    public void Person_titles_and_their_compounds_are_single_lower_case_words()
    {
        var exceptions = Data.CountryExceptions;
        Assert.Contains("ông", exceptions.PersonTitles ?? []);
        Assert.Contains("đàn", exceptions.PersonTitleCompounds ?? []);
        var extractor = new EntityExtractor(Data);
        Assert.All((exceptions.PersonTitles ?? []).Concat(exceptions.PersonTitleCompounds ?? []), w =>
        {
            Assert.Matches(@"^\p{Ll}+$", w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
        });
        Assert.All(exceptions.PersonTitles ?? [], w =>
        {
            // Each title before a short name makes it a person's name.
            var text = VietnameseText.Normalize($"Hôm qua {w} Nga cho biết.");
            Assert.Empty(extractor.FindCountries(text, TextTokens.Tokenize(text)));
        });
    }

    [Fact]
    public void War_phrase_starts_begin_a_not_country_phrase_and_war_list_words_are_lower_case()
    {
        var exceptions = Data.CountryExceptions;
        Assert.Contains("kháng chiến", exceptions.WarPhraseStarts ?? []);
        // Each start begins a war's name of notCountries, or it could never open a list.
        Assert.All(exceptions.WarPhraseStarts ?? [], w => Assert.Contains(exceptions.NotCountries,
            p => p.StartsWith(w + " ", StringComparison.OrdinalIgnoreCase) && p.Contains(" chống ", StringComparison.Ordinal)));
        Assert.Contains("chống", exceptions.WarListWords ?? []);
        Assert.All(exceptions.WarListWords ?? [], w =>
        {
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
        });
    }

    [Fact]
    public void Comparison_owner_cues_and_distance_cues_are_lower_case_phrases_whose_only_symbol_is_a_number_mark()
    {
        // Session 17's entry kinds: each word is a lower-case word or "#" (a number), in NFC; a cue holding a country's name or "của"
        // would never be read.
        var exceptions = Data.CountryExceptions;
        Assert.Contains("gấp # lần", exceptions.ComparisonOwnerCues ?? []);
        // Session 22: a distance from a country's airspace, coast or capital too ("cách không phận Hong Kong khoảng 240km").
        Assert.Equal(["cách", "cách không phận", "cách bờ biển", "cách lãnh thổ", "cách lãnh hải", "cách vùng biển", "cách thủ đô"],
            exceptions.DistanceCues ?? []);
        var extractor = new EntityExtractor(Data);
        Assert.All((exceptions.ComparisonOwnerCues ?? []).Concat(exceptions.DistanceCues ?? []), c =>
        {
            Assert.True(c.IsNormalized(NormalizationForm.FormC), c);
            Assert.All(c.Split(' '), w => Assert.True(w == "#" || (w.Length > 0 && w.All(char.IsLetter) && w == w.ToLowerInvariant()), c));
            Assert.DoesNotContain("của", c.Split(' '));
            Assert.Empty(extractor.FindCountries(c, TextTokens.Tokenize(c)));
        });
    }

    [Fact]
    public void Distance_approximators_are_single_lower_case_words_none_a_country_or_a_number()
    {
        // Session 19's entry kind (the words were written in the code before): one lower-case word each, in NFC, that can stand
        // between a distance's reference point and its number ("cách Hong Kong khoảng 300 km").
        var exceptions = Data.CountryExceptions;
        Assert.Contains("khoảng", exceptions.DistanceApproximators ?? []);
        var extractor = new EntityExtractor(Data);
        Assert.All(exceptions.DistanceApproximators ?? [], w =>
        {
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
            Assert.True(w.Length > 0 && w.All(char.IsLetter) && w == w.ToLowerInvariant(), w);
            Assert.Empty(extractor.FindCountries(w, TextTokens.Tokenize(w)));
        });
    }

    [Fact]
    public void Vietnamese_surnames_are_capitalised_words_and_namesake_cues_lower_case_words_neither_a_country()
    {
        // Session 18's entry kinds: a surname is one capitalised word in NFC (a full name begins with it); a cue is one lower-case word.
        // Neither may itself name a country, or the rule would read a country as a family name ("Nga") or as a cue.
        var exceptions = Data.CountryExceptions;
        Assert.Contains("Nguyễn", exceptions.VietnameseSurnames ?? []);
        Assert.Contains("sang", exceptions.NamesakeCountryCues ?? []);
        var extractor = new EntityExtractor(Data);
        Assert.All(exceptions.VietnameseSurnames ?? [], w =>
        {
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
            Assert.True(w.Length > 0 && char.IsUpper(w[0]) && w.All(char.IsLetter) && w[1..] == w[1..].ToLowerInvariant(), w);
            Assert.Empty(extractor.FindCountries(w, TextTokens.Tokenize(w)));
        });
        Assert.All(exceptions.NamesakeCountryCues ?? [], w =>
        {
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
            Assert.True(w.Length > 0 && w.All(char.IsLetter) && w == w.ToLowerInvariant(), w);
            Assert.Empty(extractor.FindCountries(w, TextTokens.Tokenize(w)));
        });
        Assert.Equal((exceptions.VietnameseSurnames ?? []).Length, (exceptions.VietnameseSurnames ?? []).Distinct().Count());
        Assert.Equal((exceptions.NamesakeCountryCues ?? []).Length, (exceptions.NamesakeCountryCues ?? []).Distinct().Count());
    }

    [Fact]
    public void Title_name_heads_are_lower_case_phrases_that_name_no_country()
    {
        // Session 19: "hoa hậu", "á hậu", "hoa khôi" begin a pageant's name or a title won in it; each is matched in any case.
        var heads = Data.CountryExceptions.TitleNameHeads ?? [];
        Assert.Contains("hoa hậu", heads);
        var extractor = new EntityExtractor(Data);
        Assert.All(heads, w =>
        {
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.Equal(w.Trim(), w);
            Assert.Empty(extractor.FindCountries(w, TextTokens.Tokenize(w)));
        });
        Assert.Equal(heads.Length, heads.Distinct().Count());
    }
}
