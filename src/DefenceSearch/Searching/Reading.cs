namespace DefenceSearch.Searching;

/// <summary>
/// One reading of a query typed without diacritics: as the articles write it ("Biển Đông"), the query that
/// picks it (its lower-case spelling, "biển đông") and how many articles hold it side by side.
/// </summary>
public sealed record Reading(
    [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text,
    [property: System.Text.Json.Serialization.JsonPropertyName("query")] string Query,
    [property: System.Text.Json.Serialization.JsonPropertyName("articles")] int Articles);
