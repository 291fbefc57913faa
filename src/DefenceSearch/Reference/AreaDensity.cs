namespace DefenceSearch.Reference;

/// <summary>
/// How much of an article names an area's subject (Data/area-rules.json's densityByArea): an article whose title and most
/// of whose body sentences name weapons ("tên lửa", "tiêm kích", "F-35"), and which holds several of the area's own
/// phrases ("tầm bay", "động cơ", "được trang bị"), is about that subject whatever share of it those phrases take up
/// ("Tên lửa bay xa 450km của Triều Tiên là loại mới?" and a body that describes the missile sentence after sentence).
/// </summary>
/// <param name="Words">The words that name the subject ("tên lửa", "tàu ngầm").</param>
/// <param name="Designations">Whether a model designation (capitals, a dash and a number: "F-35", "Su-30MK2", "DF-16")
/// names it too.</param>
/// <param name="MinShare">The least share of the body's sentences that must name the subject.</param>
/// <param name="MinPhrases">The fewest different phrases of the area the article must hold.</param>
/// <param name="Titled">When a title that names the subject makes broad evidence in the body enough with a smaller share
/// (<see cref="AreaTitledSubject"/>, tiers of which one is enough), or null.</param>
public sealed record AreaDensity(string[] Words, bool Designations, double MinShare, int MinPhrases, AreaTitledSubject[]? Titled = null);
