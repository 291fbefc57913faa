using System.Globalization;

namespace DefenceSearch.Searching;

/// <summary>
/// How a reinterpreted query is told, in Vietnamese or English: one table for the site and the command line, so that both
/// word a notice alike (the search gives the kind, its detail as {0} and its words as {1}).
/// </summary>
public static class NoticeText
{
    private static readonly Dictionary<QueryNoticeKind, (string Vi, string En)> Texts = new()
    {
        [QueryNoticeKind.Malformed] = ("Không đọc được cú pháp truy vấn ({0}); đã tìm theo các từ thường.", "The query could not be read as written ({0}); it was searched as plain words."),
        [QueryNoticeKind.Truncated] = ("Truy vấn dài hơn {0} ký tự nên đã được cắt bớt.", "The query was longer than {0} characters and was cut."),
        [QueryNoticeKind.AnyWordFallback] = ("Không có bài nào chứa tất cả các từ; đang hiển thị các bài chứa một trong các từ.", "No article contains every word; showing articles with any of them."),
        [QueryNoticeKind.WordsLeftOut] = ("Không có bài nào chứa tất cả các từ; đang hiển thị các bài không có “{1}” ({0} bài).", "No article holds all the words; showing the articles without “{1}” ({0})."),
        [QueryNoticeKind.UnknownFilter] = ("Không có giá trị lọc {0}: không bài nào khớp.", "Unknown filter value {0}: nothing can match it."),
        [QueryNoticeKind.EntityMatch] = ("Hiểu là {0}, dù viết tên theo cách nào.", "Read as {0}, however the articles spell it."),
        [QueryNoticeKind.EntityAbsent] = ("Không có bài nào nhắc tới {0}, dù viết tên theo cách nào; các bài dưới đây chỉ có các từ đứng rời nhau.", "No article names {0}, in any spelling; the articles below only hold the words apart."),
        [QueryNoticeKind.EntityUntagged] = ("Không có bài nào nói về {0} (được gắn nhãn); các bài dưới đây chỉ chứa các từ đã gõ.", "No article is about {0} (none is tagged with it); the articles below only hold the words typed."),
        [QueryNoticeKind.EntityNone] = ("Không có bài nào nói về {0} (được gắn nhãn), cũng không có bài nào chứa đủ các từ đã gõ.", "No article is about {0} (none is tagged with it), nor holds all the words typed."),
        [QueryNoticeKind.CountryWord] = ("Hiểu {0}: các bài được gắn nhãn quốc gia này cũng khớp với từ đó, dù viết tên theo cách nào.", "Read {0}: articles tagged with that country match this word too, however they spell it."),
        [QueryNoticeKind.MinisterName] = ("Hiểu {0}: các bài được gắn nhãn bộ trưởng này cũng khớp với các từ đó, dù viết tên theo cách nào.", "Read {0}: articles tagged with that minister match these words too, however they spell the name."),
        [QueryNoticeKind.CompoundWords] = ("Đọc “{1}” là từ: chỉ tính các bài có các âm tiết của từ đứng liền nhau.", "Read “{1}” as words: only the articles where their syllables stand together count."),
        [QueryNoticeKind.WordsTogether] = ("Đang hiển thị các bài có các từ đứng liền nhau; còn {0} bài có các từ đứng rời nhau.", "Showing articles where the words stand together; {0} more have them apart."),
        [QueryNoticeKind.WordsApart] = ("Đang hiển thị các bài có các từ đứng rời nhau; {0} bài có các từ đứng liền nhau.", "Showing articles with the words apart; {0} have them together."),
        [QueryNoticeKind.EntityTagged] = ("Đang hiển thị các bài về đối tượng này (được gắn nhãn); còn {0} bài có từ đã gõ nhưng không nói về nó.", "Showing the articles about it (tagged with it); {0} more hold the words typed without being about it."),
        [QueryNoticeKind.EntityWordsOnly] = ("Đang hiển thị các bài có từ đã gõ nhưng không được gắn nhãn đối tượng này; {0} bài nói về nó.", "Showing the articles that hold the words typed but are not tagged with it; {0} are about it."),
        [QueryNoticeKind.MissingOneWord] = ("Đang hiển thị các bài có đủ mọi từ; còn {0} bài thiếu một trong các từ.", "Showing the articles that hold every word; {0} more miss one of them."),
        [QueryNoticeKind.OneWordMissing] = ("Đang hiển thị các bài thiếu một trong các từ; {0} bài có đủ mọi từ.", "Showing the articles that miss one of the words; {0} hold every word."),
        [QueryNoticeKind.PlainAsEverySpelling] = ("Không có bài nào viết “{1}” không dấu như đã gõ; đang hiển thị các bài viết từ đó theo mọi cách (có dấu hoặc không).", "No article spells “{1}” without marks, as typed; showing the articles that spell it any way (with or without marks)."),
        [QueryNoticeKind.PhraseAsEverySpelling] = ("Không có bài nào viết “{1}” đúng dấu như đã gõ; đang hiển thị các bài viết cụm từ đó theo mọi cách.", "No article spells “{1}” with the marks typed; showing the articles that spell the phrase any way."),
        [QueryNoticeKind.MarkedAsEverySpelling] = ("Không có bài nào chứa các từ đúng như đã gõ (“{1}”); đang hiển thị các bài viết các từ đó theo mọi cách (có dấu hoặc không).", "No article holds the words as typed (“{1}”); showing the articles that spell them any way (with or without marks)."),
        [QueryNoticeKind.ExpansionCut] = ("Từ có dấu * khớp quá nhiều từ; chỉ tìm {0} từ phổ biến nhất.", "A word ending in * matches too many words; only the {0} most common of them were searched."),
        [QueryNoticeKind.TimedOut] = ("Tìm kiếm quá lâu nên đã dừng: kết quả và số đếm chưa đầy đủ. Hãy thử ít từ hơn hoặc cụ thể hơn.", "The search took too long and was stopped: the results and counts are incomplete. Try fewer or more specific words."),
    };

    /// <summary>The notice kinds that have words (every kind but <see cref="QueryNoticeKind.None"/>).</summary>
    public static IEnumerable<QueryNoticeKind> Kinds => Texts.Keys;

    /// <summary>One notice in a language ("en", else Vietnamese); "" for a kind without words.</summary>
    /// <param name="notice">The notice.</param>
    /// <param name="lang">"vi" or "en".</param>
    /// <param name="culture">How numbers are written into the text (the invariant culture when null).</param>
    public static string Of(QueryNotice notice, string lang, IFormatProvider? culture = null) =>
        Texts.TryGetValue(notice.Kind, out var text)
            ? string.Format(culture ?? CultureInfo.InvariantCulture, lang == "en" ? text.En : text.Vi, notice.Detail, string.Join("”, “", notice.Words))
            : "";

    /// <summary>Every notice in one line, or null when none has words (the API's and the command line's <c>notice</c>).</summary>
    /// <param name="notices">The notices, in the order the search gave them.</param>
    /// <param name="lang">"vi" or "en".</param>
    /// <param name="culture">How numbers are written into the text (the invariant culture when null).</param>
    public static string? Join(IEnumerable<QueryNotice> notices, string lang, IFormatProvider? culture = null)
    {
        var text = string.Join(" ", notices.Select(n => Of(n, lang, culture)).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }
}
