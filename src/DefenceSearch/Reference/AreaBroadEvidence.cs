namespace DefenceSearch.Reference;

/// <summary>
/// Broad evidence that needs a smaller share of the body (Data/area-rules.json's broadEvidenceByArea): an article holding
/// several different phrases of an area in several body sentences is about it though those sentences take up less than the
/// usual share ("sản xuất hàng loạt", "sản xuất vũ khí", "nhà sản xuất" in three of twenty sentences on a fighter's delays).
/// </summary>
/// <param name="MinPhrases">The fewest different phrases of the area the article must hold.</param>
/// <param name="MinSentences">The fewest body sentences they must stand in.</param>
/// <param name="MinShare">The least share of the body's sentences they must take up.</param>
public sealed record AreaBroadEvidence(int MinPhrases, int MinSentences, double MinShare);
