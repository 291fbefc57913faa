namespace DefenceSearch.Searching;

/// <summary>The parsed form of what a user typed: a word, a phrase, a filter, or a combination of them.</summary>
public abstract record QueryNode;
