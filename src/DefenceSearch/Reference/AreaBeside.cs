namespace DefenceSearch.Reference;

/// <summary>
/// An area that another one found makes with fewer sentences (Data/area-rules.json's besideByArea, session 24): an article on a
/// security forum (dialogue-consultation found) is maritime security as well when the East Sea is developed in it, in
/// <paramref name="MinSentences"/> body sentences that state the dispute ("các hoạt động xây dựng trên Biển Đông", "quân sự hóa"),
/// whatever share of the body they take (entities-rules.md, "Additions of session 24"). Sentences that the area's sentence masks
/// take out (an agenda item: "Vấn đề Biển Đông sẽ được đề cập …") do not count, nor do photo captions.
/// </summary>
/// <param name="With">The area that must be found first ("dialogue-consultation").</param>
/// <param name="Words">The words that state the subject in a sentence ("biển đông", "đảo nhân tạo", "quân sự hóa").</param>
/// <param name="MinSentences">The fewest body sentences that must hold them.</param>
public sealed record AreaBeside(string With, string[] Words, int MinSentences);
