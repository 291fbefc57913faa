namespace DefenceSearch.Searching;

/// <summary>"exact phrase": syllables that must stand together. <see cref="TitleOnly"/> for title:"…".</summary>
/// <param name="Words">The phrase's syllables, in order.</param>
/// <param name="TitleOnly">Whether the phrase must stand in the title (typed as title:"…").</param>
public sealed record PhraseNode(IReadOnlyList<string> Words, bool TitleOnly = false) : QueryNode;
