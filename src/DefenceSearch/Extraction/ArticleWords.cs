namespace DefenceSearch.Extraction;

/// <summary>
/// The words extraction found in an article's title and body (<see cref="Text"/> is the title, a line end and
/// the body), handed on so that indexing need not split, lower-case and fold the same text again.
/// </summary>
internal sealed class ArticleWords
{
    // The analyzer's tokenizer cuts words at 255 characters; longer words are left to it.
    private const int MaxWordLength = 255;

    private ArticleWords(string text, List<TextToken> tokens, int titleLength, int titleTokens)
    {
        Text = text;
        Tokens = tokens;
        TitleLength = titleLength;
        TitleTokens = titleTokens;
    }

    public string Text { get; }
    public List<TextToken> Tokens { get; }
    public int TitleLength { get; }

    /// <summary>How many of <see cref="Tokens"/> are the title's.</summary>
    public int TitleTokens { get; }

    /// <summary>
    /// The words of normal text (<see cref="Text.VietnameseText.Normalize"/> left it as it was), or null when the
    /// analyzer would split it otherwise: surrogate pairs (it reads code points) or words of 255 characters or more.
    /// </summary>
    public static ArticleWords? From(string text, List<TextToken> tokens, int titleLength)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0) return null;
        var titleTokens = 0;
        foreach (var t in tokens)
        {
            if (t.End - t.Start >= MaxWordLength) return null;
            if (t.Start < titleLength) titleTokens++;
        }
        return new ArticleWords(text, tokens, titleLength, titleTokens);
    }
}
