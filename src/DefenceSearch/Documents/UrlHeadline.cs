using System.Text.RegularExpressions;
using DefenceSearch.Text;

namespace DefenceSearch.Documents;

/// <summary>
/// The headline a news URL carries in its slug (".../adb-nang-du-bao-tang-truong-kinh-te-viet-nam-20190403.htm"),
/// for UNC files that have no title line (their first line is a caption or the lead's first sentence): the
/// slug's words with their diacritics restored from the article's own words ("ADB nâng dự báo tăng trưởng kinh
/// tế Việt Nam"), each word spelt as the text spells it, a pair of words as the text writes the pair.
/// </summary>
public static partial class UrlHeadline
{
    /// <summary>
    /// What a hit or an article page shows for an article whose headline could not be recovered (in the content's
    /// language). The article itself has an empty title, so no word of this placeholder is indexed or searched.
    /// </summary>
    public const string Untitled = "(Không có tiêu đề)";

    /// <summary>The title to show: <paramref name="stored"/>, or <see cref="Untitled"/> when the article has none.</summary>
    public static string Shown(string? stored) => string.IsNullOrWhiteSpace(stored) ? Untitled : stored;

    /// <summary>How many of the headline's words may have been chosen among several spellings without a neighbour to confirm it.</summary>
    public const int MaxUnsure = 0;

    /// <summary>A slug shorter than this says too little to be a headline.</summary>
    public const int MinWords = 3;

    /// <summary>The slug's words (folded, lower case), without the extension and the trailing article number; empty when there is none.</summary>
    public static IReadOnlyList<string> SlugWords(string? url)
    {
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)) return [];
        var segment = uri.AbsolutePath.TrimEnd('/').Split('/')[^1];
        segment = Extension().Replace(segment, "");
        var words = Separator().Split(Uri.UnescapeDataString(segment).ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        while (words.Count > 0 && ArticleNumber().IsMatch(words[^1])) words.RemoveAt(words.Count - 1);
        return words.Count >= MinWords ? words : [];
    }

    /// <summary>Whether a line is the slug's headline: most of the slug's words stand in it.</summary>
    public static bool IsHeadline(IReadOnlyList<string> slug, string line)
    {
        var list = Separator().Split(VietnameseText.Fold(line)).Where(w => w.Length > 0).ToList();
        if (list.Count > 2 * slug.Count + 3) return false; // a sentence of the lead, not a headline
        var words = list.ToHashSet(StringComparer.Ordinal);
        var distinct = slug.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count(words.Contains) >= 0.6 * distinct.Count;
    }

    /// <summary>
    /// The slug's headline spelt as <paramref name="text"/> spells its words, or null unless the text writes every
    /// word and is sure of all but <see cref="MaxUnsure"/>: sure when it has one spelling for the word, or writes it
    /// beside the same neighbour as the slug (the headline would otherwise be guessed: "tu" is "tư", "tự" or "từ").
    /// </summary>
    public static string? Restore(IReadOnlyList<string> slug, IEnumerable<string> text)
    {
        // Every word of the text, and every written compound ("đồng/kg", "Covid-19", "30/4") as one key too.
        var spellings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), int>();
        void Count(string key, string spelling)
        {
            if (key.Length == 0) return;
            var forms = spellings.TryGetValue(key, out var f) ? f : spellings[key] = new Dictionary<string, int>(StringComparer.Ordinal);
            forms[spelling] = forms.GetValueOrDefault(spelling) + 1;
        }
        foreach (var line in text)
        {
            string? previous = null;
            foreach (Match token in Token().Matches(VietnameseText.Normalize(line)))
            {
                Count(Key(token.Value), token.Value);
                var parts = Separator().Split(token.Value).Where(p => p.Length > 0).ToList();
                foreach (var part in parts)
                {
                    if (parts.Count > 1) Count(Key(part), part);
                    if (previous is not null) pairs[(previous, part)] = pairs.GetValueOrDefault((previous, part)) + 1;
                    previous = part;
                }
            }
        }

        var chosen = new string[slug.Count];
        var paired = new bool[slug.Count];
        for (var i = 0; i < slug.Count; i++)
        {
            // A word the text never writes: the headline would be guessed.
            if (!spellings.TryGetValue(slug[i], out var forms)) return null;
            var next = i + 1 < slug.Count && spellings.TryGetValue(slug[i + 1], out var n) ? n.Keys : (IEnumerable<string>)[];
            int Before(string f) => i > 0 ? pairs.GetValueOrDefault((chosen[i - 1], f)) : 0;
            int After(string f) => next.Select(a => pairs.GetValueOrDefault((f, a))).DefaultIfEmpty(0).Max();
            // The spelling the neighbours agree with (the text writes the pair so), then the commonest.
            chosen[i] = forms.MaxBy(f => 100 * Before(f.Key) + 10 * After(f.Key) + f.Value).Key;
            if (Before(chosen[i]) > 0) paired[i] = paired[i - 1] = true;
            else if (After(chosen[i]) > 0) paired[i] = true;
        }
        // Sure of a word: it has one spelling in the text (whatever its case), or the text writes it beside its neighbour.
        var unsure = Enumerable.Range(0, slug.Count)
            .Count(i => !paired[i] && spellings[slug[i]].Keys.Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() > 1);
        if (unsure > MaxUnsure) return null;
        var words = chosen.ToList();
        words[0] = char.ToUpper(words[0][0], System.Globalization.CultureInfo.InvariantCulture) + words[0][1..];
        return string.Join(' ', words);
    }

    private static string Key(string token) => new(VietnameseText.Fold(token).Where(char.IsAsciiLetterOrDigit).ToArray());

    [GeneratedRegex(@"\.(html?|aspx?|php|chn|ldo|tpo|epi|vnp)$", RegexOptions.IgnoreCase)]
    private static partial Regex Extension();

    [GeneratedRegex(@"[^\p{L}\p{M}\p{N}]+")]
    private static partial Regex Separator();

    // The article numbers sites append: "20201001163534963", "post123456", "a12345", "d1234".
    [GeneratedRegex(@"^([a-z]{0,4}\d{5,}|\d{5,}[a-z]{0,4})$")]
    private static partial Regex ArticleNumber();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:[/.,:'’\-][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Token();
}
