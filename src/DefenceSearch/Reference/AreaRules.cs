namespace DefenceSearch.Reference;

/// <summary>
/// When an article's area evidence is substantial: the words that make it an article about defence (where suggestive
/// phrases count), and how many and what share of the body's sentences the evidence must stand in without the title.
/// </summary>
/// <param name="DefenceWords">Words that make an article one about defence.</param>
/// <param name="MinSentences">The fewest body sentences the evidence must stand in.</param>
/// <param name="MinShare">The least share of the body's sentences it must take up when the title does not name the area.</param>
/// <param name="MinShareByArea">Other shares for some areas (naval: a third), or null.</param>
/// <param name="ContextWordsByArea">
/// Words that let one area's suggestive phrases count in an article without defence words ("tranh chấp" makes
/// "Biển Đông" evidence of maritime security in a diplomatic article), or null.
/// </param>
/// <param name="TitleCuesByArea">
/// Everyday title words that name an area ("tiếp đoàn", "giải cứu") and count only when the body holds one of that
/// area's own phrases, or null.
/// </param>
/// <param name="PairsByArea">Per area, pairs of words that make one of its phrases when they stand close together, or null.</param>
/// <param name="TopicListAreas">
/// A body sentence whose short items between commas name this many areas or more is a list of topics, whose items'
/// phrases are no evidence; 0 for none.
/// </param>
/// <param name="TopicListItemWords">The most words of a short item between commas (see <paramref name="TopicListAreas"/>).</param>
/// <param name="DensityByArea">
/// Per area, the words naming its subject that make it substantial when the title and most of the body name them and
/// the article holds several of its phrases, whatever share the phrases take up (<see cref="AreaDensity"/>), or null.
/// </param>
/// <param name="JointTitlesByArea">
/// Per area, a title naming an activity with its partners before it ("Mỹ-Hàn tập trận") that makes the area substantial when
/// the body names the activity in a good share of its sentences (<see cref="AreaJointTitle"/>), or null.
/// </param>
/// <param name="YieldsToByArea">
/// Per area, the areas it yields to: in a body sentence that holds a phrase of one of them, its own phrases are no evidence
/// (the search in "tìm kiếm, quy tập hài cốt liệt sĩ" is war legacy's, not search and rescue's), or null.
/// </param>
/// <param name="SpecificationsByArea">
/// Per area, the measurements whose sentences make a paragraph of specifications, which makes the area substantial with a
/// few of its phrases whatever share it takes up (<see cref="AreaSpecifications"/>), or null.
/// </param>
/// <param name="MinSentencesByArea">
/// Other numbers of body sentences for some areas when the title does not name them (military technology: 3, since two
/// sentences of a short news item naming a test or a design are no description of a weapon), or null.
/// </param>
/// <param name="BroadEvidenceByArea">
/// Per area, how many different phrases in how many body sentences make it substantial with a smaller share of the body
/// (<see cref="AreaBroadEvidence"/>), or null.
/// </param>
/// <param name="GenericPhrasesByArea">
/// Per area, its generic phrases: words that name making, testing, upgrading or equipment in general ("công nghệ", "thiết
/// kế", "thử nghiệm", "chế tạo", "khí tài"), not a weapon or its workings. They add weight to the area's other phrases, but
/// evidence made of them alone makes the area only when the title holds one of its phrases or the subject fills the article
/// (the density or specification rules): a law on technology transfer, a laptop's design or a launch told through the
/// reactions to it is no military technology. Or null.
/// </param>
/// <param name="TitleRepeatedByArea">
/// Per area, how many body sentences must repeat the one phrase of it that the title holds to make it substantial
/// (<see cref="AreaTitleRepeat"/>), or null.
/// </param>
/// <param name="SentenceMasksByArea">
/// Per area, words that take its phrases out of their sentence (the title or a body sentence): there the area's phrases
/// are no evidence. Warships in a sentence of a strike ("tàu chiến … nã tên lửa", "không kích IS từ tàu sân bay") are the
/// strike's launchers, not the navy as the subject. Or null.
/// </param>
/// <param name="SpeakerTitlesByArea">
/// Per area, title words naming a speaker or a meeting's party (a defence minister or official) that make the area
/// substantial when the body names one of its specific phrases outside a photo caption (<see cref="AreaSpeakerTitle"/>), or null.
/// </param>
/// <param name="MeetingsByArea">
/// Per area, a meeting with a defence official that makes it substantial when the title or several body sentences tell it
/// (<see cref="AreaMeeting"/>), or null.
/// </param>
/// <param name="TitleComplementsByArea">
/// Per area, words that make one of its phrases right after them in the title a complement of the title's subject: a
/// weapon for warships ("lá chắn phòng thủ … cho tàu chiến"), a plane landing on a carrier ("hạ cánh lên tàu sân bay"),
/// bombers drilling with a warship ("diễn tập cùng tàu chiến"). There the phrase counts as one of the area's phrases, but
/// not as the title naming the area. Or null. Session 16.
/// </param>
/// <param name="TitleReportsByArea">
/// Per area, words that make a title a report of someone's warning, threat or worry ("Tướng Mỹ cảnh báo … tên lửa hạt nhân tầm
/// xa", "đe dọa phóng 'mưa tên lửa'"): the area's phrases in such a title count as its phrases, but not as the title naming the
/// area (as a complement's; the body must make the area). Or null. Session 19.
/// </param>
/// <param name="MinDefenceWordsByArea">
/// Per area, how many times the text must name defence words for its suggestive phrases to count (one otherwise), but for
/// the phrases excepted (<see cref="AreaDefenceWords"/>): an education article that names the army once ("đào tạo", "kỹ
/// năng", "học viên" of a vocational college) is no article about defence training. Or null. Session 18.
/// </param>
/// <param name="RepeatedSpecificByArea">
/// Per area, in how many body sentences and what share of the body its specific phrases must stand to make it substantial
/// without a second phrase or the title (<see cref="AreaRepeatedPhrase"/>), or null. Session 19.
/// </param>
/// <param name="NarrativeByArea">
/// Per area, a past war or battle told as a dated story that makes it substantial (<see cref="AreaNarrative"/>), or null.
/// Session 20.
/// </param>
/// <param name="SidelinesByArea">
/// Per area, words that, in the title or in several body sentences, place the article's meetings on a conference's sidelines
/// and take the area from it (<see cref="AreaSidelines"/>), or null. Session 21.
/// </param>
/// <param name="GenericInTitleAreas">
/// Areas whose generic phrases make nothing even from the title (session 22): a coast guard cutter's port call titled "cập
/// cảng", or "Hải quân" in a title over a body that tells a coast guard's ship, is no navy's subject. Or null.
/// </param>
/// <param name="TestWordsByArea">
/// Per area, its words of testing (generic phrases) and how many other generic phrases evidence made only of generic phrases must
/// hold to make it (<see cref="AreaTestWords"/>), or null. Session 22.
/// </param>
/// <param name="BesideByArea">
/// Per area, another area beside which it needs only a few sentences of its subject's words (<see cref="AreaBeside"/>), or null.
/// Session 24.
/// </param>
/// <param name="AimsByArea">
/// Per area, a subject in the title beside which the body must state the area's aim (<see cref="AreaAim"/>), or null. Session 24.
/// </param>
public sealed record AreaRules(string[] DefenceWords, int MinSentences, double MinShare, Dictionary<string, double>? MinShareByArea,
    Dictionary<string, string[]>? ContextWordsByArea = null, Dictionary<string, string[]>? TitleCuesByArea = null,
    Dictionary<string, AreaPair[]>? PairsByArea = null, int TopicListAreas = 0, int TopicListItemWords = 0,
    Dictionary<string, AreaDensity>? DensityByArea = null, Dictionary<string, AreaJointTitle>? JointTitlesByArea = null,
    Dictionary<string, string[]>? YieldsToByArea = null, Dictionary<string, AreaSpecifications>? SpecificationsByArea = null,
    Dictionary<string, int>? MinSentencesByArea = null, Dictionary<string, AreaBroadEvidence>? BroadEvidenceByArea = null,
    Dictionary<string, string[]>? GenericPhrasesByArea = null,
    Dictionary<string, AreaTitleRepeat>? TitleRepeatedByArea = null, Dictionary<string, string[]>? SentenceMasksByArea = null,
    Dictionary<string, AreaSpeakerTitle>? SpeakerTitlesByArea = null, Dictionary<string, AreaMeeting>? MeetingsByArea = null,
    Dictionary<string, string[]>? TitleComplementsByArea = null, Dictionary<string, AreaDefenceWords>? MinDefenceWordsByArea = null,
    Dictionary<string, string[]>? TitleReportsByArea = null, Dictionary<string, AreaRepeatedPhrase>? RepeatedSpecificByArea = null,
    Dictionary<string, AreaNarrative>? NarrativeByArea = null, Dictionary<string, AreaSidelines>? SidelinesByArea = null,
    string[]? GenericInTitleAreas = null, Dictionary<string, AreaTestWords>? TestWordsByArea = null,
    Dictionary<string, AreaBeside>? BesideByArea = null, Dictionary<string, AreaAim>? AimsByArea = null)
{
    /// <summary>The share of the body an area must take up when the title does not name it.</summary>
    /// <param name="area">The area's key.</param>
    public double ShareFor(string area) => MinShareByArea is { } s && s.TryGetValue(area, out var share) ? share : MinShare;

    /// <summary>The fewest body sentences an area's evidence must stand in when the title does not name it.</summary>
    /// <param name="area">The area's key.</param>
    public int SentencesFor(string area) => MinSentencesByArea is { } s && s.TryGetValue(area, out var n) ? n : MinSentences;

    /// <summary>Whether the area's generic phrases alone make nothing even from the title (<see cref="GenericInTitleAreas"/>).</summary>
    /// <param name="area">The area's key.</param>
    public bool GenericInTitle(string area) => GenericInTitleAreas?.Contains(area, StringComparer.Ordinal) == true;

    /// <summary>Whether every phrase found of an area is one of its generic phrases (false when it has none).</summary>
    /// <param name="area">The area's key.</param>
    /// <param name="phrases">The different phrases found.</param>
    public bool OnlyGeneric(string area, IReadOnlyCollection<string> phrases) =>
        phrases.Count > 0 && GenericPhrasesByArea is { } g && g.TryGetValue(area, out var generic) && phrases.All(p => generic.Contains(p, StringComparer.Ordinal));

    /// <summary>
    /// Whether the area's evidence is only generic phrases of which fewer than the area's testWordsByArea MinOthers are not test
    /// words ("phóng thử", "thử nghiệm" and "thiết kế"): a test named, no weapon described (session 22). False for an area without them.
    /// </summary>
    /// <param name="area">The area's key.</param>
    /// <param name="phrases">The different phrases found.</param>
    public bool OnlyTested(string area, IReadOnlyCollection<string> phrases) =>
        TestWordsByArea is { } t && t.TryGetValue(area, out var test) && OnlyGeneric(area, phrases)
        && phrases.Count(p => !test.Words.Contains(p, StringComparer.Ordinal)) < test.MinOthers;
}
