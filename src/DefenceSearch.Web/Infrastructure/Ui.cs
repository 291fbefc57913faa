using System.Globalization;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>The interface language of one request: Vietnamese unless the <c>lang</c> cookie says English.</summary>
public sealed class Ui
{
    public const string CookieName = "lang";

    public static readonly Ui Vietnamese = new("vi", CultureInfo.GetCultureInfo("vi-VN"));
    public static readonly Ui English = new("en", CultureInfo.GetCultureInfo("en-GB"));

    private Ui(string lang, CultureInfo culture)
    {
        Lang = lang;
        Culture = culture;
    }

    /// <summary>"vi" or "en".</summary>
    public string Lang { get; }

    public CultureInfo Culture { get; }

    public bool IsEnglish => Lang == "en";

    /// <summary>The other language, for the switch.</summary>
    public Ui Other => IsEnglish ? Vietnamese : English;

    public string this[string key] => UiStrings.Get(key, Lang);

    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    public string Number(long n) => n.ToString("N0", Culture);

    /// <summary>"2018-11-15" as 15/11/2018 (vi) or 15 Nov 2018 (en), "2018-11" as 11/2018 or Nov 2018, "2018" as is; null stays empty.</summary>
    public string Date(string? isoDate) =>
        DateOnly.TryParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString(IsEnglish ? "d MMM yyyy" : "dd/MM/yyyy", Culture)
            : DateOnly.TryParseExact(isoDate, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
                ? month.ToString(IsEnglish ? "MMM yyyy" : "MM/yyyy", Culture)
                : isoDate ?? "";

    /// <summary>Where a date was read, as the page says it ("from the dateline"); empty for an unknown kind.</summary>
    public string DateEvidence(string? kind) => kind is "metadata" or "dateline" or "lead" or "text" ? this["date.from." + kind] : "";

    public string DateTime(DateTimeOffset time) => time.ToLocalTime().ToString(IsEnglish ? "d MMM yyyy HH:mm" : "dd/MM/yyyy HH:mm", Culture);

    public static Ui For(HttpContext? context) =>
        context?.Request.Cookies[CookieName] == "en" ? English : Vietnamese;
}
