using System.Globalization;
using System.Text.RegularExpressions;
using DefenceSearch.Documents;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>
/// The publication date of an article: the source's own date first (front matter, header line), then
/// the dateline near the title (never a site's "today" header when a dateline with a time exists),
/// then the day named in the lead combined with the main event's year.
/// </summary>
public static partial class DateExtractor
{
    /// <param name="tenure">The years the named ministers were in office together, which bound a guessed year.</param>
    public static (DateOnly? Date, int? Year) Extract(Article article, int? currentYear = null, (int From, int To)? tenure = null)
    {
        var maxYear = (currentYear ?? DateTime.UtcNow.Year) + 1;
        if (article.StatedDate is { } stated) return (stated, stated.Year);

        // Datelines: prefer one that carries a time of day ("13:12"), then the one nearest the title.
        var dateline = article.HeadDateLines
            .Select((line, order) => (line, order, date: FirstFullDate(line, maxYear)))
            .Where(x => x.date is not null)
            .OrderByDescending(x => TimeOfDay().IsMatch(x.line))
            .ThenBy(x => x.order)
            .FirstOrDefault();
        if (dateline.date is { } fromDateline) return (fromDateline, fromDateline.Year);

        var paragraphs = article.Paragraphs;
        var lead = paragraphs.Count switch { 0 => "", 1 => paragraphs[0], _ => string.Concat(paragraphs[0], "\n", paragraphs[1]) };
        var leadDay = LeadDay().Match(lead, LeadDaySearchStart(lead));
        // A lead day with its own year needs no event year (a pass over the whole body) unless it is no date.
        var eventYear = leadDay.Success && leadDay.Groups["y"].Success ? null : EventYear(article.BodyText, maxYear, tenure);
        if (leadDay.Success)
        {
            var year = leadDay.Groups["y"].Success ? int.Parse(leadDay.Groups["y"].Value) : eventYear;
            if (year is { } y && y <= maxYear && TryDate(y, leadDay.Groups["m"].Value, leadDay.Groups["d"].Value) is { } leadDate)
                return (leadDate, y);
            if (leadDay.Groups["y"].Success) eventYear = EventYear(article.BodyText, maxYear, tenure);
        }
        return (null, eventYear);
    }

    /// <summary>
    /// The year of the main event: the most frequent year among full dates (15/11/2018, tháng 5/2025) in
    /// the body, the latest on a tie; failing that, the most frequent year written anywhere ("năm 2017",
    /// "IMDEX Asia 2017"), kept within the years the named ministers served together when that is known.
    /// </summary>
    /// <param name="text">The body, paragraphs joined by line ends (<see cref="Article.BodyText"/>).</param>
    public static int? EventYear(string text, int maxYear, (int From, int To)? tenure = null)
    {
        static int? Pick(IEnumerable<int> years) => years
            .GroupBy(y => y)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .Select(g => (int?)g.Key)
            .FirstOrDefault();

        var full = FullDate().Matches(text).Select(m => int.Parse(m.Groups["y"].Value))
            .Concat(MonthYear().Matches(text).Select(m => int.Parse(m.Groups["y"].Value)))
            .Where(y => y >= 1945 && y <= maxYear)
            .ToList();
        if (full.Count > 0 && tenure is { } ft)
        {
            // Dates of the years the named ministers served win over background dates.
            var inOffice = full.Where(y => y >= ft.From && y <= ft.To).ToList();
            if (inOffice.Count > 0) return Pick(inOffice);
            if (ft.To - ft.From <= 2) return ft.From;
        }
        if (full.Count > 0) return Pick(full);
        var bare = AnyYear().Matches(text).Select(m => int.Parse(m.Groups["y"].Value)).Where(y => y >= 1945 && y <= maxYear).ToList();
        if (tenure is { } t)
        {
            var inOffice = bare.Where(y => y >= t.From && y <= t.To).ToList();
            if (inOffice.Count > 0) return Pick(inOffice);
            // A short tenure dates the article by itself ("Bộ trưởng Quốc phòng Mỹ James Mattis": 2017-2019).
            if (t.To - t.From <= 2) return t.From;
        }
        return bare.Count > 0 ? Pick(bare) : null;
    }

    /// <summary>
    /// Where <see cref="LeadDay"/> can first match: a match holds a slash, and before it only letters, white
    /// space, "(" and digits. So none starts before the run of such characters that ends at the first slash,
    /// and the search starts there instead of trying the many "s", "t", "c" … of a long lead (often the whole
    /// article, written on one line) one by one. Lookbehinds (\b) still see the text before it.
    /// </summary>
    private static int LeadDaySearchStart(string lead)
    {
        var slash = lead.IndexOf('/');
        if (slash < 0) return lead.Length;
        var start = slash;
        while (start > 0 && MayPrecedeSlash(lead[start - 1])) start--;
        return start;
    }

    // A word character (letter, digit, combining mark: from VietnameseText's table), white space, "(" or an enclosing mark.
    private static bool MayPrecedeSlash(char c) =>
        VietnameseText.IsWordChar(c) || c == '(' || char.IsWhiteSpace(c)
        || (c > 0x7F && char.GetUnicodeCategory(c) == UnicodeCategory.EnclosingMark);

    private static DateOnly? FirstFullDate(string line, int maxYear)
    {
        foreach (Match m in FullDate().Matches(line))
        {
            var y = int.Parse(m.Groups["y"].Value);
            if (y <= maxYear && TryDate(y, m.Groups["m"].Value, m.Groups["d"].Value) is { } date) return date;
        }
        return null;
    }

    private static DateOnly? TryDate(int year, string month, string day)
    {
        if (!int.TryParse(month, out var m) || !int.TryParse(day, out var d)) return null;
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(year, m)) return null;
        return new DateOnly(year, m, d);
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\btháng\s+(?<m>\d{1,2})\s*[/-]\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // A year standing alone: not part of a longer number, a date, a phone number or a price.
    [GeneratedRegex(@"(?<![\d/.,:-])(?<y>(?:19|20)\d{2})(?!\d|[.,]\d|/|%|-\d|\s*(?:km|m|USD|đồng|tỷ|triệu|người)\b)")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b\d{1,2}\s*[:h]\s*\d{2}\b")]
    private static partial Regex TimeOfDay();

    // "Sáng 15/11,", "Chiều nay (5/6)", "Ngày 23/1/2018", "(ngày 14/3)".
    [GeneratedRegex(@"(?:\b(?:sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua)(?:\s+nay)?\s*\(?\s*|\()(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})(?:\s*/\s*(?<y>(?:19|20)\d{2}))?(?![\d/])", RegexOptions.IgnoreCase)]
    private static partial Regex LeadDay();
}
