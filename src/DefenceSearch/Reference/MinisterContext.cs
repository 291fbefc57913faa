namespace DefenceSearch.Reference;

/// <summary>
/// Words around a defence minister's name: markers of a former minister ("cựu", "nguyên" before the title chain or
/// after the name), and the words before a bare surname ("ông Fallon") that name a minister whose office the
/// article states, and the titles of other offices that, standing right before a known name, say the person is named
/// in another office ("Ngoại trưởng Marise Payne").
/// </summary>
/// <param name="FormerMarkers">Words that make a named minister a former one ("cựu", "nguyên").</param>
/// <param name="BeforeSurname">Phrases that may stand before a bare surname ("ông", "bộ trưởng").</param>
/// <param name="OtherOffices">Titles of other offices ("Ngoại trưởng").</param>
/// <param name="OfficeQualifiers">Words that may stand between another office's title and the country before a name
/// ("Tổng tư lệnh quân đội Thổ Nhĩ Kỳ Hulusi Akar"); none when null.</param>
/// <param name="Counterparts">Words that give a name the office of the title before them in the sentence ("Ngoại trưởng Nga
/// Sergey Lavrov hội đàm với người đồng nhiệm Pháp Jean-Yves Le Drian": a foreign minister); none when null.</param>
/// <param name="MinisterTitles">Titles of a minister or deputy of any ministry ("Bộ trưởng", "Thứ trưởng"); none when null.</param>
/// <param name="DefencePortfolio">Words that make such a title the defence one ("quốc phòng"): a title followed before the name
/// by other words only is another ministry's ("Bộ trưởng An ninh Ben Wallace"); none when null.</param>
/// <param name="OutgoingMarkers">Words right before a name (maybe with a comma) that call the officeholder outgoing ("Bộ trưởng
/// Quốc phòng sắp mãn nhiệm Jean-Yves Le Drian"): when another office's title follows in the sentence ("… được chỉ định làm
/// Ngoại trưởng"), the name is named in that office; none when null.</param>
/// <param name="OfficesAbroad">Titles that are another office for a foreign minister's name only ("Tổng Tham mưu trưởng": Vietnam's chief
/// of the general staff is a deputy minister, and so is Russia's, whom ministers.json lists as deputies; a minister named as one
/// held that office then); none when null.</param>
/// <param name="Ranks">Military ranks that may stand, after a comma, between another office's title with its country and a name
/// ("Tổng Tham mưu trưởng quân đội Thổ Nhĩ Kỳ, tướng Hulusi Akar"); none when null.</param>
public sealed record MinisterContext(string[] FormerMarkers, string[] BeforeSurname, string[] OtherOffices, string[]? OfficeQualifiers = null,
    string[]? Counterparts = null, string[]? MinisterTitles = null, string[]? DefencePortfolio = null, string[]? OutgoingMarkers = null,
    string[]? OfficesAbroad = null, string[]? Ranks = null);
