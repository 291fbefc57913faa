namespace DefenceSearch.Evaluation.Tests;

/// <summary>
/// The trait of the tests whose evaluation reads articles and runs the extractors but builds and searches no index
/// (entities, dates, area counts): the engine (DEFENCESEARCH_ENGINE) cannot change what they run, so the README's stock
/// pass leaves them out (<c>--filter Engine!=none</c>) instead of running the same code a second time. Take the trait
/// off a class whose evaluation comes to index or search.
/// </summary>
public static class NoIndex
{
    public const string Name = "Engine";
    public const string Value = "none";
}
