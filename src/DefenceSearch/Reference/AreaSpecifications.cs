namespace DefenceSearch.Reference;

/// <summary>
/// A paragraph of specifications (Data/area-rules.json's specificationsByArea): body sentences that give several
/// measurements of what the area is about ("Tàu dài 118 m, lượng giãn nước 3.600 tấn, tốc độ tối đa 27 hải lý/giờ") make
/// the area substantial, with a few of its phrases, however small a share of a longer article (a port call, a launch
/// report) they take up.
/// </summary>
/// <param name="Units">Units of measure that follow a number ("km", "tấn", "hải lý"); case kept ("m", "MW").</param>
/// <param name="Words">Words naming the subject ("tàu", "tên lửa"); a specification sentence names one or holds a phrase of
/// the area.</param>
/// <param name="MinMeasures">The fewest measurements (a number and a unit) a specification sentence holds.</param>
/// <param name="MinSentences">The fewest specification sentences that make a paragraph (their measurements in two different
/// units at least).</param>
/// <param name="MinMeasuresAlone">The fewest different units whose measurements make one sentence a paragraph by itself.</param>
/// <param name="MinPhrases">The fewest different phrases of the area the article must hold.</param>
/// <param name="Calibres">
/// Units that give a weapon's calibre ("mm"), or null: sentences naming the subject with one such measurement ("pháo 76 mm",
/// "súng máy 7,62 mm"), in <paramref name="MinCalibreSentences"/> body sentences, make a paragraph of specifications though
/// each gives one measurement in one unit (an inventory of guns and vehicles by calibre). Session 23 (helper mtech24).
/// </param>
/// <param name="MinCalibreSentences">The fewest body sentences naming a calibre that make such a paragraph (0: none).</param>
public sealed record AreaSpecifications(string[] Units, string[] Words, int MinMeasures, int MinSentences, int MinMeasuresAlone, int MinPhrases,
    string[]? Calibres = null, int MinCalibreSentences = 0);
