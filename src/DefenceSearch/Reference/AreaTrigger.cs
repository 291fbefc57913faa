namespace DefenceSearch.Reference;

/// <summary>A phrase that is evidence of a cooperation area, with its weight.</summary>
/// <param name="Phrase">The phrase ("tàu ngầm").</param>
/// <param name="Weight">How specific it is: 2 a specific phrase, 1 a suggestive one (counts only in articles about defence), 0 not evidence (it hides the triggers inside it).</param>
public sealed record AreaTrigger(string Phrase, int Weight);
