namespace DefenceSearch.Reference;

/// <summary>
/// Title words that name who speaks or meets ("Bộ trưởng Quốc phòng Mỹ nói …", "Các quan chức quốc phòng Đông Nam Á cảnh
/// báo …") and make an area substantial when the body names one of the area's specific phrases (weight 2, "Đối thoại
/// Shangri-La") outside a photo caption: a defence official's speech or meeting at a forum the body names once (session 16).
/// </summary>
/// <param name="Words">The title words (any case, as whole words).</param>
/// <param name="Ministers">Whether a defence minister of the gazetteer named in the title ("Bộ trưởng Mattis: …") counts as well.</param>
/// <param name="Leaders">
/// Title words of heads of government and state ("Thủ tướng Australia cảnh báo …"), who speak of many things: they count only
/// when the body names the area's specific phrases in <paramref name="LeaderMinSentences"/> sentences outside photo captions
/// ("Phát biểu tại Đối thoại Shangri-La …" and "Trong bài phát biểu … tại Đối thoại Shangri-La"), not once as a plan ("sẽ tham
/// dự hội nghị thượng đỉnh NATO"). Session 23 (helper talks24). Null: none.
/// </param>
/// <param name="LeaderMinSentences">The body sentences a leader's title needs (see <paramref name="Leaders"/>).</param>
/// <param name="LeaderAt">
/// Words of a leader's presence at the forum ("phát biểu tại", "đang tham gia") that make one body sentence enough for a leader's
/// title when the area's specific phrase follows them right away, outside a photo caption and not after "sẽ" ("Phát biểu tại hội
/// nghị thượng đỉnh NATO tại Bỉ ngày 25/5, Tổng thống Donald Trump …"). Session 24 (helper gates25). Null: none.
/// </param>
public sealed record AreaSpeakerTitle(string[] Words, bool Ministers, string[]? Leaders = null, int LeaderMinSentences = 2, string[]? LeaderAt = null);
