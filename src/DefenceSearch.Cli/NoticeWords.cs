using DefenceSearch.Searching;

namespace DefenceSearch.Cli;

/// <summary>How the command line words a reinterpreted query (the library's <see cref="NoticeText"/>) and the tier hint it adds.</summary>
internal static class NoticeWords
{

    // What a tier notice's hint says (TierLink.Shows), "{0}" the notice's count: the site words the same links as links.
    private static readonly Dictionary<string, (string Vi, string En)> TierHints = new(StringComparer.Ordinal)
    {
        ["showApart"] = ("(--apart: xem {0} bài có các từ đứng rời nhau)", "(--apart shows the {0} articles with the words apart)"),
        ["showTogether"] = ("(bỏ --apart: quay lại các bài có các từ đứng liền nhau)", "(without --apart: back to the articles with the words together)"),
        ["showWordsOnly"] = ("(--apart: xem {0} bài chỉ có từ đã gõ)", "(--apart shows the {0} articles that only hold the words)"),
        ["showTagged"] = ("(bỏ --apart: quay lại các bài về đối tượng này)", "(without --apart: back to the articles about it)"),
        ["showMissingOne"] = ("(--apart: xem {0} bài thiếu một từ)", "(--apart shows the {0} articles that miss one word)"),
        ["showEveryWord"] = ("(bỏ --apart: quay lại các bài có đủ mọi từ)", "(without --apart: back to the articles with every word)"),
    };

    /// <summary>The hint a tier's notice carries (<see cref="TierLink"/>: the other tier, how to reach it), or null for another notice.</summary>
    public static string? TierHint(QueryNotice notice, string lang) =>
        TierLink.Of(notice.Kind) is { } link && TierHints.TryGetValue(link.Shows, out var text)
            ? string.Format(lang == "en" ? text.En : text.Vi, notice.Detail)
            : null;
}
