using DefenceSearch.Extraction;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DefenceSearch.Analysis;

/// <summary>
/// What <see cref="VietnameseAnalyzer"/> makes of the title or the body, replayed from the words extraction
/// already found in the same normal text: the same terms, positions and offsets, without splitting,
/// lower-casing and folding the text a second time. (The extraction dump of the benchmarks checks this over
/// the real articles.)
/// </summary>
internal sealed class WordsTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<TextToken> _tokens;
    private readonly int _from;
    private readonly int _to;
    private readonly int _shift;
    private readonly int _finalOffset;
    private int _next;
    private string? _folded;

    private WordsTokenStream(List<TextToken> tokens, int from, int to, int shift, int finalOffset)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
        (_tokens, _from, _to, _shift, _finalOffset) = (tokens, from, to, shift, finalOffset);
        _next = from;
    }

    public static WordsTokenStream Title(ArticleWords words) =>
        new(words.Tokens, 0, words.TitleTokens, 0, words.TitleLength);

    /// <summary>The body's tokens: its offsets count from the start of the body, after the title and its line end.</summary>
    public static WordsTokenStream Body(ArticleWords words) =>
        new(words.Tokens, words.TitleTokens, words.Tokens.Count, words.TitleLength + 1, words.Text.Length - words.TitleLength - 1);

    public override bool IncrementToken()
    {
        if (_folded is { } folded)
        {
            // As ExactAndFoldedFilter: the folded form at the exact form's position, offsets unchanged.
            _folded = null;
            _term.SetEmpty().Append(folded);
            _position.PositionIncrement = 0;
            return true;
        }
        if (_next >= _to) return false;
        ClearAttributes(); // as the tokenizer does: position increment 1
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Lower);
        _offset.SetOffset(token.Start - _shift, token.End - _shift);
        // The analyzer adds the folded form only when it differs (never for ASCII words: Folded is then Lower itself).
        if (!ReferenceEquals(token.Folded, token.Lower) && !string.Equals(token.Folded, token.Lower, StringComparison.Ordinal)) _folded = token.Folded;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset); // as CharTokenizer: the end of the text
    }

    public override void Reset()
    {
        base.Reset();
        _next = _from;
        _folded = null;
    }
}
