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

    /// <summary>
    /// The title to show: <paramref name="stored"/>; for an article without one, the first sentence of its lead
    /// (<paramref name="lead"/>, see <see cref="FromLead"/>); <see cref="Untitled"/> when it has neither.
    /// </summary>
    public static string Shown(string? stored, string? lead = null) =>
        !string.IsNullOrWhiteSpace(stored) ? stored : !string.IsNullOrWhiteSpace(lead) ? lead : Untitled;

    /// <summary>A paragraph of fewer words is taken for a caption or a subheading when a longer one follows.</summary>
    public const int MinLeadWords = 8;

    /// <summary>The longest lead sentence shown in place of a headline, in characters; a longer one is cut at a word and ends in "…".</summary>
    public const int MaxLeadChars = 110;

    /// <summary>
    /// What a hit shows for an article without a headline: the first sentence of its first paragraph that is not a
    /// photo caption ("… (Ảnh: Reuters).", "… Ảnh: Diadoch", "Ảnh minh họa"), not a subheading (a line that does not end as a
    /// sentence does, when one that does follows), and not of fewer than <see cref="MinLeadWords"/> words (a caption or a
    /// subheading, unless nothing longer follows), cut to <see cref="MaxLeadChars"/> at a word; null when the
    /// article has no such paragraph. It is the article's own words and is shown marked as its first sentence: no
    /// headline is made up.
    /// </summary>
    public static string? FromLead(IEnumerable<string> paragraphs)
    {
        // The first paragraph of a few words is a caption or a subheading ("Hiện trường vụ tai nạn.", "Cuộc thanh lọc"), not the lead.
        var candidates = paragraphs.Select(p => VietnameseText.Normalize(p).Trim()).Where(p => p.Length > 0 && !Caption().IsMatch(p)).ToList();
        // A subheading does not end as a sentence does ("Rút phần lớn binh sĩ, nhưng giữ lại khí tài").
        var lead = candidates.FirstOrDefault(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinLeadWords && ".?!…\"”)".Contains(p[^1]))
            ?? candidates.FirstOrDefault(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinLeadWords)
            ?? candidates.FirstOrDefault();
        if (lead is null) return null;
        var end = SentenceEnd().Matches(lead).FirstOrDefault(m => !Abbreviation(lead[..m.Index]));
        var sentence = (end is not null ? lead[..(end.Index + 1)] : lead).Trim();
        if (sentence.Length <= MaxLeadChars) return sentence;
        var cut = sentence.LastIndexOf(' ', MaxLeadChars);
        return (cut > MaxLeadChars / 2 ? sentence[..cut] : sentence[..MaxLeadChars]).TrimEnd(',', ';', ':', ' ', '-', '–') + "…";
    }

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
    public static string? Restore(IReadOnlyList<string> slug, IEnumerable<string> text) => Restore(slug, text, lenient: false);

    /// <summary>
    /// The slug's headline for the extraction of cooperation areas only, never shown nor indexed: each word spelt as
    /// <paramref name="text"/> spells it (the spelling its neighbours agree with, then the commonest), a word the text
    /// never writes left folded ("bien" stays "bien", so it matches no lexicon phrase by chance). Session 15.
    /// </summary>
    public static string BestEffort(IReadOnlyList<string> slug, IEnumerable<string> text) => Restore(slug, text, lenient: true) ?? "";

    private static string? Restore(IReadOnlyList<string> slug, IEnumerable<string> text, bool lenient)
    {
        if (slug.Count == 0) return null;
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
            // A word the text never writes: the headline would be guessed (left folded when lenient).
            if (!spellings.TryGetValue(slug[i], out var forms))
            {
                if (!lenient) return null;
                chosen[i] = slug[i];
                continue;
            }
            var next = i + 1 < slug.Count && spellings.TryGetValue(slug[i + 1], out var n) ? n.Keys : (IEnumerable<string>)[];
            int Before(string f) => i > 0 ? pairs.GetValueOrDefault((chosen[i - 1], f)) : 0;
            int After(string f) => next.Select(a => pairs.GetValueOrDefault((f, a))).DefaultIfEmpty(0).Max();
            // The spelling the neighbours agree with (the text writes the pair so), then the commonest.
            chosen[i] = forms.MaxBy(f => 100 * Before(f.Key) + 10 * After(f.Key) + f.Value).Key;
            if (Before(chosen[i]) > 0) paired[i] = paired[i - 1] = true;
            else if (After(chosen[i]) > 0) paired[i] = true;
        }
        // Sure of a word: it has one spelling in the text (whatever its case), or the text writes it beside its neighbour
        // (asked only of a headline to be shown; the lenient one keeps every word, sure or not, and never counts them).
        if (!lenient && Enumerable.Range(0, slug.Count)
                .Count(i => !paired[i] && spellings[slug[i]].Keys.Select(f => f.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() > 1) > MaxUnsure)
            return null;
        var words = chosen.ToList();
        words[0] = char.ToUpper(words[0][0], System.Globalization.CultureInfo.InvariantCulture) + words[0][1..];
        return string.Join(' ', words);
    }

    private static string Key(string token) => new(VietnameseText.Fold(token).Where(char.IsAsciiLetterOrDigit).ToArray());

    // Whether a full stop after this text closes an abbreviation, not a sentence: "GS.", "TS.BS.", "Mr." (a short word
    // starting with a capital); a sentence ending in a short name ("… Mỹ.") then runs on to the next end or the cut.
    private static bool Abbreviation(string before)
    {
        var word = before[(before.LastIndexOf(' ') + 1)..];
        return word.Contains('.') || (word.Length is > 0 and <= 4 && char.IsUpper(word[0]));
    }

    // A photo caption: a credit in brackets ("(Ảnh: Getty)", "(Nguồn: AP)") or after the sentence ("… tàn bạo. Ảnh: Diadoch"),
    // or a line that starts as one or is "Ảnh minh họa".
    [GeneratedRegex(@"\((Ảnh|Nguồn|Video|Clip|Photo)\s*[:\-]|^(Ảnh|Video|Clip)\s*[:\-]|\(?(Ảnh|Hình) minh (họa|hoạ)\)?\.?$|[.\s](Ảnh|Nguồn|Photo)\s*:\s*[^.]{1,40}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    // The end of the first sentence: a full stop, question or exclamation mark after at least a few words, before a
    // space and a capital or an opening quote (not "22.4", "TP.HCM", "U.S.").
    [GeneratedRegex(@"(?<=\S+(\s+\S+){3,}?)[.?!…](?=\s+[\p{Lu}""“'‘(\d])")]
    private static partial Regex SentenceEnd();

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
