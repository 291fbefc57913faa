using System.Globalization;
using DefenceSearch.Indexing;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>
/// The facet dimensions, in the order the site, the API, exports and URLs list them. Adding a dimension is adding a
/// definition here (and the index fields it names in <see cref="Schema"/>).
/// </summary>
public static class FacetDimensions
{
    /// <summary>Countries the article speaks of, by ISO key ("BY"), labelled from <c>countries.json</c>.</summary>
    public static readonly FacetDimension Country = new()
    {
        Name = Schema.Country,
        Plural = "countries",
        Help = "Country filter (ISO key or name)",
        FacetField = Schema.FacetCountry,
        ListFilterParameter = "cq",
        HitValues = h => h.Countries,
        ArticleValues = a => a.Countries,
        ResolveTyped = (extractor, value) => extractor.ResolveCountry(value),
        ResolveSelected = (extractor, value) => extractor.ResolveCountry(value) ?? value.Trim().ToUpperInvariant(),
        ReferenceLabel = (data, key, lang) => data.CountryByKey.TryGetValue(key, out var c) ? c.Label(lang) : null,
        ValuesOf = (facts, _) => facts.Countries.Select(c => (c, (string?)null)),
    };

    /// <summary>Defence ministers named in office, by key ("ngo-xuan-lich"); unlisted ones keep the name the article wrote.</summary>
    public static readonly FacetDimension Minister = new()
    {
        Name = Schema.Minister,
        Plural = "ministers",
        Help = "Minister filter (key)",
        FacetField = Schema.FacetMinister,
        IndexedLabelsField = Schema.MinisterLabels,
        StoredLabelField = Schema.MinisterName,
        ListFilterParameter = "mq",
        HitValues = h => h.Ministers,
        ArticleValues = a => a.Ministers,
        ResolveTyped = (extractor, value) => ResolveMinister(extractor.Data, value),
        ResolveSelected = (_, value) => value.Trim(),
        ReferenceLabel = (data, key, _) => data.MinisterByKey.TryGetValue(key, out var m) ? m.Name : null,
        ValuesOf = (facts, _) => facts.Ministers.Select(m => (m.Key, (string?)m.Name)),
    };

    /// <summary>The publication year ("2018"), or <see cref="Schema.UnknownYear"/> when the text does not tell.</summary>
    public static readonly FacetDimension Year = new()
    {
        Name = Schema.Year,
        Plural = "years",
        Help = "Publication year (or unknown)",
        FacetField = Schema.FacetYear,
        Chronological = true,
        ResolveTyped = (_, value) => value.Equals(Schema.UnknownYear, StringComparison.OrdinalIgnoreCase) ? Schema.UnknownYear
            : int.TryParse(value, out var y) && y is > 1900 and < 2200 ? y.ToString(CultureInfo.InvariantCulture) : null,
        ResolveSelected = (_, value) => value.Trim().Equals(Schema.UnknownYear, StringComparison.OrdinalIgnoreCase) ? Schema.UnknownYear : value.Trim(),
        ReferenceLabel = (_, key, lang) => key == Schema.UnknownYear ? (lang == "en" ? "Date unknown" : "Không rõ ngày") : null,
        ValuesOf = (_, year) => [(year, null)],
    };

    /// <summary>Cooperation areas ("naval"), labelled from <c>areas.json</c>.</summary>
    public static readonly FacetDimension Area = new()
    {
        Name = Schema.Area,
        Plural = "areas",
        Help = "Cooperation area key",
        FacetField = Schema.FacetArea,
        ListFilterParameter = "aq",
        HitValues = h => h.Areas,
        ArticleValues = a => a.Areas,
        ResolveTyped = (extractor, value) => extractor.ResolveArea(value),
        ResolveSelected = (extractor, value) => extractor.ResolveArea(value) ?? value.Trim(),
        ReferenceLabel = (data, key, lang) => data.AreaByKey.TryGetValue(key, out var a) ? a.Label(lang) : null,
        ValuesOf = (facts, _) => facts.Areas.Select(a => (a, (string?)null)),
    };

    /// <summary>Every dimension, in the order pages, URLs, exports and the API list them.</summary>
    public static readonly IReadOnlyList<FacetDimension> All = [Country, Minister, Year, Area];

    /// <summary>The dimensions whose values a hit carries (chips on results, export columns).</summary>
    public static readonly IReadOnlyList<FacetDimension> OnHits = [.. All.Where(d => d.HitValues is not null)];

    /// <summary>The dimension of a name (<c>country</c>), or null when there is none.</summary>
    /// <param name="name">A dimension name, compared exactly.</param>
    public static FacetDimension? Find(string name)
    {
        foreach (var dimension in All)
            if (dimension.Name == name) return dimension;
        return null;
    }

    /// <summary>A minister's key from a key, a slug or a part of a known name ("lich" → "ngo-xuan-lich"); unknown names give their slug.</summary>
    private static string? ResolveMinister(Reference.ReferenceData data, string value)
    {
        if (data.MinisterByKey.ContainsKey(value)) return value;
        var slug = VietnameseText.Slug(value);
        if (slug.Length == 0) return null;
        if (data.MinisterByKey.ContainsKey(slug)) return slug;
        var known = data.Ministers.FirstOrDefault(m => m.Aliases.Append(m.Name).Any(a => ("-" + VietnameseText.Slug(a) + "-").Contains("-" + slug + "-", StringComparison.Ordinal)));
        return known?.Key ?? slug;
    }
}
