namespace DefenceSearch.Searching;

/// <summary>-word, -"phrase", -(group): articles that match <see cref="Inner"/> are left out.</summary>
/// <param name="Inner">What an article must not match.</param>
public sealed record NotNode(QueryNode Inner) : QueryNode;
