namespace DefenceSearch.Reference;

/// <summary>A cooperation area of <c>areas.json</c>.</summary>
/// <param name="Key">The key ("naval"): the facet value and the URL's <c>area=</c>.</param>
/// <param name="Vi">The Vietnamese name.</param>
/// <param name="En">The English name.</param>
/// <param name="Triggers">The phrases that are evidence of it.</param>
public sealed record Area(string Key, string Vi, string En, AreaTrigger[] Triggers)
{
    /// <summary>The name in a language: "en" gives <see cref="En"/>, anything else <see cref="Vi"/>.</summary>
    /// <param name="lang">"vi" or "en".</param>
    public string Label(string lang) => lang == "en" ? En : Vi;
}
