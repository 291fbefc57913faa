namespace DefenceSearch.Reference;

/// <summary>
/// A past war or battle told as a story (Data/area-rules.json's narrativeByArea, session 20): the title or the lead sentence
/// dates the story before today's era ("năm 1969", "tháng 4/1945", "năm 1795", "thế kỷ 11", "năm 1994"), and the body tells it in dates and
/// in words of fighting ("giao tranh", "tấn công", "trận", "cuộc chiến") though it names no war's name of the area's list: the
/// 1969 Sino-Soviet border clash, USS Laffey off Okinawa, Saladin's campaigns, a veteran's Quảng Trị. The area is then
/// substantial; not when the title holds one of the area's sentence masks (a commemoration: "kỷ niệm", "truy điệu"), nor when an
/// area it yields to is found (martyrs' graves dated to the war are war legacy).
/// </summary>
/// <param name="LeadSentences">How many body sentences after the title may date the story (the lead).</param>
/// <param name="MaxYear">The latest year that dates a story as history (a year is four digits after "năm", "niên", "kỷ", a
/// month's slash or dot, an opening bracket or a dash; "thế kỷ" and a number count too).</param>
/// <param name="MinYearSentences">The fewest body sentences naming such a year.</param>
/// <param name="MinYearShare">The least share of the body's sentences naming such a year.</param>
/// <param name="Words">Words of fighting.</param>
/// <param name="Except">Longer words that hold a word of fighting but are none ("tập trận").</param>
/// <param name="MinWordSentences">The fewest body sentences naming a word of fighting.</param>
/// <param name="MinWordShare">The least share of the body's sentences naming a word of fighting.</param>
public sealed record AreaNarrative(int LeadSentences, int MaxYear, int MinYearSentences, double MinYearShare, string[] Words,
    string[]? Except, int MinWordSentences, double MinWordShare);
