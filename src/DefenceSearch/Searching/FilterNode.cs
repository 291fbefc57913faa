namespace DefenceSearch.Searching;

/// <summary>country:BY, minister:…, year:2018, area:training.</summary>
/// <param name="Dimension">The facet dimension (one of <see cref="QueryParser.Dimensions"/>).</param>
/// <param name="Value">The value as typed (a key or a name: "BY", "Belarus", "ngo-xuan-lich").</param>
public sealed record FilterNode(string Dimension, string Value) : QueryNode;
