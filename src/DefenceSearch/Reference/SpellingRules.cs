namespace DefenceSearch.Reference;

/// <summary>
/// Spellings of one word (<see cref="SameWord"/>: i/y after a consonant, "sĩ"/"sỹ") that search joins, and i/y pairs that
/// are different words (<see cref="Distinct"/>: "ty"/"ti"), which it never joins.
/// </summary>
/// <param name="SameWord">Groups of spellings of one word.</param>
/// <param name="Distinct">Pairs of spellings that are different words.</param>
public sealed record SpellingRules(string[][] SameWord, string[][] Distinct)
{
    /// <summary>Per exact (lower-case) spelling, the other spellings of the same word.</summary>
    public IReadOnlyDictionary<string, string[]> Partners => _partners ??= SameWord
        .SelectMany(p => p.Select(a => (Key: Text.VietnameseText.ExactForm(a), Others: p.Select(Text.VietnameseText.ExactForm).Where(o => o != Text.VietnameseText.ExactForm(a)))))
        .GroupBy(x => x.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(x => x.Others).Distinct().ToArray(), StringComparer.Ordinal);

    /// <summary>
    /// Per folded syllable ("sy"), the other spellings (exact) of the words that fold to it ("sĩ" for "sỹ"): what a word
    /// typed without diacritics also matches.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> FoldedPartners => _foldedPartners ??= Partners
        .GroupBy(kv => Text.VietnameseText.FoldLower(kv.Key), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.SelectMany(kv => kv.Value).Where(v => Text.VietnameseText.FoldLower(v) != g.Key).Distinct().ToArray(), StringComparer.Ordinal);

    private IReadOnlyDictionary<string, string[]>? _partners;
    private IReadOnlyDictionary<string, string[]>? _foldedPartners;
}
