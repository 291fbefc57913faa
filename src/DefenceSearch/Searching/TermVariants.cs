using System.Runtime.CompilerServices;
using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DefenceSearch.Searching;

/// <summary>
/// For each folded syllable, the accented spellings the index holds ("duong" → đường, dương, dưỡng …),
/// so a query typed with diacritics can rank near spellings between exact and folded matches.
/// Built once per index segment and kept while the segment lives.
/// </summary>
internal static class TermVariants
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, string[]>> PerSegment = new();
    private static readonly ConditionalWeakTable<object, Dictionary<string, string[]>> PerSegmentTitle = new();

    /// <summary>The accented spellings of a folded syllable that the bodies hold.</summary>
    public static IReadOnlyList<string> Of(IndexReader reader, string folded) => Of(reader, folded, titles: false);

    /// <summary>
    /// The accented spellings of a folded syllable that the bodies or, with <paramref name="titles"/>, the titles hold (a
    /// headline may spell a word no body does: "Hải Quận" of a title is no plain "quan").
    /// </summary>
    public static IReadOnlyList<string> Of(IndexReader reader, string folded, bool titles)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            if (For(leaf.AtomicReader).TryGetValue(folded, out var variants)) result.UnionWith(variants);
            if (titles && ForTitle(leaf.AtomicReader).TryGetValue(folded, out var inTitles)) result.UnionWith(inTitles);
        }
        return result.ToList();
    }

    /// <summary>Builds the maps of all segments now (called when a new searcher is opened).</summary>
    public static void Warm(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            For(leaf.AtomicReader);
            ForTitle(leaf.AtomicReader);
        }
    }

    private static Dictionary<string, string[]> For(AtomicReader segment) =>
        PerSegment.GetValue(segment.CoreCacheKey, _ => Build(segment, Schema.Body));

    private static Dictionary<string, string[]> ForTitle(AtomicReader segment) =>
        PerSegmentTitle.GetValue(segment.CoreCacheKey, _ => Build(segment, Schema.Title));

    private static Dictionary<string, string[]> Build(AtomicReader segment, string field)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var terms = segment.GetTerms(field);
        if (terms is null) return [];
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var bytes = iterator.Term;
            var ascii = true;
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes.Bytes[bytes.Offset + i] > 0x7F) { ascii = false; break; }
            }
            if (ascii) continue;
            var term = bytes.Utf8ToString();
            var folded = VietnameseText.FoldLower(term);
            if (!lists.TryGetValue(folded, out var list)) lists[folded] = list = [];
            list.Add(term);
        }
        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// How many diacritics differ between two spellings of one folded syllable: per letter, its tone mark
    /// (huyền, sắc, ngã, hỏi, nặng, none) and its shape (đ/d, ơ/o, ô/o, ư/u, â/a, ă/a, ê/e) each count one.
    /// "bộ"/"bố" 1, "bộ"/"bọ" 1, "bộ"/"bo" 2, "đường"/"dương" 2; spellings of different lengths differ without bound.
    /// </summary>
    public static int DiacriticDistance(string a, string b)
    {
        if (a.Length != b.Length) return int.MaxValue;
        var distance = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i]) continue;
            if (Tone(a[i]) != Tone(b[i])) distance++;
            if (VietnameseText.StripTone(a[i]) != VietnameseText.StripTone(b[i])) distance++;
        }
        return distance;
    }

    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    // The tone mark of a letter (its index in ToneMarks, plus one), 0 for none.
    private static int Tone(char c)
    {
        if (c <= 0x7F) return 0;
        foreach (var part in c.ToString().Normalize(System.Text.NormalizationForm.FormD))
        {
            var tone = ToneMarks.IndexOf(part, StringComparison.Ordinal);
            if (tone >= 0) return tone + 1;
        }
        return 0;
    }
}
