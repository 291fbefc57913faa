using System.Runtime.CompilerServices;
using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>A country or minister a whole query names, in any of the gazetteer's spellings.</summary>
internal sealed record NamedEntity(string Field, string Key, string Label)
{
    /// <summary>The articles tagged with the entity, at a constant score below a good text match.</summary>
    public Query Tagged() => new ConstantScoreQuery(new TermQuery(new Term(Field, Key))) { Boost = 0.5f };
}

/// <summary>
/// Entity-aware matching: a query that is, as a whole, the name of a known country or minister ("Úc",
/// "australia", "hoa ky", "ngo xuan lich", a transliteration) also matches the articles tagged with that
/// entity, so every spelling counts as the same thing. Names are compared folded; a folded name that
/// two entities share names neither. A query typed with diacritics names an entity only in one of its spellings with those
/// marks (tone placement aside): "ỷ" is not Italy ("Ý"), "nhặt" is not Japan ("Nhật").
/// </summary>
internal static class EntityNames
{
    private static readonly ConditionalWeakTable<ReferenceData, IReadOnlyDictionary<string, (string Field, string Key)>> Tables = new();
    private static readonly ConditionalWeakTable<ReferenceData, HashSet<string>> ExactNames = new();

    public static NamedEntity? Find(ReferenceData data, IReadOnlyList<string> words, string lang)
    {
        if (words.Count == 0) return null;
        var folded = string.Join(' ', words.Select(VietnameseText.FoldLower));
        if (!Tables.GetValue(data, Build).TryGetValue(folded, out var entity)) return null;
        if (words.Any(w => !VietnameseText.IsAscii(w))
            && !ExactNames.GetValue(data, BuildExact).Contains(string.Join(' ', words.Select(VietnameseText.ExactForm))))
            return null;
        var label = entity.Field == Schema.Country
            ? data.CountryByKey[entity.Key].Label(lang)
            : data.MinisterByKey[entity.Key].Name;
        return new NamedEntity(entity.Field, entity.Key, label);
    }

    // Every name in its exact spelling (lower case, tones placed one way), as a query typed with diacritics must match it.
    private static HashSet<string> BuildExact(ReferenceData data) =>
        Names(data)
            .Select(x => string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(x.Name)).Select(t => VietnameseText.ExactForm(t.Text))))
            .Where(n => n.Length > 0)
            .ToHashSet(StringComparer.Ordinal);

    // Every name of every country and minister in the gazetteer, with what it names.
    private static IEnumerable<(string Name, string Field, string Key)> Names(ReferenceData data) =>
        data.Countries.SelectMany(c => c.Aliases.Append(c.Vi).Append(c.En).Concat(c.Weak ?? []).Select(a => (a, Schema.Country, c.Key)))
            .Concat(data.Ministers.SelectMany(m => m.Aliases.Append(m.Name).Select(a => (a, Schema.Minister, m.Key))));

    private static IReadOnlyDictionary<string, (string Field, string Key)> Build(ReferenceData data)
    {
        static string Fold(string name) => string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(name)).Select(t => t.Folded));
        var names = Names(data).Select(x => (Name: Fold(x.Name), x.Field, x.Key)).Where(x => x.Name.Length > 0);
        return names
            .GroupBy(x => x.Name, StringComparer.Ordinal)
            .Where(g => g.Select(x => (x.Field, x.Key)).Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => (g.First().Field, g.First().Key), StringComparer.Ordinal);
    }
}
