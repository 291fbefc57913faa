using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using DefenceSearch.Documents;
using DefenceSearch.Reference;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>
/// Finds countries, defence ministers, cooperation areas and the publication year in a cleaned article,
/// from the gazetteers in Data/ and from the text's own patterns ("Bộ trưởng Quốc phòng Nga X").
/// </summary>
public sealed partial class EntityExtractor
{
    private readonly ReferenceData _data;
    // Key null: a phrase that holds a country name without naming the country ("Lào Cai", "Ấn Độ Dương").
    private readonly PhraseTrie<(string? Key, bool Weak)> _countries = new(acronymsUpper: true);
    private readonly HashSet<string> _notAtSentenceStart;
    private readonly HashSet<string> _titlesAtSentenceStart;
    private readonly HashSet<string> _beforeVietnameseName;
    private readonly HashSet<string> _notGivenNames;
    private readonly HashSet<string> _titleWordsBeforeCountry;
    private readonly HashSet<string> _wordsBeforeCountry;
    private readonly HashSet<string> _personTitles;
    private readonly HashSet<string> _personTitleCompounds;
    private readonly string[][] _languageWords;
    private readonly string[][] _languagePhraseStarts;
    private readonly string[][] _sizeComparisons;
    private readonly string[][] _placesBeforeCountry;
    private readonly string[][] _likenessCues;
    private readonly string[][] _schoolSubjects;
    private readonly string[][] _warPhraseStarts;
    private readonly HashSet<string> _warListWords;
    private readonly string[][] _seaCompounds;
    private readonly string[][] _competitionHeads;
    private readonly string[][] _splitCompounds;
    private readonly string[][] _comparisonCues;
    private readonly string[][] _comparisonOwnerCues;
    private readonly string[][] _distanceCues;
    private readonly HashSet<string> _distanceApproximators;
    private readonly HashSet<string> _vietnameseSurnames;
    private readonly HashSet<string> _namesakeCountryCues;
    private readonly string[][] _homeNameHeads;
    private readonly string[][] _lowerCaseHomeNameHeads;
    private readonly string[][] _titleNameHeads;
    private readonly string[][] _artistTitles;
    private readonly string[][] _extentCues;
    private readonly string[][] _locationCues;
    private readonly HashSet<string> _homeNameStops;
    private readonly HashSet<string> _placesInCountry;
    private readonly string _brandMarks;
    private readonly HashSet<string> _formerMarkers;
    // Lower-case words of each phrase that may stand before a bare surname ("ông", "bộ trưởng").
    private readonly string[][] _beforeSurname;
    private readonly string[][] _otherOffices;
    private readonly string[][] _officeQualifiers;
    private readonly string[][] _counterparts;
    private readonly string[][] _ministerTitles;
    private readonly string[][] _defencePortfolio;
    private readonly string[][] _outgoingMarkers;
    private readonly string[][] _officesAbroad;
    private readonly string[][] _ranks;
    // Known foreign ministers by country and folded surname, for "ông Fallon" in an article that states his title.
    private readonly Dictionary<(string Country, string Surname), List<Minister>> _surnames = [];
    // Names written with Vietnamese diacritics match exactly ("Đổng Quân" is not the byline "Đông Quân");
    // Latin names match folded, so "Shoigu" and "Shoïgu" meet.
    private readonly PhraseTrie<(string Key, bool Vietnamese)> _ministers = new();
    private readonly PhraseTrie<(string Key, bool Vietnamese)> _ministersFolded = new(folded: true);
    private readonly PhraseTrie<(string Key, int Weight, string Phrase)> _areas = new(acrossDashes: true);
    // Words that make an article one about defence for the areas' suggestive phrases (Data/area-rules.json).
    private readonly PhraseTrie<bool> _defenceWords = new();
    // The most defence words that an area's suggestive phrases ask for (Data/area-rules.json's minDefenceWordsByArea; 1 without it).
    private readonly int _defenceWordsWanted;
    // Per area, its suggestive phrases that count with one defence word all the same (minDefenceWordsByArea's "except").
    private readonly Dictionary<string, HashSet<string>> _defenceWordsExcept = new(StringComparer.Ordinal);
    // Per area, words that let its suggestive phrases count without defence words (Data/area-rules.json's contextWordsByArea).
    private readonly PhraseTrie<string> _areaContext = new();
    // Per area, title words that name it only when the body holds its phrases (Data/area-rules.json's titleCuesByArea).
    private readonly PhraseTrie<string> _areaTitleCues = new();
    // Per area, title words naming a speaker or a meeting's party (Data/area-rules.json's speakerTitlesByArea).
    private readonly List<(string Area, AreaSpeakerTitle Rule, PhraseTrie<bool> Words, PhraseTrie<bool> Leaders, PhraseTrie<bool> LeaderAt)> _speakerTitles = [];
    // Per area, meetings with a defence official (Data/area-rules.json's meetingsByArea): the rule and its words.
    private readonly List<(string Area, AreaMeeting Rule, PhraseTrie<bool> First, PhraseTrie<bool> Officials, PhraseTrie<bool> Counterparts, PhraseTrie<bool> Masks)> _meetings = [];
    // Area phrases of two words or more by their folded spelling (see AreasOf).
    private readonly Dictionary<string, string[]> _areaPhrasesFolded = new(StringComparer.Ordinal);
    // Per area, words that take its phrases out of their sentence (Data/area-rules.json's sentenceMasksByArea).
    private readonly PhraseTrie<string[]> _areaSentenceMasks = new(acrossDashes: true);
    // Per area, title words after which its phrases are a complement, not the title's subject (titleComplementsByArea).
    private readonly PhraseTrie<string[]> _areaTitleComplements = new();
    private readonly PhraseTrie<string[]> _areaTitleReports = new();
    // Per area, pairs of words close together that make one of its phrases (Data/area-rules.json's pairsByArea): the
    // first words (phrase → the pairs it starts) and, per pair, the words that must follow.
    private readonly PhraseTrie<string> _pairFirst = new(acrossDashes: true);
    private readonly Dictionary<string, List<(string Area, AreaPair Pair, PhraseTrie<string> Then, PhraseTrie<bool>? Unless)>> _pairsByFirst = new(StringComparer.Ordinal);
    // Per area, a past war told as a dated story (Data/area-rules.json's narrativeByArea, session 20): the rule and its words of
    // fighting (true) and their exceptions (false: "tập trận" is no "trận").
    private readonly List<(string Area, AreaNarrative Rule, PhraseTrie<bool> Words)> _narratives = [];
    // Per area, words that place the article's meetings on a conference's sidelines (Data/area-rules.json's sidelinesByArea,
    // session 21): the rule and its words.
    private readonly List<(string Area, AreaSidelines Rule, PhraseTrie<bool> Words)> _sidelines = [];
    // Per area, the area beside which a few sentences of its words make it (Data/area-rules.json's besideByArea; session 24).
    private readonly List<(string Area, AreaBeside Rule, PhraseTrie<bool> Words)> _besides = [];
    // Per area, the title's subject beside which the body must state the area's aim (Data/area-rules.json's aimsByArea; session 24).
    private readonly List<(string Area, PhraseTrie<bool> TitleWords, PhraseTrie<bool> Words)> _aims = [];
    // Per area, the words that name its subject (Data/area-rules.json's densityByArea) and the rule.
    private readonly List<(string Area, AreaDensity Rule, PhraseTrie<bool> Words, (AreaTitledSubject Tier, PhraseTrie<bool> Except, PhraseTrie<bool>? Cues, PhraseTrie<bool>? Events)[] Titled)> _densities = [];
    // Per area, a title naming an activity with its partners before it (Data/area-rules.json's jointTitlesByArea): the
    // activity's words, the partner words split into words ("#" for a number), the body's words of partnership around the
    // activity (null when the body alone cannot make the area) and the title words with which a joint activity names no area
    // (null for none; session 19).
    private readonly List<(string Area, AreaJointTitle Rule, PhraseTrie<bool> Words, string[][] Partners, HashSet<string> Hosts,
        string[][]? BodyPartners, PhraseTrie<bool>? Except)> _jointTitles = [];
    // Per area, a paragraph of specifications (Data/area-rules.json's specificationsByArea): the rule, its subject words and
    // the pattern of a measurement (a number and one of its units).
    private readonly List<(string Area, AreaSpecifications Rule, PhraseTrie<bool> Words, Regex Measure)> _specifications = [];

    // A capitalised name syllable that is not a country prefix: "Hà Thị Nga" is a person, "LB Nga" a country.
    private static readonly HashSet<string> CountryPrefixes = ["lb", "ch", "chlb", "chdcnd", "chnd", "chxhcn", "liên", "cộng", "nước", "vương"];

    private static readonly HashSet<string> NotNameStarts =
    [
        "bộ", "quốc", "hội", "tổ", "liên", "ủy", "đảng", "nhà", "chính", "quân", "hải", "không", "lục", "cục", "tổng", "viện",
        "học", "ban", "văn", "sở", "các", "hai", "ông", "bà", "việt", "thủ", "phó", "chủ", "đại", "thượng", "thiếu", "trung",
        "đô", "tướng", "lực", "cảnh", "biên", "trường", "bệnh", "sư", "lữ", "tại", "theo", "trong", "sau", "khi", "đoàn", "mỹ",
        "nga", "anh", "pháp", "đức", "những", "này", "người", "ngài", "cùng", "với", "và", "đã", "sẽ", "cũng", "nguyên",
    ];

    // Words of titles and institutions, never of a person's name.
    private static readonly HashSet<string> TitleWords = ["bộ", "quốc", "phòng", "trưởng", "tướng", "chính", "phủ", "hội", "nghị", "ủy", "ban", "đảng"];

    /// <summary>An extractor over <paramref name="data"/>'s gazetteers, lexicons and rules (the phrase dictionaries are built here, once).</summary>
    public EntityExtractor(ReferenceData data)
    {
        _data = data;
        // Before any phrase is added: the tries then key each word by its first spelling.
        TextTokens.JoinSpellings(data.Spellings.SameWord);
        foreach (var c in data.Countries)
        {
            var weak = new HashSet<string>(c.Weak ?? [], StringComparer.Ordinal);
            foreach (var label in new[] { c.Vi, c.En }.Where(l => !weak.Contains(l))) _countries.Add(label, (c.Key, false));
            foreach (var a in c.Aliases) _countries.Add(a, (c.Key, false));
            foreach (var a in c.Weak ?? []) _countries.Add(a, (c.Key, true));
        }
        // Cities that tag their country ("Raqqa"); they are no name of it (ResolveCountry leaves them out).
        foreach (var (place, key) in data.CountryExceptions.PlacesInCountry ?? []) _countries.Add(place, (key, false));
        _placesInCountry = (data.CountryExceptions.PlacesInCountry ?? []).Keys
            .Select(p => string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(p)).Select(t => t.Lower))).ToHashSet(StringComparer.Ordinal);
        foreach (var phrase in data.CountryExceptions.NotCountries) _countries.Add(phrase, (null, false));
        _notAtSentenceStart = data.CountryExceptions.NotAtSentenceStart.Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        _titlesAtSentenceStart = (data.CountryExceptions.TitlesAtSentenceStart ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        _beforeVietnameseName = (data.CountryExceptions.BeforeVietnameseName ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        _notGivenNames = (data.CountryExceptions.NotGivenNames ?? []).ToHashSet(StringComparer.Ordinal);
        _titleWordsBeforeCountry = LowerWords(data.CountryExceptions.TitleWordsBeforeCountry);
        _wordsBeforeCountry = LowerWords(data.CountryExceptions.WordsBeforeCountry);
        _personTitles = LowerWords(data.CountryExceptions.PersonTitles);
        _personTitleCompounds = LowerWords(data.CountryExceptions.PersonTitleCompounds);
        _brandMarks = string.Concat(data.CountryExceptions.BrandMarks ?? []);
        _formerMarkers = data.MinisterContext.FormerMarkers.Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        // Words as the text is matched in (normalised, lower case), each once.
        static HashSet<string> LowerWords(IEnumerable<string>? words) =>
            (words ?? []).Select(w => VietnameseText.Normalize(w).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        // Phrases as their lower-case words, each once.
        static string[][] Phrases(IEnumerable<string> phrases) => phrases
            .Select(p => TextTokens.Tokenize(VietnameseText.Normalize(p)).Select(t => t.Lower).ToArray())
            .Where(p => p.Length > 0).Distinct(new SequenceComparer()).ToArray();
        _beforeSurname = Phrases(data.MinisterContext.BeforeSurname);
        _otherOffices = Phrases(data.MinisterContext.OtherOffices);
        _officeQualifiers = Phrases(data.MinisterContext.OfficeQualifiers ?? []);
        _counterparts = Phrases(data.MinisterContext.Counterparts ?? []);
        _ministerTitles = Phrases(data.MinisterContext.MinisterTitles ?? []);
        _defencePortfolio = Phrases(data.MinisterContext.DefencePortfolio ?? []);
        _outgoingMarkers = Phrases(data.MinisterContext.OutgoingMarkers ?? []);
        _officesAbroad = Phrases(data.MinisterContext.OfficesAbroad ?? []);
        _ranks = Phrases(data.MinisterContext.Ranks ?? []).OrderByDescending(r => r.Length).ToArray();
        _languageWords = Phrases(data.CountryExceptions.LanguageWords ?? []);
        _languagePhraseStarts = Phrases(data.CountryExceptions.LanguagePhraseStarts ?? []);
        _sizeComparisons = Phrases(data.CountryExceptions.SizeComparisons ?? []);
        _placesBeforeCountry = Phrases(data.CountryExceptions.PlacesBeforeCountry ?? []);
        _likenessCues = Phrases(data.CountryExceptions.LikenessCues ?? []);
        _schoolSubjects = Phrases(data.CountryExceptions.SchoolSubjects ?? []);
        _warPhraseStarts = Phrases(data.CountryExceptions.WarPhraseStarts ?? []);
        _warListWords = LowerWords(data.CountryExceptions.WarListWords?.SelectMany(w => w.Split(' ')));
        _seaCompounds = Phrases(data.CountryExceptions.SeaCompounds ?? []);
        _competitionHeads = Phrases(data.CountryExceptions.CompetitionHeads ?? []);
        _splitCompounds = Phrases(data.CountryExceptions.SplitCompounds ?? []);
        _comparisonCues = Phrases(data.CountryExceptions.ComparisonCues ?? []);
        _distanceCues = Phrases(data.CountryExceptions.DistanceCues ?? []);
        _distanceApproximators = LowerWords(data.CountryExceptions.DistanceApproximators);
        _vietnameseSurnames = (data.CountryExceptions.VietnameseSurnames ?? []).Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        _namesakeCountryCues = LowerWords(data.CountryExceptions.NamesakeCountryCues);
        // Split on spaces, not tokenised: a cue's "#" stands for a number.
        _comparisonOwnerCues = (data.CountryExceptions.ComparisonOwnerCues ?? [])
            .Select(c => VietnameseText.Normalize(c).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(c => c.Length > 0).ToArray();
        _homeNameHeads = Phrases(data.CountryExceptions.HomeNameHeads ?? []);
        _lowerCaseHomeNameHeads = Phrases(data.CountryExceptions.LowerCaseHomeNameHeads ?? []);
        _titleNameHeads = Phrases(data.CountryExceptions.TitleNameHeads ?? []);
        _artistTitles = Phrases(data.CountryExceptions.ArtistTitles ?? []);
        _extentCues = Phrases(data.CountryExceptions.ExtentCues ?? []);
        _locationCues = Phrases(data.CountryExceptions.LocationCues ?? []);
        _homeNameStops = LowerWords(data.CountryExceptions.HomeNameStops);
        foreach (var (area, rule) in data.AreaRules.SpecificationsByArea ?? [])
        {
            var words = Trie(rule.Words);
            var units = string.Join("|", rule.Units.OrderByDescending(u => u.Length).Select(Regex.Escape));
            // A number ("2.790", "30,5", "8.000") right before a unit, spaced or not ("127 m", "8.000km"), the unit a whole word.
            var measure = new Regex(@"(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)*\s?(?<unit>" + units + @")(?![\p{L}\p{N}])",
                RegexOptions.CultureInvariant | RegexOptions.Compiled);
            _specifications.Add((area, rule, words, measure));
        }
        foreach (var m in data.Ministers)
        {
            foreach (var alias in m.Aliases.Append(m.Name).Distinct())
            {
                if (VietnameseText.IsAscii(VietnameseText.Fold(alias)) && !VietnameseText.IsAscii(alias) && m.Country == "VN")
                    _ministers.Add(alias, (m.Key, true));
                else if (VietnameseText.IsAscii(alias)) _ministersFolded.Add(alias, (m.Key, false));
                else _ministers.Add(alias, (m.Key, false));
            }
        }
        foreach (var area in data.Areas)
            foreach (var t in area.Triggers) _areas.Add(t.Phrase, (area.Key, t.Weight, t.Phrase));
        foreach (var w in data.AreaRules.DefenceWords) _defenceWords.Add(w.ToLowerInvariant(), true);
        _defenceWordsWanted = Math.Max(1, (data.AreaRules.MinDefenceWordsByArea ?? []).Select(m => m.Value.Min).DefaultIfEmpty(1).Max());
        foreach (var (area, rule) in data.AreaRules.MinDefenceWordsByArea ?? [])
            _defenceWordsExcept[area] = new HashSet<string>((rule.Except ?? []).Select(p => p.ToLowerInvariant()), StringComparer.Ordinal);
        foreach (var (area, words) in data.AreaRules.ContextWordsByArea ?? [])
            foreach (var w in words) _areaContext.Add(w.ToLowerInvariant(), area);
        foreach (var (area, pairs) in data.AreaRules.PairsByArea ?? [])
        {
            foreach (var pair in pairs)
            {
                var then = new PhraseTrie<string>(acrossDashes: true);
                foreach (var w in pair.Then) then.Add(w.ToLowerInvariant(), w.ToLowerInvariant());
                var unless = pair.Unless is { Length: > 0 } u ? Trie(u) : null;
                foreach (var w in pair.First.Select(f => f.ToLowerInvariant()))
                {
                    if (!_pairsByFirst.TryGetValue(w, out var list))
                    {
                        _pairsByFirst[w] = list = [];
                        _pairFirst.Add(w, w);
                    }
                    list.Add((area, pair, then, unless));
                }
            }
        }
        foreach (var (area, cues) in data.AreaRules.TitleCuesByArea ?? [])
            foreach (var w in cues) _areaTitleCues.Add(w.ToLowerInvariant(), area);
        foreach (var (area, rule) in data.AreaRules.MeetingsByArea ?? [])
            _meetings.Add((area, rule, Trie(rule.First, acrossDashes: false), Trie(rule.Officials, acrossDashes: false),
                Trie(rule.Counterparts, acrossDashes: false), Trie(rule.Masks ?? [], acrossDashes: false)));
        foreach (var (area, rule) in data.AreaRules.SpeakerTitlesByArea ?? [])
            _speakerTitles.Add((area, rule, Trie(rule.Words, acrossDashes: false), Trie(rule.Leaders ?? [], acrossDashes: false),
                Trie(rule.LeaderAt ?? [], acrossDashes: false)));
        foreach (var (area, rule) in data.AreaRules.NarrativeByArea ?? [])
        {
            var words = new PhraseTrie<bool>(acrossDashes: false);
            foreach (var w in rule.Words) words.Add(w.ToLowerInvariant(), true);
            foreach (var w in rule.Except ?? []) words.Add(w.ToLowerInvariant(), false);
            _narratives.Add((area, rule, words));
        }
        foreach (var (area, rule) in data.AreaRules.SidelinesByArea ?? [])
            _sidelines.Add((area, rule, Trie(rule.Words, acrossDashes: false)));
        foreach (var (area, rule) in data.AreaRules.AimsByArea ?? [])
            _aims.Add((area, Trie(rule.TitleWords), Trie(rule.Words)));
        foreach (var (area, rule) in data.AreaRules.BesideByArea ?? [])
            _besides.Add((area, rule, Trie(rule.Words)));
        // A mask word may stand for several areas: each phrase maps to all of them. Capitals are kept ("IS" is the group,
        // "is" an English word).
        foreach (var g in (data.AreaRules.SentenceMasksByArea ?? []).SelectMany(m => m.Value.Select(w => (Word: w, Area: m.Key))).GroupBy(x => x.Word))
            _areaSentenceMasks.Add(g.Key, g.Select(x => x.Area).Distinct().ToArray());
        foreach (var g in (data.AreaRules.TitleComplementsByArea ?? []).SelectMany(m => m.Value.Select(w => (Word: w.ToLowerInvariant(), Area: m.Key))).GroupBy(x => x.Word))
            _areaTitleComplements.Add(g.Key, g.Select(x => x.Area).Distinct().ToArray());
        foreach (var g in (data.AreaRules.TitleReportsByArea ?? []).SelectMany(m => m.Value.Select(w => (Word: w.ToLowerInvariant(), Area: m.Key))).GroupBy(x => x.Word))
            _areaTitleReports.Add(g.Key, g.Select(x => x.Area).Distinct().ToArray());
        foreach (var (area, rule) in data.AreaRules.DensityByArea ?? [])
        {
            var words = Trie(rule.Words);
            var titled = (rule.Titled ?? []).Select(t => (t, Trie(t.Except ?? []), t.Cues is { Length: > 0 } cues ? Trie(cues) : null,
                t.Events is { Length: > 0 } events ? Trie(events) : null)).ToArray();
            _densities.Add((area, rule, words, titled));
        }
        foreach (var (area, rule) in data.AreaRules.JointTitlesByArea ?? [])
            _jointTitles.Add((area, rule, Trie(rule.Words), SplitWords(rule.Partners),
                (rule.Hosts ?? []).Select(h => h.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                rule.BodyPartners is { Length: > 0 } bodyPartners ? SplitWords(bodyPartners) : null,
                rule.Except is { Length: > 0 } except ? Trie(except) : null));
        // The area phrases of two words or more by their folded spelling ("tau chien" is "tàu chiến"), for a slug word the
        // article never writes; a folded spelling two phrases share is no one's.
        var folded = new Dictionary<string, string[]?>(StringComparer.Ordinal);
        foreach (var phrase in data.Areas.SelectMany(a => a.Triggers.Select(t => t.Phrase))
                     .Concat((data.AreaRules.TitleCuesByArea ?? []).SelectMany(c => c.Value))
                     .Concat((data.AreaRules.DensityByArea ?? []).SelectMany(d => d.Value.Words))
                     .Concat((data.AreaRules.JointTitlesByArea ?? []).SelectMany(j => j.Value.Words)))
        {
            var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words.All(w => w.All(char.IsLetter))) continue;
            var key = VietnameseText.Fold(string.Join(' ', words));
            if (!VietnameseText.IsAscii(key)) continue;
            folded[key] = folded.TryGetValue(key, out var known) && (known is null || !known.SequenceEqual(words)) ? null : words;
        }
        foreach (var (key, words) in folded)
            if (words is not null) _areaPhrasesFolded[key] = words;
        foreach (var m in data.Ministers)
        {
            if (m.Country == "VN" || !VietnameseText.IsAscii(VietnameseText.Fold(m.Name))) continue;
            var words = TextTokens.Tokenize(VietnameseText.Normalize(m.Name));
            if (words.Count < 2) continue;
            // East Asian names put the family name first ("Ng Eng Hen" is "ông Ng", "Han Min-koo" is "ông Han").
            var surname = (FamilyNameFirst.Contains(m.Country) ? words[0] : words[^1]).Folded;
            if (surname.Length < 3) continue;
            if (!_surnames.TryGetValue((m.Country, surname), out var list)) _surnames[(m.Country, surname)] = list = [];
            list.Add(m);
        }
    }

    private static readonly HashSet<string> FamilyNameFirst = ["CN", "TW", "HK", "KR", "KP", "SG", "MO"];

    private sealed class SequenceComparer : IEqualityComparer<string[]>
    {
        public bool Equals(string[]? x, string[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);
        public int GetHashCode(string[] obj) => obj.Length == 0 ? 0 : HashCode.Combine(obj.Length, obj[0], obj[^1]);
    }

    /// <summary>The reference data this extractor reads.</summary>
    public ReferenceData Data => _data;

    private Dictionary<string, string>? _countryNamesFolded;

    /// <summary>
    /// Country names of two or more syllables, folded ("be la rut", "lien bang nga", "hoa ky") → key: a
    /// query that types one also finds the articles that name the country another way.
    /// </summary>
    public IReadOnlyDictionary<string, string> CountryNamesFolded => _countryNamesFolded ??= _data.Countries
        .SelectMany(c => c.Aliases.Append(c.Vi).Append(c.En).Select(a => (Name: string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(a)).Select(t => t.Folded)), c.Key)))
        .Where(x => x.Name.Contains(' '))
        .GroupBy(x => x.Name)
        .Where(g => g.Select(x => x.Key).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    /// <summary>The names of a country as lower-case words ("mỹ", "hoa kỳ", "united states"), to mark in results.</summary>
    /// <param name="key">The country's key.</param>
    public IEnumerable<string[]> CountryNames(string key) =>
        _data.CountryByKey.TryGetValue(key, out var c)
            ? c.Aliases.Concat(c.Weak ?? []).Append(c.Vi).Append(c.En).Select(a => TextTokens.Tokenize(VietnameseText.Normalize(a)).Select(t => t.Lower).ToArray())
                .Where(t => t.Length > 0).DistinctBy(t => string.Join(' ', t))
            : [];

    /// <summary>
    /// The countries, ministers, cooperation areas and publication date of <paramref name="article"/>; front-matter values
    /// (<see cref="Article.ExplicitCountries"/> …) win over what the text says.
    /// </summary>
    /// <param name="article">A parsed, cleaned article.</param>
    /// <param name="currentYear">The year of indexing (its last day bounds the date); this year when null.</param>
    public Extraction Extract(Article article, int? currentYear = null) => Extract(article, null, out _, currentYear);

    /// <summary><see cref="Extract(Article, int?)"/>, also handing on the words it found for indexing (null when it cannot).</summary>
    /// <param name="tokens">The list to split the text into (cleared first), which the caller must not reuse before
    /// the words are indexed; null for a new one.</param>
    /// <param name="article">A parsed, cleaned article.</param>
    /// <param name="words">Gets the words for indexing, or null when the text had to be normalised first.</param>
    /// <param name="currentYear">The year of indexing; this year when null.</param>
    internal Extraction Extract(Article article, List<TextToken>? tokens, out ArticleWords? words, int? currentYear = null)
    {
        var joined = article.Title + "\n" + article.BodyText;
        var text = VietnameseText.Normalize(joined);
        if (tokens is null) tokens = TextTokens.Tokenize(text);
        else TextTokens.Tokenize(text, tokens);
        words = ReferenceEquals(text, joined) ? ArticleWords.From(text, tokens, article.Title.Length) : null;
        return Extract(article, text, tokens, currentYear);
    }

    private Extraction Extract(Article article, string text, List<TextToken> tokens, int? currentYear)
    {
        var thisYear = currentYear ?? DateTime.UtcNow.Year;
        var span = CollectionsMarshal.AsSpan(tokens);
        var breaks = SentenceBreaks(text, span);
        var defence = IsAboutDefence(span);
        var titleCountries = new HashSet<string>(StringComparer.Ordinal);
        var titled = new HashSet<string>(StringComparer.Ordinal);
        var ministers = article.ExplicitMinisters is { } em ? ResolveMinisters(em) : FindMinisters(text, span, breaks, defence, titleCountries, titled);
        // The day the article is indexed bounds its date: today, or the last day of an earlier year asked for.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var indexDay = thisYear >= today.Year ? today : new DateOnly(thisYear, 12, 31);
        var published = DateExtractor.Default.Extract(article, indexDay, out var leadDay);
        var date = published is { Precision: DatePrecision.Day } ? published.Date : (DateOnly?)null;
        var year = published?.Year;
        if (article.ExplicitMinisters is null)
        {
            // Known ministers in office in the article's year (when it has one), or named by a defence title in the text.
            var current = year is { } y ? ministers.Where(m => titled.Contains(m.Key) || InOffice(m, y, thisYear)).ToList() : ministers.ToList();
            current.AddRange(FindBySurname(span, titleCountries, current, year, thisYear));
            ministers = WithoutSucceeded(current, titled, thisYear);
        }
        var areaPhrases = article.ExplicitAreas is null ? new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal) : null;
        return new Extraction(
            article.ExplicitCountries is { } ec ? ResolveCountries(ec) : FindCountries(text, span, breaks),
            ministers,
            article.ExplicitAreas is { } ea ? ResolveAreas(ea) : AreasOf(article, text, span, breaks, areaPhrases!),
            date,
            year,
            published,
            leadDay,
            areaPhrases);
    }

    /// <summary>
    /// The cooperation areas of an article. One without a title (a UNC file whose first line is a caption or the lead, its
    /// URL's headline not surely restored) is read with its slug's headline in the title's place (<see cref="UrlHeadline.BestEffort"/>),
    /// so the title cues, joint titles and a title's phrase told again count as they do for a titled article: "20 tàu chiến,
    /// máy bay chiến đấu Nga rầm rộ kéo đến Biển Đen" is naval. Only the areas read it: the shown title, the indexed words,
    /// the countries (a folded "my" is Mỹ or "mỹ", "nga" a name or a word) and the dates keep to the article's own text. Session 15.
    /// </summary>
    private List<string> AreasOf(Article article, string text, ReadOnlySpan<TextToken> span, bool[] breaks,
        Dictionary<string, IReadOnlyList<string>> phrases)
    {
        if (AreaHeadline(article) is not { } headline) return FindAreas(text, span, breaks, phrases);
        var withHeadline = VietnameseText.Normalize(headline + "\n" + article.BodyText);
        var headlined = CollectionsMarshal.AsSpan(TextTokens.Tokenize(withHeadline));
        return FindAreas(withHeadline, headlined, SentenceBreaks(withHeadline, headlined), phrases);
    }

    /// <summary>
    /// The headline the areas read for an article without a title: its URL slug's words spelt as its text spells them
    /// (<see cref="UrlHeadline.BestEffort"/>); a word the text never writes stays folded, unless it stands in an area
    /// phrase of two words or more that the slug writes whole ("tau chien" is "tàu chiến"), which spells it. Null for an
    /// article with a title or without a slug.
    /// </summary>
    internal string? AreaHeadline(Article article)
    {
        if (article.Title.Length > 0 || UrlHeadline.SlugWords(article.Url) is not { Count: > 0 } slug) return null;
        var words = UrlHeadline.BestEffort(slug, article.Paragraphs).Split(' ');
        if (words.Length != slug.Count) return null;
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = Math.Min(5, words.Length - i); n >= 2; n--)
            {
                if (!_areaPhrasesFolded.TryGetValue(string.Join(' ', slug.Skip(i).Take(n)), out var phrase)) continue;
                for (var k = 0; k < n; k++)
                    if (string.Equals(words[i + k], slug[i + k], StringComparison.OrdinalIgnoreCase))
                        words[i + k] = char.IsUpper(words[i + k][0]) ? char.ToUpperInvariant(phrase[k][0]) + phrase[k][1..] : phrase[k];
                i += n - 1;
                break;
            }
        }
        return string.Join(' ', words);
    }

    /// <summary>
    /// Whether a known minister held the office in the article's year. Names outlive offices: a navy commander in
    /// 2017 became deputy minister in 2021, a Malaysian chief minister of Johor in 2017 became defence minister in
    /// 2023, a defence minister of 2014 is foreign minister in 2021. Vietnamese officers get a year's slack either
    /// side (the tenures are by year and the officers are in the news before and after).
    /// </summary>
    private bool InOffice(MinisterMention m, int year, int currentYear) =>
        !m.Known || _data.MinisterByKey[m.Key] is not { } known || known.Tenure(currentYear) is not { } t
        || (known.Country == "VN" ? year >= t.From - 1 && year <= t.To + 1 : year >= t.From && year <= t.To);

    /// <summary>
    /// Ministers whose successor the article also names with the defence title: a country has one defence minister at a time,
    /// so when the text calls the one who took over from another its minister ("Bộ trưởng Quốc phòng Pháp Sylvie Goulard"
    /// beside a 2016 photo caption of "Bộ trưởng Quốc phòng Pháp Jean-Yves Le Drian"), it was written after the other had
    /// left, who is named as he was then. A later minister named without the title (a general who became minister years
    /// later) says nothing of the article's time.
    /// </summary>
    private List<MinisterMention> WithoutSucceeded(List<MinisterMention> found, HashSet<string> titled, int currentYear)
    {
        (int From, int To, string Country)? Term(MinisterMention m) =>
            m.Known && _data.MinisterByKey.TryGetValue(m.Key, out var k) && k.Role == "minister" && k.Tenure(currentYear) is { } t ? (t.From, t.To, k.Country) : null;
        return found.Where(m => Term(m) is not { } a || !found.Any(o => titled.Contains(o.Key) && Term(o) is { } b && o.Key != m.Key && b.Country == a.Country
            && b.From >= a.To && (b.From > a.From || b.To > a.To))).ToList();
    }

    /// <summary>
    /// Known foreign ministers named by their surname alone after "ông", "bà", "Bộ trưởng" … ("ông Fallon"), in an
    /// article that states the defence title with their country ("Bộ trưởng Quốc phòng Anh"), when exactly one
    /// minister of that country with that surname was in office in the article's year (or is known at all, undated).
    /// </summary>
    private List<MinisterMention> FindBySurname(ReadOnlySpan<TextToken> tokens, HashSet<string> titleCountries,
        List<MinisterMention> found, int? year, int currentYear)
    {
        var result = new List<MinisterMention>();
        if (titleCountries.Count == 0) return result;
        for (var i = 1; i < tokens.Length; i++)
        {
            ref readonly var t = ref tokens[i];
            if (!t.Capitalized || t.PunctuationBefore) continue;
            if (i + 1 < tokens.Length && tokens[i + 1].Capitalized && !tokens[i + 1].PunctuationBefore) continue;
            if (!AfterSurnameTitle(tokens, i)) continue;
            foreach (var country in titleCountries)
            {
                if (!_surnames.TryGetValue((country, t.Folded), out var candidates)) continue;
                var inOffice = candidates.Where(c => year is not { } y || InOffice(new MinisterMention(c.Key, c.Name, true), y, currentYear)).ToList();
                if (inOffice.Count != 1) continue;
                var key = inOffice[0].Key;
                if (found.All(f => f.Key != key) && result.All(f => f.Key != key)) result.Add(new MinisterMention(key, inOffice[0].Name, true));
            }
        }
        return result;
    }

    private bool AfterSurnameTitle(ReadOnlySpan<TextToken> tokens, int i) => EndsWithPhrase(tokens, i, _beforeSurname);

    /// <summary>Whether one of <paramref name="phrases"/> (lower-case words) ends right before token <paramref name="i"/>, its words
    /// standing together (no punctuation between); a "#" word stands for one or more numbers ("gấp # lần": "gấp 10-15 lần").</summary>
    private static bool EndsWithPhrase(ReadOnlySpan<TextToken> tokens, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            var t = i; // the first token of the match of the word after phrase[k]
            var ok = true;
            for (var k = phrase.Length - 1; k >= 0 && ok; k--)
            {
                if (t == 0 || (k < phrase.Length - 1 && tokens[t].PunctuationBefore)) ok = false;
                else if (phrase[k] != "#") ok = tokens[--t].Lower == phrase[k];
                else
                {
                    ok = char.IsDigit(tokens[--t].Lower[0]);
                    // "10-15", and a decimal "2,5" or "1.5" (one mark glued between digits; session 18).
                    while (ok && t > 0 && char.IsDigit(tokens[t - 1].Lower[0]) && (tokens[t].DashBefore || tokens[t].Start == tokens[t - 1].End + 1)) t--;
                }
            }
            if (ok) return true;
        }
        return false;
    }

    /// <summary>The countries of a tokenised text without its string (no sentence or teaser tests), in order of first mention.</summary>
    public IReadOnlyList<string> FindCountries(IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindCountries(null, span, SentenceBreaks(null, span));
    }

    /// <summary>The countries of a text, leaving out those in related-story teasers ("[Không quân Hàn Quốc nâng cấp …]").</summary>
    public IReadOnlyList<string> FindCountries(string text, IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindCountries(text, span, SentenceBreaks(text, span));
    }

    /// <param name="text">The normalised text, or null (no sentence or teaser tests).</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="breaks">Per word, whether a sentence ends before it (<see cref="SentenceBreaks"/>; none without the text).</param>
    private List<string> FindCountries(string? text, ReadOnlySpan<TextToken> tokens, bool[] breaks)
    {
        var found = new List<string>();
        var teasers = text is null ? [] : Teasers(text);
        // The end of a list of languages ("tiếng Anh, Pháp") and of a size comparison ("bằng diện tích của Vương quốc Bỉ").
        var languagesEnd = -1;
        var comparisonEnd = -1;
        var warEnd = -1;
        var comparedEnd = -1;
        var namesakes = GivenNamesOfFullNames(text, tokens);
        for (var i = 0; i < tokens.Length;)
        {
            if (_sizeComparisons.Length > 0 && StartsPhrase(tokens, i, _sizeComparisons) is > 0 and var cue) comparisonEnd = SentenceEnd(breaks, tokens, i + cue);
            // "đóng giả chiến đấu cơ Nga": a likeness within the next few words of the sentence.
            if (_likenessCues.Length > 0 && StartsPhrase(tokens, i, _likenessCues) is > 0 and var like)
                comparisonEnd = Math.Max(comparisonEnd, Math.Min(SentenceEnd(breaks, tokens, i + like), i + like + LikenessWords));
            // "hành lang trải dài từ Tehran tới Damascus và Lebanon": the ends of an extent, up to the list after "tới"/"đến".
            if (_extentCues.Length > 0 && StartsPhrase(tokens, i, _extentCues) is > 0 and var extent && ExtentEnd(text, tokens, i + extent) is > 0 and var extentEnd)
                comparisonEnd = Math.Max(comparisonEnd, extentEnd);
            // "17 thứ tiếng: Việt, Anh, Pháp, Đức, Nga …": a language word and a colon open a list of languages to the sentence's end.
            if (text is not null && _languageWords.Length > 0 && StartsPhrase(tokens, i, _languageWords) is > 0 and var words && i + words < tokens.Length
                && text.AsSpan(tokens[i + words - 1].End, tokens[i + words].Start - tokens[i + words - 1].End).Trim() is ":")
                comparisonEnd = Math.Max(comparisonEnd, SentenceEnd(breaks, tokens, i + words));
            var match = _countries.MatchLongest(tokens, i);
            // "Mirage do Pháp chế tạo": a word that begins with a country's name ("Pháp chế") yields to a compound that its last
            // word begins ("chế tạo"); the name is the country.
            if (match is { Value.Key: null, Length: >= 2 } word && StartsPhrase(tokens, i + word.Length - 1, _splitCompounds) > 0
                && _countries.MatchLongest(tokens, i, word.Length - 1) is { Value.Key: not null } name)
                match = name;
            if (match is not { } m) { i++; continue; }
            // "lực lượng bảo vệ bờ biển Nhật Bản": "biển" ends a coast or a coast guard, not a sea's name; the country is named.
            if (m.Value.Key is null && tokens[i].Lower == "biển" && !tokens[i].PunctuationBefore && EndsWithPhrase(tokens, i, _seaCompounds)) { i++; continue; }
            var language = InLanguageList(tokens, i, m.Length, languagesEnd, m.Value.Key is null);
            if (language) languagesEnd = i + m.Length;
            // "kháng chiến chống Pháp, chống Mỹ": a war's name goes on with the next enemy, and the enemy is no mention.
            // Only a war named by its enemy ("chống Pháp") goes on so: "chiến tranh Việt Nam, Mỹ rút quân" names the US.
            if (m.Value.Key is null && StartsPhrase(tokens, i, _warPhraseStarts) > 0)
                warEnd = Against(tokens, i, m.Length) ? i + m.Length : -1;
            else if (m.Value.Key is not null && warEnd >= 0 && ContinuesWar(text, tokens, warEnd, i))
            {
                warEnd = i + m.Length;
                i += m.Length;
                continue;
            }
            // "vượt xa Maroc (ở vị trí thứ 57), Libya (thứ 72), Tunisia (76)": the term of a comparison goes on with the list it opens.
            // "Kaliningrad nằm giữa Ba Lan và Litva": a location's reference points, the list going on as a comparison's does.
            var compared = m.Value.Key is not null && (Compared(tokens, i) || Located(tokens, i) || (comparedEnd > 0 && ListContinues(text, tokens, comparedEnd, i)));
            if (compared) comparedEnd = i + m.Length;
            if (m.Value.Key is { } key && !language && i >= comparisonEnd && !compared && (!m.Value.Weak || !PartOfName(tokens, i)) && !(m.Length == 1 && (PronounAtSentenceStart(text, breaks, tokens, i) || TitleAtSentenceStart(text, breaks, tokens, i)))
                && !(m.Length == 1 && (BeginsVietnameseName(tokens, i) || Byline(tokens, i) || AfterInitial(text, tokens, i) || ShortNamePair(tokens, i) || InSubjectList(tokens, i)))
                && !((m.Length == 1 || m.Value.Weak) && AfterPersonTitle(tokens, i))
                && !Inside(teasers, tokens[i].Start) && !InCompetitionName(tokens, i) && !ComparedOwner(text, tokens, i) && !Distance(tokens, i, m.Length) && !BeforeTimestamp(text, tokens[i + m.Length - 1])
                && !Branded(text, tokens[i + m.Length - 1]) && !InCode(text, tokens, i, m.Length) && !EndByline(text, breaks, tokens, i, m.Length) && !(m.Value.Weak && PlaceInAnotherCountry(text, tokens, i + m.Length))
                && !(m.Length == 1 && namesakes.Contains(tokens[i].Text) && Namesake(tokens, i)) && !InPhotoCredit(text, tokens, i, m.Length))
            {
                // "Báo Hải Quân Việt Nam": the home country ending a firm's, newspaper's or road's name is no mention of it.
                if (key != _data.CountryExceptions.HomeCountry || !(InHomeName(text, tokens, i) || InTitleName(tokens, i) || InEnglishName(text, tokens, i, m.Length))) AddOnce(found, key);
            }
            i += m.Length;
        }
        return found;
    }

    // How many capitalised words may stand between a family name and the short name that ends a full name ("Nguyễn Thị Thu Nga").
    private const int MiddleNames = 3;

    /// <summary>
    /// The short names of beforeVietnameseName that end a Vietnamese person's full name in the text ("Nguyễn Anh Đức", "Lê Thị
    /// Nga"): a family name of vietnameseSurnames that begins a name (no capitalised word right before it), up to three capitalised
    /// words, and the short name, which ends the name (punctuation or a lower-case word after it). A name of two words before a
    /// bracket, a slash or the text's end is a byline ("Đỗ Anh (tổng hợp)"), not counted. Session 18.
    /// </summary>
    private HashSet<string> GivenNamesOfFullNames(string? text, ReadOnlySpan<TextToken> tokens)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (_vietnameseSurnames.Count == 0) return names;
        for (var k = 0; k < tokens.Length - 1; k++)
        {
            if (!_vietnameseSurnames.Contains(tokens[k].Text) || (k > 0 && !tokens[k].PunctuationBefore && tokens[k - 1].Capitalized)) continue;
            for (var j = k + 1; j < tokens.Length && j <= k + 1 + MiddleNames; j++)
            {
                if (tokens[j].PunctuationBefore || !tokens[j].Capitalized) break;
                if (_beforeVietnameseName.Contains(tokens[j].Text) && (j + 1 == tokens.Length || tokens[j + 1].PunctuationBefore || !tokens[j + 1].Capitalized)
                    && (j > k + 1 || !BylineEnd(text, tokens[j])))
                {
                    names.Add(tokens[j].Text);
                    break;
                }
            }
        }
        return names;
    }

    /// <summary>
    /// "Hưng rủ Đức đi trộm" in an article naming "Nguyễn Anh Đức": a short name that ends a full name of the article, standing alone,
    /// is that person, unless a word of namesakeCountryCues stands right before it ("sang Đức", "người Đức") or a country's name
    /// stands beside it in a list ("Anh, Pháp và Đức"). Session 18.
    /// </summary>
    private bool Namesake(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (i > 0 && !tokens[i].PunctuationBefore && (_namesakeCountryCues.Contains(tokens[i - 1].Lower) || TeamCode(tokens[i - 1].Text))) return false;
        // The next item of a list: after a comma or "và"/"hoặc".
        var next = i + 1;
        if (next < tokens.Length && !tokens[next].PunctuationBefore && tokens[next].Lower is "và" or "hoặc") next++;
        if (next < tokens.Length && (tokens[next].PunctuationBefore || next > i + 1) && !tokens[next].DashBefore && OtherCountryAt(tokens, next, tokens[i].Text)) return false;
        // The item before: a country's name that ends right before (a comma between) or before "và"/"hoặc".
        var end = i;
        if (end > 0 && !tokens[end].PunctuationBefore && tokens[end - 1].Lower is "và" or "hoặc") end--;
        if (end == i && !tokens[i].PunctuationBefore) return true;
        for (var start = Math.Max(0, end - 4); start < end; start++)
            if (_countries.MatchLongest(tokens, start) is { Value.Key: not null } c && start + c.Length == end && tokens[start].Text != tokens[i].Text) return false;
        return true;
    }

    /// <summary>"Đỗ Anh (tổng hợp)", "Trần Nga/VOV", "… Hoàng Anh" at the text's end: a name of two words before a bracket, a slash or
    /// the end is a byline, the writer's, not a person of the story (without the text, every one is).</summary>
    private static bool BylineEnd(string? text, in TextToken last)
    {
        if (text is null) return true;
        var rest = text.AsSpan(last.End).TrimStart();
        return rest.IsEmpty || rest[0] is '(' or '/';
    }

    private bool OtherCountryAt(ReadOnlySpan<TextToken> tokens, int k, string name) =>
        _countries.MatchLongest(tokens, k) is { Value.Key: not null } && tokens[k].Text != name;

    /// <summary>
    /// Whether the country at <paramref name="i"/> is the next enemy of a war's name that ends at <paramref name="warEnd"/>
    /// ("kháng chiến chống Pháp, chống Mỹ", "chống thực dân Pháp và đế quốc Mỹ"): after a comma or "và", with only
    /// country-exceptions.json warListWords ("chống", "đế quốc", "thực dân", "và") between.
    /// </summary>
    private bool ContinuesWar(string? text, ReadOnlySpan<TextToken> tokens, int warEnd, int i)
    {
        if (i < warEnd || warEnd >= tokens.Length) return false;
        var comma = tokens[warEnd].PunctuationBefore && !tokens[warEnd].DashBefore
            && (text is null || text.AsSpan(tokens[warEnd - 1].End, tokens[warEnd].Start - tokens[warEnd - 1].End).Trim() is ",");
        if (!comma && tokens[warEnd].Lower != "và") return false;
        for (var k = warEnd; k < i; k++)
        {
            if (k > warEnd && tokens[k].PunctuationBefore) return false;
            if (tokens[k].Capitalized || !_warListWords.Contains(tokens[k].Lower)) return false;
        }
        return !tokens[i].PunctuationBefore || i == warEnd;
    }

    // Whether the phrase of length words at i holds "chống" (against).
    private static bool Against(ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        for (var k = i; k < i + length; k++)
            if (tokens[k].Lower == "chống") return true;
        return false;
    }

    // How many words a firm's or road's name may hold before the home country ends it ("Tổng công ty Đầu tư phát triển đô thị
    // và khu công nghiệp Việt Nam").
    private const int HomeNameWords = 15;

    /// <summary>Whether the home country at <paramref name="i"/> ends a name that one of the home name heads begins, with no
    /// punctuation between ("Báo Hải Quân Việt Nam", "tuyến đường bộ ven biển Việt Nam").</summary>
    private bool InHomeName(string? text, ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_homeNameHeads.Length == 0 || tokens[i].PunctuationBefore) return false;
        for (var j = i - 1; j >= Math.Max(0, i - HomeNameWords); j--)
        {
            // A name begins with a capital ("Báo Hải Quân", not "bài báo về loa phường Việt Nam") and holds no preposition
            // ("ngân hàng thương mại số 1 tại Việt Nam", "một tờ báo của Việt Nam").
            if (_homeNameStops.Contains(tokens[j].Lower)) return false;
            // A number ends a name from the left: "Ngày 6-1-2017 Cục Hàng hải Việt Nam" is a date, not a holiday's name.
            if (char.IsDigit(tokens[j].Lower[0])) return false;
            if (tokens[j].Capitalized && StartsPhrase(tokens, j, _homeNameHeads) > 0) return true;
            // Some heads begin a name in lower case when a capitalised word follows them ("báo Giáo dục Việt Nam").
            if (StartsPhrase(tokens, j, _lowerCaseHomeNameHeads) is > 0 and var head && j + head < i && tokens[j + head].Capitalized) return true;
            if (tokens[j].PunctuationBefore && !DashInName(text, tokens, j)) return false;
        }
        return false;
    }

    /// <summary>
    /// "Tập đoàn Than - Khoáng sản Việt Nam", "Hội Hồi sức - Cấp cứu và Chống độc Việt Nam": a dash before a capitalised word at
    /// <paramref name="j"/>, with nothing but the dash between, joins two words of one name, unless a country's name stands on
    /// either side ("Diễn đàn ASEAN - Nhật Bản", "Hội nghị Campuchia - Lào"): a pair of countries is a relation, not a name. Session 21.
    /// </summary>
    private bool DashInName(string? text, ReadOnlySpan<TextToken> tokens, int j)
    {
        if (text is null || j < 1 || !tokens[j].DashBefore || !tokens[j].Capitalized || _countries.MatchLongest(tokens, j) is { Value.Key: not null }
            || text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim() is not ("-" or "–" or "—")) return false;
        for (var s = Math.Max(0, j - 4); s < j; s++)
            if (_countries.MatchLongest(tokens, s) is { Value.Key: not null } c && s + c.Length == j) return false;
        return true;
    }

    // How many words may stand between a title name head and the home country ("Hoa hậu Hoàn vũ Việt Nam", "Hoa hậu các dân tộc Việt Nam").
    private const int TitleNameWords = 3;

    /// <summary>Whether the home country at <paramref name="i"/> ends a beauty pageant's name or a title won in it: one of the title
    /// name heads, then at most three words, none a number or a word of homeNameStops, and the country, no punctuation between
    /// ("Á hậu Việt Nam 2014", "Hoa hậu Hoàn vũ Việt Nam", "Hoa khôi Phụ nữ Việt Nam qua ảnh", "thi hoa hậu Việt Nam"); not "Hoa hậu
    /// Phạm Thu Hương đại diện Việt Nam", not "Hoa hậu Hoàn vũ về Việt Nam". Session 19.</summary>
    private bool InTitleName(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_titleNameHeads.Length == 0 || tokens[i].PunctuationBefore) return false;
        for (var j = i - 1; j >= 0 && j >= i - TitleNameWords - 2; j--)
        {
            if (StartsPhrase(tokens, j, _titleNameHeads) is > 0 and var head && j + head <= i && i - (j + head) <= TitleNameWords)
            {
                var joined = true;
                for (var k = j + head; k < i && joined; k++)
                    joined = !tokens[k].PunctuationBefore && !char.IsDigit(tokens[k].Lower[0]) && !_homeNameStops.Contains(tokens[k].Lower);
                if (joined) return true;
            }
            if (tokens[j + 1].PunctuationBefore) return false;
        }
        return false;
    }

    /// <summary>Whether the home country at <paramref name="i"/>, written without Vietnamese marks ("Vietnam", "VN"), stands in an English
    /// name: an English word (capitalised, without marks, no Vietnamese syllable) right after it, or after its "'s" ("Vietnam Idol",
    /// "Vietnam Airlines", "Vietnam's Next Top Model", "Vietnam Expo"), a show's, a firm's or a fair's name, as a home name. Session 20.</summary>
    private static bool InEnglishName(string? text, ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        // Written out, not the abbreviation: "Ủy ban MTTQ VN TPHCM" is Vietnam's front, an all-capital word after "VN" no English name.
        for (var k = i; k < i + length; k++)
            if (tokens[k].Forms.FoldedDiffers || !tokens[k].Text.Any(char.IsLower)) return false;
        var next = i + length;
        if (next < tokens.Length && text is not null && tokens[next].PunctuationBefore)
        {
            var gap = text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End);
            if (gap is "'" or "’" && tokens[next].Lower == "s") next++;
            else return false;
        }
        return next < tokens.Length && !tokens[next].PunctuationBefore && tokens[next].Capitalized && !tokens[next].Forms.FoldedDiffers
            && tokens[next].Lower.Length > 1 && !PlainVietnameseSyllable.IsMatch(tokens[next].Lower);
    }

    /// <summary>"… (Bảo Thanh đóng). Ba Lan", "… năm 2016. Anh Quốc", "… hiện nay... H. Anh": a country's name that ends the text, alone
    /// after a sentence's end (or an initial), is the writer's byline, not the country. Session 20.</summary>
    private static bool EndByline(string? text, bool[] breaks, ReadOnlySpan<TextToken> tokens, int i, int length) =>
        text is not null && i > 0 && i + length == tokens.Length && text.AsSpan(tokens[^1].End).IsWhiteSpace() && breaks[i];

    // How many words a range "từ X tới Y" may hold between "từ" and "tới", and after "tới".
    private const int ExtentWords = 10;

    /// <summary>Where a range that an extent cue opens ends ("trải dài từ Tehran tới Damascus và Lebanon", "nối từ London đến
    /// Gibraltar", "không phận từ bờ biển phía tây nước Mỹ cho tới Ấn Độ"): "từ" right at <paramref name="k"/>, then "tới" or "đến"
    /// within the same clause, then the words up to the next punctuation but a comma (a list); 0 when no range. Session 20.</summary>
    private static int ExtentEnd(string? text, ReadOnlySpan<TextToken> tokens, int k)
    {
        if (k >= tokens.Length || tokens[k].PunctuationBefore || tokens[k].Lower != "từ") return 0;
        for (var j = k + 2; j < tokens.Length && j <= k + ExtentWords; j++)
        {
            if (tokens[j].PunctuationBefore) return 0;
            if (tokens[j].Lower is not ("tới" or "đến")) continue;
            var end = j + 1;
            // A comma goes on with a list of names ("tới Iraq, Syria"), not with the next clause ("đến chiều, trong đó, nhóm cổ đông").
            while (end < tokens.Length && end <= j + ExtentWords
                && (!tokens[end].PunctuationBefore || (text is not null && !tokens[end].DashBefore && tokens[end].Capitalized
                    && text.AsSpan(tokens[end - 1].End, tokens[end].Start - tokens[end - 1].End).Trim() is ","))) end++;
            return end;
        }
        return 0;
    }

    // How many words after a likeness cue a country is still the likeness ("màu sơn và dấu hiệu tương tự không quân Nga").
    private const int LikenessWords = 7;

    /// <summary>
    /// Whether the name at <paramref name="i"/> is a language: right after a language word ("ngoại ngữ Anh"), or the next item of
    /// a list of languages that ends at <paramref name="languagesEnd"/> ("tiếng Anh, Pháp và Đức"), an item being followed by
    /// punctuation, "và", "hoặc" or the end. A phrase of country-exceptions.json that starts with a language phrase's first word
    /// ("tiếng Anh") starts a list (<paramref name="exception"/>).
    /// </summary>
    private bool InLanguageList(ReadOnlySpan<TextToken> tokens, int i, int length, int languagesEnd, bool exception)
    {
        if (exception) return StartsPhrase(tokens, i, _languagePhraseStarts) > 0;
        var end = i + length;
        var itemEnds = end >= tokens.Length || tokens[end].PunctuationBefore || tokens[end].Lower is "và" or "hoặc";
        if (!itemEnds) return false;
        if (!tokens[i].PunctuationBefore && EndsWithPhrase(tokens, i, _languageWords)) return true;
        if (languagesEnd < 0) return false;
        return (i == languagesEnd && tokens[i].PunctuationBefore && !tokens[i].DashBefore)
            || (i == languagesEnd + 1 && tokens[languagesEnd].Lower is "và" or "hoặc" && !tokens[languagesEnd].PunctuationBefore && !tokens[i].PunctuationBefore);
    }

    /// <summary>The length of the phrase of <paramref name="phrases"/> (lower-case words) that starts at token <paramref name="i"/>, or 0.</summary>
    private static int StartsPhrase(ReadOnlySpan<TextToken> tokens, int i, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > tokens.Length) continue;
            var ok = true;
            for (var k = 0; k < phrase.Length && ok; k++)
                ok = tokens[i + k].Lower == phrase[k] && (k == 0 || !tokens[i + k].PunctuationBefore);
            if (ok) return phrase.Length;
        }
        return 0;
    }

    // The index of the first token of the next sentence after token i (all of them without the text: no breaks known).
    private static int SentenceEnd(bool[] breaks, ReadOnlySpan<TextToken> tokens, int i)
    {
        for (var j = Math.Max(i, 1); j < tokens.Length; j++)
            if (breaks[j]) return j;
        return tokens.Length;
    }

    /// <summary>"Siêu cúp Anh", "Cúp Liên đoàn Anh", "Siêu cúp nước Anh": a competition's head right before the name.</summary>
    private bool InCompetitionName(ReadOnlySpan<TextToken> tokens, int i) =>
        _competitionHeads.Length > 0 && !tokens[i].PunctuationBefore
        && (EndsWithPhrase(tokens, i, _competitionHeads)
            || (i > 1 && tokens[i - 1].Lower == "nước" && !tokens[i - 1].PunctuationBefore && EndsWithPhrase(tokens, i - 1, _competitionHeads)));

    /// <summary>
    /// "lớn hơn cả đất nước Hà Lan", "có khả năng hơn cả Mỹ": a comparison cue right before the name, or before "nước", "đất nước"
    /// or "ở" and the name, with no punctuation between, makes the name only the term of a comparison.
    /// </summary>
    private bool Compared(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_comparisonCues.Length == 0) return false;
        var j = i;
        if (j > 0 && !tokens[j].PunctuationBefore && tokens[j - 1].Lower is "nước" or "ở") j--;
        if (j > 0 && !tokens[j].PunctuationBefore && tokens[j].Lower == "nước" && tokens[j - 1].Lower == "đất") j--;
        return !tokens[j].PunctuationBefore && EndsWithPhrase(tokens, j, _comparisonCues);
    }

    /// <summary>"Djibouti nằm gần các nước Somali", "lãnh thổ Nga nằm giữa Ba Lan": a location cue right before the name, or before
    /// "nước" or "các nước" and the name, with no punctuation between. Session 21.</summary>
    private bool Located(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_locationCues.Length == 0) return false;
        var j = i;
        if (j > 0 && !tokens[j].PunctuationBefore && tokens[j - 1].Lower == "nước") j--;
        if (j > 0 && !tokens[j].PunctuationBefore && tokens[j - 1].Lower == "các") j--;
        return !tokens[j].PunctuationBefore && EndsWithPhrase(tokens, j, _locationCues);
    }

    /// <summary>
    /// Whether the country at <paramref name="i"/> is the next item of a list whose last item ended at <paramref name="end"/>: only a
    /// comma, or "và", "hay", "hoặc" (after a comma or not), stand between, after a bracket of a few words that the item may carry
    /// ("Maroc (ở vị trí thứ 57), Libya (thứ 72)"), and before "các" or "nước" ("Saudi Arabia, Các tiểu vương quốc Arab"); or
    /// the item's own name in brackets, after at most three lower-case words that end it ("Các tiểu vương quốc Arab thống nhất (UAE)
    /// và Trung Quốc"). Session 21.
    /// </summary>
    private static bool ListContinues(string? text, ReadOnlySpan<TextToken> tokens, int end, int i)
    {
        if (text is null || end < 1 || i <= end - 1 || i - end > 10) return false;
        return ListGap.IsMatch(text.AsSpan(tokens[end - 1].End, tokens[i].Start - tokens[end - 1].End));
    }

    private static readonly Regex ListGap = new(@"^(\s*(\p{Ll}+\s+){0,3}\(\s*|\s*\)?\s*(\([^()\n]{0,40}\))?\s*(,\s*|,?\s*(và|hay|hoặc)\s+)((các|Các|nước)\s+)?)$",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>"cách Hồng Kông 240 km", "cách Nhật Bản khoảng 300 km": a distance cue right before the name and a number right after
    /// (or "khoảng", "chừng", "gần", "hơn", "tới" and a number) make it a reference point.</summary>
    private bool Distance(ReadOnlySpan<TextToken> tokens, int i, int length) =>
        _distanceCues.Length > 0 && i + length < tokens.Length && !tokens[i].PunctuationBefore && !tokens[i + length].PunctuationBefore
        && (char.IsDigit(tokens[i + length].Lower[0])
            || (_distanceApproximators.Contains(tokens[i + length].Lower) && i + length + 1 < tokens.Length
                && !tokens[i + length + 1].PunctuationBefore && char.IsDigit(tokens[i + length + 1].Lower[0])))
        && EndsWithPhrase(tokens, i, _distanceCues);

    // How many words the term of a comparison may hold between its cue and "của" ("sánh ngang với các hệ thống tên lửa Shtil-2
    // hiện đại của Nga").
    private const int ComparisonOwnerWords = 10;

    /// <summary>
    /// "sánh ngang với các hệ thống tên lửa Shtil-2 hiện đại của Nga", "Giống như tàu sân bay Kuznetsov của Nga", "gấp gần 4 lần hệ
    /// thống Patriot của Mỹ": the name after "của" (or "của nước") owns the term of a comparison that a cue of comparisonOwnerCues
    /// opens a few words before, in the same clause (no punctuation between) and with no other country between (that one is the
    /// term: "hơn cả Mỹ lôi kéo các nước khỏi ảnh hưởng của Trung Quốc" names China); it is no mention. Session 17.
    /// </summary>
    private bool ComparedOwner(string? text, ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_comparisonOwnerCues.Length == 0) return false;
        // "vượt xa … tàu ngầm của Trung Quốc, của Đức": a second owner after a comma and "của" goes on with the first (session 19).
        if (text is not null && i >= 3 && tokens[i - 1].Lower == "của" && !tokens[i].PunctuationBefore
            && text.AsSpan(tokens[i - 2].End, tokens[i - 1].Start - tokens[i - 2].End).Trim() is ",")
        {
            for (var s = Math.Max(0, i - 5); s < i - 1; s++)
                if (_countries.MatchLongest(tokens, s) is { Value.Key: not null } c && s + c.Length == i - 1) return ComparedOwner(text, tokens, s);
        }
        if (tokens[i].PunctuationBefore) return false;
        var j = i - 1;
        if (j > 0 && tokens[j].Lower == "nước" && !tokens[j].PunctuationBefore) j--;
        if (j < 1 || tokens[j].Lower != "của" || tokens[j].PunctuationBefore) return false;
        for (var k = j; k >= Math.Max(1, j - ComparisonOwnerWords); k--)
        {
            // Another country named between is the term ("hơn cả Mỹ lôi kéo các nước khỏi ảnh hưởng của Trung Quốc").
            if (k < j && _countries.MatchLongest(tokens, k) is { Value.Key: not null }) return false;
            if (EndsWithPhrase(tokens, k, _comparisonOwnerCues)) return true;
            // A hyphen inside a name ("Shtil-2", "Su-30") ends no clause, nor a slash glued inside one ("F-16A/B"; session 19).
            if (tokens[k].PunctuationBefore && !(tokens[k].Start == tokens[k - 1].End + 1
                && (tokens[k].DashBefore || (text is not null && text[tokens[k - 1].End] == '/')))) return false;
        }
        return false;
    }

    /// <summary>"Xú - Thể thao Việt Nam | 15:40 06/02/2017": a name right before a bar and a time and date is a source's credit.</summary>
    private static bool BeforeTimestamp(string? text, in TextToken last) =>
        text is not null && last.End < text.Length && Timestamp.IsMatch(text.AsSpan(last.End, Math.Min(24, text.Length - last.End)));

    private static readonly Regex Timestamp = new(@"^\s*\|\s*\d{1,2}:\d{2}\s+\d{1,2}/\d{1,2}/\d{4}", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A name written in capitals that is part of a code: glued after a word and a full stop, a web address's domain or an
    /// initialled credit ("VOV.VN", "Ảnh: L.ĐỨC"); glued before a hyphen and a word or number, an index's or a flight's code
    /// ("VN-Index", "VN-431"). Session 19.
    /// </summary>
    private static bool InCode(string? text, ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        if (text is null || tokens[i].Text.Any(char.IsLower) || tokens[i].Text.Count(char.IsLetter) < 2) return false;
        if (i > 0 && tokens[i].Start == tokens[i - 1].End + 1 && text[tokens[i - 1].End] == '.' && char.IsLetter(text[tokens[i - 1].End - 1])) return true;
        // The code's next part is a number or a word in small letters: in a headline in capitals "MỸ-HÀN" are two countries.
        var next = i + length;
        return length == 1 && next < tokens.Length && tokens[next].Start == tokens[next - 1].End + 1 && text[tokens[next - 1].End] == '-'
            && (char.IsDigit(tokens[next].Text[0]) || tokens[next].Text.Any(char.IsLower));
    }

    // "Vietnam+" (a news site's credit): a name glued to a brand mark.
    private bool Branded(string? text, in TextToken last) =>
        text is not null && _brandMarks.Length > 0 && last.End < text.Length && _brandMarks.Contains(text[last.End]);

    /// <summary>"Fort Stewart, Georgia (Mỹ)": a weak name followed by another country in brackets is a place in that country.</summary>
    private bool PlaceInAnotherCountry(string? text, ReadOnlySpan<TextToken> tokens, int next)
    {
        if (text is null || next >= tokens.Length || _countries.MatchLongest(tokens, next) is not { Value.Key: not null } c) return false;
        var between = text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End).Trim();
        var last = tokens[next + c.Length - 1];
        return between is "(" && last.End < text.Length && text[last.End] == ')';
    }

    /// <summary>
    /// "Mỹ Tâm", "Anh Tuấn", "Đức Hoàng", "Anh Thanh": a short country name followed by a capitalised word written with
    /// Vietnamese diacritics, or shaped as a Vietnamese syllable without them, begins a person's name, unless a title
    /// ("Tổng thống Mỹ …") stands before it.
    /// </summary>
    private bool BeginsVietnameseName(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (!_beforeVietnameseName.Contains(tokens[i].Text) || i + 1 >= tokens.Length) return false;
        var next = tokens[i + 1];
        if (next.PunctuationBefore || !next.Capitalized) return false;
        // "Anh Thanh cùng …", "Anh Phan Thanh Trầm": a given or family name written without marks; not the first word of a
        // foreign name ("Đại sứ Triều Tiên tại Anh Choe Il": "Il" is no Vietnamese syllable, so "Choe" is Korean).
        // A word with marks longer than any Vietnamese syllable (7 letters, "nghiêng") up to a capital inside it is a foreign word
        // glued to a Vietnamese one, no given name ("Báo Anh Mirrorđưa thông tin"); a name glued to the next word stays one
        // ("Nhật HưngMuối tiêu"). Session 22.
        var vietnamese = (next.Forms.FoldedDiffers && GluedHeadLength(next.Text) <= MaxSyllableLength && !_notGivenNames.Contains(next.Lower))
            || (PlainVietnameseSyllable.IsMatch(next.Lower) && !_notGivenNames.Contains(next.Lower) && !ForeignNameFollows(tokens, i + 2));
        if (!vietnamese) return false;
        if (_countries.MatchLongest(tokens, i + 1) is not null) return false;
        // "ca sĩ Mỹ Linh", "nhạc sĩ Anh Quân": an artist's title ends with "sĩ" as "binh sĩ Mỹ" does, but names the person (session 20).
        return i == 0 || tokens[i].PunctuationBefore || !_titleWordsBeforeCountry.Contains(tokens[i - 1].Lower) || EndsWithPhrase(tokens, i, _artistTitles);
    }

    // The longest Vietnamese syllable ("nghiêng", "nghiệng").
    private const int MaxSyllableLength = 7;

    // The letters of a word up to the first capital inside it ("Hưng" of "HưngMuối"), or all of them.
    private static int GluedHeadLength(string word)
    {
        for (var k = 1; k < word.Length; k++)
            if (char.IsUpper(word[k])) return k;
        return word.Length;
    }

    // A capitalised word without marks that is no Vietnamese syllable stands at j, in the same phrase ("Il" of "Choe Il").
    private static bool ForeignNameFollows(ReadOnlySpan<TextToken> tokens, int j) =>
        j < tokens.Length && tokens[j].Capitalized && !tokens[j].PunctuationBefore && !tokens[j].Forms.FoldedDiffers
        && tokens[j].Lower.Length > 1 && !PlainVietnameseSyllable.IsMatch(tokens[j].Lower); // an initial ("Quang T.") is no foreign word

    // A Vietnamese syllable written without marks ("Thanh", "Minh", "Lan", "Hoa"): "Anh Thanh cùng …" is a man named
    // Thanh, not Britain. Foreign names do not take this shape ("Boris", "Moon", "Trump", "Latinh"); the words of
    // notGivenNames (country-exceptions.json) that do are left out ("nhật báo Anh The Guardian", "… Mỹ Theo …").
    private static readonly System.Text.RegularExpressions.Regex PlainVietnameseSyllable = new(
        "^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?" +
        "(a|ai|ao|au|ay|am|an|ang|anh|ac|ach|ap|at|e|em|en|eng|eo|ep|et|ec|i|ia|im|in|inh|ip|it|ich|iu|" +
        "o|oa|oai|oay|oan|oang|oanh|oac|oach|oat|oam|oap|oe|oen|oet|oeo|oi|om|on|ong|oong|op|ot|oc|ooc|" +
        "u|ua|uan|uang|uat|uay|ui|um|un|ung|up|ut|uc|uy|uya|uyn|uynh|uyt|uych|y)$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Spans in square brackets on one line, and a line's tail after "Tin liên quan" ("related news", then headlines glued
    /// one after another to the line's end): the headlines of related stories.
    /// </summary>
    private static List<(int Start, int End)> Teasers(string text)
    {
        List<(int, int)>? spans = null;
        for (var related = text.IndexOf(RelatedNews, StringComparison.Ordinal); related >= 0; related = text.IndexOf(RelatedNews, related + 1, StringComparison.Ordinal))
        {
            var lineEnd = text.IndexOf('\n', related);
            (spans ??= []).Add((related, lineEnd < 0 ? text.Length : lineEnd));
        }
        for (var open = text.IndexOf('['); open >= 0; open = text.IndexOf('[', open + 1))
        {
            var close = text.IndexOf(']', open + 1);
            if (close < 0) break;
            var newline = text.IndexOf('\n', open + 1, close - open - 1);
            if (newline >= 0 || close - open > 300) continue;
            (spans ??= []).Add((open, close));
            open = close;
        }
        return spans ?? [];
    }

    private const string RelatedNews = "Tin liên quan";

    private static bool Inside(List<(int Start, int End)> spans, int position)
    {
        foreach (var (start, end) in spans)
            if (position > start && position < end) return true;
        return false;
    }

    // "Anh cho biết": at a sentence start, before a lower-case word, some short names are pronouns or words. A comma
    // does not start a sentence ("… Pháp, Anh và Đức"); without the text, any punctuation does.
    private bool PronounAtSentenceStart(string? text, bool[] breaks, ReadOnlySpan<TextToken> tokens, int i) =>
        _notAtSentenceStart.Contains(tokens[i].Text) && AtSentenceStart(text, breaks, tokens, i)
        && i + 1 < tokens.Length && !tokens[i + 1].Capitalized && !tokens[i + 1].PunctuationBefore;

    private static bool AtSentenceStart(string? text, bool[] breaks, ReadOnlySpan<TextToken> tokens, int i) =>
        i == 0 || tokens[i].PunctuationBefore && (text is null || SentenceStart(text, breaks, tokens, i))
            // A dash joins names ("Nga - Anh"), but after a sentence's end it opens a line of dialogue (". – Anh ơi, …").
            && (!tokens[i].DashBefore || (text is not null && breaks[i]));

    // "Anh Warmbier đã bị tuyên phạt", "Anh Zhang là một nhân viên": at a sentence start, before a capitalised word that begins
    // no country's name, "Anh" is a person's title (Mr.), whatever the name's language (session 20; "Anh Quốc" is matched whole).
    private bool TitleAtSentenceStart(string? text, bool[] breaks, ReadOnlySpan<TextToken> tokens, int i) =>
        _titlesAtSentenceStart.Contains(tokens[i].Text) && AtSentenceStart(text, breaks, tokens, i)
        && i + 1 < tokens.Length && tokens[i + 1].Capitalized && !tokens[i + 1].PunctuationBefore
        && _countries.MatchLongest(tokens, i + 1) is null;

    // Whether a sentence or a quote starts at word i (i > 0): a sentence break before it, or a colon, a quote mark or an
    // opening bracket between it and the word before.
    private static bool SentenceStart(string text, bool[] breaks, ReadOnlySpan<TextToken> tokens, int i) =>
        breaks[i] || text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny(":\"“”'‘(") >= 0;

    /// <summary>
    /// "… dè chừng. Nhật Nam", "Anh Khoa", "Đức Hoàng": a short name and one capitalised word standing alone between
    /// punctuation are a byline or a caption's name, not a country (and "Mỹ Latinh", "Trung Đông" are regions).
    /// </summary>
    private bool Byline(ReadOnlySpan<TextToken> tokens, int i) =>
        (_beforeVietnameseName.Contains(tokens[i].Text) || _beforeVietnameseName.Contains(TitleCase(tokens[i].Lower)))
        && (i == 0 || tokens[i].PunctuationBefore)
        && i + 1 < tokens.Length && tokens[i + 1].Capitalized && !tokens[i + 1].PunctuationBefore
        && (i + 2 >= tokens.Length || tokens[i + 2].PunctuationBefore)
        && _countries.MatchLongest(tokens, i + 1) is null;

    /// <summary>"H.Đức", "T.Nga": a short name glued to an upper-case initial and its full stop is a byline's name.</summary>
    private bool AfterInitial(string? text, ReadOnlySpan<TextToken> tokens, int i) =>
        text is not null && i > 0 && _beforeVietnameseName.Contains(tokens[i].Text)
        && tokens[i - 1].Text.Length == 1 && char.IsUpper(tokens[i - 1].Text[0])
        && tokens[i].Start == tokens[i - 1].End + 1 && text[tokens[i - 1].End] == '.'
        && (tokens[i - 1].Start == 0 || !char.IsLetterOrDigit(text[tokens[i - 1].Start - 1]) && text[tokens[i - 1].Start - 1] != '.');

    /// <summary>
    /// "ông Mỹ", "bà Nga", "anh Đức", "bé Đức": a short or weak name right after a lower-case word that titles a person
    /// (country-exceptions.json personTitles) is that person's given name, not the country. The title word ending a common noun
    /// ("người đàn ông Pháp", "anh em Nga", "các em Nhật": personTitleCompounds) leaves the name the person's nationality.
    /// </summary>
    private bool AfterPersonTitle(ReadOnlySpan<TextToken> tokens, int i) =>
        i > 0 && !tokens[i].PunctuationBefore && !tokens[i - 1].Capitalized && _personTitles.Contains(tokens[i - 1].Lower)
        && (i < 2 || tokens[i - 1].PunctuationBefore || !_personTitleCompounds.Contains(tokens[i - 2].Lower))
        && (_beforeVietnameseName.Contains(tokens[i].Text) || _countries.MatchLongest(tokens, i) is { Value.Weak: true });

    /// <summary>
    /// "Anh Đức", "Đức Anh", "Nhật Anh", "Mỹ Anh": two short names side by side with nothing between (no comma, dash or "và")
    /// are a person's name, not two countries; countries are listed with something between ("Nga - Mỹ", "Anh, Pháp").
    /// </summary>
    private bool ShortNamePair(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (!_beforeVietnameseName.Contains(tokens[i].Text)) return false;
        return (i + 1 < tokens.Length && !tokens[i + 1].PunctuationBefore && !tokens[i + 1].DashBefore && ShortName(tokens, i + 1))
            || (i > 0 && !tokens[i].PunctuationBefore && !tokens[i].DashBefore && ShortName(tokens, i - 1));
    }

    private bool ShortName(ReadOnlySpan<TextToken> tokens, int k) =>
        _beforeVietnameseName.Contains(tokens[k].Text) && _countries.MatchLongest(tokens, k) is { Length: 1 };

    /// <summary>
    /// "khối D (Toán, Văn, Anh)", "Anh - Toán - Ngữ văn": a short name listed beside a school subject (country-exceptions.json
    /// schoolSubjects, capitalised) is the language taught. Both are whole items of the list, between commas, dashes, brackets,
    /// "và" or "hoặc" ("Tấn Sinh, Đức Chinh" are footballers).
    /// </summary>
    private bool InSubjectList(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_schoolSubjects.Length == 0 || !ItemEnds(tokens, i + 1) || !ItemStarts(tokens, i)) return false;
        // The item after it, past punctuation or "và"/"hoặc".
        var next = i + 1 >= tokens.Length ? -1 : tokens[i + 1].PunctuationBefore ? i + 1 : tokens[i + 1].Lower is "và" or "hoặc" ? i + 2 : -1;
        if (next >= 0 && next < tokens.Length && tokens[next].Capitalized && StartsPhrase(tokens, next, _schoolSubjects) is > 0 and var length
            && ItemEnds(tokens, next + length)) return true;
        // The item before it, ending at punctuation or "và"/"hoặc".
        var end = tokens[i].PunctuationBefore ? i : i > 0 && tokens[i - 1].Lower is "và" or "hoặc" ? i - 1 : -1;
        foreach (var subject in _schoolSubjects)
        {
            var start = end - subject.Length;
            if (end > 0 && start >= 0 && tokens[start].Capitalized && StartsPhrase(tokens, start, [subject]) > 0 && ItemStarts(tokens, start)) return true;
        }
        return false;
    }

    // A list item ends before token k: the text ends, punctuation follows, or "và"/"hoặc".
    private static bool ItemEnds(ReadOnlySpan<TextToken> tokens, int k) =>
        k >= tokens.Length || tokens[k].PunctuationBefore || tokens[k].Lower is "và" or "hoặc";

    // A list item starts at token k: after punctuation, "và", "hoặc", "môn" or at the start.
    private static bool ItemStarts(ReadOnlySpan<TextToken> tokens, int k) =>
        k == 0 || tokens[k].PunctuationBefore || tokens[k - 1].Lower is "và" or "hoặc" or "môn";

    private bool PartOfName(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (i == 0 || tokens[i].PunctuationBefore || tokens[i].DashBefore) return false;
        var previous = tokens[i - 1];
        // "U20 Pháp", "U23 Lào": an age group's team code ends no person's name; the team is the country's. Session 17.
        if (TeamCode(previous.Text)) return false;
        return previous.Capitalized && !CountryPrefixes.Contains(previous.Lower) && !_wordsBeforeCountry.Contains(previous.Lower)
            && !EndsWithPhrase(tokens, i, _placesBeforeCountry); // "Hạm đội Thái Bình Dương Nga": a sea ends no name

    }

    // "U20", "U23"; and "ĐT" (đội tuyển, a national team: "ĐT Đức", session 20).
    private static bool TeamCode(string word) => (word.Length is 2 or 3 && word[0] == 'U' && char.IsDigit(word[1]) && char.IsDigit(word[^1])) || word == "ĐT";

    private static string TitleCase(string lower) => lower.Length == 0 ? lower : char.ToUpperInvariant(lower[0]) + lower[1..];

    /// <summary>The defence ministers and deputies named in a text in office (not called former, not only in another office), before the year checks of <see cref="Extract(Article, int?)"/>.</summary>
    public IReadOnlyList<MinisterMention> FindMinisters(string text, IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindMinisters(text, span, SentenceBreaks(text, span), IsAboutDefence(span), new HashSet<string>(StringComparer.Ordinal),
            new HashSet<string>(StringComparer.Ordinal));
    }

    /// <param name="text">The normalised text.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="breaks">Per word, whether a sentence ends before it (<see cref="SentenceBreaks"/>).</param>
    /// <param name="defence">Whether the article is about defence (<see cref="IsAboutDefence"/>).</param>
    /// <param name="titleCountries">Gets the countries named in defence titles ("Bộ trưởng Quốc phòng Anh").</param>
    /// <param name="titled">Gets the ministers whom a defence title names in the text ("Thượng tướng Lê Chiêm, Thứ trưởng Bộ
    /// Quốc phòng"): the text says they hold the office, whatever year the article is dated.</param>
    private List<MinisterMention> FindMinisters(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, bool defence, HashSet<string> titleCountries, HashSet<string> titled)
    {
        var found = new List<MinisterMention>();
        // Ministers the article calls former anywhere ("cựu Bộ trưởng Quốc phòng Ashton Carter", "X, nguyên Thứ trưởng").
        var former = new HashSet<string>(StringComparer.Ordinal);
        void Add(MinisterMention m)
        {
            if (found.All(f => f.Key != m.Key)) found.Add(m);
        }

        // Vietnamese officers share their names with many people: count them only in articles about defence. A known
        // name every mention of which follows another office's title ("Ngoại trưởng Marise Payne") is not counted.
        var inOtherOffice = new HashSet<string>(StringComparer.Ordinal);
        var inAnyOffice = new HashSet<string>(StringComparer.Ordinal);
        var apposedOffice = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length;)
        {
            if (KnownMinisterAt(tokens, i) is { } m && (!m.Vietnamese || defence))
            {
                var known = _data.MinisterByKey[m.Key];
                if (MarkedFormer(breaks, tokens, i, m.Length)) former.Add(known.Key);
                // A suffix stays with the name ("Carlito Galvez Jr, Chỉ huy trưởng …").
                var after = i + m.Length < tokens.Length && tokens[i + m.Length].Lower is "jr" or "sr" && !tokens[i + m.Length].PunctuationBefore ? i + m.Length + 1 : i + m.Length;
                var apposed = BeforeOtherOffice(tokens, after);
                if (apposed) apposedOffice.Add(known.Key);
                var elsewhere = apposed || AfterOtherOffice(tokens, i, known.Country != "VN" && known.Role == "minister") || CounterpartInOtherOffice(breaks, tokens, i)
                    || OutgoingToOtherOffice(breaks, tokens, i, m.Length);
                (elsewhere ? inOtherOffice : inAnyOffice).Add(known.Key);
                Add(new MinisterMention(known.Key, known.Name, true));
                i += m.Length;
            }
            else i++;
        }

        // Names no one listed, recognised from the titles around them. A title that closes the apposition of an
        // earlier name ("Đại tướng Ngô Xuân Lịch, …, Bộ trưởng Bộ Quốc phòng Việt Nam, Thượng tướng Phạm Trường Long")
        // does not belong to the name after its comma.
        var closesApposition = new HashSet<int>();
        foreach (Match m in NameThenTitle().Matches(text))
        {
            closesApposition.Add(m.Index + m.Length);
            if (Resolve(m.Groups["name"].Value) is not { } mention) continue;
            Add(mention);
            titled.Add(mention.Key);
        }
        foreach (Match title in TitleThenName().Matches(text))
        {
            var end = title.Index + title.Length;
            var p = SkipCountry(text, tokens, end, out var country);
            if (country is not null) titleCountries.Add(country);
            var rank = RankAhead().Match(text, p);
            if (rank.Success) p = rank.Index + rank.Length;
            var name = Name().Match(text, p);
            if (!name.Success || Resolve(name.Value) is not { } mention) continue;
            if (closesApposition.Contains(end) && text.AsSpan(end, name.Index - end).Contains(',')) continue;
            if (PrecededByFormer(text, title.Index))
            {
                former.Add(mention.Key);
                continue;
            }
            Add(mention);
            titled.Add(mention.Key);
        }
        // Named only in another office, or given another office in apposition and never the defence title ("Đại tướng Chaichan
        // Changmongkol, Thư ký Thường trực Bộ Quốc phòng Thái Lan" and then "Đại tướng Chaichan Changmongkol" alone).
        former.UnionWith(inOtherOffice.Where(k => !inAnyOffice.Contains(k) || (apposedOffice.Contains(k) && !titled.Contains(k))));
        found.RemoveAll(m => former.Contains(m.Key));
        titled.ExceptWith(former);
        return found;
    }

    /// <summary>
    /// Whether the name at <paramref name="i"/> stands right after another office's title, maybe with a country between,
    /// and maybe a qualifier between the title and the country ("Tổng tư lệnh quân đội Thổ Nhĩ Kỳ Hulusi Akar").
    /// </summary>
    /// <param name="tokens">The text's words.</param>
    /// <param name="i">The index of the name's first word.</param>
    /// <param name="foreign">Whether the name is a foreign minister's (not a deputy's): titles abroad and a rank after a comma count.</param>
    private bool AfterOtherOffice(ReadOnlySpan<TextToken> tokens, int i, bool foreign)
    {
        if (EndsWithPhrase(tokens, i, _otherOffices) || AfterOtherPortfolio(tokens, i)) return true;
        if (foreign && EndsWithPhrase(tokens, i, _officesAbroad)) return true;
        // "Tổng Tham mưu trưởng quân đội Thổ Nhĩ Kỳ, tướng Hulusi Akar": for a foreign minister, a rank after a comma may stand
        // between (deputies who are generals, Gerasimov, keep their name after "Tổng Tư lệnh …, Đại tướng").
        var start = i;
        foreach (var rank in _ranks)
        {
            if (i - rank.Length < 1 || !EndsWithPhrase(tokens, i, [rank]) || !tokens[i - rank.Length].PunctuationBefore) continue;
            // "Phó Chủ tịch Quốc hội, Đại tướng Đỗ Bá Tỵ": for anyone, another office's title right before the comma (session 17).
            if (EndsWithPhrase(tokens, i - rank.Length, _otherOffices)) return true;
            if (!foreign) break;
            start = i - rank.Length;
            break;
        }
        for (var j = Math.Max(0, start - 5); j < start; j++)
        {
            if (_countries.MatchLongest(tokens, j) is { Value.Key: not null } c && j + c.Length == start && !tokens[j].PunctuationBefore)
                return EndsWithPhrase(tokens, j, _otherOffices) || AfterQualifiedOffice(tokens, j, _otherOffices)
                    || (foreign && (EndsWithPhrase(tokens, j, _officesAbroad) || AfterQualifiedOffice(tokens, j, _officesAbroad)));
        }
        return false;
    }

    /// <summary>
    /// Whether another office's title follows the name that ends before <paramref name="k"/>, right after it or after a comma or
    /// dash ("ông Mohamed Khaled Nordin Thủ hiến bang Johor", "Phạm Hoài Nam, Tư lệnh Hải quân"), and is not itself followed by
    /// a name of two words or more (a list of people: "Bộ trưởng Quốc phòng James Mattis, Ngoại trưởng Rex Tillerson") nor,
    /// within a few words, by the defence title ("Phó Thủ tướng kiêm Bộ trưởng Quốc phòng"). After a comma or dash the title
    /// must not name a country either: "James Mattis, Thủ tướng Australia cũng …" and "Jeanine Hennis, Đại sứ Hà Lan tại
    /// Việt Nam …" begin the next person or clause.
    /// </summary>
    private bool BeforeOtherOffice(ReadOnlySpan<TextToken> tokens, int k)
    {
        foreach (var office in _otherOffices)
        {
            if (k + office.Length > tokens.Length) continue;
            var ok = true;
            for (var n = 0; n < office.Length && ok; n++)
                ok = tokens[k + n].Lower == office[n] && (n == 0 || !tokens[k + n].PunctuationBefore) && (n > 0 || tokens[k].Capitalized);
            if (!ok) continue;
            var p = k + office.Length;
            var country = p < tokens.Length && !tokens[p].PunctuationBefore && _countries.MatchLongest(tokens, p) is { Value.Key: not null };
            if (country && tokens[k].PunctuationBefore) continue;
            if (country) p += _countries.MatchLongest(tokens, p)!.Value.Length;
            var named = p + 1 < tokens.Length && tokens[p].Capitalized && !tokens[p].PunctuationBefore && tokens[p + 1].Capitalized && !tokens[p + 1].PunctuationBefore
                && !TitleWords.Contains(tokens[p].Lower); // "Bộ Quốc phòng", "Bộ Tư lệnh" are the office's, no person's name
            // The defence title itself, not only the ministry: "Thư ký Thường trực Bộ Quốc phòng Thái Lan" is another office.
            var defence = false;
            var minister = false;
            for (var n = k + office.Length + 1; n < Math.Min(tokens.Length, k + office.Length + 6) && !tokens[n].PunctuationBefore && !defence; n++)
            {
                minister |= EndsWithPhrase(tokens, n, _ministerTitles);
                defence = minister && tokens[n].Lower == "phòng" && tokens[n - 1].Lower == "quốc";
            }
            if (!named && !defence) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the name at <paramref name="i"/> is a counterpart ("người đồng nhiệm", maybe with a country between) whose
    /// office, the nearest title before it in the sentence or else the first after it, is another office ("Ngoại trưởng Nga
    /// Sergey Lavrov hội đàm với người đồng nhiệm Pháp Jean-Yves Le Drian", "Trong cuộc hội đàm với người đồng nhiệm Pháp
    /// Jean-Yves Le Drian, Ngoại trưởng Nga …"); a defence title there ("Bộ trưởng Quốc phòng") keeps the name.
    /// </summary>
    private bool CounterpartInOtherOffice(bool[] breaks, ReadOnlySpan<TextToken> tokens, int i)
    {
        var start = i;
        for (var j = Math.Max(0, i - 5); j < i; j++)
        {
            if (_countries.MatchLongest(tokens, j) is { Value.Key: not null } c && j + c.Length == i && !tokens[j].PunctuationBefore)
            {
                start = j;
                break;
            }
        }
        string[]? phrase = null;
        foreach (var p in _counterparts)
        {
            if (!EndsWithPhrase(tokens, start, [p])) continue;
            phrase = p;
            break;
        }
        if (phrase is null) return false;
        // The nearest title before the counterpart in the sentence, else the first one after the name.
        for (int j = start - phrase.Length, steps = 0; j > 0 && steps < 40; j--, steps++)
        {
            if (breaks[j]) break;
            if (EndsWithPhrase(tokens, j, _otherOffices)) return true;
            if (j >= 2 && tokens[j - 1].Lower == "phòng" && tokens[j - 2].Lower == "quốc") return false;
        }
        for (int j = i + 1, steps = 0; j < tokens.Length && steps < 40; j++, steps++)
        {
            if (breaks[j]) break;
            if (EndsWithPhrase(tokens, j, _otherOffices)) return true;
            if (tokens[j].Lower == "phòng" && tokens[j - 1].Lower == "quốc") return false;
        }
        return false;
    }

    /// <summary>
    /// Whether the name at <paramref name="i"/> is called outgoing ("Bộ trưởng Quốc phòng sắp mãn nhiệm Jean-Yves Le Drian") and
    /// another office's title follows in its sentence ("… được chỉ định làm Ngoại trưởng"): the article names the new office.
    /// </summary>
    private bool OutgoingToOtherOffice(bool[] breaks, ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        if (_outgoingMarkers.Length == 0 || !EndsWithPhrase(tokens, i, _outgoingMarkers)) return false;
        for (int j = i + length, steps = 0; j < tokens.Length && steps < 30; j++, steps++)
        {
            if (breaks[j]) break;
            if (tokens[j].Lower == "phòng" && tokens[j - 1].Lower == "quốc") return false;
            if (EndsWithPhrase(tokens, j + 1, _otherOffices)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a minister's title of another portfolio ends right before <paramref name="i"/>: "Bộ trưởng" or "Thứ trưởng",
    /// then up to 8 words without punctuation and without "quốc phòng" ("Bộ trưởng Bộ Nhập cư và Bảo vệ biên giới Australia
    /// Peter Dutton", "Bộ trưởng An ninh Ben Wallace"). The bare title ("Bộ trưởng Mattis") is none.
    /// </summary>
    private bool AfterOtherPortfolio(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (_ministerTitles.Length == 0 || i == 0 || tokens[i].PunctuationBefore) return false;
        // The bare title right before the name ("… và Bộ trưởng Sajjan") is none, whatever stands before it.
        if (EndsWithPhrase(tokens, i, _ministerTitles)) return false;
        for (var j = i - 1; j >= Math.Max(1, i - 10); j--)
        {
            if (StartsPhrase(tokens, j, _defencePortfolio) > 0 || tokens[j].PunctuationBefore) return false;
            if (EndsWithPhrase(tokens, j, _ministerTitles)) return true;
        }
        return false;
    }

    // Another office's title and a qualifier ("quân đội") ending at i.
    private bool AfterQualifiedOffice(ReadOnlySpan<TextToken> tokens, int i, string[][] offices)
    {
        foreach (var qualifier in _officeQualifiers)
        {
            if (!EndsWithPhrase(tokens, i, [qualifier]) || tokens[i - qualifier.Length].PunctuationBefore) continue;
            if (EndsWithPhrase(tokens, i - qualifier.Length, offices)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the name at <paramref name="i"/> is called former: "cựu/nguyên" before its title chain ("cựu Bộ trưởng
    /// Quốc phòng Mỹ Ashton Carter") or after a comma behind it ("Trương Quang Khánh, nguyên Thứ trưởng …").
    /// </summary>
    private bool MarkedFormer(bool[] breaks, ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        var sawTitle = false;
        for (int j = i - 1, steps = 0; j >= 0 && steps < 12; j--, steps++)
        {
            if (breaks[j + 1]) break;
            var t = tokens[j];
            if (_formerMarkers.Contains(t.Text)) return sawTitle;
            if (t.Lower == "trưởng") sawTitle = true;
            if (!t.Capitalized && !TitleChainWords.Contains(t.Lower)) break;
        }
        var k = i + length;
        if (k + 1 < tokens.Length && tokens[k].PunctuationBefore && _formerMarkers.Contains(tokens[k].Text))
        {
            for (var n = k + 1; n < Math.Min(tokens.Length, k + 4); n++)
                if (tokens[n].Lower == "trưởng") return true;
        }
        return false;
    }

    private bool PrecededByFormer(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return end > start && _formerMarkers.Contains(text[start..end]);
    }

    // Lower-case words of a title chain between "cựu" and a name ("cựu Bộ trưởng Quốc phòng", "nguyên Thứ trưởng thứ nhất").
    private static readonly HashSet<string> TitleChainWords = ["trưởng", "bộ", "quốc", "phòng", "thứ", "nhất", "tướng", "đô", "đốc", "tá"];

    private int SkipCountry(string text, ReadOnlySpan<TextToken> tokens, int position, out string? country)
    {
        country = null;
        while (position < text.Length && text[position] == ' ') position++;
        var index = FirstTokenAt(tokens, position);
        if (index >= 0 && _countries.MatchLongest(tokens, index) is { Value.Key: { } key } c)
        {
            country = key;
            position = tokens[index + c.Length - 1].End;
        }
        while (position < text.Length && (text[position] == ' ' || text[position] == ',')) position++;
        return position;
    }

    private static int FirstTokenAt(ReadOnlySpan<TextToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start == position) return mid;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>
    /// A name found by pattern: the known minister it names, else null. A name the gazetteer (409 ministers) does not hold is
    /// no facet value: on the 38k every one of the eight such values was wrong or a duplicate ("Donald Trump", "Rex Tillerson"
    /// after a defence title of another sentence, "James N" of "James N. Mattis", "Al-Attiyah" beside his listed name,
    /// officials of other ranks); the facet says what it knows rather than guess.
    /// </summary>
    internal MinisterMention? Resolve(string name)
    {
        var list = TextTokens.Tokenize(name);
        var tokens = CollectionsMarshal.AsSpan(list);
        if (tokens.Length == 0 || NotNameStarts.Contains(tokens[0].Lower)) return null;
        if (_countries.MatchLongest(tokens, 0) is { Value.Key: not null }) return null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (KnownMinisterAt(tokens, i) is { } m)
            {
                var known = _data.MinisterByKey[m.Key];
                return new MinisterMention(known.Key, known.Name, true);
            }
        }
        return null;
    }

    /// <summary>
    /// Areas that a substantial part of the article is about. The evidence for an area is its trigger phrases
    /// (Data/areas.json): a specific phrase (weight 2) anywhere, a suggestive one (weight 1) only in an article about
    /// defence (Data/area-rules.json's defence words); a phrase of weight 0 ("máy bay huấn luyện") masks the triggers
    /// inside it. A phrase inside a longer one just matched is the same mention ("khoa học quân sự" in "Viện Khoa học
    /// quân sự"). See <see cref="Substantial"/> for how much evidence makes an area.
    /// </summary>
    public IReadOnlyList<string> FindAreas(string text, IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindAreas(text, span, SentenceBreaks(text, span));
    }

    /// <param name="text">The normalised title, a line end and the body.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="breaks">Per word, whether a sentence ends before it (<see cref="SentenceBreaks"/>).</param>
    /// <param name="phrases">When given, gets per area found the phrases that made it (<see cref="ShownPhrases"/>).</param>
    private List<string> FindAreas(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, Dictionary<string, IReadOnlyList<string>>? phrases = null)
    {
        var evidence = FindAreaEvidence(text, tokens, breaks, out var bodySentences);
        var rules = _data.AreaRules;
        var sidelined = SidelinedAreas(text, tokens, breaks);
        var areas = _data.Areas.Where(a => evidence.TryGetValue(a.Key, out var e) && Substantial(e, bodySentences, rules, a.Key)
                && sidelined?.Contains(a.Key) != true)
            .Select(a => a.Key).ToList();
        // Session 24: strategic bombers in the title make training only when the body states a training aim (aimsByArea).
        foreach (var (area, titleWords, words) in _aims)
            if (areas.Contains(area) && TitleHolds(tokens, TitleEnd(text), titleWords) && !BodyHolds(text, tokens, words)) areas.Remove(area);
        // Session 24: an area that another found makes with a few sentences of its words (besideByArea: the East Sea developed
        // in a forum's article).
        foreach (var (area, rule, words) in _besides)
            if (!areas.Contains(area) && areas.Contains(rule.With) && sidelined?.Contains(area) != true
                && BesideSentences(text, tokens, breaks, area, words) >= rule.MinSentences)
            {
                areas.Add(area);
                if (!evidence.TryGetValue(area, out var ev)) evidence[area] = ev = new AreaEvidence();
                ev.Phrases.Add("beside:" + rule.With);
            }
        if (_besides.Count > 0) areas = _data.Areas.Select(a => a.Key).Where(areas.Contains).ToList();
        if (phrases is not null)
            foreach (var area in areas)
                if (ShownPhrases(evidence[area]) is { Count: > 0 } shown) phrases[area] = shown;
        return areas;
    }

    private static int TitleEnd(string text) => text.IndexOf('\n') is >= 0 and var end ? end : text.Length;

    /// <summary>Whether the body holds one of <paramref name="words"/>.</summary>
    private static bool BodyHolds(string text, ReadOnlySpan<TextToken> tokens, PhraseTrie<bool> words)
    {
        var titleEnd = TitleEnd(text);
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Start > titleEnd && words.MatchLongest(tokens, i) is not null) return true;
        return false;
    }

    /// <summary>
    /// How many body sentences hold one of <paramref name="words"/>, outside photo captions and the sentences that the area's
    /// sentence masks take out (<see cref="AreaBeside"/>).
    /// </summary>
    private int BesideSentences(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, string area, PhraseTrie<bool> words)
    {
        var titleEnd = TitleEnd(text);
        var (count, start) = (0, -1);
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].Start <= titleEnd) continue;
            if (i < tokens.Length && start >= 0 && !breaks[i]) continue;
            if (start >= 0)
            {
                // The sentence [start, i): counted when it holds a word, no mask of the area, and is no photo caption.
                var (held, masked) = (false, false);
                for (var k = start; k < i && !masked; k++)
                {
                    if (_areaSentenceMasks.MatchLongest(tokens, k) is { } mask && mask.Value.Contains(area, StringComparer.Ordinal)) masked = true;
                    if (!held && words.MatchLongest(tokens, k) is not null) held = true;
                }
                if (held && !masked && !(i < tokens.Length && IsPhotoCredit(text, tokens[i]))) count++;
            }
            start = i;
        }
        return count;
    }

    // How many of an area's phrases the article page shows.
    private const int ShownPhraseCount = 6;

    /// <summary>
    /// The phrases of an area's evidence, in lower case as Data/areas.json lists them ("tập trận chung", "huấn luyện"; a pair of
    /// words found apart as its two words, a title cue without its "title:" mark), at most <see cref="ShownPhraseCount"/>; the
    /// rules' own marks ("meeting", "body:joint") are left out. Session 19.
    /// </summary>
    private static List<string> ShownPhrases(AreaEvidence evidence) => evidence.Phrases
        .Select(p => p.StartsWith("title:", StringComparison.Ordinal) ? p["title:".Length..] : p)
        .Where(p => p is not ("meeting" or "joint") && !p.Contains(':', StringComparison.Ordinal))
        .Distinct(StringComparer.Ordinal).Take(ShownPhraseCount).ToList();

    /// <summary>The evidence FindAreas weighs, per area (for the rule tests and for reading why an article got an area).</summary>
    internal IReadOnlyDictionary<string, AreaEvidence> FindAreaEvidence(string text, IReadOnlyList<TextToken> tokens, out int bodySentences)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindAreaEvidence(text, span, SentenceBreaks(text, span), out bodySentences);
    }

    private Dictionary<string, AreaEvidence> FindAreaEvidence(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, out int bodySentences)
    {
        // Defence words counted up to the most that an area asks for (Data/area-rules.json's minDefenceWordsByArea; one
        // makes the article one about defence).
        var defenceWords = 0;
        for (var i = 0; i < tokens.Length && defenceWords < _defenceWordsWanted; i++)
            if (_defenceWords.MatchLongest(tokens, i) is { } d)
            {
                defenceWords++;
                i += d.Length - 1;
            }
        var defence = defenceWords > 0;
        // Areas whose suggestive phrases need more defence words than the text holds (session 18).
        HashSet<string>? thin = null;
        foreach (var (area, rule) in _data.AreaRules.MinDefenceWordsByArea ?? [])
            if (defenceWords < rule.Min) (thin ??= new(StringComparer.Ordinal)).Add(area);
        HashSet<string>? inContext = null;
        if (!defence)
        {
            for (var i = 0; i < tokens.Length; i++)
                if (_areaContext.MatchLongest(tokens, i) is { } c) (inContext ??= new(StringComparer.Ordinal)).Add(c.Value);
        }
        var titleEnd = TitleEnd(text);
        var evidence = new Dictionary<string, AreaEvidence>(StringComparer.Ordinal);
        var rules = _data.AreaRules;
        var items = ListItems(text, tokens, breaks, titleEnd, rules.TopicListItemWords);
        var mentions = new List<PhraseMention>();
        var sentence = 0;
        bodySentences = 0;
        var coveredUntil = 0; // end (exclusive) of the longest phrase matched so far
        var maskedUntil = 0; // end (exclusive) of the last phrase of weight 0 ("máy bay huấn luyện"): nothing inside it counts
        // The words after a pair's first words that a pair of weight 0 masks ("tàu sân bay" in "diệt tàu sân bay"): no phrase
        // starts there.
        var (pairMaskFrom, pairMaskTo) = (0, 0);
        // The sentences (0 the title) whose words take an area's phrases out of them (sentenceMasksByArea).
        HashSet<(int, string)>? maskedSentences = null;
        HashSet<int>? captions = null;
        // The areas whose phrases the title names only as the object of a warning, a threat or a worry (titleReportsByArea).
        HashSet<string>? reportTitle = null;
        for (var i = 0; i < tokens.Length && tokens[i].Start < titleEnd && _areaTitleReports.Count > 0; i++)
            if (_areaTitleReports.MatchLongest(tokens, i) is { } report) (reportTitle ??= new(StringComparer.Ordinal)).UnionWith(report.Value);
        for (var i = 0; i < tokens.Length; i++)
        {
            var inBody = tokens[i].Start > titleEnd;
            if (inBody && (bodySentences == 0 || breaks[i]))
            {
                // A sentence followed by "Ảnh:" is a photo's caption ("Bộ trưởng … phát biểu tại Đối thoại Shangri-La. Ảnh: AFP").
                if (bodySentences > 0 && IsPhotoCredit(text, tokens[i])) (captions ??= []).Add(sentence);
                sentence++;
                bodySentences++;
            }
            if (_areaSentenceMasks.Count > 0 && _areaSentenceMasks.MatchLongest(tokens, i) is { } mask)
                foreach (var area in mask.Value) (maskedSentences ??= []).Add((sentence, area));
            if (i >= pairMaskFrom && i < pairMaskTo) continue;
            if (i >= maskedUntil && _pairFirst.Count > 0)
                MatchPairs(breaks, tokens, i, inBody, sentence, items[i], defence, inContext, thin, mentions, ref pairMaskFrom, ref pairMaskTo);
            if (_areas.MatchLongest(tokens, i) is not { } m || i < maskedUntil) continue;
            if (m.Value.Weight == 0)
            {
                maskedUntil = i + m.Length;
                continue;
            }
            if (m.Value.Weight < 2 && !defence && inContext?.Contains(m.Value.Key) != true) continue;
            if (m.Value.Weight < 2 && thin?.Contains(m.Value.Key) == true && !_defenceWordsExcept[m.Value.Key].Contains(m.Value.Phrase)) continue;
            // A phrase inside a longer one just matched ("kỹ thuật quân sự" in "hợp tác kỹ thuật quân sự", "khoa học quân
            // sự" in "Viện Khoa học quân sự") is the same mention, not a second phrase.
            var phrase = i + m.Length > coveredUntil ? m.Value.Phrase : null;
            if (phrase is not null) coveredUntil = i + m.Length;
            var complement = !inBody && (TitleComplement(tokens, i, m.Value.Key) || reportTitle?.Contains(m.Value.Key) == true);
            mentions.Add(new PhraseMention(m.Value.Key, phrase, m.Value.Weight >= 2, inBody, sentence, items[i], complement));
        }
        // Short items between commas of a body sentence that name topicListAreas areas or more are a list of topics ("trao
        // đổi đoàn các cấp, hợp tác đào tạo, tìm kiếm cứu nạn, rà phá bom mìn …"): one phrase in such a list says nothing of
        // what the article is about, so the items' phrases are no evidence (the sentence's longer clauses still are).
        // An area that the title names keeps them: the title says the article is about it.
        HashSet<int>? lists = null;
        HashSet<string>? titled = null;
        if (rules.TopicListAreas > 0)
        {
            lists = mentions.Where(x => x.InBody && x.InItem).GroupBy(x => x.Sentence)
                .Where(g => g.Select(x => x.Area).Distinct().Count() >= rules.TopicListAreas).Select(g => g.Key).ToHashSet();
            titled = mentions.Where(x => !x.InBody).Select(x => x.Area).ToHashSet(StringComparer.Ordinal);
        }
        // An area's phrases in a body sentence that holds a phrase of an area it yields to are that area's ("tìm kiếm" in a
        // sentence on soldiers' remains is war legacy, not search and rescue).
        // Session 17: so are its phrases in a title that holds a specific phrase of such an area ("Tàu chiến hải quân Australia sẽ
        // thăm hữu nghị Đà Nẵng" is a port call).
        HashSet<(int, string)>? held = rules.YieldsToByArea is { Count: > 0 }
            ? mentions.Where(x => x.InBody || x.Specific).Select(x => (x.Sentence, x.Area)).ToHashSet() : null;
        HashSet<string>? specificInBody = null;
        foreach (var x in mentions)
        {
            if (maskedSentences?.Contains((x.Sentence, x.Area)) == true) continue;
            if (x.InBody && x.InItem && lists?.Contains(x.Sentence) == true && titled?.Contains(x.Area) != true) continue;
            if (held is not null && rules.YieldsToByArea!.TryGetValue(x.Area, out var owners)
                && owners.Any(o => held.Contains((x.Sentence, o)))) continue;
            if (!evidence.TryGetValue(x.Area, out var e)) evidence[x.Area] = e = new AreaEvidence();
            if (x.Phrase is not null) e.Phrases.Add(x.Phrase);
            if (x.Specific && x.InBody && captions?.Contains(x.Sentence) != true)
            {
                if (x.Phrase is not null) e.SpecificPhrases.Add(x.Phrase);
                e.SpecificSentences.Add(x.Sentence);
            }
            // A title phrase that complements the title's subject ("lá chắn … cho tàu chiến") is one of the area's phrases,
            // not the title naming the area.
            if (x.Complement) continue;
            if (x.Phrase is not null && !x.InBody) e.TitlePhrases.Add(x.Phrase);
            e.Mention(x.Specific, x.InBody, x.Sentence);
            if (x.Specific && x.InBody && captions?.Contains(x.Sentence) != true) (specificInBody ??= new(StringComparer.Ordinal)).Add(x.Area);
        }
        // An article whose title and most of whose body name the area's subject, and which holds several of its phrases, is
        // about it whatever share the phrases take up (a missile described sentence after sentence in everyday words).
        // A title that names the subject, without reactions or a drill in it, lets several phrases in several body sentences
        // make the area with a smaller share (the rule's "titled": "Kịch bản TQ nã nghìn tên lửa …" and five phrases of military
        // technology in 7 of 29 sentences); a title that names the weapon's strength as well ("đủ sức", "mạnh nhất"), with fewer
        // phrases (a tier with cues). Session 16.
        foreach (var (area, rule, words, tiers) in _densities)
        {
            if (!evidence.TryGetValue(area, out var ev)) continue;
            var (inTitle, named) = SubjectSentences(breaks, tokens, titleEnd, words, rule.Designations);
            ev.SubjectInTitle = inTitle;
            if (ev.Phrases.Count < rule.MinPhrases && !tiers.Any(t => ev.Phrases.Count >= t.Tier.MinPhrases)) continue;
            ev.Dense = ev.Phrases.Count >= rule.MinPhrases && inTitle && bodySentences > 0 && named >= rule.MinShare * bodySentences;
            if (!inTitle) continue;
            foreach (var (tier, except, cues, events) in tiers)
            {
                if (ev.Phrases.Count < tier.MinPhrases || ev.Sentences < tier.MinSentences || ev.Sentences < tier.MinShare * bodySentences
                    || TitleHolds(tokens, titleEnd, except) || (cues is not null && !TitleHolds(tokens, titleEnd, cues))
                    || (events is not null && !TitleHolds(tokens, titleEnd, events))) continue;
                ev.SubjectTitled = true;
                // Session 24 (helper rules25): a test's technical side named in the title makes the area even from generic
                // phrases ("động cơ" in "Triều Tiên thử động cơ …") or test words (Substantial).
                ev.TestTitled = events is not null;
                break;
            }
        }
        // A paragraph of specifications ("dài 118 m, lượng giãn nước 3.600 tấn, tốc độ tối đa 27 hải lý/giờ") with a few of the
        // area's phrases makes the area, however small a share of a port call or launch report it takes up.
        foreach (var (area, rule, words, measure) in _specifications)
        {
            if (!evidence.TryGetValue(area, out var ev) || ev.Dense || ev.Phrases.Count < rule.MinPhrases) continue;
            var phraseSentences = mentions.Where(x => x.InBody && x.Area == area).Select(x => x.Sentence).ToHashSet();
            ev.Dense = Specifications(text, tokens, breaks, titleEnd, rule, words, measure, phraseSentences);
        }
        // A title that names a joint activity ("Mỹ-Hàn tập trận", "NATO tập trận") names its area when the body names the
        // activity in a good share of its sentences, though the activity's words are no phrase of the area by themselves.
        // Below the share, the joint title names the area as a title cue does, when the body holds the area's phrases (the
        // rule's TitleCue; session 17).
        foreach (var (area, rule, words, partners, hosts, bodyPartners, jointExcept) in _jointTitles)
        {
            if (bodySentences == 0) continue;
            // A drill told as a show of force or a confrontation in the title is no joint training by its partners (session 19).
            if (jointExcept is not null && TitleHolds(tokens, titleEnd, jointExcept)) continue;
            if (!JointTitle(text, tokens, titleEnd, rule, words, partners, hosts))
            {
                // A multinational exercise that the body names with its partners ("NATO đã tổ chức cuộc tập trận", "cuộc tập trận
                // hải quân quốc tế") in several sentences, and names in a good share of them, is the area (session 19).
                // The joint sentences themselves must be a substantial part of the body (the rules' MinShare): a joint drill
                // named in 2 of 17 sentences of an article about one country's drills is not (session 19).
                if (bodyPartners is null
                    || JointBodySentences(breaks, tokens, titleEnd, rule.Window, words, bodyPartners) is var joined
                    && (joined < rule.BodySentences || joined < rules.MinShare * bodySentences)) continue;
                var (_, inBody) = SubjectSentences(breaks, tokens, titleEnd, words, false);
                if (inBody < rules.MinSentences || inBody < rule.MinShare * bodySentences) continue;
                if (!evidence.TryGetValue(area, out var joint)) evidence[area] = joint = new AreaEvidence();
                joint.Phrases.Add("body:joint");
                joint.Dense = true;
                continue;
            }
            var (_, named) = SubjectSentences(breaks, tokens, titleEnd, words, false);
            if (named < rules.MinSentences || named < rule.MinShare * bodySentences)
            {
                if (!rule.TitleCue || !evidence.TryGetValue(area, out var cued) || cued.Sentences == 0) continue;
                cued.Phrases.Add("title:joint");
                cued.Title = true;
                continue;
            }
            if (!evidence.TryGetValue(area, out var ev)) evidence[area] = ev = new AreaEvidence();
            ev.Phrases.Add("title:joint");
            (ev.Title, ev.Dense) = (true, true);
        }
        // A title cue ("tiếp đoàn", "giải cứu") names its area in the title when the body holds the area's phrases.
        for (var i = 0; i < tokens.Length && tokens[i].Start < titleEnd; i++)
        {
            if (_areaTitleCues.MatchLongest(tokens, i) is not { } cue || !evidence.TryGetValue(cue.Value, out var ev) || ev.Title) continue;
            ev.Phrases.Add("title:" + TextTokensText(text, tokens, i, cue.Length));
            ev.Title = true;
        }
        // A meeting with a defence official that the title or several body sentences tell ("hội đàm với Bộ trưởng Quốc phòng
        // Nga", "cuộc gặp với người đồng cấp Mỹ James Mattis") is the article's subject, though it is told in everyday words.
        foreach (var meeting in _meetings)
        {
            if (evidence.TryGetValue(meeting.Area, out var known) && known.Dense) continue;
            if (!MeetingTold(text, tokens, breaks, titleEnd, meeting.Rule, meeting.First, meeting.Officials, meeting.Counterparts, meeting.Masks)) continue;
            if (!evidence.TryGetValue(meeting.Area, out var ev)) evidence[meeting.Area] = ev = new AreaEvidence();
            ev.Phrases.Add("meeting");
            ev.Dense = true;
        }
        // A title naming a defence minister or official ("Bộ trưởng Quốc phòng Mỹ nói …", "Bộ trưởng Mattis: …") over a body
        // that names a specific phrase of the area outside a photo caption ("ông Mattis nói ở Đối thoại Shangri-La") is the
        // official's speech or meeting there, though the body names the forum once.
        // Session 23: a head of government's or state's title ("Thủ tướng Australia cảnh báo …") when the body names the forum in
        // LeaderMinSentences sentences outside captions (a speech there, not a plan to attend).
        // Session 24 (helper gates25): or once, right after words of the leader's presence there ("Phát biểu tại hội nghị thượng đỉnh
        // NATO", "khi ông đang tham gia hội nghị thượng đỉnh NATO"), outside captions and not after "sẽ" (a plan).
        foreach (var (area, rule, words, leaders, leaderAt) in _speakerTitles)
        {
            if (specificInBody?.Contains(area) != true || !evidence.TryGetValue(area, out var ev) || ev.Title) continue;
            var leaderCounts = ev.SpecificSentences.Count >= rule.LeaderMinSentences
                || (leaderAt.Count > 0 && LeaderAtForum(text, tokens, breaks, titleEnd, area, leaderAt));
            for (var i = 0; i < tokens.Length && tokens[i].Start < titleEnd; i++)
            {
                var speaker = words.MatchLongest(tokens, i) is { } w ? TextTokensText(text, tokens, i, w.Length)
                    : rule.Ministers && KnownMinisterAt(tokens, i) is { } m ? TextTokensText(text, tokens, i, m.Length)
                    : leaderCounts && leaders.MatchLongest(tokens, i) is { } l ? TextTokensText(text, tokens, i, l.Length) : null;
                if (speaker is null) continue;
                ev.Phrases.Add("title:" + speaker);
                ev.Title = true;
                break;
            }
        }
        // A past war told as a dated story (Data/area-rules.json's narrativeByArea, session 20): the title or the lead dates it
        // ("năm 1969", "tháng 4/1945") and the body tells it in dates and words of fighting, without a war's name of the list.
        var bodyCount = bodySentences;
        if (defence)
            foreach (var (area, rule, words) in _narratives)
            {
                if (evidence.TryGetValue(area, out var known) && known.Dense) continue;
                if (rules.YieldsToByArea?.TryGetValue(area, out var owners) == true
                    && owners.Any(o => evidence.TryGetValue(o, out var oe) && Substantial(oe, bodyCount, rules, o))) continue;
                if (!NarrativeTold(text, tokens, breaks, titleEnd, bodySentences, area, rule, words)) continue;
                if (!evidence.TryGetValue(area, out var ev)) evidence[area] = ev = new AreaEvidence();
                ev.Phrases.Add("narrative:dated");
                ev.Dense = true;
            }
        return evidence;
    }

    /// <summary>
    /// Whether a body sentence, outside photo captions, names a specific phrase of <paramref name="area"/> right after words of a
    /// leader's presence at it (<see cref="AreaSpeakerTitle.LeaderAt"/>: "phát biểu tại", "đang tham gia"), not after "sẽ" (a plan:
    /// "sẽ phát biểu tại …"). Session 24 (helper gates25).
    /// </summary>
    private bool LeaderAtForum(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, int titleEnd, string area, PhraseTrie<bool> leaderAt)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start <= titleEnd || leaderAt.MatchLongest(tokens, i) is not { } at) continue;
            var j = i + at.Length;
            if (j >= tokens.Length || breaks[j] || _areas.MatchLongest(tokens, j) is not { } m || m.Value.Key != area || m.Value.Weight < 2) continue;
            if (i > 0 && !breaks[i] && tokens[i - 1].Lower == "sẽ") continue;
            var end = j + m.Length;
            while (end < tokens.Length && !breaks[end]) end++;
            if (end < tokens.Length && IsPhotoCredit(text, tokens[end])) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the article tells a past war or battle as a dated story (<see cref="AreaNarrative"/>): the title or one of the
    /// lead's body sentences names a year up to the rule's latest, enough body sentences name such years and enough name words of
    /// fighting, and the title holds none of the area's sentence masks (a commemoration).
    /// </summary>
    private bool NarrativeTold(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, int titleEnd, int bodySentences, string area,
        AreaNarrative rule, PhraseTrie<bool> words)
    {
        if (bodySentences == 0) return false;
        var (dated, years, fighting, body) = (false, 0, 0, 0);
        var start = 0;
        while (start < tokens.Length)
        {
            // The sentence [start, end): the title, then each body sentence.
            var inBody = tokens[start].Start > titleEnd;
            var end = start + 1;
            while (end < tokens.Length && (inBody ? !breaks[end] : tokens[end].Start < titleEnd)) end++;
            if (!inBody)
            {
                for (var i = start; i < end; i++)
                    if (_areaSentenceMasks.MatchLongest(tokens, i) is { } mask && mask.Value.Contains(area, StringComparer.Ordinal)) return false;
            }
            var sentenceText = text.AsSpan(tokens[start].Start, tokens[end - 1].End - tokens[start].Start);
            var old = PastYear(sentenceText, rule.MaxYear);
            if (inBody)
            {
                body++;
                if (old) years++;
                for (var i = start; i < end; i++)
                {
                    if (words.MatchLongest(tokens, i) is not { } w) continue;
                    if (w.Value)
                    {
                        fighting++;
                        break;
                    }
                    i += w.Length - 1;
                }
            }
            if (old && (!inBody || body <= rule.LeadSentences)) dated = true;
            start = end;
        }
        return dated && years >= rule.MinYearSentences && years >= rule.MinYearShare * bodySentences
            && fighting >= rule.MinWordSentences && fighting >= rule.MinWordShare * bodySentences;
    }

    /// <summary>Whether a sentence names a year up to <paramref name="maxYear"/> ("năm 1969", "4/1945", "(1138-1193)") or a
    /// century before the twentieth ("thế kỷ 16", "thế kỷ XI").</summary>
    private static bool PastYear(ReadOnlySpan<char> sentence, int maxYear)
    {
        foreach (var m in PastYearRegex().EnumerateMatches(sentence))
        {
            var found = sentence.Slice(m.Index, m.Length);
            var digits = found.Length;
            while (digits > 0 && char.IsAsciiDigit(found[digits - 1])) digits--;
            if (digits < found.Length && found.Length - digits == 4 && !found.Contains("thế kỷ", StringComparison.OrdinalIgnoreCase))
            {
                if (int.Parse(found[digits..]) is >= 1000 and var year && year <= maxYear) return true;
                continue;
            }
            // "thế kỷ" and a number or a Roman numeral: before the twentieth century.
            var last = found.LastIndexOf(' ');
            var century = found[(last + 1)..];
            if (int.TryParse(century, out var c) ? c < 20 : !century.StartsWith("XX", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Pairs of words (Data/area-rules.json's pairsByArea) whose first words stand at <paramref name="i"/> and whose second
    /// follow within the pair's window in the same sentence ("mua hệ thống tên lửa"): each is one phrase of its area; or,
    /// for a pair of weight 0, the second words are masked (<paramref name="maskFrom"/> to <paramref name="maskTo"/>,
    /// exclusive): a carrier as a weapon's target ("diệt tàu sân bay"), drills that someone demands be stopped ("ngừng
    /// các cuộc tập trận") are no evidence of the area.
    /// </summary>
    private void MatchPairs(bool[] breaks, ReadOnlySpan<TextToken> tokens, int i, bool inBody, int sentence, bool inItem, bool defence,
        HashSet<string>? inContext, HashSet<string>? thin, List<PhraseMention> mentions, ref int maskFrom, ref int maskTo)
    {
        if (_pairFirst.MatchLongest(tokens, i) is not { } first) return;
        foreach (var (area, pair, then, unless) in _pairsByFirst[first.Value])
        {
            if (pair.Weight is 1 && !defence && inContext?.Contains(area) != true) continue;
            if (pair.Weight is 1 && thin?.Contains(area) == true && !_defenceWordsExcept[area].Contains(first.Value)) continue;
            var start = i + first.Length;
            for (var k = start; k < tokens.Length && k <= start + pair.Window; k++)
            {
                if (breaks[k]) break;
                // A word between the two that undoes the pair ("hợp đồng sản xuất … tàu chiến": building, no sale; session 20).
                if (unless?.MatchLongest(tokens, k) is not null) break;
                if (then.MatchLongest(tokens, k) is not { } second) continue;
                if (pair.Weight == 0)
                {
                    (maskFrom, maskTo) = (k, k + second.Length);
                    break;
                }
                // Named as the two words together, so that "mua tên lửa" of areas.json and the pair in it are one phrase.
                mentions.Add(new PhraseMention(area, first.Value + " " + second.Value, pair.Weight >= 2, inBody, sentence, inItem));
                break;
            }
        }
    }

    /// <summary>A trie of words matched whole, lower-cased, across dashes unless told otherwise.</summary>
    /// <summary>
    /// The areas whose sidelines words (Data/area-rules.json's sidelinesByArea, session 21) the title holds, or at least the rule's
    /// number of body sentences: "cuộc gặp … bên lề Hội nghị thượng đỉnh G20" told in three sentences places the article's talks
    /// on a summit's sidelines, which is no visit. Null when there are none.
    /// </summary>
    private HashSet<string>? SidelinedAreas(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks)
    {
        if (_sidelines.Count == 0 || tokens.Length == 0) return null;
        var titleEnd = TitleEnd(text);
        HashSet<string>? found = null;
        foreach (var (area, rule, words) in _sidelines)
        {
            var (sentences, lastSentence, sentence) = (0, -1, 0);
            for (var i = 0; i < tokens.Length; i++)
            {
                var inBody = tokens[i].Start > titleEnd;
                if (inBody && (sentence == 0 || breaks[i])) sentence++;
                if (words.MatchLongest(tokens, i) is null || sentence == lastSentence) continue;
                lastSentence = sentence;
                if (!inBody || ++sentences >= rule.MinSentences)
                {
                    (found ??= new(StringComparer.Ordinal)).Add(area);
                    break;
                }
            }
        }
        return found;
    }

    private static PhraseTrie<bool> Trie(IEnumerable<string> words, bool acrossDashes = true)
    {
        var trie = new PhraseTrie<bool>(acrossDashes: acrossDashes);
        foreach (var w in words) trie.Add(w.ToLowerInvariant(), true);
        return trie;
    }

    /// <summary>Phrases lower-cased and split into their words ("#" stays a number's place).</summary>
    private static string[][] SplitWords(IEnumerable<string> phrases) =>
        phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>Whether the title holds one of <paramref name="words"/>.</summary>
    private static bool TitleHolds(ReadOnlySpan<TextToken> tokens, int titleEnd, PhraseTrie<bool> words)
    {
        for (var i = 0; i < tokens.Length && tokens[i].Start < titleEnd; i++)
            if (words.MatchLongest(tokens, i) is not null) return true;
        return false;
    }

    /// <summary>
    /// Whether the title names a subject (<paramref name="words"/>, or with <paramref name="designations"/> a model
    /// designation such as "F-35", "Su-30MK2"), and in how many body sentences it is named (the sentences counted as
    /// FindAreaEvidence counts them).
    /// </summary>
    private static (bool Title, int Sentences) SubjectSentences(bool[] breaks, ReadOnlySpan<TextToken> tokens, int titleEnd,
        PhraseTrie<bool> words, bool designations)
    {
        var (title, sentences, first, counted) = (false, 0, true, false);
        for (var i = 0; i < tokens.Length; i++)
        {
            var inBody = tokens[i].Start > titleEnd;
            if (inBody && (first || breaks[i])) (first, counted) = (false, false);
            if (inBody ? counted : title) continue;
            if (words.MatchLongest(tokens, i) is null && !(designations && Designation(tokens, i))) continue;
            if (inBody) (sentences, counted) = (sentences + 1, true);
            else title = true;
        }
        return (title, sentences);
    }

    /// <summary>
    /// Whether the body holds a paragraph of specifications: <paramref name="rule"/>'s MinSentences sentences that hold
    /// MinMeasures measurements each (<paramref name="measure"/>: a number and a unit, "127 m", "3.600 tấn") in at least two
    /// different units between them, or one sentence with measurements in MinMeasuresAlone different units; each names the
    /// subject (<paramref name="words"/>) or holds a phrase of the area (<paramref name="phraseSentences"/>, body sentences
    /// numbered as FindAreaEvidence numbers them). One length repeated ("đường băng 3.048 m và 3.800 m") is no specification.
    /// </summary>
    private static bool Specifications(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, int titleEnd, AreaSpecifications rule,
        PhraseTrie<bool> words, Regex measure, HashSet<int> phraseSentences)
    {
        var (sentence, start, named, found, calibres) = (0, -1, false, 0, 0);
        var all = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].Start <= titleEnd) continue;
            if (i == tokens.Length || start < 0 || breaks[i])
            {
                if (start >= 0 && (named || phraseSentences.Contains(sentence)))
                {
                    var units = new HashSet<string>(StringComparer.Ordinal);
                    var count = 0;
                    foreach (Match m in measure.Matches(text.Substring(tokens[start].Start, tokens[i - 1].End - tokens[start].Start)))
                        (count, _) = (count + 1, units.Add(m.Groups["unit"].Value));
                    if (units.Count >= rule.MinMeasuresAlone) return true;
                    // Session 23: a calibre named in several sentences (an inventory of guns by calibre; AreaSpecifications.Calibres).
                    if (rule.MinCalibreSentences > 0 && rule.Calibres is { } calibre && units.Overlaps(calibre)
                        && ++calibres >= rule.MinCalibreSentences) return true;
                    if (count >= rule.MinMeasures)
                    {
                        all.UnionWith(units);
                        if (++found >= rule.MinSentences && all.Count >= 2) return true;
                    }
                }
                if (i == tokens.Length) break;
                (sentence, start, named) = (sentence + 1, i, false);
            }
            if (!named) named = words.MatchLongest(tokens, i) is not null;
        }
        return false;
    }

    /// <summary>
    /// Whether the title names the activity (<paramref name="words"/>) with its partners at most the rule's window of words
    /// before it, in the same clause: a partner word ("NATO", "11 nước") or the rule's number of countries joined by
    /// dashes, commas or "và" ("Mỹ-Hàn", "Hàn-Nhật-Mỹ", "Mỹ, Nhật, Pháp và Anh"), or one country after a word of destination
    /// of <paramref name="hosts"/> ("tới Qatar để tập trận": the host). A country after the activity is no partner ("Mỹ tập
    /// trận đối phó Triều Tiên", "ngừng các cuộc tập trận Mỹ-Hàn").
    /// </summary>
    private bool JointTitle(string text, ReadOnlySpan<TextToken> tokens, int titleEnd, AreaJointTitle rule, PhraseTrie<bool> words, string[][] partners,
        HashSet<string> hosts)
    {
        var (groupEnd, countries, lastCountryEnd, listFromStart) = (-1, 0, -1, false);
        for (var i = 0; i < tokens.Length && tokens[i].Start < titleEnd; i++)
        {
            if (groupEnd >= 0 && (i - groupEnd > rule.Window || (i > groupEnd && tokens[i].PunctuationBefore))) groupEnd = -1;
            if (groupEnd >= 0 && !tokens[i].PunctuationBefore && words.MatchLongest(tokens, i) is not null) return true;
            if (PartnerAt(tokens, i, partners) is > 0 and var n)
            {
                (groupEnd, i) = (i + n, i + n - 1);
                continue;
            }
            if ((rule.Countries < 2 && hosts.Count == 0) || _countries.MatchLongest(tokens, i) is not { Value.Key: not null } country) continue;
            // A country after a word of destination ("tới Qatar để tập trận") is the host the subject drills with.
            if (i > 0 && hosts.Contains(tokens[i - 1].Lower) && !tokens[i].PunctuationBefore)
            {
                (groupEnd, countries, lastCountryEnd) = (i + country.Length, 1, i + country.Length);
                i = lastCountryEnd - 1;
                continue;
            }
            if (rule.Countries < 2) continue;
            // Countries joined by a comma list the partners only from the clause's start ("Mỹ, Nhật, Pháp và Anh tập trận"); after
            // another word the comma ends a clause ("Bất chấp Trung Quốc, Mỹ diễn tập …": the US alone; session 17).
            var joined = lastCountryEnd >= 0 && (lastCountryEnd == i
                ? tokens[i].DashBefore || (listFromStart && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Trim().SequenceEqual(","))
                : lastCountryEnd == i - 1 && tokens[i - 1].Lower == "và" && !tokens[i - 1].PunctuationBefore && !tokens[i].PunctuationBefore);
            if (!joined) listFromStart = i == 0 || tokens[i].PunctuationBefore;
            countries = joined ? countries + 1 : 1;
            lastCountryEnd = i + country.Length;
            if (countries >= rule.Countries) groupEnd = lastCountryEnd;
            i = lastCountryEnd - 1;
        }
        return false;
    }

    /// <summary>
    /// How many body sentences name the activity (<paramref name="words"/>) with a word of partnership (<paramref name="partners"/>)
    /// at most <paramref name="window"/> words before or after it in the same clause ("NATO đã tổ chức cuộc tập trận", "cuộc tập
    /// trận hải quân quốc tế").
    /// </summary>
    private static int JointBodySentences(bool[] breaks, ReadOnlySpan<TextToken> tokens, int titleEnd, int window, PhraseTrie<bool> words,
        string[][] partners)
    {
        var (sentences, sentenceStart, counted) = (0, -1, false);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Start <= titleEnd) continue;
            if (sentenceStart < 0 || breaks[i]) (sentenceStart, counted) = (i, false);
            if (counted || words.MatchLongest(tokens, i) is not { } activity) continue;
            var end = i + activity.Length;
            var found = false;
            // Before: a partner ending at most window words before the activity, no punctuation between.
            for (var j = i - 1; j >= sentenceStart && j >= i - window - 3 && !found; j--)
            {
                if (tokens[j + 1].PunctuationBefore) break;
                if (PartnerAt(tokens, j, partners) is > 0 and var n && j + n <= i && i - (j + n) <= window) found = true;
            }
            // After: a partner starting at most window words after it, no punctuation between.
            for (var k = end; k < tokens.Length && k <= end + window && !found; k++)
            {
                if (tokens[k].PunctuationBefore || breaks[k]) break;
                if (PartnerAt(tokens, k, partners) > 0) found = true;
            }
            if (found) (sentences, counted) = (sentences + 1, true);
        }
        return sentences;
    }

    /// <summary>The length of the longest partner phrase at <paramref name="i"/> ("#" matches a number), or 0.</summary>
    private static int PartnerAt(ReadOnlySpan<TextToken> tokens, int i, string[][] partners)
    {
        var best = 0;
        foreach (var p in partners)
        {
            if (p.Length <= best || i + p.Length > tokens.Length) continue;
            var k = 0;
            while (k < p.Length && (p[k] == "#" ? char.IsAsciiDigit(tokens[i + k].Text[0]) : tokens[i + k].Lower == p[k])) k++;
            if (k == p.Length) best = p.Length;
        }
        return best;
    }

    /// <summary>Whether a model designation starts at <paramref name="i"/>: up to 8 Latin letters, the first a capital, then
    /// a dash and a word that starts with a digit ("F-35", "Su-30MK2", "DF-16", "Tu-95MS").</summary>
    private static bool Designation(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (i + 1 >= tokens.Length || !tokens[i + 1].DashBefore || tokens[i + 1].PunctuationBefore) return false;
        var (letters, number) = (tokens[i].Text, tokens[i + 1].Text);
        return letters.Length <= 8 && char.IsAsciiLetterUpper(letters[0]) && letters.All(char.IsAsciiLetter) && char.IsAsciiDigit(number[0]);
    }

    /// <summary>One phrase of an area found in the text: its name (null when inside a longer phrase just found), whether
    /// it is specific, and where it stands (the body sentence, and whether in a short item between commas).</summary>
    private readonly record struct PhraseMention(string Area, string? Phrase, bool Specific, bool InBody, int Sentence, bool InItem,
        bool Complement = false);

    /// <summary>Whether the title's words right before <paramref name="i"/> make the phrase of <paramref name="area"/> that
    /// starts there a complement of the title's subject ("cho tàu chiến", "lên tàu sân bay"; Data/area-rules.json's
    /// titleComplementsByArea).</summary>
    private bool TitleComplement(ReadOnlySpan<TextToken> tokens, int i, string area)
    {
        if (_areaTitleComplements.Count == 0) return false;
        for (var j = Math.Max(0, i - 3); j < i; j++)
            if (!tokens[i].PunctuationBefore && _areaTitleComplements.MatchLongest(tokens, j, i - j) is { } c && c.Length == i - j
                && c.Value.Contains(area, StringComparer.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// Per word, whether it stands in a short item of a list: a part of a body sentence between commas or semicolons (or
    /// the sentence's ends) of at most <paramref name="maxWords"/> words, in a sentence with such a separator.
    /// </summary>
    private static bool[] ListItems(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, int titleEnd, int maxWords)
    {
        var items = new bool[tokens.Length];
        if (maxWords <= 0) return items;
        var start = -1;
        var separated = false; // whether the sentence being read holds a separator so far
        for (var i = 0; i <= tokens.Length; i++)
        {
            if (i < tokens.Length && tokens[i].Start <= titleEnd) continue;
            var sentenceBreak = i == tokens.Length || (start >= 0 && breaks[i]);
            var separator = !sentenceBreak && start >= 0 && text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny(",;") >= 0;
            if (start < 0)
            {
                start = i;
                continue;
            }
            if (!sentenceBreak && !separator) continue;
            if (separator) separated = true;
            // The part [start, i) ends here; in a sentence with a separator, a short part is an item.
            if (separated && i - start <= maxWords) items.AsSpan(start, i - start).Fill(true);
            if (sentenceBreak) separated = false;
            start = i;
        }
        return items;
    }

    /// <summary>
    /// Whether an area's evidence is a substantial part of the article (<paramref name="rules"/>, Data/area-rules.json):
    /// two different phrases in the title and a body sentence, or in minSentences body sentences that are the area's
    /// minShare of the body; or one specific phrase (weight 2) that the title names and minSentences body sentences take
    /// up ("Trump ký hợp đồng bán vũ khí" and four sentences on the sale). One suggestive phrase repeated ("Nam Sudan",
    /// "huấn luyện") is not enough.
    /// </summary>
    internal static bool Substantial(AreaEvidence e, int bodySentences, AreaRules rules, string area)
    {
        var (phrases, sentences, title, minSentences) = (e.Phrases.Count, e.Sentences, e.Title, rules.MinSentences);
        // A test named with one more generic word ("phóng thử", "thử nghiệm thành công", "thiết kế") describes no weapon, whatever the
        // title or the density says (Data/area-rules.json's testWordsByArea; session 22).
        // Session 24: unless the title names the test's technical side (AreaEvidence.TestTitled).
        if (e.TestTitled) return true;
        if (rules.OnlyTested(area, e.Phrases)) return false;
        if (e.Dense) return true;
        // Generic words ("công nghệ", "thiết kế", "thử nghiệm", "chế tạo") add weight, but alone they make an area only from the
        // title (Data/area-rules.json's genericPhrasesByArea): a weapon's tag rests on words that describe a weapon.
        // Session 18: from a title that names the area's subject too (a weapon, densityByArea's words), when the area has one:
        // "công nghệ", "được trang bị" in a title on a tablet or a footballer's boots ("CR7 được trang bị giày …") name no weapon.
        if ((!title || rules.GenericInTitle(area) || (rules.DensityByArea?.ContainsKey(area) == true && !e.SubjectInTitle)) && rules.OnlyGeneric(area, e.Phrases))
            return false;
        // A title naming the subject with broad evidence in the body (densityByArea's "titled"; session 16).
        if (e.SubjectTitled) return true;
        // A specific phrase told again and again in the body (Data/area-rules.json's repeatedSpecificByArea; session 19): "quân y"
        // in 10 of 28 sentences of a report on soldiers' health is about military medicine without a second phrase.
        if (rules.RepeatedSpecificByArea is { } repeatedSpecific && repeatedSpecific.TryGetValue(area, out var rs)
            && e.SpecificSentences.Count >= rs.MinSentences && e.SpecificSentences.Count >= rs.MinShare * bodySentences) return true;
        if (phrases >= 2)
        {
            if (title && sentences >= 1) return true;
            if (sentences >= rules.SentencesFor(area) && sentences >= rules.ShareFor(area) * bodySentences) return true;
            // Several different phrases in several sentences need a smaller share (Data/area-rules.json's broadEvidenceByArea).
            // Session 22: a rule's wider tier (more phrases, a smaller share) when the rule itself fails.
            for (var b = rules.BroadEvidenceByArea is { } broad && broad.TryGetValue(area, out var first) ? first : null; b is not null; b = b.Wider)
                if (phrases >= b.MinPhrases && sentences >= b.MinSentences && sentences >= b.MinShare * bodySentences
                    && e.SpecificPhrases.Count >= b.MinSpecificPhrases && e.SpecificSentences.Count >= b.MinSpecificPhrases) return true;
            return false;
        }
        // One phrase in the title told again in several body sentences (Data/area-rules.json's titleRepeatedByArea: a visit).
        if (phrases == 1 && title && rules.TitleRepeatedByArea is { } repeated && repeated.TryGetValue(area, out var r)
            && sentences >= r.MinSentences && e.TitlePhrases.Any(p => r.Except?.Contains(p) != true)) return true;
        return phrases == 1 && e.Specific && title && sentences >= minSentences;
    }

    private static string TextTokensText(string text, ReadOnlySpan<TextToken> tokens, int from, int length) =>
        text[tokens[from].Start..tokens[from + length - 1].End];

    /// <summary>
    /// Whether the title, or <see cref="AreaMeeting.MinSentences"/> body sentences, tell a meeting with a defence official: a word
    /// of meeting followed within the window by an official's office, or by a counterpart in a sentence that names a defence
    /// minister (an office, or a name of the gazetteer). Photo captions do not count, nor does anything in an article that holds a
    /// mask word ("bên lề").
    /// </summary>
    private bool MeetingTold(string text, ReadOnlySpan<TextToken> tokens, bool[] breaks, int titleEnd, AreaMeeting rule, PhraseTrie<bool> first,
        PhraseTrie<bool> officials, PhraseTrie<bool> counterparts, PhraseTrie<bool> masks)
    {
        // A meeting in an article that names a conference's sidelines ("bên lề") is one held there, not a visit.
        for (var i = 0; i < tokens.Length; i++)
            if (masks.MatchLongest(tokens, i) is not null) return false;
        var told = 0;
        var start = 0;
        while (start < tokens.Length)
        {
            // The sentence [start, end): the title, then each body sentence.
            var inBody = tokens[start].Start > titleEnd;
            var end = start + 1;
            while (end < tokens.Length && (inBody ? !breaks[end] : tokens[end].Start < titleEnd)) end++;
            var sentence = tokens[start..end];
            var caption = end < tokens.Length && IsPhotoCredit(text, tokens[end]);
            if (!caption && Meeting(sentence) && (!inBody || ++told >= rule.MinSentences)) return true;
            start = end;
        }
        return false;

        bool Meeting(ReadOnlySpan<TextToken> s)
        {
            bool? minister = null;
            for (var i = 0; i < s.Length; i++)
            {
                if (first.MatchLongest(s, i) is not { } f) continue;
                for (var k = i + f.Length; k < s.Length && k <= i + f.Length + rule.Window; k++)
                {
                    if (officials.MatchLongest(s, k) is not null) return true;
                    if (counterparts.MatchLongest(s, k) is null) continue;
                    minister ??= NamesDefenceMinister(s);
                    if (minister == true) return true;
                }
            }
            return false;
        }

        bool NamesDefenceMinister(ReadOnlySpan<TextToken> s)
        {
            for (var i = 0; i < s.Length; i++)
                if (officials.MatchLongest(s, i) is not null || KnownMinisterAt(s, i) is not null) return true;
            return false;
        }
    }

    // How many words of a credit may stand between "Ảnh:" and a country's name that ends it.
    private const int CreditWords = 4;

    /// <summary>
    /// "Ảnh: PRESIDENCY MALDIVES", "Nguồn: Radio New Zealand", "(Ảnh: Independent UK)": a country's name written without Vietnamese
    /// marks that ends a photo's or a story's credit, after "Ảnh:" or "Nguồn:" and one to four capitalised words without marks, is
    /// part of the source's name, no mention. The credit ends at a full stop, a bracket, a bar, the text's end or a capitalised
    /// word (the next sentence, its full stop lost). Session 23 (helper countries25).
    /// </summary>
    private static bool InPhotoCredit(string? text, ReadOnlySpan<TextToken> tokens, int i, int length)
    {
        if (text is null || i < 2) return false;
        for (var k = i; k < i + length; k++)
            if (tokens[k].Forms.FoldedDiffers) return false;
        var next = i + length;
        if (next < tokens.Length && !tokens[next].PunctuationBefore && !tokens[next].Capitalized) return false;
        // A comma goes on with the next sentence's subject ("Ảnh: CCO Saudi Arabia, các tiểu vương quốc …").
        if (next < tokens.Length && tokens[next].PunctuationBefore
            && text.AsSpan(tokens[next - 1].End, tokens[next].Start - tokens[next - 1].End).Trim() is { Length: > 0 } gap && gap[0] is not ('.' or ')' or '|'))
            return false;
        for (var j = i - 1; j >= 1 && j >= i - CreditWords; j--)
        {
            if (!tokens[j].Capitalized || tokens[j].Forms.FoldedDiffers || tokens[j + 1].PunctuationBefore) return false;
            if (tokens[j].PunctuationBefore)
            {
                var opener = tokens[j - 1];
                return text[opener.Start..opener.End] is "Ảnh" or "Nguồn"
                    && text.AsSpan(opener.End, tokens[j].Start - opener.End).Trim() is ":";
            }
        }
        return false;
    }

    /// <summary>Whether a word opens a photo credit ("Ảnh: AFP"): the sentence before it is a caption.</summary>
    private static bool IsPhotoCredit(string text, TextToken word) =>
        string.Equals(text[word.Start..word.End], "Ảnh", StringComparison.Ordinal)
        && text.AsSpan(word.End).TrimStart(' ') is { Length: > 0 } rest && rest[0] == ':';

    /// <summary>
    /// Per word of <paramref name="tokens"/>, whether a sentence ends between it and the word before (<see cref="SentenceBreak"/>);
    /// never before the first word, nor anywhere without the text. Computed once per text: every rule that reads sentences
    /// reads them here.
    /// </summary>
    private static bool[] SentenceBreaks(string? text, ReadOnlySpan<TextToken> tokens)
    {
        var breaks = new bool[tokens.Length];
        if (text is null) return breaks;
        for (var i = 1; i < tokens.Length; i++) breaks[i] = SentenceBreak(text, tokens[i - 1].End, tokens[i].Start);
        return breaks;
    }

    /// <summary>Whether the text between two words ends a sentence: ". ", "!", "?", "…" or a line end.</summary>
    private static bool SentenceBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            var c = text[k];
            if (c is '!' or '?' or '\n' || (c == '.' && k + 1 < text.Length && char.IsWhiteSpace(text[k + 1]))) return true;
            // Session 22 (helper navy24): an ellipsis glued to the lower-case word after it is a pause inside the sentence ("Triều
            // Tiên định dùng MiG-15 đánh…tàu sân bay"), not its end.
            if (c == '…' && !(k + 1 < text.Length && char.IsLower(text[k + 1]))) return true;
        }
        return false;
    }

    private (string Key, bool Vietnamese, int Length)? KnownMinisterAt(ReadOnlySpan<TextToken> tokens, int i)
    {
        var exact = _ministers.MatchLongest(tokens, i);
        var folded = _ministersFolded.MatchLongest(tokens, i);
        var best = (exact?.Length ?? 0) >= (folded?.Length ?? 0) ? exact : folded;
        return best is { } b && _data.MinisterByKey.ContainsKey(b.Value.Key) ? (b.Value.Key, b.Value.Vietnamese, b.Length) : null;
    }

    private static readonly int Quoc = TextTokens.IdOf("quốc"), Phong = TextTokens.IdOf("phòng"), Quan = TextTokens.IdOf("quân"),
        Su = TextTokens.IdOf("sự"), Doi = TextTokens.IdOf("đội");

    /// <summary>Whether the text says "quốc phòng", "quân sự" or "quân đội" (in any case).</summary>
    private static bool IsAboutDefence(ReadOnlySpan<TextToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var (a, b) = (tokens[i].LowerId, tokens[i + 1].LowerId);
            if ((a == Quoc && b == Phong) || (a == Quan && (b == Su || b == Doi))) return true;
        }
        return false;
    }

    /// <summary>Front-matter countries: ISO keys or any name the gazetteer knows.</summary>
    public IReadOnlyList<string> ResolveCountries(IEnumerable<string> values)
    {
        var result = new List<string>();
        foreach (var v in values)
        {
            var key = ResolveCountry(v);
            if (key is not null) AddOnce(result, key);
        }
        return result;
    }

    /// <summary>The ISO key of a country given by key or by any name the gazetteer knows ("US", "Hoa Kỳ"); null when unknown.</summary>
    public string? ResolveCountry(string value)
    {
        var trimmed = value.Trim();
        if (_data.CountryByKey.ContainsKey(trimmed.ToUpperInvariant())) return trimmed.ToUpperInvariant();
        var tokens = TextTokens.Tokenize(VietnameseText.Normalize(trimmed));
        if (_placesInCountry.Contains(string.Join(' ', tokens.Select(t => t.Lower)))) return null;
        var asTitle = tokens.Select(t => t with { Capitalized = true }).ToList();
        return asTitle.Count > 0 && _countries.MatchLongest(asTitle, 0) is { Value.Key: { } key } m && m.Length == asTitle.Count ? key : null;
    }

    /// <summary>Front-matter ministers: known keys or names, else a new key made from the name.</summary>
    public IReadOnlyList<MinisterMention> ResolveMinisters(IEnumerable<string> values) => values
        .Select(v => _data.MinisterByKey.TryGetValue(v.Trim(), out var k)
            ? new MinisterMention(k.Key, k.Name, true)
            : Resolve(VietnameseText.Normalize(v.Trim())) ?? new MinisterMention(VietnameseText.Slug(v), v.Trim(), false))
        .Where(m => m.Key.Length > 0)
        .DistinctBy(m => m.Key)
        .ToList();

    /// <summary>Front-matter areas: keys or Vietnamese/English labels; unknown ones are dropped.</summary>
    public IReadOnlyList<string> ResolveAreas(IEnumerable<string> values) => values
        .Select(v => ResolveArea(v))
        .OfType<string>()
        .Distinct()
        .ToList();

    /// <summary>The key of an area given by key, Vietnamese label (any diacritics) or English label; null when unknown.</summary>
    public string? ResolveArea(string value)
    {
        var v = value.Trim();
        var folded = VietnameseText.Fold(v);
        return _data.Areas.FirstOrDefault(a => a.Key == v.ToLowerInvariant() || VietnameseText.Fold(a.Vi) == folded || a.En.Equals(v, StringComparison.OrdinalIgnoreCase))?.Key;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    private const string NameWord = @"\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*(?![\p{L}\p{M}\d])";
    private const string Particle = @"(?:von|van|der|den|de|bin|al|da|dos|la|le|du)";

    // Not the minister's spokesman, assistant or adviser.
    [GeneratedRegex(@"(?<!(?:phát ngôn viên|người phát ngôn|trợ lý|cố vấn|thư ký|phụ tá|đặc phái viên|chánh văn phòng)\s+(?:của\s+)?)(?:[Bb]ộ trưởng|[Tt]hứ trưởng(?: thứ nhất)?)(?: [Bb]ộ)? [Qq]uốc [Pp]hòng\b", RegexOptions.None)]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"\G(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Phó Đô đốc|Chuẩn Đô đốc|Đô đốc|Đại tá|Tướng|ông|bà|Ngài)\s+")]
    private static partial Regex RankAhead();

    [GeneratedRegex(@"\G" + NameWord + @"(?: (?:" + Particle + " )?" + NameWord + "){0,4}")]
    private static partial Regex Name();

    // "Đại tướng X, Ủy viên …, Bộ trưởng Bộ Quốc phòng" (or "ông X, Bộ trưởng Quốc phòng Nga"): the titles between the commas belong to X, as long
    // as no other officer, "với", "và" or "hội đàm" stands in between. The clause between the commas is a greedy
    // loop on purpose: as a lazy one ({0,160}?) the source-generated engine looped without end on a real page
    // with an officer's name, a comma and no title after it (baomoi 21471920). Only the name is used, so which
    // comma ends the clause does not matter.
    [GeneratedRegex(@"(?<![\p{L}\p{M}])(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Phó Đô đốc|Chuẩn Đô đốc|Đô đốc|[Ôô]ng|[Bb]à) (?<name>" + NameWord + @"(?: " + NameWord + @"){1,4})\s*(?:\([^)\n]{0,40}\)\s*)?,\s*(?:(?:(?!Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đô đốc| với | và |hội đàm|tiếp )[^.;:\n]){0,160},\s*)?(?:Bộ trưởng|Thứ trưởng(?: thứ nhất)?)(?: Bộ)? [Qq]uốc [Pp]hòng")]
    private static partial Regex NameThenTitle();

    // Session 20: a year of four digits after "năm", "niên", "kỷ", a month's slash or dot, an opening bracket or a dash, or
    // "thế kỷ" and a number or a Roman numeral (NarrativeTold).
    [GeneratedRegex(@"(?:\b(?:[Nn]ăm|niên|kỷ)\s+|\d[/.]|\(|[-–]\s?)1\d{3}(?!\d)|[Tt]hế kỷ (?:thứ )?(?:\d{1,2}|[IVXL]+)\b")]
    private static partial Regex PastYearRegex();
}
