namespace DefenceSearch.Extraction;

/// <summary>What an article is about, as facet values; <c>LeadDay</c> is the day an undated article's lead states without a year,
/// shown and never used as a date; <c>AreaPhrases</c> holds, per area found in the text, the phrases that made it (shown on the
/// article page; null when the areas came from the article's metadata).</summary>
public sealed record Extraction(
    IReadOnlyList<string> Countries,
    IReadOnlyList<MinisterMention> Ministers,
    IReadOnlyList<string> Areas,
    DateOnly? Date,
    int? Year,
    PublicationDate? Published = null,
    LeadDay? LeadDay = null,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? AreaPhrases = null);
