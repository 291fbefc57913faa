namespace DefenceSearch.Reference;

/// <summary>
/// A title that names an activity together with the partners who do it (Data/area-rules.json's jointTitlesByArea): two or
/// more countries joined by dashes, commas or "và" ("Mỹ-Hàn tập trận", "Hàn-Nhật-Mỹ bắt đầu diễn tập"), or a word of
/// partnership ("NATO tập trận", "11 nước tập trận"), standing a few words before the activity. Such an article is about
/// the area when its body names the activity in a good share of its sentences, though the activity's own words ("tập
/// trận") are no phrase of the area anywhere else (one country's drill reported as news is no training).
/// </summary>
/// <param name="Words">The words that name the activity ("tập trận", "diễn tập").</param>
/// <param name="Partners">
/// Words of partnership that stand for several parties ("nato", "liên quân"), as the text is matched (lower case); a "#"
/// word stands for a number ("# nước": "11 nước").
/// </param>
/// <param name="Countries">How many countries joined together name the partners (0: countries never do).</param>
/// <param name="Window">The most words between the partners and the activity ("Mỹ - Hàn sắp tổ chức tập trận": 3).</param>
/// <param name="MinShare">The least share of the body's sentences that must name the activity.</param>
/// <param name="Hosts">
/// Words of destination before one country that make it the host and partner of the title's subject ("Mỹ điều tàu chiến tới
/// Qatar để tập trận", "đến Qatar diễn tập"): forces sent to another country to drill drill with it (session 17). Null: none.
/// </param>
/// <param name="TitleCue">
/// Whether a joint title whose activity the body names in fewer sentences than <paramref name="MinShare"/> still names the
/// area in the title, as a title cue does, when the body holds the area's phrases (two warships' joint drill with the host
/// navy told in 2 of 10 sentences; session 17).
/// </param>
/// <param name="BodyPartners">
/// Words of partnership that make a body sentence name a joint activity when they stand within <paramref name="Window"/>
/// words before or after it in the same clause ("NATO đã tổ chức cuộc tập trận", "cuộc tập trận hải quân quốc tế", "tập
/// trận đa quốc gia"; "#" stands for a number): with <paramref name="BodySentences"/> such sentences and the activity named
/// in <paramref name="MinShare"/> of the body's sentences, a multinational exercise the title names without its partners
/// ("Chiến hạm chống ngầm của Nga tập trận xuyên biên giới") or not at all is the area (session 19). Null: none.
/// </param>
/// <param name="BodySentences">The least number of body sentences that name the activity with a body partner.</param>
/// <param name="Except">
/// Title words that tell the activity as a show of force or a confrontation ("Hàn Quốc - Mỹ tập trận quy mô lớn cảnh cáo Triều
/// Tiên", "Mỹ - Hàn tập trận, Triều Tiên dọa …"): with one of them in the title, neither the title nor the body's partners name
/// the area; the area's own phrases still may (session 19). Null: none.
/// </param>
public sealed record AreaJointTitle(string[] Words, string[] Partners, int Countries, int Window, double MinShare,
    string[]? Hosts = null, bool TitleCue = false, string[]? BodyPartners = null, int BodySentences = 2, string[]? Except = null);
