namespace DefenceSearch.Reference;

/// <summary>
/// Two kinds of words that, standing close together in one sentence, are a phrase of an area (Data/area-rules.json's
/// pairsByArea): a verb of trade before a weapon ("mua hệ thống tên lửa", "cung cấp tiêm kích") is arms trade, where
/// a list of every verb-and-weapon phrase could never be complete.
/// </summary>
/// <param name="First">The words that come first ("mua", "cung cấp").</param>
/// <param name="Then">The words that follow them ("tên lửa", "tiêm kích").</param>
/// <param name="Window">How many words may stand between the two.</param>
/// <param name="Weight">2: the pair counts in any article; 1: only in an article about defence (as a phrase of areas.json); 0: the
/// pair is no phrase but a mask, and no phrase starting at its second words counts ("diệt tàu sân bay": a carrier as a
/// weapon's target is no evidence of naval cooperation).</param>
/// <param name="Unless">Words that, standing between the two, undo the pair (session 20): a contract to build warships ("hợp đồng
/// sản xuất 3 tàu chiến", "hợp đồng … để đóng đội tàu chiến") is shipbuilding, no sale of them.</param>
public sealed record AreaPair(string[] First, string[] Then, int Window, int Weight, string[]? Unless = null);
