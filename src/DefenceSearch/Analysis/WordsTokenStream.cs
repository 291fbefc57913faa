using DefenceSearch.Extraction;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DefenceSearch.Analysis;

/// <summary>Which field of an article a <see cref="WordsTokenStream"/> replays.</summary>
internal enum WordsPart { Title, Body, TitleBigrams }

/// <summary>
/// What the analyzers make of the title, the body or the title's bigrams, replayed from the words extraction
/// already found in the same normal text: the same terms, positions, offsets and end state (the benchmarks'
/// extraction dump checks this over the real articles), without splitting, lower-casing and folding the text
/// again. Title and body: <see cref="VietnameseAnalyzer"/>'s exact and folded forms; bigrams:
/// <see cref="VietnameseBigramAnalyzer"/>'s folded pairs.
/// </summary>
internal sealed class WordsTokenStream : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private ArticleWords? _words;
    private bool _bigrams;
    private int _from;
    private int _to;
    private int _shift;
    private int _finalOffset;
    private int _next;
    private string? _folded;

    public WordsTokenStream()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>Points the stream at one field of an article; <see cref="Reset"/> then starts it.</summary>
    public WordsTokenStream For(ArticleWords words, WordsPart part)
    {
        _words = words;
        _bigrams = part == WordsPart.TitleBigrams;
        if (part == WordsPart.Body)
        {
            // The body's offsets count from its own start, after the title and its line end.
            (_from, _to, _shift) = (words.TitleTokens, words.Tokens.Count, words.TitleLength + 1);
            _finalOffset = words.Text.Length - words.TitleLength - 1;
        }
        else (_from, _to, _shift, _finalOffset) = (0, words.TitleTokens, 0, words.TitleLength);
        _next = _from;
        _folded = null;
        return this;
    }

    public override bool IncrementToken()
    {
        var tokens = _words!.Tokens;
        if (_bigrams)
        {
            // As ShingleFilter (pairs only) over the folded forms: "a b", from the start of a to the end of b.
            if (_next + 1 >= _to) return false;
            ClearAttributes();
            var (a, b) = (tokens[_next], tokens[_next + 1]);
            _next++;
            _term.SetEmpty().Append(a.Folded).Append(' ').Append(b.Folded);
            _offset.SetOffset(a.Start - _shift, b.End - _shift);
            return true;
        }
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
        var token = tokens[_next++];
        _term.SetEmpty().Append(token.Lower);
        _offset.SetOffset(token.Start - _shift, token.End - _shift);
        // The analyzer adds the folded form only when it differs (never for ASCII words: Folded is then Lower itself).
        if (token.Forms.FoldedDiffers) _folded = token.Folded;
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
