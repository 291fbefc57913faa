namespace DefenceSearch.Reference;

/// <summary>
/// A meeting with a defence official told in the title or in several body sentences (Data/area-rules.json's
/// meetingsByArea): a word of meeting ("hội đàm", "tiếp", "cuộc gặp") with a defence official's office within a few words
/// after it ("hội đàm với Bộ trưởng Quốc phòng Nga"), or with a counterpart ("cuộc gặp với người đồng cấp Mỹ") in a sentence
/// that names a defence minister, by office or by a name of the minister gazetteer (session 16). Photo captions do not count,
/// nor does any meeting in an article that holds a mask word ("bên lề": its meetings are held on a conference's sidelines).
/// </summary>
/// <param name="First">The words of meeting.</param>
/// <param name="Officials">The offices of defence officials that may follow them.</param>
/// <param name="Counterparts">Words for the other party ("người đồng cấp") that count in a sentence naming a defence minister.</param>
/// <param name="Window">How many words may stand between the word of meeting and the office or counterpart.</param>
/// <param name="MinSentences">The fewest body sentences that must tell such a meeting when the title does not.</param>
/// <param name="Masks">Words that, anywhere in the article, take its meetings out of the count, or null.</param>
public sealed record AreaMeeting(string[] First, string[] Officials, string[] Counterparts, int Window, int MinSentences, string[]? Masks);
