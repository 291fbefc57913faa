using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceSearch.Reference;

public sealed record Country(string Key, string Vi, string En, string[] Aliases, string[]? Weak)
{
    public string Label(string lang) => lang == "en" ? En : Vi;
}

/// <summary>
/// Phrases that hold a country name without naming the country, weak names that are pronouns at a sentence start, and
/// short names that begin a person's name when a capitalised Vietnamese word follows ("Mỹ Tâm", "Anh Tuấn").
/// </summary>
public sealed record CountryExceptions(string[] NotCountries, string[] NotAtSentenceStart, string[]? BeforeVietnameseName = null, string[]? TitleWordsBeforeCountry = null);

/// <summary>
/// Words around a defence minister's name: markers of a former minister ("cựu", "nguyên" before the title chain or
/// after the name), and the words before a bare surname ("ông Fallon") that name a minister whose office the
/// article states, and the titles of other offices that, standing right before a known name, say the person is named
/// in another office ("Ngoại trưởng Marise Payne").
/// </summary>
public sealed record MinisterContext(string[] FormerMarkers, string[] BeforeSurname, string[] OtherOffices);

public sealed record Minister(string Key, string Name, string Country, string Role, string? Years, string[] Aliases)
{
    /// <summary>The years in office ("2016-2021", "2025-" still serving), when known.</summary>
    public (int From, int To)? Tenure(int currentYear)
    {
        if (string.IsNullOrWhiteSpace(Years)) return null;
        var parts = Years.Split('-', StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], out var from)) return null;
        var to = parts.Length > 1 && int.TryParse(parts[1], out var t) ? t : currentYear;
        return (from, Math.Max(from, to));
    }
}

public sealed record AreaTrigger(string Phrase, int Weight);

public sealed record Area(string Key, string Vi, string En, AreaTrigger[] Triggers)
{
    public string Label(string lang) => lang == "en" ? En : Vi;
}

/// <summary>
/// When an article's area evidence is substantial: the words that make it an article about defence (where suggestive
/// phrases count), and how many and what share of the body's sentences the evidence must stand in without the title.
/// <see cref="ContextWordsByArea"/>: words that let one area's suggestive phrases count in an article without defence
/// words ("tranh chấp" makes "Biển Đông" evidence of maritime security in a diplomatic article).
/// </summary>
public sealed record AreaRules(string[] DefenceWords, int MinSentences, double MinShare, Dictionary<string, double>? MinShareByArea,
    Dictionary<string, string[]>? ContextWordsByArea = null, Dictionary<string, string[]>? TitleCuesByArea = null)
{
    /// <summary>The share of the body an area must take up when the title does not name it.</summary>
    public double ShareFor(string area) => MinShareByArea is { } s && s.TryGetValue(area, out var share) ? share : MinShare;
}

/// <summary>
/// Spellings of one word (<see cref="SameWord"/>: i/y after a consonant, "sĩ"/"sỹ") that search joins, and i/y pairs that
/// are different words (<see cref="Distinct"/>: "ty"/"ti"), which it never joins.
/// </summary>
public sealed record SpellingRules(string[][] SameWord, string[][] Distinct)
{
    /// <summary>Per exact (lower-case) spelling, the other spellings of the same word.</summary>
    public IReadOnlyDictionary<string, string[]> Partners => _partners ??= SameWord
        .SelectMany(p => p.Select(a => (Key: Text.VietnameseText.ExactForm(a), Others: p.Select(Text.VietnameseText.ExactForm).Where(o => o != Text.VietnameseText.ExactForm(a)))))
        .GroupBy(x => x.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Others).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Per folded syllable ("sy"), the other spellings (exact) of the words that fold to it ("sĩ" for "sỹ"): what a word
    /// typed without diacritics also matches.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> FoldedPartners => _foldedPartners ??= Partners
        .GroupBy(kv => Text.VietnameseText.FoldLower(kv.Key), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).Where(v => Text.VietnameseText.FoldLower(v) != g.Key).Distinct().ToArray(), StringComparer.Ordinal);

    private IReadOnlyDictionary<string, string[]>? _partners;
    private IReadOnlyDictionary<string, string[]>? _foldedPartners;
}

public sealed record ChromeRules(
    string[] EndMarkers,
    string[] DropLines,
    string[] DropLinesOfAnyLength,
    string[] CaptionSuffixes,
    Dictionary<string, string> AgencyPrefixes,
    string[] SourceLines,
    Dictionary<string, string> SourceSuffixes);

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

    public required IReadOnlyList<Country> Countries { get; init; }
    public required CountryExceptions CountryExceptions { get; init; }
    public required MinisterContext MinisterContext { get; init; }
    public required IReadOnlyList<Minister> Ministers { get; init; }
    public required IReadOnlyList<Area> Areas { get; init; }
    public required AreaRules AreaRules { get; init; }
    public required IReadOnlySet<string> StopWords { get; init; }
    public required ChromeRules Chrome { get; init; }
    public required SpellingRules Spellings { get; init; }

    public IReadOnlyDictionary<string, Country> CountryByKey { get; private init; } = new Dictionary<string, Country>();
    public IReadOnlyDictionary<string, Minister> MinisterByKey { get; private init; } = new Dictionary<string, Minister>();
    public IReadOnlyDictionary<string, Area> AreaByKey { get; private init; } = new Dictionary<string, Area>();

    /// <summary>Data/ beside the assembly, or the folder named by DEFENCESEARCH_DATA.</summary>
    public static string DefaultFolder =>
        Environment.GetEnvironmentVariable("DEFENCESEARCH_DATA") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "Data");

    /// <summary>The data shipped beside the assembly, loaded once.</summary>
    public static ReferenceData Default => DefaultData.Value;

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
            || (areaRules.MinShareByArea ?? []).Any(s => s.Value is < 0 or > 1 || !areas.Any(a => a.Key == s.Key))
            || (areaRules.ContextWordsByArea ?? []).Any(c => c.Value is null || c.Value.Length == 0 || !areas.Any(a => a.Key == c.Key)))
            throw new InvalidDataException($"{Path.Combine(folder, "area-rules.json")}: defenceWords must hold words, minSentences be at least 1, and every share lie between 0 and 1 for a known area, and contextWordsByArea give words for known areas.");
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
