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
            _ => null,
        };
    }
}
