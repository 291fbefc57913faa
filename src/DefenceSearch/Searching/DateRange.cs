using System.Globalization;

namespace DefenceSearch.Searching;

/// <summary>
/// A from–to range of publication dates, each end a year ("2016"), a month ("2016-06") or a day ("2016-06-15"),
/// both inclusive. An article is in the range only when its date, at the precision it is known, lies wholly
/// inside: "2017" (a year, no month known) is inside 2016-06 to 2017-12 but not inside 2017-06 to 2017-12;
/// an undated article is in no range.
/// </summary>
/// <remarks>Bounds are compared as the index's date sort keys (yyyymmdd; a month end is day 31, whatever the month).</remarks>
public sealed record DateRange
{
    private DateRange(string? from, string? to, int lower, int upper)
    {
        From = from;
        To = to;
        Lower = lower;
        Upper = upper;
    }

    /// <summary>The first end as written back ("2016-06"), or null when open.</summary>
    public string? From { get; }

    /// <summary>The last end as written back, or null when open.</summary>
    public string? To { get; }

    /// <summary>The first day in, as yyyymmdd.</summary>
    public int Lower { get; }

    /// <summary>The last day in, as yyyymmdd (day 31 closes any month).</summary>
    public int Upper { get; }

    /// <summary>
    /// The range from two typed ends, either of which may be empty (an open end); null when neither reads as a
    /// date. Ends given the wrong way round are swapped.
    /// </summary>
    public static DateRange? Parse(string? from, string? to)
    {
        var lo = ReadEnd(from, start: true);
        var hi = ReadEnd(to, start: false);
        if (lo is null && hi is null) return null;
        if (lo is { } a && hi is { } b && a.Key > b.Key)
        {
            // Swapped: read each text as the other end.
            lo = ReadEnd(to, start: true);
            hi = ReadEnd(from, start: false);
        }
        return new DateRange(lo?.Text, hi?.Text, lo?.Key ?? 0, hi?.Key ?? 99_991_231);
    }

    /// <summary>Whether an article with this date sort key (yyyymmdd, 0 for unknown parts) lies wholly in the range.</summary>
    public bool Contains(long sortKey)
    {
        if (sortKey <= 0) return false;
        long first, last;
        if (sortKey % 10_000 == 0) (first, last) = (sortKey + 101, sortKey + 1231);   // a year
        else if (sortKey % 100 == 0) (first, last) = (sortKey + 1, sortKey + 31);     // a month
        else first = last = sortKey;                                                  // a day
        return first >= Lower && last <= Upper;
    }

    /// <summary>How many calendar months the range spans (both ends counted); int.MaxValue when an end is open.</summary>
    public int Months => From is null || To is null ? int.MaxValue
        : (Upper / 10_000 - Lower / 10_000) * 12 + (Upper / 100 % 100) - (Lower / 100 % 100) + 1;

    /// <summary>The months of the range in order, as "yyyy-MM"; empty when an end is open.</summary>
    public IEnumerable<string> MonthKeys()
    {
        if (From is null || To is null) yield break;
        var year = Lower / 10_000;
        var month = Lower / 100 % 100;
        for (var i = 0; i < Months; i++)
        {
            yield return $"{year:D4}-{month:D2}";
            if (++month > 12) (year, month) = (year + 1, 1);
        }
    }

    private static (int Key, string Text)? ReadEnd(string? text, bool start)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > 10) return null;
        var parts = text.Split('-');
        if (parts.Length > 3 || !parts.All(p => p.Length is > 0 and <= 4 && p.All(char.IsAsciiDigit))) return null;
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        if (parts[0].Length != 4 || year < 1000) return null;
        if (parts.Length == 1) return (year * 10_000 + (start ? 101 : 1231), $"{year:D4}");
        var month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        if (parts.Length == 2) return (year * 10_000 + month * 100 + (start ? 1 : 31), $"{year:D4}-{month:D2}");
        var day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return (year * 10_000 + month * 100 + day, $"{year:D4}-{month:D2}-{day:D2}");
    }
}
