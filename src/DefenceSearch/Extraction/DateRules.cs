using System.Text.Json;
using DefenceSearch.Reference;

namespace DefenceSearch.Extraction;

/// <summary>The phrase lists of the date rules (Data/dates.json); see that file for what each kind means.</summary>
public sealed record DateRules(
    string[] LeadDay, string[] Yesterday, string[] CurrentYear, string[] LastYear, string[] Plan, string[] Birth,
    string[] Anniversary, string[] Name, string[] Background, string[] Weekday, string[] Future, string[] EventDay, string[] FutureBefore, string[] RecentPast)
{
    private static readonly Lazy<DateRules> DefaultRules = new(() => Load(ReferenceData.DefaultFolder));

    /// <summary>The rules of the default Data folder (or DEFENCESEARCH_DATA), read once.</summary>
    public static DateRules Default => DefaultRules.Value;

    /// <summary>Reads dates.json from <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">The file is missing, is not valid JSON, or has an empty phrase list; the message names it.</exception>
    public static DateRules Load(string folder)
    {
        var path = Path.Combine(folder, "dates.json");
        try
        {
            using var stream = File.OpenRead(path);
            var rules = JsonSerializer.Deserialize<DateRules>(stream, new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                ReadCommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) ?? throw new InvalidDataException($"{path} is empty.");
            foreach (var list in new[] { rules.LeadDay, rules.Yesterday, rules.CurrentYear, rules.LastYear, rules.Plan, rules.Birth, rules.Anniversary, rules.Name, rules.Background, rules.Weekday, rules.Future, rules.EventDay, rules.FutureBefore, rules.RecentPast })
            {
                if (list is null || list.Length == 0) throw new InvalidDataException($"{path}: every phrase list must hold at least one phrase.");
            }
            return rules;
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the reference data file {path} is not valid JSON: {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new InvalidDataException($"the reference data file {path} cannot be read ({e.Message}); set DEFENCESEARCH_DATA to the Data folder", e);
        }
    }

    /// <summary>Every phrase that, just before a date or year, makes it something other than the publication date.</summary>
    internal IEnumerable<string> Vetoes => Plan.Concat(Birth).Concat(Anniversary).Concat(Name).Concat(Background);
}
