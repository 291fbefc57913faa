using System.Text.Json.Serialization;

namespace DefenceSearch.Searching;

/// <summary>What one search did: the bounded work, for tests and the API (<c>"work"</c>).</summary>
public sealed record SearchWork
{
    /// <summary>No work: a search that did nothing (or was answered from the cache before it ran).</summary>
    public static readonly SearchWork None = new();

    /// <summary>Index terms the query's prefixes expanded to.</summary>
    [JsonPropertyName("termsExpanded")] public int TermsExpanded { get; init; }

    /// <summary>True when a prefix matched more terms than the budget allowed and the rest were left out.</summary>
    [JsonPropertyName("expansionCut")] public bool ExpansionCut { get; init; }

    /// <summary>Matches collected (scored, counted in facets).</summary>
    [JsonPropertyName("collected")] public long Collected { get; init; }

    /// <summary>
    /// Accented spellings looked up to tell the syllables typed without marks in a query typed with diacritics from them
    /// ("quân", "quán" … for the "quan" of "hải quan"): at most QueryBuilder.MaxPlainVariants (24) per such syllable and build.
    /// </summary>
    [JsonPropertyName("plainVariants")] public int PlainVariants { get; init; }

    /// <summary>
    /// Spelt pairs of neighbouring words counted over the index to read a longer query typed without diacritics ("nga bán",
    /// "bán vũ" …): at most LongReadings.MaxPairSpellings (4) per pair, for a query of at most LongReadings.MaxWords (10) words.
    /// </summary>
    [JsonPropertyName("readingPairs")] public int ReadingPairs { get; init; }

    /// <summary>Partial readings of such a query scored: at most LongReadings.Beam (8) kept from one word to the next.</summary>
    [JsonPropertyName("readingCombinations")] public int ReadingCombinations { get; init; }

    /// <summary>
    /// Readings counted as a click on each would show (its match set, searched): at most LongReadings.MaxCounted (6) for such a
    /// query, WordsTogether.MaxReadings (4) for one of two to four words.
    /// </summary>
    [JsonPropertyName("readingsCounted")] public int ReadingsCounted { get; init; }

    /// <summary>
    /// Match sets run over the index (a tier, a fallback, a count of one: the words together, every word, a name's tagged
    /// articles …), each count or ranked run one: a set is counted once where one count tells what is needed.
    /// </summary>
    [JsonPropertyName("setsRun")] public int SetsRun { get; init; }

    /// <summary>True when collecting stopped at the time budget: totals and facets count only what was collected.</summary>
    [JsonPropertyName("timedOut")] public bool TimedOut { get; init; }
}
