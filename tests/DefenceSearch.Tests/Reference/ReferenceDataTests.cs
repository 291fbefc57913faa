using System.Text;
using System.Text.RegularExpressions;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using DefenceSearch.Text;

namespace DefenceSearch.Tests.Reference;

/// <summary>The data files under Data/ are well formed, one test per kind of entry.</summary>
public partial class ReferenceDataTests
{
    private static readonly ReferenceData Data = ReferenceData.Default;

    [Fact]
    public void Countries_have_iso_keys_labels_and_unique_aliases()
    {
        Assert.True(Data.Countries.Count >= 193, $"{Data.Countries.Count} countries");
        Assert.All(Data.Countries, c =>
        {
            Assert.Matches("^[A-Z]{2}$", c.Key);
            Assert.False(string.IsNullOrWhiteSpace(c.Vi));
            Assert.False(string.IsNullOrWhiteSpace(c.En));
        });
        var aliases = Data.Countries.SelectMany(c => c.Aliases.Concat(c.Weak ?? []).Select(a => (Alias: VietnameseText.Normalize(a), c.Key))).ToList();
        var shared = aliases.GroupBy(a => a.Alias).Where(g => g.Select(x => x.Key).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
    }

    [Theory]
    [InlineData("Liên bang Nga", "RU")]
    [InlineData("Hoa Kỳ", "US")]
    [InlineData("Bê-la-rút", "BY")]
    [InlineData("Cu-ba", "CU")]
    [InlineData("Xéc-bi-a", "RS")]
    [InlineData("Úc", "AU")]
    [InlineData("Triều Tiên", "KP")]
    [InlineData("Trung Quốc", "CN")]
    [InlineData("Mỹ", "US")]
    [InlineData("Belarut", "BY")]
    public void Press_variants_resolve_to_their_country(string name, string key) =>
        Assert.Equal(key, new EntityExtractor(Data).ResolveCountry(name));

    [Fact]
    public void Weak_country_names_inside_personal_names_and_places_are_not_countries()
    {
        var extractor = new EntityExtractor(Data);
        static List<TextToken> T(string s) => TextTokens.Tokenize(VietnameseText.Normalize(s));
        Assert.Empty(extractor.FindCountries(T("Bà Hà Thị Nga phát biểu tại Lào Cai.")));
        Assert.Equal(["RU", "US"], extractor.FindCountries(T("Quan hệ Nga-Mỹ và Tổng thống Mỹ Donald Trump.")));
        var pronoun = extractor.FindCountries(T("Anh cho biết tàu đã tới Ấn Độ Dương."));
        Assert.DoesNotContain("GB", pronoun);
        Assert.DoesNotContain("IN", pronoun);
    }

    [Fact]
    public void Ministers_have_slug_keys_roles_countries_and_unique_aliases()
    {
        Assert.True(Data.Ministers.Count >= 50, $"{Data.Ministers.Count} ministers");
        Assert.All(Data.Ministers, m =>
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", m.Key);
            Assert.Contains(m.Role, new[] { "minister", "deputy" });
            Assert.True(Data.CountryByKey.ContainsKey(m.Country), $"{m.Key}: unknown country {m.Country}");
        });
        var aliases = Data.Ministers.SelectMany(m => m.Aliases.Append(m.Name).Select(a => (Alias: VietnameseText.Fold(a).Replace('-', ' '), m.Key))).ToList();
        var shared = aliases.GroupBy(a => a.Alias).Where(g => g.Select(x => x.Key).Distinct().Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void Areas_are_the_eighteen_fixed_keys_with_labels_and_triggers()
    {
        string[] keys =
        [
            "delegation-exchange", "training", "military-science", "military-technology", "defence-industry", "arms-trade", "peacekeeping",
            "maritime-security", "military-medicine", "search-and-rescue", "war-legacy", "naval", "military-sports-culture",
            "military-law-history", "defence-exhibitions", "cyber-communications", "border-cooperation", "dialogue-consultation",
        ];
        Assert.Equal(keys, Data.Areas.Select(a => a.Key));
        Assert.All(Data.Areas, a =>
        {
            Assert.False(string.IsNullOrWhiteSpace(a.Vi));
            Assert.False(string.IsNullOrWhiteSpace(a.En));
            Assert.Contains(a.Triggers, t => t.Weight >= 2);
            Assert.All(a.Triggers, t => Assert.Equal(t.Phrase.ToLowerInvariant(), t.Phrase));
            Assert.All(a.Triggers, t => Assert.InRange(t.Weight, 0, 2));
            // A phrase of weight 0 masks a trigger it holds ("máy bay huấn luyện" holds "huấn luyện", "huấn luyện, sẵn sàng chiến
            // đấu" too: words are matched across its comma), or it is dead weight.
            Assert.All(a.Triggers.Where(t => t.Weight == 0), t =>
                Assert.Contains(a.Triggers, o => o.Weight > 0 && $" {t.Phrase.Replace(",", "", StringComparison.Ordinal)} ".Contains($" {o.Phrase} ", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Area_rules_name_defence_words_and_shares_of_known_areas()
    {
        var rules = Data.AreaRules;
        Assert.Contains("quốc phòng", rules.DefenceWords);
        Assert.All(rules.DefenceWords, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        Assert.InRange(rules.MinSentences, 1, 10);
        Assert.InRange(rules.MinShare, 0.0, 1.0);
        Assert.All(rules.MinShareByArea ?? [], s =>
        {
            Assert.Contains(Data.Areas, a => a.Key == s.Key);
            Assert.InRange(s.Value, 0.0, 1.0);
        });
        Assert.Equal(rules.MinShare, rules.ShareFor("training"));
        // A list of topics: short items between commas naming several areas (at least two, or every sentence would be one).
        Assert.InRange(rules.TopicListAreas, 2, 18);
        Assert.InRange(rules.TopicListItemWords, 2, 30);
        // Context words open one known area's suggestive phrases in articles without defence words.
        // Title cues name one known area in the title when its phrases stand in the body.
        Assert.Contains("giải cứu", rules.TitleCuesByArea!["search-and-rescue"]);
        Assert.All(rules.TitleCuesByArea, c =>
        {
            Assert.Contains(Data.Areas, a => a.Key == c.Key);
            Assert.All(c.Value, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        // Pairs of words (a verb of trade, then a weapon) make phrases of known areas.
        Assert.Contains("mua", rules.PairsByArea!["arms-trade"][0].First);
        Assert.Contains("tên lửa", rules.PairsByArea["arms-trade"][0].Then);
        // A pair of weight 0 is a mask: a carrier as a missile's target is no naval evidence.
        Assert.Contains(rules.PairsByArea["naval"], p => p.Weight == 0 && p.First.Contains("diệt") && p.Then.Contains("tàu sân bay"));
        Assert.All(rules.PairsByArea, p =>
        {
            Assert.Contains(Data.Areas, a => a.Key == p.Key);
            Assert.All(p.Value, pair =>
            {
                Assert.All(pair.First.Concat(pair.Then), w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
                Assert.InRange(pair.Window, 0, 10);
                Assert.InRange(pair.Weight, 0, 2);
            });
        });
        // The words naming an area's subject (weapons for military technology) for the density rule: a known area, words in
        // the form the text is matched in, a share and a number of phrases that leave the rule something to ask.
        Assert.Contains("tên lửa", rules.DensityByArea!["military-technology"].Words);
        Assert.All(rules.DensityByArea, d =>
        {
            Assert.Contains(Data.Areas, a => a.Key == d.Key);
            Assert.All(d.Value.Words, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
            Assert.InRange(d.Value.MinShare, 0.5, 1.0);
            Assert.InRange(d.Value.MinPhrases, 2, 10);
        });
        // A title naming the weapon lets broad evidence make military technology with a smaller share than the untitled 25%,
        // except under titles that tell reactions or a drill (session 16).
        var titled = rules.DensityByArea["military-technology"].Titled!;
        Assert.All(titled, t =>
        {
            Assert.InRange(t.MinShare, 0.01, rules.ShareFor("military-technology") - 0.01);
            // Session 24: one phrase only under a title that names a launch or a test (events) and its technical side (cues).
            Assert.InRange(t.MinPhrases, t.Events is { Length: > 0 } ? 1 : 2, 10);
            Assert.Contains("lên án", t.Except!);
            Assert.All(t.Except!.Concat(t.Cues ?? []).Concat(t.Events ?? []), w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        Assert.Contains(titled, t => t.Events?.Contains("thử") == true && t.Cues?.Contains("động cơ") == true && t.MinPhrases == 1);
        // Fewer phrases only under a title that names the weapon's strength as well ("đủ sức", "mạnh nhất").
        Assert.Contains(titled, t => t.Cues is null && t.MinPhrases == 3);
        Assert.Contains(titled, t => t.Cues?.Contains("đủ sức") == true && t.MinPhrases == 2);
        // More body sentences for some areas without the title (military technology: 3), for known areas.
        Assert.Equal(3, rules.SentencesFor("military-technology"));
        Assert.Equal(rules.MinSentences, rules.SentencesFor("naval"));
        Assert.All(rules.MinSentencesByArea!, m =>
        {
            Assert.Contains(Data.Areas, a => a.Key == m.Key);
            Assert.InRange(m.Value, rules.MinSentences, 10);
        });
        // Broad evidence with a smaller share (defence industry: 3 phrases in 3 sentences, 12%), for known areas, asking for more
        // than one phrase and a share below the usual one.
        Assert.Equal(3, rules.BroadEvidenceByArea!["defence-industry"].MinPhrases);
        Assert.All(rules.BroadEvidenceByArea, b =>
        {
            Assert.Contains(Data.Areas, a => a.Key == b.Key);
            Assert.InRange(b.Value.MinPhrases, 2, 10);
            Assert.InRange(b.Value.MinSentences, rules.MinSentences, 10);
            Assert.InRange(b.Value.MinShare, 0.05, rules.ShareFor(b.Key));
            // Session 19: specific phrases among them, never more than the phrases asked for (dialogue: 2 of 2).
            Assert.InRange(b.Value.MinSpecificPhrases, 0, b.Value.MinPhrases);
        });
        Assert.Equal(2, rules.BroadEvidenceByArea["dialogue-consultation"].MinSpecificPhrases);
        // A specific phrase told again and again (session 19): several sentences and a share no smaller than a fifth, for known areas.
        Assert.Equal(4, rules.RepeatedSpecificByArea!["military-medicine"].MinSentences);
        Assert.All(rules.RepeatedSpecificByArea, r =>
        {
            Assert.Contains(Data.Areas, a => a.Key == r.Key);
            Assert.InRange(r.Value.MinSentences, 3, 10);
            Assert.InRange(r.Value.MinShare, 0.2, 1);
        });
        // Generic phrases (session 14): phrases of their own area, in the form the text is matched in ("thử nghiệm", not "bắn thử
        // tên lửa"); none of the phrases that describe a weapon's workings ("tầm bắn", "đầu đạn") is among them.
        Assert.Contains("công nghệ", rules.GenericPhrasesByArea!["military-technology"]);
        Assert.DoesNotContain("tầm bắn", rules.GenericPhrasesByArea["military-technology"]);
        Assert.DoesNotContain("đầu đạn", rules.GenericPhrasesByArea["military-technology"]);
        Assert.Contains("biển hoa đông", rules.GenericPhrasesByArea["maritime-security"]);
        Assert.Contains("cập cảng", rules.GenericPhrasesByArea["naval"]);
        Assert.DoesNotContain("tàu chiến", rules.GenericPhrasesByArea["naval"]);
        Assert.All(rules.GenericPhrasesByArea, g =>
        {
            var area = Assert.Single(Data.Areas, a => a.Key == g.Key);
            Assert.All(g.Value, p => Assert.Contains(area.Triggers, t => t.Phrase == p && t.Weight > 0));
        });
        // One title phrase repeated in the body (delegation exchange: 2 sentences, talks left out), for known areas, with
        // exceptions in the form the text is matched in.
        Assert.Equal(2, rules.TitleRepeatedByArea!["delegation-exchange"].MinSentences);
        // Dialogue from its specific phrases only (session 15: "Đối thoại Shangri-La" in the title and one body sentence): every
        // suggestive phrase of dialogue ("đối thoại", "tham vấn") is an exception.
        Assert.Equal(1, rules.TitleRepeatedByArea["dialogue-consultation"].MinSentences);
        Assert.All(Data.Areas.Single(a => a.Key == "dialogue-consultation").Triggers.Where(t => t.Weight == 1),
            t => Assert.Contains(t.Phrase, rules.TitleRepeatedByArea["dialogue-consultation"].Except!));
        Assert.All(rules.TitleRepeatedByArea, t =>
        {
            Assert.Contains(Data.Areas, a => a.Key == t.Key);
            Assert.InRange(t.Value.MinSentences, 1, 10);
            Assert.All(t.Value.Except ?? [], w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        // Speakers in the title (session 16): dialogue's title words name a defence official, in the form the text is matched in,
        // and a minister of the gazetteer counts as well.
        Assert.Contains("bộ trưởng quốc phòng", rules.SpeakerTitlesByArea!["dialogue-consultation"].Words);
        Assert.True(rules.SpeakerTitlesByArea["dialogue-consultation"].Ministers);
        Assert.All(rules.SpeakerTitlesByArea, s =>
        {
            Assert.Contains(Data.Areas, a => a.Key == s.Key);
            Assert.All(s.Value.Words, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        // Meetings with a defence official (session 16): told in two body sentences, counterparts counted, sidelines masked,
        // every word in the form the text is matched in.
        var meeting = rules.MeetingsByArea!["delegation-exchange"];
        Assert.Equal(2, meeting.MinSentences);
        Assert.Contains("người đồng cấp", meeting.Counterparts);
        Assert.Contains("bên lề", meeting.Masks!);
        Assert.DoesNotContain("điện đàm", meeting.First);
        Assert.All(meeting.First.Concat(meeting.Officials).Concat(meeting.Counterparts).Concat(meeting.Masks!),
            w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        // A paragraph of specifications: units written as the text writes them after a number (never a number themselves),
        // subject words in the form the text is matched in, and counts that ask for several measurements.
        Assert.Contains("tấn", rules.SpecificationsByArea!["military-technology"].Units);
        Assert.All(rules.SpecificationsByArea, x =>
        {
            Assert.Contains(Data.Areas, a => a.Key == x.Key);
            Assert.All(x.Value.Units, u => Assert.False(char.IsDigit(u[0]) || u != u.Trim() || u.Length == 0));
            Assert.All(x.Value.Words, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
            Assert.InRange(x.Value.MinMeasures, 2, 10);
            Assert.InRange(x.Value.MinMeasuresAlone, x.Value.MinMeasures, 10);
            Assert.InRange(x.Value.MinPhrases, 1, 10);
        });
        // A joint exercise named in the title with its partners ("NATO", "# nước": a number and "nước", or countries joined):
        // a known area, words and partners in the form the text is matched in, a share that leaves the rule something to ask.
        Assert.Contains("tập trận", rules.JointTitlesByArea!["training"].Words);
        Assert.Contains("# nước", rules.JointTitlesByArea["training"].Partners);
        // Session 17: words of destination before a host country ("tới Qatar để tập trận"), and the title cue below the share.
        Assert.Contains("tới", rules.JointTitlesByArea["training"].Hosts ?? []);
        Assert.True(rules.JointTitlesByArea["training"].TitleCue);
        Assert.All(rules.JointTitlesByArea, j =>
        {
            Assert.Contains(Data.Areas, a => a.Key == j.Key);
            Assert.All(j.Value.Words.Concat(j.Value.Partners).Concat(j.Value.Hosts ?? []),
                w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
            Assert.InRange(j.Value.Countries, 2, 5);
            Assert.InRange(j.Value.Window, 0, 10);
            Assert.InRange(j.Value.MinShare, 0.1, 1.0);
        });
        // An area yields to other known areas in their sentences: search and rescue to war legacy (the search for remains).
        Assert.Contains("war-legacy", rules.YieldsToByArea!["search-and-rescue"]);
        Assert.Contains("naval", rules.YieldsToByArea["delegation-exchange"]);
        Assert.All(rules.YieldsToByArea, y =>
        {
            Assert.Contains(Data.Areas, a => a.Key == y.Key);
            Assert.All(y.Value, o => Assert.Contains(Data.Areas, a => a.Key == o && o != y.Key));
        });
        // Words that take an area's phrases out of their sentence: naval's strike words, for known areas.
        Assert.Contains("không kích", rules.SentenceMasksByArea!["naval"]);
        Assert.Contains("mục tiêu", rules.SentenceMasksByArea["naval"]);
        Assert.Contains("bao vây", rules.SentenceMasksByArea["naval"]);
        // Title words after which a naval phrase is a complement (session 16), for known areas.
        Assert.Equal(["cho", "lên", "cùng"], rules.TitleComplementsByArea!["naval"]);
        Assert.All(rules.TitleComplementsByArea, m =>
        {
            Assert.Contains(Data.Areas, a => a.Key == m.Key);
            Assert.All(m.Value, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        // Title words of a warning or a threat (session 19), for known areas.
        Assert.Contains("cảnh báo", rules.TitleReportsByArea!["military-technology"]);
        Assert.All(rules.TitleReportsByArea, m =>
        {
            Assert.Contains(Data.Areas, a => a.Key == m.Key);
            Assert.All(m.Value, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
        Assert.All(rules.SentenceMasksByArea, m =>
        {
            Assert.Contains(Data.Areas, a => a.Key == m.Key);
            Assert.All(m.Value, w => Assert.False(string.IsNullOrWhiteSpace(w)));
        });
        Assert.Contains("tranh chấp", rules.ContextWordsByArea!["maritime-security"]);
        Assert.All(rules.ContextWordsByArea, c =>
        {
            Assert.Contains(Data.Areas, a => a.Key == c.Key);
            Assert.All(c.Value, w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
    }

    [Fact]
    public void Area_rules_that_name_an_unknown_area_are_refused_with_the_file_named()
    {
        var folder = Directory.CreateTempSubdirectory("ds-area-rules").FullName;
        try
        {
            foreach (var file in Directory.EnumerateFiles(ReferenceData.DefaultFolder, "*.json")) File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            // Each rule kind with a wrong entry (an unknown area, an empty list, a bound out of range): the load is refused and
            // the message names the file or the kind.
            foreach (var (kind, value, named) in new[]
            {
                ("minShareByArea", """{"navy": 0.3}""", "area-rules.json"),
                ("pairsByArea", """{"arms-trade": [{"first": ["mua"], "then": [], "window": 3, "weight": 2}]}""", "pairsByArea"),
                ("densityByArea", """{"military-technology": {"words": [], "designations": true, "minShare": 0.8, "minPhrases": 4}}""", "densityByArea"),
                ("densityByArea", """{"military-technology": {"words": ["tên lửa"], "designations": true, "minShare": 0.8, "minPhrases": 3, "titled": [{"minPhrases": 3, "minSentences": 3, "minShare": 1.5}]}}""", "densityByArea"),
                ("specificationsByArea", """{"military-technology": {"units": ["5km"], "words": [], "minMeasures": 2, "minSentences": 2, "minMeasuresAlone": 3, "minPhrases": 2}}""", "specificationsByArea"),
                ("titleRepeatedByArea", """{"delegation-exchange": {"minSentences": 0}}""", "titleRepeatedByArea"),
                ("speakerTitlesByArea", """{"dialogue-consultation": {"words": [], "ministers": true}}""", "speakerTitlesByArea"),
                ("meetingsByArea", """{"delegation-exchange": {"first": ["hội đàm"], "officials": ["bộ trưởng quốc phòng"], "counterparts": [], "window": 3, "minSentences": 0}}""", "meetingsByArea"),
                ("sentenceMasksByArea", """{"navy": ["không kích"]}""", "sentenceMasksByArea"),
                ("titleComplementsByArea", """{"navy": ["cho"]}""", "titleComplementsByArea"),
                ("titleReportsByArea", """{"military-technology": []}""", "titleReportsByArea"),
                ("jointTitlesByArea", """{"training": {"words": ["tập trận"], "partners": ["nato"], "countries": 2, "window": 3, "minShare": 0.3, "hosts": [" "]}}""", "jointTitlesByArea"),
                ("topicListAreas", """-1""", "topicListAreas"),
            })
            {
                File.WriteAllText(Path.Combine(folder, "area-rules.json"),
                    $$"""{"defenceWords": ["quốc phòng"], "minSentences": 2, "minShare": 0.25, "{{kind}}": {{value}}}""");
                var e = Assert.Throws<InvalidDataException>(() => ReferenceData.Load(folder));
                Assert.Contains(named, e.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Stop_words_are_single_lower_case_syllables()
    {
        Assert.True(Data.StopWords.Count >= 100);
        Assert.All(Data.StopWords, w =>
        {
            Assert.DoesNotContain(' ', w);
            Assert.Equal(w.ToLowerInvariant(), w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC));
        });
    }

    [Fact]
    public void Chrome_rules_compile_and_mark_the_seed_chrome()
    {
        Assert.All(Data.Chrome.DropLines.Concat(Data.Chrome.DropLinesOfAnyLength), p => _ = new Regex(p));
        Assert.Contains("Tin thời sự", Data.Chrome.EndMarkers);
        Assert.Contains("Tin bài liên quan", Data.Chrome.EndMarkers);
    }

    [Fact]
    public void Country_exceptions_hold_a_country_name_and_short_names_are_country_aliases()
    {
        var extractor = new EntityExtractor(Data);
        var names = Data.Countries.SelectMany(c => c.Aliases.Concat(c.Weak ?? []).Append(c.Vi)).Select(VietnameseText.Normalize).ToHashSet();
        // Each not-country phrase must contain some country name, or it is dead weight.
        Assert.All(Data.CountryExceptions.NotCountries, p =>
            Assert.True(names.Any(n => (" " + VietnameseText.Normalize(p) + " ").Contains(" " + n + " ", StringComparison.OrdinalIgnoreCase)), $"'{p}' holds no country name"));
        Assert.NotEmpty(Data.CountryExceptions.BeforeVietnameseName ?? []);
        Assert.All(Data.CountryExceptions.BeforeVietnameseName ?? [], n => Assert.NotNull(extractor.ResolveCountry(n)));
        Assert.All(Data.CountryExceptions.TitleWordsBeforeCountry ?? [], w =>
        {
            Assert.DoesNotContain(' ', w);
            Assert.Equal(w.ToLowerInvariant(), w);
        });
        // Each not-a-given-name word is one lower-case word (with marks or without: session 23 reads it for both), or it could never be
        // compared.
        Assert.NotEmpty(Data.CountryExceptions.NotGivenNames ?? []);
        Assert.All(Data.CountryExceptions.NotGivenNames ?? [], w =>
        {
            Assert.Matches(@"^\p{Ll}+$", w);
            Assert.True(w.IsNormalized(NormalizationForm.FormC));
            var text = $"Chú rể Mỹ {char.ToUpperInvariant(w[0])}{w[1..]} lo.";
            Assert.Equal(["US"], extractor.FindCountries(text, TextTokens.Tokenize(text)));
        });
    }

    [Fact]
    public void Minister_context_lists_markers_surname_titles_and_other_offices()
    {
        var context = Data.MinisterContext;
        Assert.Contains("cựu", context.FormerMarkers);
        Assert.Contains("nguyên", context.FormerMarkers);
        Assert.All(context.FormerMarkers.Concat(context.BeforeSurname).Concat(context.OtherOffices).Concat(context.OfficeQualifiers ?? []), w =>
        {
            Assert.False(string.IsNullOrWhiteSpace(w));
            Assert.True(w.IsNormalized(NormalizationForm.FormC), w);
        });
        Assert.Contains("ông", context.BeforeSurname);
        // The defence titles themselves are never "other offices".
        Assert.DoesNotContain(context.OtherOffices, o => Regex.IsMatch(o, "^(Bộ trưởng|Thứ trưởng)( Bộ)? Quốc phòng$", RegexOptions.IgnoreCase));
        Assert.Contains("Ngoại trưởng", context.OtherOffices);
        // Qualifiers between another office and a country: words of an armed force, never a title themselves.
        Assert.NotNull(context.OfficeQualifiers);
        Assert.Contains("quân đội", context.OfficeQualifiers);
        Assert.All(context.OfficeQualifiers!, q => Assert.DoesNotContain(q, context.OtherOffices));
    }

    [Fact]
    public void Same_word_spellings_differ_only_in_a_final_i_or_y_with_the_same_tone()
    {
        var rules = Data.Spellings;
        Assert.Contains(rules.SameWord, p => p.Contains("sĩ") && p.Contains("sỹ"));
        Assert.All(rules.SameWord, pair =>
        {
            Assert.Equal(2, pair.Length);
            var (a, b) = (VietnameseText.ExactForm(pair[0]), VietnameseText.ExactForm(pair[1]));
            Assert.True(a.IsNormalized(NormalizationForm.FormC) && b.IsNormalized(NormalizationForm.FormC), $"{a}/{b}");
            Assert.Equal(a.Length, b.Length);
            Assert.Equal(a[..^1], b[..^1]);
            Assert.Equal("i", VietnameseText.FoldLower(a)[^1..]);
            Assert.Equal("y", VietnameseText.FoldLower(b)[^1..]);
            // The same tone on both: only the letter differs.
            Assert.Equal(a[^1..].Normalize(NormalizationForm.FormD)[1..], b[^1..].Normalize(NormalizationForm.FormD)[1..]);
        });
    }

    [Fact]
    public void Distinct_i_y_pairs_are_never_joined()
    {
        var rules = Data.Spellings;
        Assert.Contains(rules.Distinct, p => p.Contains("ti") && p.Contains("ty"));
        Assert.All(rules.Distinct, pair =>
        {
            Assert.Equal(2, pair.Length);
            Assert.False(rules.Partners.ContainsKey(pair[0]), pair[0]);
            Assert.False(rules.Partners.ContainsKey(pair[1]), pair[1]);
            Assert.False(rules.FoldedPartners.TryGetValue(pair[0], out var others) && others.Contains(pair[1]), $"{pair[0]} joins {pair[1]}");
        });
    }

    [Fact]
    public void Training_asks_for_more_than_one_defence_word_but_for_its_drills()
    {
        // Session 18: training's suggestive phrases need two mentions of defence words (area-rules.json's
        // minDefenceWordsByArea), drills excepted; the rule names known areas and normalised phrases of them.
        var rules = Data.AreaRules;
        Assert.Equal(2, rules.MinDefenceWordsByArea!["training"].Min);
        Assert.Contains("diễn tập", rules.MinDefenceWordsByArea["training"].Except!);
        Assert.All(rules.MinDefenceWordsByArea, m =>
        {
            var area = Assert.Single(Data.Areas, a => a.Key == m.Key);
            Assert.InRange(m.Value.Min, 2, 10);
            Assert.All(m.Value.Except ?? [], w => Assert.Equal(VietnameseText.Normalize(w).ToLowerInvariant(), w));
        });
    }
}
