using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// One unit of a query's top level, as an article holds it or not: a word, a quoted phrase, a title word, or a run of
/// words that names a country or a minister ("hoa ky", "ngo xuan lich"), which counts as one. When no article holds every
/// unit, the search leaves one out (<see cref="BuiltQuery.Without"/>), and the notice names it by <see cref="Typed"/>.
/// </summary>
/// <param name="Typed">The unit as typed ("tham", "ngo xuan lich", "\"an ninh biển\"").</param>
/// <param name="Match">The query an article must match to hold the unit (the word in title or body, or the name or its tag).</param>
internal sealed record QueryUnit(string Typed, Query Match)
{
    /// <summary>The tag that may stand for the unit where the words must stand together (a minister's: "Bộ trưởng Lịch" names him too), else null.</summary>
    public Query? Tag { get; init; }

    /// <summary>Whether the unit names a country (which may stand on either side of the other words).</summary>
    public bool IsCountry { get; init; }

    /// <summary>
    /// For a bare word or a name, the index-term sequences that stand for it where the words must stand together, the typed
    /// one first ("my": "my", "hoa ky", "united states" …); null for a prefix, a quoted phrase or a title word.
    /// </summary>
    public IReadOnlyList<string[]>? Spellings { get; init; }
}
