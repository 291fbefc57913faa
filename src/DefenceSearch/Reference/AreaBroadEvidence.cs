namespace DefenceSearch.Reference;

/// <summary>
/// Broad evidence that needs a smaller share of the body (Data/area-rules.json's broadEvidenceByArea): an article holding
/// several different phrases of an area in several body sentences is about it though those sentences take up less than the
/// usual share ("sản xuất hàng loạt", "sản xuất vũ khí", "nhà sản xuất" in three of twenty sentences on a fighter's delays).
/// </summary>
/// <param name="MinPhrases">The fewest different phrases of the area the article must hold.</param>
/// <param name="MinSentences">The fewest body sentences they must stand in.</param>
/// <param name="MinShare">The least share of the body's sentences they must take up.</param>
/// <param name="MinSpecificPhrases">
/// The fewest different specific phrases (weight 2) among them, in as many different body sentences outside photo captions
/// (session 19): a forum named by two of its own names ("thượng đỉnh NATO", "cuộc họp bộ trưởng quốc phòng") in two sentences
/// of a short report is about its talks; suggestive words ("đối thoại") in passing are not, nor is one forum named with its
/// abbreviation in one sentence ("Hội nghị Bộ trưởng Quốc phòng ASEAN mở rộng (ADMM+)"). 0: any phrases.
/// </param>
/// <param name="Wider">
/// A second tier tried when this one fails, with more different phrases for a smaller share (session 22): a search told with 4 or
/// 5 different phrases ("tìm kiếm cứu hộ", "mất tích", "cuộc tìm kiếm", "cứu hộ") in 4 of 24 sentences is about the search though
/// 3 phrases need 18% of the body. Null: none.
/// </param>
public sealed record AreaBroadEvidence(int MinPhrases, int MinSentences, double MinShare, int MinSpecificPhrases = 0, AreaBroadEvidence? Wider = null);
