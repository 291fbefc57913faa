using System.Globalization;

namespace DefenceSearch.Extraction;

/// <summary>
/// A publication date and how sure it is: <see cref="Date"/> holds the first day of the month or year when only
/// those are known; <see cref="Span"/> is the short text it was read from.
/// </summary>
public sealed record PublicationDate(DateOnly Date, DatePrecision Precision, DateEvidenceKind Kind, string Span)
{
    /// <summary>The year of <see cref="Date"/>, known at every precision.</summary>
    public int Year => Date.Year;

    /// <summary>The date at its precision, as stored: "2017-06-27", "2017-06" or "2017".</summary>
    public string Value => Precision switch
    {
        DatePrecision.Day => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Vietnamese-style display at the date's precision: "27/6/2017", "6/2017", "2017".</summary>
    public string Display => Precision switch
    {
        DatePrecision.Day => $"{Date.Day}/{Date.Month}/{Date.Year}",
        DatePrecision.Month => $"{Date.Month}/{Date.Year}",
        _ => Date.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The stored name of a precision: "day", "month" or "year".</summary>
    public static string PrecisionName(DatePrecision p) => p.ToString().ToLowerInvariant();
    /// <summary>The stored name of an evidence kind: "metadata", "dateline", "lead" or "text".</summary>
    public static string KindName(DateEvidenceKind k) => k.ToString().ToLowerInvariant();

    /// <summary>Reads a stored value ("2017-06-27", "2017-06", "2017") back; null when it is none of those.</summary>
    public static PublicationDate? Parse(string? value, string? kind, string? span)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var k = Enum.TryParse<DateEvidenceKind>(kind, ignoreCase: true, out var parsedKind) ? parsedKind : DateEvidenceKind.Metadata;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return new(d, DatePrecision.Day, k, span ?? "");
        if (DateOnly.TryParseExact(value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m)) return new(m, DatePrecision.Month, k, span ?? "");
        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 9999)
            return new(new DateOnly(y, 1, 1), DatePrecision.Year, k, span ?? "");
        return null;
    }
}
