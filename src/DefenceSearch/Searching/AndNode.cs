namespace DefenceSearch.Searching;

/// <summary>Items side by side (a b): an article matches when it matches every one of <see cref="Items"/>.</summary>
/// <param name="Items">The items, two or more, in typed order.</param>
public sealed record AndNode(IReadOnlyList<QueryNode> Items) : QueryNode;
