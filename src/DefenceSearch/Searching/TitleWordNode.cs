namespace DefenceSearch.Searching;

/// <summary>title:word — the word in the title.</summary>
/// <param name="Word">The word that must stand in the title.</param>
public sealed record TitleWordNode(string Word) : QueryNode;
