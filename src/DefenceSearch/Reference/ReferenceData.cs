using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceSearch.Reference;

/// <summary>
/// The gazetteers and rule lists under <c>Data/</c> (countries, ministers, areas, stop words, page chrome).
/// Plain JSON beside the assembly, so an editor can correct an entry without recompiling.
/// </summary>
public sealed class ReferenceData
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private static readonly Lazy<ReferenceData> DefaultData = new(() => Load(DefaultFolder));

    /// <summary>The countries (<c>countries.json</c>).</summary>
    public required IReadOnlyList<Country> Countries { get; init; }

    /// <summary>Where a country's name does not name it (<c>country-exceptions.json</c>).</summary>
    public required CountryExceptions CountryExceptions { get; init; }

    /// <summary>The words around a minister's name (<c>minister-context.json</c>).</summary>
    public required MinisterContext MinisterContext { get; init; }

    /// <summary>The defence ministers and deputies (<c>ministers.json</c>).</summary>
    public required IReadOnlyList<Minister> Ministers { get; init; }

    /// <summary>The cooperation areas (<c>areas.json</c>).</summary>
    public required IReadOnlyList<Area> Areas { get; init; }

    /// <summary>When area evidence is substantial (<c>area-rules.json</c>).</summary>
    public required AreaRules AreaRules { get; init; }

    /// <summary>The stop words (<c>stopwords.json</c>), in exact lower-case form.</summary>
    public required IReadOnlySet<string> StopWords { get; init; }

    /// <summary>The page chrome of raw pages (<c>chrome.json</c>).</summary>
    public required ChromeRules Chrome { get; init; }

    /// <summary>The spellings of one word that search joins, and those it keeps apart (<c>spellings.json</c>).</summary>
    public required SpellingRules Spellings { get; init; }

    /// <summary>The countries by key (the first of a repeated key).</summary>
    public IReadOnlyDictionary<string, Country> CountryByKey { get; private init; } = new Dictionary<string, Country>();

    /// <summary>The ministers by key (the first of a repeated key).</summary>
    public IReadOnlyDictionary<string, Minister> MinisterByKey { get; private init; } = new Dictionary<string, Minister>();

    /// <summary>The areas by key.</summary>
    public IReadOnlyDictionary<string, Area> AreaByKey { get; private init; } = new Dictionary<string, Area>();

    /// <summary>Data/ beside the assembly, or the folder named by DEFENCESEARCH_DATA.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("DEFENCESEARCH_DATA") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>The data shipped beside the assembly, loaded once.</summary>
    public static ReferenceData Default => DefaultData.Value;

    /// <summary>Reads every file of the reference data from <paramref name="folder"/>.</summary>
    /// <param name="folder">The Data folder.</param>
    /// <exception cref="InvalidDataException">A file is missing, unreadable, not valid JSON, or breaks its rules; the message names it.</exception>
    public static ReferenceData Load(string folder)
    {
        T Read<T>(string name)
        {
            var path = Path.Combine(folder, name);
            try
            {
                using var stream = File.OpenRead(path);
                return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidDataException($"{path} is empty.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"the reference data file {path} is not valid JSON: {e.Message}", e);
            }
            catch (IOException e)
            {
                throw new InvalidDataException($"the reference data file {path} cannot be read ({e.Message}); set DEFENCESEARCH_DATA to the Data folder", e);
            }
        }

        var countries = Read<List<Country>>("countries.json");
        var ministers = Read<List<Minister>>("ministers.json");
        var areas = Read<List<Area>>("areas.json");
        var areaRules = Read<AreaRules>("area-rules.json");
        if (areaRules.DefenceWords is null || areaRules.DefenceWords.Length == 0 || areaRules.MinSentences < 1 || areaRules.MinShare is < 0 or > 1
            || areaRules.TopicListAreas is < 0 or > 18 || areaRules.TopicListItemWords is < 0 or > 30
            || (areaRules.MinShareByArea ?? []).Any(s => s.Value is < 0 or > 1 || !areas.Any(a => a.Key == s.Key))
            || (areaRules.MinSentencesByArea ?? []).Any(s => s.Value is < 1 or > 20 || !areas.Any(a => a.Key == s.Key))
            || (areaRules.MinDefenceWordsByArea ?? []).Any(s => s.Value is null || s.Value.Min is < 1 or > 10 || !areas.Any(a => a.Key == s.Key))
            || (areaRules.ContextWordsByArea ?? []).Concat(areaRules.TitleCuesByArea ?? []).Concat(areaRules.SentenceMasksByArea ?? [])
                .Concat(areaRules.TitleComplementsByArea ?? []).Concat(areaRules.TitleReportsByArea ?? []).Any(c => c.Value is null || c.Value.Length == 0 || !areas.Any(a => a.Key == c.Key))
            || (areaRules.PairsByArea ?? []).Any(p => !areas.Any(a => a.Key == p.Key) || p.Value is null
                || p.Value.Any(x => x.First is not { Length: > 0 } || x.Then is not { Length: > 0 } || x.Window is < 0 or > 10 || x.Weight is < 0 or > 2))
            || (areaRules.DensityByArea ?? []).Any(d => !areas.Any(a => a.Key == d.Key) || d.Value is null || d.Value.Words is not { Length: > 0 }
                || d.Value.MinShare is <= 0 or > 1 || d.Value.MinPhrases < 1
                || (d.Value.Titled ?? []).Any(t => t is null || t.MinPhrases < (t.Events is { Length: > 0 } ? 1 : 2) || t.MinSentences < 1 || t.MinShare is <= 0 or > 1
                    || t.Except?.Any(string.IsNullOrWhiteSpace) == true || t.Cues?.Any(string.IsNullOrWhiteSpace) == true
                    || t.Events?.Any(string.IsNullOrWhiteSpace) == true || (t.Events is { Length: > 0 } && t.Cues is not { Length: > 0 })))
            || (areaRules.JointTitlesByArea ?? []).Any(j => !areas.Any(a => a.Key == j.Key) || j.Value is null || j.Value.Words is not { Length: > 0 }
                || j.Value.Partners is null || (j.Value.Partners.Length == 0 && j.Value.Countries < 2) || j.Value.Countries is < 0 or > 5
                || j.Value.Window is < 0 or > 10 || j.Value.MinShare is <= 0 or > 1
                || j.Value.Hosts?.Any(string.IsNullOrWhiteSpace) == true)
            || (areaRules.YieldsToByArea ?? []).Any(y => !areas.Any(a => a.Key == y.Key) || y.Value is not { Length: > 0 }
                || y.Value.Any(o => o == y.Key || !areas.Any(a => a.Key == o)))
            || (areaRules.SpecificationsByArea ?? []).Any(x => !areas.Any(a => a.Key == x.Key) || x.Value is null || x.Value.Units is not { Length: > 0 }
                || x.Value.Units.Any(u => string.IsNullOrWhiteSpace(u) || char.IsDigit(u[0])) || x.Value.Words is null
                || x.Value.MinMeasures < 1 || x.Value.MinSentences < 1 || x.Value.MinMeasuresAlone < x.Value.MinMeasures || x.Value.MinPhrases < 1)
            || (areaRules.RepeatedSpecificByArea ?? []).Any(r => !areas.Any(a => a.Key == r.Key) || r.Value is null || r.Value.MinSentences < 2
                || r.Value.MinShare is <= 0 or > 1)
            || (areaRules.BroadEvidenceByArea ?? []).Any(b => !areas.Any(a => a.Key == b.Key) || b.Value is null || b.Value.MinPhrases < 2
                || b.Value.MinSentences < 1 || b.Value.MinShare is <= 0 or > 1 || b.Value.MinSpecificPhrases < 0 || b.Value.MinSpecificPhrases > b.Value.MinPhrases
                || b.Value.Wider is { } w && (w.Wider is not null || w.MinPhrases <= b.Value.MinPhrases || w.MinSentences < 1 || w.MinShare is <= 0 or > 1
                    || w.MinSpecificPhrases < 0 || w.MinSpecificPhrases > w.MinPhrases))
            || (areaRules.GenericPhrasesByArea ?? []).Any(g => areas.FirstOrDefault(a => a.Key == g.Key) is not { } area || g.Value is not { Length: > 0 }
                || g.Value.Any(p => !area.Triggers.Any(t => t.Phrase == p && t.Weight > 0)))
            || (areaRules.TitleRepeatedByArea ?? []).Any(t => !areas.Any(a => a.Key == t.Key) || t.Value is null || t.Value.MinSentences is < 1 or > 20)
            || (areaRules.SpeakerTitlesByArea ?? []).Any(s => !areas.Any(a => a.Key == s.Key) || s.Value is null || s.Value.Words is not { Length: > 0 }
                || s.Value.LeaderMinSentences is < 1 or > 20)
            || (areaRules.MeetingsByArea ?? []).Any(m => !areas.Any(a => a.Key == m.Key) || m.Value is null || m.Value.First is not { Length: > 0 }
                || m.Value.Officials is not { Length: > 0 } || m.Value.Counterparts is null || m.Value.Window is < 0 or > 10 || m.Value.MinSentences is < 1 or > 20))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: defenceWords must hold words, minSentences be at least 1, topicListAreas between 0 and 18 and topicListItemWords between 0 and 30, and every share lie between 0 and 1 (every minSentencesByArea between 1 and 20) for a known area, contextWordsByArea, titleCuesByArea, sentenceMasksByArea, titleComplementsByArea and titleReportsByArea give words for known areas, pairsByArea give known areas pairs with first and then words, a window of 0 to 10 words and a weight of 0 (a mask), 1 or 2, densityByArea give known areas words, a share above 0 and at most 1 and at least 1 phrase (each titled tier: at least 2 phrases, or 1 with events and cues, 1 sentence, a share above 0 and at most 1, and no blank exception, cue or event), and jointTitlesByArea give known areas words, partners (words, or 2 to 5 countries), a window of 0 to 10 words, a share above 0 and at most 1 and no blank host, yieldsToByArea give known areas other known areas, and specificationsByArea give known areas units (not starting with a digit), words, and at least 1 measure, sentence and phrase (measures alone at least measures), broadEvidenceByArea give known areas at least 2 phrases, 1 sentence and a share above 0 and at most 1, genericPhrasesByArea give known areas phrases of their own (areas.json triggers of weight 1 or 2), titleRepeatedByArea give known areas 1 to 20 sentences, speakerTitlesByArea give known areas words, and meetingsByArea give known areas words of meeting and offices, a window of 0 to 10 words and 1 to 20 sentences.");
        // Session 20: a dated war story (narrativeByArea).
        if ((areaRules.NarrativeByArea ?? []).Any(n => !areas.Any(a => a.Key == n.Key) || n.Value is null || n.Value.LeadSentences < 0
                || n.Value.MaxYear is < 1000 or > 2100 || n.Value.MinYearSentences < 1 || n.Value.MinYearShare is <= 0 or > 1
                || n.Value.Words is not { Length: > 0 } || n.Value.Words.Any(string.IsNullOrWhiteSpace)
                || n.Value.Except?.Any(string.IsNullOrWhiteSpace) == true || n.Value.MinWordSentences < 1 || n.Value.MinWordShare is <= 0 or > 1))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: narrativeByArea must give known areas at least 0 lead sentences, a latest year between 1000 and 2100, at least 1 sentence and a share above 0 and at most 1 for years and for words of fighting, and words (no blank word or exception).");
        // Session 21: meetings on a conference's sidelines (sidelinesByArea).
        if ((areaRules.SidelinesByArea ?? []).Any(n => !areas.Any(a => a.Key == n.Key) || n.Value is null || n.Value.Words is not { Length: > 0 }
                || n.Value.Words.Any(string.IsNullOrWhiteSpace) || n.Value.MinSentences is < 1 or > 20))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: sidelinesByArea must give known areas words (no blank word) and 1 to 20 sentences.");
        // Session 24: aims an area needs stated beside a subject in the title (aimsByArea).
        if ((areaRules.AimsByArea ?? []).Any(n => !areas.Any(a => a.Key == n.Key) || n.Value is null || n.Value.TitleWords is not { Length: > 0 }
                || n.Value.TitleWords.Any(string.IsNullOrWhiteSpace) || n.Value.Words is not { Length: > 0 } || n.Value.Words.Any(string.IsNullOrWhiteSpace)))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: aimsByArea must give known areas title words and words (no blank word).");
        // Session 24: areas made beside another with fewer sentences (besideByArea).
        if ((areaRules.BesideByArea ?? []).Any(n => !areas.Any(a => a.Key == n.Key) || n.Value is null || !areas.Any(a => a.Key == n.Value.With)
                || n.Value.With == n.Key || n.Value.Words is not { Length: > 0 } || n.Value.Words.Any(string.IsNullOrWhiteSpace) || n.Value.MinSentences is < 1 or > 20))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: besideByArea must give known areas another known area, words (no blank word) and 1 to 20 sentences.");
        // Session 22: areas whose generic phrases make nothing from the title either (genericInTitleAreas): known areas with generic phrases.
        if ((areaRules.GenericInTitleAreas ?? []).Any(k => !areas.Any(a => a.Key == k) || areaRules.GenericPhrasesByArea?.ContainsKey(k) != true))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: genericInTitleAreas must name known areas that have generic phrases.");

        // Session 22: words of testing (testWordsByArea), generic phrases of their area.
        if ((areaRules.TestWordsByArea ?? []).Any(n => !areas.Any(a => a.Key == n.Key) || n.Value is null || n.Value.Words is not { Length: > 0 }
                || n.Value.MinOthers is < 1 or > 10 || areaRules.GenericPhrasesByArea?.TryGetValue(n.Key, out var generic) != true
                || n.Value.Words.Any(w => !generic!.Contains(w, StringComparer.Ordinal))))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: testWordsByArea must give known areas words that are generic phrases of theirs (genericPhrasesByArea) and 1 to 10 other phrases.");
        var stop = Read<List<string>>("stopwords.json");
        var chrome = Read<ChromeRules>("chrome.json");
        var exceptions = Read<CountryExceptions>("country-exceptions.json");
        var ministerContext = Read<MinisterContext>("minister-context.json");
        var spellings = Read<SpellingRules>("spellings.json");
        return new ReferenceData
        {
            Countries = countries,
            CountryExceptions = exceptions,
            MinisterContext = ministerContext,
            Ministers = ministers,
            Areas = areas,
            AreaRules = areaRules,
            StopWords = stop.Select(Text.VietnameseText.ExactForm).ToHashSet(StringComparer.Ordinal),
            Chrome = chrome,
            Spellings = spellings,
            CountryByKey = countries.GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First()),
            MinisterByKey = ministers.GroupBy(m => m.Key).ToDictionary(g => g.Key, g => g.First()),
            AreaByKey = areas.ToDictionary(a => a.Key),
        };
    }
}
