namespace DefenceSearch.Extraction;

/// <summary>What an article is about, as facet values; <c>LeadDay</c> is the day an undated article's lead states without a year, shown and never used as a date.</summary>
public sealed record Extraction(
    IReadOnlyList<string> Countries,
    IReadOnlyList<MinisterMention> Ministers,
    IReadOnlyList<string> Areas,
    DateOnly? Date,
    int? Year,
    PublicationDate? Published = null,
    LeadDay? LeadDay = null);
