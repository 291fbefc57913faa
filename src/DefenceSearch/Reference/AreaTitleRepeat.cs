namespace DefenceSearch.Reference;

/// <summary>
/// One phrase of an area in the title and again in several body sentences (Data/area-rules.json's titleRepeatedByArea): a
/// visit the title names ("… trong chuyến thăm Nga") and the body tells again is what the article is about, though the body
/// tells it in the same word. Phrases that a title names as often in news of something announced, refused or put off
/// ("sẽ hội đàm", "hoãn cuộc hội đàm") are left out.
/// </summary>
/// <param name="MinSentences">The fewest body sentences the phrase must stand in.</param>
/// <param name="Except">Phrases that do not count so in the title, or null.</param>
public sealed record AreaTitleRepeat(int MinSentences, string[]? Except);
