namespace DefenceSearch.Searching;

/// <summary>One way the query was reinterpreted.</summary>
public sealed record QueryNotice(QueryNoticeKind Kind, string? Detail)
{
    public string Text(string lang) => NoticeText.Describe(Kind, Detail, lang) ?? "";
}

/// <summary>What a reinterpreted query tells the user, in Vietnamese or English.</summary>
public static class NoticeText
{
    public static string? Join(IEnumerable<QueryNotice> notices, string lang)
    {
        var text = string.Join(" ", notices.Select(n => n.Text(lang)).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }

    public static string? Describe(QueryNoticeKind kind, string? detail, string lang)
    {
        var en = lang == "en";
        return kind switch
        {
            QueryNoticeKind.None => null,
            QueryNoticeKind.Malformed => en
                ? $"The query could not be read as written ({detail}); it was searched as plain words."
                : $"Không đọc được cú pháp truy vấn ({detail}); đã tìm theo các từ thường.",
            QueryNoticeKind.Truncated => en
                ? $"The query was longer than {detail} characters and was cut."
                : $"Truy vấn dài hơn {detail} ký tự nên đã được cắt bớt.",
            QueryNoticeKind.AnyWordFallback => en
                ? "No article contains every word; showing articles with any of them."
                : "Không có bài nào chứa tất cả các từ; đang hiển thị các bài chứa một trong các từ.",
            QueryNoticeKind.UnknownFilter => en
                ? $"Unknown filter value {detail}: nothing can match it."
                : $"Không có giá trị lọc {detail}: không bài nào khớp.",
            QueryNoticeKind.EntityMatch => en
                ? $"Read as {detail}: articles tagged with it match too, however they spell it."
                : $"Hiểu là {detail}: các bài được gắn nhãn này cũng khớp, dù viết tên theo cách nào.",
            QueryNoticeKind.CountryWord => en
                ? $"Read {detail}: articles tagged with that country match this word too, however they spell it."
                : $"Hiểu {detail}: các bài được gắn nhãn quốc gia này cũng khớp với từ đó, dù viết tên theo cách nào.",
            QueryNoticeKind.MinisterName => en
                ? $"Read {detail}: articles tagged with that minister match these words too, however they spell the name."
                : $"Hiểu {detail}: các bài được gắn nhãn bộ trưởng này cũng khớp với các từ đó, dù viết tên theo cách nào.",
            QueryNoticeKind.WordsTogether => en
                ? $"Showing articles where the words stand together; {detail} more have them apart."
                : $"Đang hiển thị các bài có các từ đứng liền nhau; còn {detail} bài có các từ đứng rời nhau.",
            QueryNoticeKind.WordsApart => en
                ? $"Showing articles with the words apart; {detail} have them together."
                : $"Đang hiển thị các bài có các từ đứng rời nhau; {detail} bài có các từ đứng liền nhau.",
            QueryNoticeKind.MissingOneWord => en
                ? $"{detail} of these articles miss one of the words; they come after those that hold every word."
                : $"{detail} bài trong số này thiếu một trong các từ; các bài đó xếp sau các bài có đủ mọi từ.",
            QueryNoticeKind.ExpansionCut => en
                ? $"A word ending in * matches too many words; only the {detail} most common of them were searched."
                : $"Từ có dấu * khớp quá nhiều từ; chỉ tìm {detail} từ phổ biến nhất.",
            QueryNoticeKind.TimedOut => en
                ? "The search took too long and was stopped: the results and counts are incomplete. Try fewer or more specific words."
                : "Tìm kiếm quá lâu nên đã dừng: kết quả và số đếm chưa đầy đủ. Hãy thử ít từ hơn hoặc cụ thể hơn.",
            _ => null,
        };
    }
}
