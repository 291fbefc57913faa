using System.Text.Json.Serialization;

namespace DefenceSearch.Searching;

/// <summary>One value of a facet dimension: its key, its label in the request's language, and how many results hold it.</summary>
/// <param name="Key">The value's key ("BY", "ngo-xuan-lich", "2018", "naval").</param>
/// <param name="Label">Its label ("Belarus"; a year is its own label).</param>
/// <param name="Count">How many results hold it (0 for a ticked value no result holds, and on the article page).</param>
public sealed record FacetValue(
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("count")] int Count);
