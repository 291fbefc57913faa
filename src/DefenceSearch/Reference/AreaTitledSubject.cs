namespace DefenceSearch.Reference;

/// <summary>
/// A title that names an area's subject with broad evidence in the body (Data/area-rules.json's densityByArea "titled"):
/// an article whose title names a weapon ("Kịch bản TQ nã nghìn tên lửa …", "Su-27 của Nga áp sát … B-52") and whose body
/// holds several different phrases of military technology in several sentences is about the weapon with a smaller share of
/// the body than an untitled one needs, unless the title tells the reactions to it or a drill ("Liên Hợp Quốc lên án Triều
/// Tiên thử tên lửa", "Mỹ - Nhật tập trận sau khi Triều Tiên thử tên lửa"). Session 16. A tier with cues asks the title
/// for one of them as well ("đủ sức", "mạnh nhất": the weapon's strength is the subject) and fewer phrases in return.
/// </summary>
/// <param name="MinPhrases">The fewest different phrases of the area the article must hold.</param>
/// <param name="MinSentences">The fewest body sentences they must stand in.</param>
/// <param name="MinShare">The least share of the body's sentences they must take up.</param>
/// <param name="Except">Title words that keep the rule out ("lên án", "phản ứng", "tập trận"), or null.</param>
/// <param name="Cues">Title words of which one must stand in the title as well ("đủ sức", "mạnh nhất"), or null for none.</param>
/// <param name="Events">Title words of which one must stand in the title besides a cue ("phóng", "thử", "bắn": a launch or a test
/// whose technical side the cue names, "thử động cơ", "bắn trúng mục tiêu"; session 24), or null for none.</param>
public sealed record AreaTitledSubject(int MinPhrases, int MinSentences, double MinShare, string[]? Except = null, string[]? Cues = null,
    string[]? Events = null);
