namespace DefenceSearch.Documents;

/// <summary>The useful part of a scraped page: its title, its date lines, and its body without chrome.</summary>
public sealed record CleanPage(string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<string> HeadDateLines, string? Source);
