namespace DefenceSearch.Reference;

/// <summary>A defence minister or deputy of <c>ministers.json</c>.</summary>
/// <param name="Key">The key ("ngo-xuan-lich"): the facet value and the URL's <c>minister=</c>.</param>
/// <param name="Name">The name as the site shows it ("Ngô Xuân Lịch").</param>
/// <param name="Country">The ISO key of the minister's country.</param>
/// <param name="Role">The office ("minister", "deputy").</param>
/// <param name="Years">The years in office ("2016-2021", "2025-" still serving), or null when not known.</param>
/// <param name="Aliases">Other ways articles write the name (transliterations, short forms).</param>
public sealed record Minister(string Key, string Name, string Country, string Role, string? Years, string[] Aliases)
{
    /// <summary>The years in office ("2016-2021", "2025-" still serving), when known.</summary>
    /// <param name="currentYear">The year an open end ("2025-") stands for.</param>
    public (int From, int To)? Tenure(int currentYear)
    {
        if (string.IsNullOrWhiteSpace(Years)) return null;
        var parts = Years.Split('-', StringSplitOptions.TrimEntries);
        if (!int.TryParse(parts[0], out var from)) return null;
        var to = parts.Length > 1 && int.TryParse(parts[1], out var t) ? t : currentYear;
        return (from, Math.Max(from, to));
    }
}
