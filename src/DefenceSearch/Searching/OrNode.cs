namespace DefenceSearch.Searching;

/// <summary>a OR b: an article matches when it matches any of <see cref="Items"/>.</summary>
/// <param name="Items">The alternatives, two or more.</param>
public sealed record OrNode(IReadOnlyList<QueryNode> Items) : QueryNode;
