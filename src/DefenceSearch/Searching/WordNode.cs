namespace DefenceSearch.Searching;

/// <summary>A bare word (one syllable, exact form); <see cref="Prefix"/> when typed as "quoc*".</summary>
/// <param name="Word">The word as typed (NFC, lower case).</param>
/// <param name="Prefix">Whether it was typed with a trailing * (every word that starts so).</param>
public sealed record WordNode(string Word, bool Prefix = false) : QueryNode;
