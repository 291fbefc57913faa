using System.Globalization;
using System.Text.Json.Serialization;

namespace DefenceSearch.Extraction;

/// <summary>
/// The day and month an undated article's lead or dateline states as its own ("Sáng 27/6, …", "hôm qua (11/7)" = 12/7),
/// with no year written anywhere that the date rules trust. Shown beside "date unknown" so that a reader sees the day;
/// never a date: it does not enter the year facet, the timeline, date ranges, date sorting or feeds.
/// </summary>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Day">The day of the month, valid for <paramref name="Month"/> in some year.</param>
/// <param name="Span">The short text it was read from ("Sáng 27/6").</param>
public sealed record LeadDay(
    [property: JsonPropertyName("month")] int Month,
    [property: JsonPropertyName("day")] int Day,
    [property: JsonPropertyName("span")] string Span)
{
    private const char Separator = '\u001F';

    /// <summary>The ISO 8601 form of a day without a year: "--06-27".</summary>
    [JsonPropertyName("value")]
    public string Value => $"--{Month.ToString("00", CultureInfo.InvariantCulture)}-{Day.ToString("00", CultureInfo.InvariantCulture)}";

    /// <summary>Vietnamese-style display without a year: "27/6".</summary>
    [JsonIgnore]
    public string Display => $"{Day}/{Month}";

    /// <summary>The value as stored in the index: <see cref="Value"/>, a unit separator, <see cref="Span"/>.</summary>
    [JsonIgnore]
    public string Stored => Value + Separator + Span;

    /// <summary>A day and month that some year holds (29/2 included); null otherwise.</summary>
    public static LeadDay? Of(int month, int day, string span) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2016, month) ? new LeadDay(month, day, span) : null;

    /// <summary>Reads <see cref="Stored"/> (or a bare <see cref="Value"/>) back; null when it is neither.</summary>
    public static LeadDay? Parse(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return null;
        var cut = stored.IndexOf(Separator);
        var value = cut < 0 ? stored : stored[..cut];
        var span = cut < 0 ? "" : stored[(cut + 1)..];
        if (value.Length != 7 || !value.StartsWith("--", StringComparison.Ordinal) || value[4] != '-'
            || !int.TryParse(value.AsSpan(2, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)) return null;
        return Of(month, day, span);
    }
}
