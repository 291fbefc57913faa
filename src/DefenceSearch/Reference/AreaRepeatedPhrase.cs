namespace DefenceSearch.Reference;

/// <summary>
/// A specific phrase of an area told again and again in the body (Data/area-rules.json's repeatedSpecificByArea, session 19): the
/// army's medical service ("Cục Quân y", "quân y các cấp") named in 10 of 28 sentences of a report on soldiers' health in the hot
/// season is what the article is about, though it holds no second phrase of the area and its title names none.
/// </summary>
/// <param name="MinSentences">The fewest body sentences, outside photo captions, holding a specific phrase of the area.</param>
/// <param name="MinShare">The least share of the body's sentences they must take up.</param>
public sealed record AreaRepeatedPhrase(int MinSentences, double MinShare);
