namespace DefenceSearch.Reference;

/// <summary>
/// An aim an area needs stated when the title names a kind of subject (Data/area-rules.json's aimsByArea, session 24): strategic
/// bombers flying or drilling with allied forces ("Hàn Quốc tập trận cùng oanh tạc cơ chiến lược Mỹ") are training only when the
/// article states the drill's own aim as training the forces ("tăng cường khả năng phối hợp", "cải thiện chiến thuật", "huấn
/// luyện"); a flight whose aim is deterrence, or none stated, is a show of force (entities-rules.md, "Additions of session 24").
/// </summary>
/// <param name="TitleWords">The title words that name the subject ("oanh tạc cơ", "máy bay ném bom", "B-1B").</param>
/// <param name="Words">The body words of which one must state the aim.</param>
public sealed record AreaAim(string[] TitleWords, string[] Words);
