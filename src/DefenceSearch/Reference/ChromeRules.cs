namespace DefenceSearch.Reference;

/// <summary>The page chrome of <c>chrome.json</c>: what a raw news page holds besides the article, and where its source is named.</summary>
/// <param name="EndMarkers">Lines where the article ends (related stories, comments).</param>
/// <param name="DropLines">Patterns of short lines dropped wherever they stand (menus, share buttons).</param>
/// <param name="DropLinesOfAnyLength">Patterns of lines dropped whatever their length.</param>
/// <param name="CaptionSuffixes">Endings that mark a photo caption.</param>
/// <param name="AgencyPrefixes">Agency names that open a paragraph before a dash ("TTXVN -"), and the source each names.</param>
/// <param name="SourceLines">Regular expressions of lines that name the source.</param>
/// <param name="SourceSuffixes">Endings of a line that name the source, and the source each names.</param>
public sealed record ChromeRules(
    string[] EndMarkers,
    string[] DropLines,
    string[] DropLinesOfAnyLength,
    string[] CaptionSuffixes,
    Dictionary<string, string> AgencyPrefixes,
    string[] SourceLines,
    Dictionary<string, string> SourceSuffixes);
