namespace DefenceSearch.Searching;

/// <summary>A marked run of a <see cref="Snippet"/>'s text: the matched words (next to each other) from <see cref="Start"/>.</summary>
/// <param name="Start">Where the run starts in <see cref="Snippet.Text"/>.</param>
/// <param name="Length">How many characters it covers.</param>
public readonly record struct SnippetMark(int Start, int Length)
{
    /// <summary>Where the run ends (exclusive).</summary>
    public int End => Start + Length;
}
