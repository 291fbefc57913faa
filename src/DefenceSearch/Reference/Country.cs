namespace DefenceSearch.Reference;

/// <summary>A country of <c>countries.json</c>: its key, its names in both languages and the other ways articles write it.</summary>
/// <param name="Key">The ISO key ("BY"): the facet value and the URL's <c>country=</c>.</param>
/// <param name="Vi">The Vietnamese name ("Belarus").</param>
/// <param name="En">The English name.</param>
/// <param name="Aliases">Other spellings and names that name the country ("Bê-la-rút", "Hoa Kỳ").</param>
/// <param name="Weak">Names that name it only in context (a short word that is often something else: "Mỹ", "Anh"), or null.</param>
public sealed record Country(string Key, string Vi, string En, string[] Aliases, string[]? Weak)
{
    /// <summary>The name in a language: "en" gives <see cref="En"/>, anything else <see cref="Vi"/>.</summary>
    /// <param name="lang">"vi" or "en".</param>
    public string Label(string lang) => lang == "en" ? En : Vi;
}
