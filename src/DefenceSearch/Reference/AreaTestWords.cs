namespace DefenceSearch.Reference;

/// <summary>
/// An area's words of testing or launching (Data/area-rules.json's testWordsByArea, session 22): evidence made only of the area's
/// generic phrases (genericPhrasesByArea) makes it only with <paramref name="MinOthers"/> different generic phrases besides these
/// words, whatever the title or the density rule says. A test announced or prepared ("Triều Tiên chuẩn bị phóng thử tên lửa …",
/// "Ukraine sẽ tập trận bắn thử tên lửa Buk-M1 …") told with "phóng thử", "thử nghiệm" and one more generic word ("thiết kế",
/// "được trang bị") describes no weapon.
/// </summary>
/// <param name="Words">The test words ("bắn thử", "phóng thử", "thử nghiệm", "thử nghiệm thành công"): generic phrases of the area.</param>
/// <param name="MinOthers">The fewest different generic phrases besides them.</param>
public sealed record AreaTestWords(string[] Words, int MinOthers);
