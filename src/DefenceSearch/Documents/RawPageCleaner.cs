using System.Text.RegularExpressions;
using DefenceSearch.Reference;
using DefenceSearch.Text;

namespace DefenceSearch.Documents;

/// <summary>
/// Separates an article from the page around it: breadcrumbs and datelines above the title, menus,
/// related-story lists, photo credits and comment prompts below and inside it (rules in chrome.json).
/// </summary>
public sealed partial class RawPageCleaner
{
    private const int HeadWindow = 6;
    private const int MaxTitleLength = 200;

    private readonly HashSet<string> _endMarkers;
    private readonly int _longestEndMarker;
    private readonly Regex? _dropLine;
    private readonly Regex? _dropLineOfAnyLength;
    private readonly string[] _captionSuffixes;
    private readonly Regex? _agencyPrefix;
    private readonly Dictionary<string, string> _agencies;
    private readonly Regex[] _sourceLines;
    private readonly Dictionary<string, string> _sourceSuffixes;

    /// <summary>A cleaner applying <paramref name="rules"/> (chrome.json); the rules' patterns are compiled once here.</summary>
    public RawPageCleaner(ChromeRules rules)
    {
        _endMarkers = rules.EndMarkers.Select(m => m.Trim().TrimEnd(':').ToLowerInvariant()).ToHashSet();
        _longestEndMarker = _endMarkers.Select(m => m.Length).DefaultIfEmpty(0).Max();
        _dropLine = AnyOf(rules.DropLines);
        _dropLineOfAnyLength = AnyOf(rules.DropLinesOfAnyLength ?? []);
        _captionSuffixes = rules.CaptionSuffixes;
        _agencies = rules.AgencyPrefixes;
        _agencyPrefix = _agencies.Count == 0
            ? null
            : new Regex("^(" + string.Join('|', _agencies.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\s*[-–—]\s+");
        _sourceLines = rules.SourceLines.Select(p => new Regex(p, RegexOptions.IgnoreCase)).ToArray();
        _sourceSuffixes = rules.SourceSuffixes;
    }

    /// <summary>Splits a scraped page's text into its title, date lines, body paragraphs and source.</summary>
    public CleanPage Clean(string text)
    {
        var lines = text.Split('\n').Select(CollapseSpaces).ToList();
        var nonEmpty = Enumerable.Range(0, lines.Count).Where(i => lines[i].Length > 0).ToList();
        if (nonEmpty.Count == 0) return new CleanPage("", [], [], null);

        // Head: breadcrumbs and datelines stand above the title; the title follows the last dateline.
        var window = nonEmpty.Take(HeadWindow).ToList();
        var dateLines = window.Where(i => IsDateLine(lines[i])).ToList();
        int titleIndex;
        if (dateLines.Count > 0)
        {
            var afterDates = nonEmpty.Where(i => i > dateLines[^1] && !IsDrop(lines[i])).ToList();
            titleIndex = afterDates.Count > 0 ? afterDates[0] : nonEmpty.First(i => !IsDateLine(lines[i]));
        }
        else
        {
            titleIndex = nonEmpty.FirstOrDefault(i => !IsDrop(lines[i]), nonEmpty[0]);
        }

        var headDates = dateLines.Where(i => i < titleIndex).OrderByDescending(i => i).Select(i => lines[i]).ToList();
        // A dateline just under the title counts too.
        headDates.AddRange(nonEmpty.Where(i => i > titleIndex).Take(2).Where(i => IsDateLine(lines[i])).Select(i => lines[i]));

        var titleLine = lines[titleIndex];
        var title = titleLine;
        var bodyStart = titleIndex + 1;
        if (titleLine.Length > MaxTitleLength)
        {
            // No headline: the page opens with body text. Its first sentence names it; the line stays body.
            title = FirstSentence(titleLine, 160);
            bodyStart = titleIndex;
        }

        string? source = null;
        var body = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { title };
        var afterCaption = false;
        var vietnamese = LooksVietnamese(text);
        for (var i = bodyStart; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            var wasAfterCaption = afterCaption;
            afterCaption = false;

            if (body.Count > 0 && IsEndMarker(line)) break;
            if (headDates.Contains(line) && body.Count == 0) continue;
            if (IsDrop(line)) continue;
            if (IsForeignScript(line)) continue;
            if (vietnamese && IsAsciiSlug(line)) continue;

            var caption = line.Length > 2 * MaxChromeLine ? null : _captionSuffixes.FirstOrDefault(s => line.EndsWith(s, StringComparison.Ordinal));
            if (caption is not null)
            {
                source ??= _sourceSuffixes.GetValueOrDefault(caption.TrimStart(' ', '-', '–').Trim());
                afterCaption = true;
                continue;
            }
            if (wasAfterCaption && !EndsLikeSentence(line) && line.Length < MaxTitleLength) continue; // related-story teaser

            var sourceLine = _sourceLines.Select(r => r.Match(line)).FirstOrDefault(m => m.Success);
            if (sourceLine is not null)
            {
                source ??= sourceLine.Groups[1].Value;
                continue;
            }

            // "Title ảnh 2 Caption…": photo captions prefixed with the headline.
            if (line.StartsWith(title, StringComparison.Ordinal))
            {
                var rest = PhotoNumber().Match(line, title.Length);
                if (rest.Success) line = line[(rest.Index + rest.Length)..];
                else if (line.Length == title.Length) continue;
            }
            line = TrailingCredit().Replace(line, "");
            line = LeadingStars().Replace(line, "");
            if (body.Count == 0 && _agencyPrefix is not null)
            {
                var m = _agencyPrefix.Match(line);
                if (m.Success)
                {
                    source ??= _agencies[m.Groups[1].Value];
                    line = line[m.Length..];
                }
            }
            if (line.Length == 0 || !seen.Add(line)) continue;
            body.Add(line);
        }

        return new CleanPage(title, body, headDates, source);
    }

    // Lower-casing every line to look it up cost more than the rest of the cleaning: a longer line is no marker.
    private bool IsEndMarker(string line)
    {
        var trimmed = line.AsSpan().TrimEnd([':', ' ']);
        return trimmed.Length <= _longestEndMarker && _endMarkers.Contains(trimmed.ToString().ToLowerInvariant());
    }

    /// <summary>Chrome lines are short; a long line that opens with "Ảnh: Reuters" is an article paragraph.</summary>
    private const int MaxChromeLine = 160;

    private bool IsDrop(string line) =>
        (line.Length <= MaxChromeLine && _dropLine?.IsMatch(line) == true) || _dropLineOfAnyLength?.IsMatch(line) == true;

    /// <summary>
    /// One regular expression that matches where any of the patterns does: a line is tested once, not once a
    /// pattern (setting up each of 22 matches was a fiftieth of a rebuild). Each pattern keeps its own group.
    /// </summary>
    private static Regex? AnyOf(IReadOnlyCollection<string> patterns) => patterns.Count == 0
        ? null
        : new Regex(string.Join('|', patterns.Select(p => "(?:" + p + ")")), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A short line holding a full date: a dateline or a site's "today" header.</summary>
    public static bool IsDateLine(string line) => line.Length <= 80 && FullDate().IsMatch(line);

    private static bool EndsLikeSentence(string line) => line.Length > 0 && ".!?…:;\"”)'".Contains(line[^1]);

    private static bool IsForeignScript(string line)
    {
        // Most lines hold nothing beyond Latin (Vietnamese included) and common punctuation: then no letter is
        // foreign (no letters stand in U+2000-U+206F), and vectorised scans say so without reading letter by letter.
        var span = line.AsSpan();
        if (span.IndexOfAnyInRange('\u0250', '\u1DFF') < 0 && span.IndexOfAnyInRange('\u2070', '\uFFFF') < 0
            && span.IndexOfAnyInRange('\u1F00', '\u1FFF') < 0)
            return false;

        int letters = 0, latin = 0;
        foreach (var c in line)
        {
            if (c < 0x0250 || c is >= '\u1E00' and <= '\u1EFF')
            {
                // Latin (Vietnamese included): only whether it is a letter is left to ask, cheaply for ASCII.
                if (c < 0x80 ? char.IsAsciiLetter(c) : VietnameseText.IsLetter(c)) { letters++; latin++; }
            }
            else if (VietnameseText.IsLetter(c)) letters++;
        }
        return letters > 0 && latin * 2 < letters;
    }

    // Lines like "bo truong quoc phong nga my se tham" are image alt-text slugs of a Vietnamese page.
    private static bool IsAsciiSlug(string line)
    {
        if (line.Length < 20) return false;
        foreach (var c in line)
            if (!(c is >= 'a' and <= 'z' || c is >= '0' and <= '9' || c == ' ')) return false;
        return line.Count(c => c == ' ') >= 4;
    }

    private static bool LooksVietnamese(string text)
    {
        var count = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 4000)))
            if (c is >= '\u1EA0' and <= '\u1EF9' or 'đ' or 'Đ' or 'ư' or 'ơ' or 'Ư' or 'Ơ' && ++count >= 5) return true;
        return false;
    }

    internal static string FirstSentence(string text, int maxLength)
    {
        var m = SentenceEnd().Match(text);
        var sentence = m.Success && m.Index + 1 <= maxLength ? text[..(m.Index + 1)] : text;
        if (sentence.Length <= maxLength) return sentence.Trim();
        var cut = sentence.LastIndexOf(' ', maxLength);
        return sentence[..(cut > maxLength / 2 ? cut : maxLength)].TrimEnd(',', ';', ' ') + "…";
    }

    private static string CollapseSpaces(string line)
    {
        line = line.Replace('\u00A0', ' ').Replace('\t', ' ').Trim();
        return line.Contains("  ", StringComparison.Ordinal) ? MultiSpace().Replace(line, " ") : line;
    }

    [GeneratedRegex(@"\b\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(19|20)\d{2}\b")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\G\s+ảnh\s+\d+\s+")]
    private static partial Regex PhotoNumber();

    [GeneratedRegex(@"\s*\((Ảnh|Nguồn|Photo|Clip)\s*:[^)]*\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingCredit();

    [GeneratedRegex(@"^\*+\s*")]
    private static partial Regex LeadingStars();

    [GeneratedRegex(@"[.!?…](?=\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex MultiSpace();
}
