using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using DefenceSearch.Documents;
using DefenceSearch.Reference;

namespace DefenceSearch.Extraction;

/// <summary>
/// The publication date of an article, or none: stated metadata (front matter, header line) first; then a
/// dateline (a full date with its time, a weekday, or a place: "Hà Nội, ngày 15/3/2017"); then the day the lead
/// reports as its own ("Sáng 27/6, …", "hôm nay (12/7)"), its year written with it or the year the text treats
/// as its own ("năm nay (2017)", "năm ngoái (2016)"); then that year alone. Never a year
/// from plans, births, anniversaries, names or background events (the phrase lists of Data/dates.json), never
/// the most frequent year, never a date after the day the article is indexed. An article left undated keeps the day and
/// month its lead states with no year (<see cref="LeadDay"/>), for display only.
/// </summary>
public sealed partial class DateExtractor
{
    private const int LeadChars = 400;
    private readonly DateRules _rules;
    private readonly Regex _leadDay;
    private readonly Regex _currentYear;
    private readonly Regex _lastYear;
    private readonly Regex _weekdayLine;
    private readonly Regex _future;
    private readonly Regex _recentPast;
    private readonly Regex _futureBefore;
    private readonly Regex _weekday;
    private readonly HashSet<string> _yesterday;
    private readonly HashSet<string> _eventDay;
    private readonly string[] _vetoes;
    private readonly string[] _planVetoes;

    private static readonly Lazy<DateExtractor> DefaultExtractor = new(() => new DateExtractor(DateRules.Default));

    /// <summary>The extractor of the default rules (Data/dates.json), made once.</summary>
    public static DateExtractor Default => DefaultExtractor.Value;

    /// <summary>An extractor that applies <paramref name="rules"/>' phrase lists.</summary>
    public DateExtractor(DateRules rules)
    {
        _rules = rules;
        static string Alternatives(IEnumerable<string> phrases) => string.Join('|', phrases
            .Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0).Distinct().OrderByDescending(p => p.Length)
            .Select(p => Regex.Escape(p).Replace(@"\ ", @"\s+")));
        const RegexOptions options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        _leadDay = new Regex($@"(?<![\p{{L}}\p{{M}}\d])(?<w>{Alternatives(rules.LeadDay.Concat(rules.Yesterday))})(?:\s+ngày)?\s*[(,]?\s*(?:ngày\s+)?(?<d>\d{{1,2}})\s*(?<s>[/.-])\s*(?<m>\d{{1,2}})(?:\s*\k<s>\s*(?<y>(?:19|20)\d{{2}}))?(?![\d/.-]\d|\d|\s*[-–—]\s*\d)", options);
        _currentYear = new Regex($@"(?<![\p{{L}}\p{{M}}])(?:{Alternatives(rules.CurrentYear)})\s*[(,]?\s*(?<y>(?:19|20)\d{{2}})(?![\d/.-]\d|\d)", options);
        _lastYear = new Regex($@"(?<![\p{{L}}\p{{M}}])(?:{Alternatives(rules.LastYear)})\s*[(,]\s*(?<y>(?:19|20)\d{{2}})\s*\)?", options);
        _weekdayLine = new Regex($@"^\s*(?:{Alternatives(rules.Weekday)})\s*,?\s*(?:ngày\s+)?(?<d>\d{{1,2}})\s*/\s*(?<m>\d{{1,2}})\s*/\s*(?<y>(?:19|20)\d{{2}})(?!\d)", options);
        _weekday = new Regex($@"(?<![\p{{L}}\p{{M}}])(?:{Alternatives(rules.Weekday)})(?![\p{{L}}\p{{M}}])", options);
        _future = new Regex($@"^\s*(?:{Alternatives(rules.Future)})(?![\p{{L}}\p{{M}}])", options);
        _recentPast = new Regex($@"^\s*(?:{Alternatives(rules.RecentPast)})(?![\p{{L}}\p{{M}}])", options);
        _futureBefore = new Regex($@"(?<![\p{{L}}\p{{M}}])(?:{Alternatives(rules.FutureBefore)})(?![\p{{L}}\p{{M}}])", options);
        _yesterday = rules.Yesterday.Select(Fold).ToHashSet();
        _eventDay = rules.EventDay.Select(Fold).ToHashSet();
        _vetoes = rules.Vetoes.Select(Fold).Distinct().ToArray();
        _planVetoes = rules.Plan.Select(Fold).Distinct().ToArray();
    }

    /// <summary>The publication date of <paramref name="article"/>, no later than <paramref name="indexDay"/>; null when the text does not tell.</summary>
    public PublicationDate? Extract(Article article, DateOnly indexDay) => Extract(article, indexDay, out _);

    /// <summary>
    /// The publication date of <paramref name="article"/>, no later than <paramref name="indexDay"/>, null when the text
    /// does not tell; and, for an article so left undated, the day and month its lead states as its own with no year
    /// (<paramref name="leadDay"/>: "Sáng 27/6, …" gives 27/6), read at the lead positions and past the same exclusions
    /// as a dated lead's day. Null for a dated article.
    /// </summary>
    public PublicationDate? Extract(Article article, DateOnly indexDay, out LeadDay? leadDay)
    {
        leadDay = null;
        var date = Read(article, indexDay, out var candidate);
        if (date is null) leadDay = candidate;
        return date;
    }

    private PublicationDate? Read(Article article, DateOnly indexDay, out LeadDay? leadDay)
    {
        leadDay = null;
        bool Allowed(DateOnly d) => d <= indexDay && d.Year >= 1900;

        if (article.StatedDate is { } stated && Allowed(stated))
            return new(stated, DatePrecision.Day, DateEvidenceKind.Metadata, article.Format == ArticleFormat.HeaderLines ? "# date" : "date:");

        // Datelines near the title: prefer one that carries a time of day ("13:12"), then the nearest.
        var dateline = article.HeadDateLines
            .Where(LooksLikeDateline)
            .Select((line, order) => (line, order, date: FirstFullDate(line, indexDay)))
            .Where(x => x.date is not null)
            .OrderByDescending(x => TimeOfDay().IsMatch(x.line))
            .ThenBy(x => x.order)
            .FirstOrDefault();
        if (dateline.date is { } fromDateline) return new(fromDateline, DatePrecision.Day, DateEvidenceKind.Dateline, Short(dateline.line));

        var paragraphs = article.Paragraphs;
        var lead = new List<string> { article.Title };
        lead.AddRange(paragraphs.Take(2).Select(p => p.Length > LeadChars ? p[..LeadChars] : p));

        // A dateline that opens a paragraph of the lead: a weekday, a place ("Hà Nội, ngày 15/3/2017"), or a time stamp.
        foreach (var text in lead)
        {
            if (DatelineIn(text, indexDay) is { } d) return d;
        }
        foreach (Match stamp in Stamp().Matches(article.BodyText))
        {
            // A page's time stamp before the web is a placeholder ("08:00 01/01/1970", the Unix epoch).
            if (TryDate(stamp.Groups["y"].Value, stamp.Groups["m"].Value, stamp.Groups["d"].Value) is { } sd && Allowed(sd) && sd.Year >= FirstStampYear)
                return new(sd, DatePrecision.Day, DateEvidenceKind.Dateline, Short(stamp.Value));
        }

        var body = article.BodyText;
        // The latest past date the text reports (not a plan, a birth, an anniversary): the article is no older.
        var latest = LatestEvent(article.Title + "\n" + body, indexDay);
        var latestYear = LatestYear(article.Title + "\n" + body, indexDay);
        var currentYear = CurrentYear(article.Title + "\n" + body, indexDay);
        if (currentYear is not null && ((latest is { } l && l.Year > currentYear.Year) || latestYear > currentYear.Year)) currentYear = null;
        foreach (var text in lead)
        {
            foreach (Match m in _leadDay.Matches(text))
            {
                if (Vetoed(text, m.Index) || _future.IsMatch(text.AsSpan(m.Index + m.Length))) continue;
                // "Ngày 27/4 vừa qua, …": a day the lead calls past is not the day of writing.
                if (_recentPast.IsMatch(text.AsSpan(m.Index + m.Length))) continue;
                // "… sẽ tổ chức bắn pháo hoa … vào đêm 30/4": a day the sentence plans is not the day of writing.
                if (_futureBefore.IsMatch(text.AsSpan(SentenceStart(text, m.Index), m.Index - SentenceStart(text, m.Index)))) continue;
                // "ngày 12/5" is the lead's own day only when it opens a sentence; "Sáng 12/5", "hôm nay (12/5)" anywhere in the lead.
                if (_eventDay.Contains(Fold(m.Groups["w"].Value)) && !OpensSentence(text, m.Index)) continue;
                DateOnly? day;
                if (m.Groups["y"].Success)
                {
                    day = TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
                    // A background date: the text goes on to later dates or years.
                    if (day is { } full && ((latest is { } after && after.Year > full.Year) || latestYear > full.Year)) continue;
                    if (lead.IndexOf(text) > 1) continue; // a full date after the first paragraph is an event of the story, not the lead's day
                    // "Ngày 31/12/2020, …" opening a lead is as often a background event as the day of writing (measured
                    // on the UNC tuning split: 6 of 8 right), "Sáng 27/4/2021" is the day of writing.
                    if (_eventDay.Contains(Fold(m.Groups["w"].Value))) continue;
                }
                else if (SpanYear(body, m.Groups["m"].Value, m.Groups["d"].Value) is { } spanned)
                {
                    day = spanned; // "đang ở thăm từ ngày 14 đến 17/11/2018" holds "Sáng 15/11"
                }
                else if (currentYear is not null)
                {
                    day = TryDate(currentYear.Year.ToString(CultureInfo.InvariantCulture), m.Groups["m"].Value, m.Groups["d"].Value);
                }
                else
                {
                    // No year of its own: "Sáng 27/6" with a dated event a few days before it is as often an
                    // anniversary's year (measured over the 38k: "Ngày 6/2" dated 1965, 2010), so none; the day and
                    // month are kept as stated, for display only.
                    day = null;
                    leadDay ??= StatedDay(m);
                }
                if (day is not { } found) continue;
                if (_yesterday.Contains(Fold(m.Groups["w"].Value))) found = found.AddDays(1);
                if (!Allowed(found)) continue;
                return new(found, DatePrecision.Day, DateEvidenceKind.Lead, Short(m.Value.Trim()));
            }
        }
        return currentYear;
    }

    private const int FirstStampYear = 1995;

    /// <summary>The day and month a lead's day match states, a day later for "hôm qua (11/7)"; null for 28/2 of "hôm qua" (the year decides).</summary>
    private LeadDay? StatedDay(Match m)
    {
        if (!int.TryParse(m.Groups["m"].Value, CultureInfo.InvariantCulture, out var month) || !int.TryParse(m.Groups["d"].Value, CultureInfo.InvariantCulture, out var day)
            || LeadDay.Of(month, day, Closed(Short(m.Value.Trim()))) is not { } stated) return null;
        if (!_yesterday.Contains(Fold(m.Groups["w"].Value))) return stated;
        if (month == 2 && day == 28) return null;
        var next = new DateOnly(2016, month, day).AddDays(1);
        return stated with { Month = next.Month, Day = next.Day };
    }

    /// <summary>The latest full date or month ("tháng 3/2021") the text reports as past, neither vetoed nor in a range, up to the index day.</summary>
    private DateOnly? LatestEvent(string text, DateOnly indexDay)
    {
        DateOnly? latest = null;
        foreach (Match m in FullDate().Matches(text))
        {
            if (RangeAround(text, m) || Vetoed(text, m.Index) || TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is not { } d || d > indexDay) continue;
            if (latest is null || d > latest) latest = d;
        }
        foreach (Match m in MonthYear().Matches(text))
        {
            if (RangeAround(text, m) || Vetoed(text, m.Index) || TryDate(m.Groups["y"].Value, m.Groups["m"].Value, "1") is not { } d || d > indexDay) continue;
            if (latest is null || d > latest) latest = d;
        }
        return latest;
    }

    /// <summary>
    /// Whether a short line near the title is a dateline ("Thứ Hai, 25/06/2018 10:32", "Cập nhật: 13:12 15/11/2018 GMT+7")
    /// rather than a short sentence holding a date ("Ngày 22/4/2021, đi ăn uống với …"): once its dates, times and
    /// weekdays are taken out, at most three words are left.
    /// </summary>
    private bool LooksLikeDateline(string line)
    {
        var rest = FullDate().Replace(line, " ");
        rest = TimeOfDay().Replace(rest, " ");
        rest = _weekday.Replace(rest, " ");
        return Regex.Matches(rest, @"[\p{L}\p{M}]+").Count <= 3;
    }

    /// <summary>
    /// The lead's day in a span of days the text dates in full and that holds it ("từ ngày 14 đến 17/11/2018",
    /// "14-17/11/2018"), when exactly one year fits.
    /// </summary>
    private static DateOnly? SpanYear(string text, string month, string day)
    {
        DateOnly? found = null;
        foreach (Match s in DaySpan().Matches(text))
        {
            var y = s.Groups["y"].Value;
            var end = TryDate(y, s.Groups["m2"].Value, s.Groups["d2"].Value);
            var start = TryDate(y, s.Groups["m1"].Success ? s.Groups["m1"].Value : s.Groups["m2"].Value, s.Groups["d1"].Value);
            if (end is not { } e || start is not { } b || b > e || e.DayNumber - b.DayNumber > 31) continue;
            if (TryDate(y, month, day) is not { } d || d < b || d > e) continue;
            if (found is { } f && f != d) return null;
            found = d;
        }
        return found;
    }

    /// <summary>The latest year written anywhere that is not a plan's, up to the index day's year (0 when none).</summary>
    private int LatestYear(string text, DateOnly indexDay)
    {
        var latest = 0;
        foreach (Match m in AnyYear().Matches(text))
        {
            var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (y <= latest || y > indexDay.Year || VetoedBy(text, m.Index, _planVetoes)) continue;
            latest = y;
        }
        return latest;
    }

    /// <summary>Whether <paramref name="at"/> opens its sentence: nothing but a short source tag or a "Theo X," clause before it.</summary>
    private static bool OpensSentence(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or ';')) start--;
        var before = text[start..at].Trim();
        return before.Length == 0 || (before.Length <= 40 && (before.EndsWith(',') || before.EndsWith('-') || before.EndsWith('–') || before.EndsWith(')')));
    }

    /// <summary>The year the text treats as its own, when every phrase that names one agrees; null otherwise.</summary>
    private PublicationDate? CurrentYear(string text, DateOnly indexDay)
    {
        var found = new List<(int Year, string Span)>();
        foreach (Match m in _currentYear.Matches(text))
        {
            if (!Vetoed(text, m.Index) && !InYearSeries(text, m)) found.Add((int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), m.Value));
        }
        foreach (Match m in _lastYear.Matches(text))
        {
            if (!Vetoed(text, m.Index)) found.Add((int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) + 1, m.Value));
        }
        if (found.Count == 0 || found.Select(f => f.Year).Distinct().Count() != 1) return null;
        var year = found[0].Year;
        if (year > indexDay.Year || year < 1900) return null;
        return new(new DateOnly(year, 1, 1), DatePrecision.Year, DateEvidenceKind.Text, Short(found[0].Span));
    }

    /// <summary>
    /// Whether "năm nay 2020" stands in a series of years ("năm 2017 được 200 em, năm 2018 … 2019 … năm nay 2020"): two
    /// other years in its sentence make it the last year of a report, not always the year of writing.
    /// </summary>
    private static bool InYearSeries(string text, Match m)
    {
        var start = SentenceStart(text, m.Index);
        var end = m.Index + m.Length;
        while (end < text.Length && text[end] is not ('.' or '!' or '?' or '\n' or ';')) end++;
        var own = m.Groups["y"].Value;
        return AnyYear().Matches(text[start..end]).Select(y => y.Groups["y"].Value).Where(y => y != own).Distinct().Count() >= 2;
    }

    /// <summary>Where the sentence holding <paramref name="at"/> begins.</summary>
    private static int SentenceStart(string text, int at)
    {
        var start = at;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or '\n' or ';')) start--;
        return start;
    }

    private PublicationDate? DatelineIn(string text, DateOnly indexDay)
    {
        var m = _weekdayLine.Match(text);
        if (!m.Success)
        {
            m = PlaceDateline().Match(text);
            if (!m.Success) return null;
        }
        if (RangeAround(text, m)) return null;
        return TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } d && d <= indexDay && d.Year >= 1900
            ? new(d, DatePrecision.Day, DateEvidenceKind.Dateline, Short(m.Value.Trim()))
            : null;
    }

    /// <summary>Whether the up to four words before <paramref name="at"/> (within its sentence) end in or hold a veto phrase.</summary>
    private bool Vetoed(string text, int at) => VetoedBy(text, at, _vetoes);

    private static bool VetoedBy(string text, int at, string[] vetoes)
    {
        var start = at;
        var words = 0;
        while (start > 0 && words < 5)
        {
            var c = text[start - 1];
            if (c is '.' or '!' or '?' or ';' or '\n' or ':' or '|') break;
            start--;
            if (char.IsWhiteSpace(c) && start > 0 && !char.IsWhiteSpace(text[start - 1])) words++;
        }
        var window = " " + Fold(Regex.Replace(text[start..at], @"[^\p{L}\p{M}\d]+", " ")).Trim() + " ";
        if (window.Length <= 2) return false;
        foreach (var v in vetoes)
        {
            if (window.Contains(" " + v + " ", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A date that opens or closes a range ("(27/7/1947 - 27/7/2017)", "1890-1969") is no dateline.</summary>
    private static bool RangeAround(string text, Match m)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart(" )");
        if (after.Length >= 2 && after[0] is '-' or '–' or '—' && after[1..].TrimStart().Length > 0 && char.IsDigit(after[1..].TrimStart()[0])) return true;
        var before = text.AsSpan(0, m.Index).TrimEnd(" (");
        return before.Length >= 2 && before[^1] is '-' or '–' or '—' && before[..^1].TrimEnd().Length > 0 && char.IsDigit(before[..^1].TrimEnd()[^1]);
    }

    private static string Fold(string s) => s.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();

    /// <summary>"hôm nay (12/7" as "hôm nay (12/7)": the match stops before the bracket it opened.</summary>
    private static string Closed(string span) => span.Contains('(') && !span.Contains(')') ? span + ")" : span;

    private static string Short(string span)
    {
        var s = Regex.Replace(span, @"\s+", " ").Trim();
        return s.Length <= 60 ? s : s[..60];
    }

    private static DateOnly? FirstFullDate(string line, DateOnly indexDay)
    {
        foreach (Match m in FullDate().Matches(line))
        {
            if (TryDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) is { } date && date <= indexDay && date.Year >= 1900) return date;
        }
        return null;
    }

    private static DateOnly? TryDate(string year, string month, string day)
    {
        if (!int.TryParse(year, CultureInfo.InvariantCulture, out var y) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m)
            || !int.TryParse(day, CultureInfo.InvariantCulture, out var d)) return null;
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return null;
        return new DateOnly(y, m, d);
    }

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"(?<![\p{L}\p{M}])tháng\s+(?<m>\d{1,2})\s*[/-]\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    // A span of days dated in full: "từ ngày 14 đến 17/11/2018", "14-17/11/2018", "30/6 - 2/7/2017".
    [GeneratedRegex(@"(?<!\d)(?<d1>\d{1,2})(?:\s*/\s*(?<m1>\d{1,2}))?\s*(?:đến|tới|-|–|—)\s*(?:ngày\s*)?(?<d2>\d{1,2})\s*/\s*(?<m2>\d{1,2})\s*/\s*(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DaySpan();

    // A year standing alone: not part of a longer number, a phone number or a price.
    [GeneratedRegex(@"(?<![\d.,:])(?<y>(?:19|20)\d{2})(?!\d|[.,]\d|%|\s*(?:km|m|USD|đồng|tỷ|triệu|người)\b)")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b\d{1,2}\s*[:h]\s*\d{2}\b")]
    private static partial Regex TimeOfDay();

    // A time stamp: "22:10 04/07/2017" or "25/06/2018 10:32" (a date and a time side by side, nothing between).
    [GeneratedRegex(@"(?:(?<!\d)\d{1,2}:\d{2}\s*(?:,\s*)?(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})(?!\d)|(?<!\d)(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>(?:19|20)\d{2})\s*(?:,\s*|\|\s*)?\d{1,2}:\d{2}(?!\d))")]
    private static partial Regex Stamp();

    // A place dateline opening a paragraph: "Hà Nội, ngày 15/3/2017", "TP.HCM, 15/3/2017".
    [GeneratedRegex(@"^\s*(?:\p{Lu}[\p{L}\p{M}.]*\s*){1,4},\s*(?:ngày\s+)?(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>(?:19|20)\d{2})(?!\d)")]
    private static partial Regex PlaceDateline();
}
