namespace DefenceSearch.Extraction;

/// <summary>What an article is about, as facet values.</summary>
public sealed record Extraction(
    IReadOnlyList<string> Countries,
    IReadOnlyList<MinisterMention> Ministers,
    IReadOnlyList<string> Areas,
    DateOnly? Date,
    int? Year,
    PublicationDate? Published = null);
