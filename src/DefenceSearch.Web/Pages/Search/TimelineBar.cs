namespace DefenceSearch.Web.Pages.Search;

/// <summary>One bar of the timeline: a year or a month, its count and the search narrowed to it.</summary>
/// <param name="Key">The period ("2018", "2018-06") or "unknown".</param>
/// <param name="Label">What the axis shows under it.</param>
/// <param name="Title">What it says on hover and to screen readers (period and count).</param>
/// <param name="Count">How many results fall in it.</param>
/// <param name="Url">The search narrowed to it.</param>
/// <param name="Selected">True when the search is narrowed to it already.</param>
/// <param name="Labelled">True when the axis shows its label (not every bar's fits).</param>
public sealed record TimelineBar(string Key, string Label, string Title, int Count, string Url, bool Selected, bool Labelled);
