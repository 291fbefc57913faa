using System.Globalization;

namespace DefenceSearch.Web.Infrastructure.Localisation;

/// <summary>The interface language of one request: Vietnamese unless the <c>lang</c> cookie says English.</summary>
public sealed class Ui
{
    /// <summary>The cookie that remembers the interface language.</summary>
    public const string CookieName = "lang";

    /// <summary>The Vietnamese interface (the default).</summary>
    public static readonly Ui Vietnamese = new("vi", CultureInfo.GetCultureInfo("vi-VN"));
    /// <summary>The English interface.</summary>
    public static readonly Ui English = new("en", CultureInfo.GetCultureInfo("en-GB"));

    private Ui(string lang, CultureInfo culture)
    {
        Lang = lang;
        Culture = culture;
    }

    /// <summary>"vi" or "en".</summary>
    public string Lang { get; }

    /// <summary>The culture numbers and dates are written in.</summary>
    public CultureInfo Culture { get; }

    /// <summary>True for English.</summary>
    public bool IsEnglish => Lang == "en";

    /// <summary>The other language, for the switch.</summary>
    public Ui Other => IsEnglish ? Vietnamese : English;

    /// <summary>The string of <paramref name="key"/> in this language (the key itself when missing).</summary>
    /// <param name="key">A key of <see cref="UiStrings.All"/>.</param>
    public string this[string key] => UiStrings.Get(key, Lang);

    /// <summary>The string of <paramref name="key"/> with <paramref name="args"/> in its places.</summary>
    /// <param name="key">A key of <see cref="UiStrings.All"/>.</param>
    /// <param name="args">The values of {0}, {1}, ….</param>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>A reinterpreted query's notice in this language ("" for a kind the interface does not word).</summary>
    public string Notice(DefenceSearch.Searching.QueryNotice notice) =>
        DefenceSearch.Searching.NoticeText.Of(notice, Lang, Culture);

    /// <summary>Every notice in one line, or null when there is none (the API's <c>notice</c>).</summary>
    public string? Notices(IEnumerable<DefenceSearch.Searching.QueryNotice> notices) =>
        DefenceSearch.Searching.NoticeText.Join(notices, Lang, Culture);

    /// <summary>A number with this language's digit grouping.</summary>
    /// <param name="n">The number.</param>
    public string Number(long n) => n.ToString("N0", Culture);

    /// <summary>"2018-11-15" as 15/11/2018 (vi) or 15 Nov 2018 (en), "2018-11" as 11/2018 or Nov 2018, "2018" as is; null stays empty.</summary>
    public string Date(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(IsEnglish ? "d MMM yyyy" : "dd/MM/yyyy", Culture)
            : DateOnly.TryParseExact(isoDate, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month.ToString(IsEnglish ? "MMM yyyy" : "MM/yyyy", Culture)
                : isoDate ?? "";

    /// <summary>
    /// The day an undated article's lead states with no year, as the page says it: "27/6, năm không ghi trong bài" (vi) or
    /// "27 Jun, year not stated" (en). Text to be HTML-encoded by the page.
    /// </summary>
    /// <param name="day">The stated day.</param>
    public string LeadDay(DefenceSearch.Extraction.LeadDay day) =>
        Format("date.leadDay", IsEnglish ? new DateOnly(2016, day.Month, day.Day).ToString("d MMM", Culture) : day.Display);

    /// <summary>Where a date was read, as the page says it ("from the dateline"); empty for an unknown kind.</summary>
    public string DateEvidence(string? kind) => kind is "metadata" or "dateline" or "lead" or "text" ? this["date.from." + kind] : "";

    /// <summary>A local date and time ("15/11/2018 09:30" or "15 Nov 2018 09:30").</summary>
    /// <param name="time">The time.</param>
    public string DateTime(DateTimeOffset time) => time.ToLocalTime().ToString(IsEnglish ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm", Culture);

    /// <summary>The interface of a request: English when its language cookie says so.</summary>
    /// <param name="context">The request, or null.</param>
    public static Ui For(HttpContext? context) =>
        context?.Request.Cookies[CookieName] == "en" ? English : Vietnamese;
}
