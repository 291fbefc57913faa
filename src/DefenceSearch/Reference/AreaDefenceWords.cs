namespace DefenceSearch.Reference;

/// <summary>
/// How many times an article must name defence words for an area's suggestive phrases to count (Data/area-rules.json's
/// minDefenceWordsByArea; session 18): a vocational college's or a ministry's training course ("đào tạo", "kỹ năng", "học
/// viên", "tập huấn") in an article that names the army once is no defence training. Phrases of drills are left out: a
/// field hospital's or a coast guard's drill ("diễn tập", "huấn luyện chung") is told in few defence words.
/// </summary>
/// <param name="Min">The fewest mentions of defence words (one makes an article about defence for the other areas).</param>
/// <param name="Except">Suggestive phrases (or pairs' first words) that count with one mention as before, or null.</param>
public sealed record AreaDefenceWords(int Min, string[]? Except);
