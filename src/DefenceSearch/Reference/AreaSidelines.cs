namespace DefenceSearch.Reference;

/// <summary>
/// Words that place an article's meetings on the sidelines of a conference (Data/area-rules.json's sidelinesByArea, session 21):
/// an article whose title, or whose several body sentences, tell meetings "bên lề" a summit ("cuộc gặp … bên lề Hội nghị
/// thượng đỉnh G20", "Chủ tịch nước tiếp xúc bên lề diễn đàn …") is about the conference's bilateral meetings, not a visit,
/// and its words of talks and summits ("hội đàm", "hai nhà lãnh đạo", "tuyên bố chung") make no delegation exchange.
/// </summary>
/// <param name="Words">The words ("bên lề").</param>
/// <param name="MinSentences">The fewest body sentences, photo captions included, that must hold them when the title does not.</param>
public sealed record AreaSidelines(string[] Words, int MinSentences);
