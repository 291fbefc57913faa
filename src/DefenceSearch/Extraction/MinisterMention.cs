namespace DefenceSearch.Extraction;

/// <summary>A minister found in an article: a known key from the gazetteer, or a new one made from the name.</summary>
public sealed record MinisterMention(string Key, string Name, bool Known);
