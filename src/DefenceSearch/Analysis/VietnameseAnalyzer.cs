using DefenceSearch.Indexing;
using DefenceSearch.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DefenceSearch.Analysis;

/// <summary>
/// Syllable tokens, each indexed twice at one position: the exact form (lower case, canonical tone,
/// diacritics kept) and, when it differs, the accent-folded form. Queries run through the same chain.
/// </summary>
public sealed class VietnameseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <inheritdoc/>
    protected override TextReader InitReader(string fieldName, TextReader reader) => NormalizingReader(reader);

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SyllableTokenizer(reader);
        return new TokenStreamComponents(tokenizer, new ExactAndFoldedFilter(tokenizer));
    }

    internal static TextReader NormalizingReader(TextReader reader) => new StringReader(VietnameseText.Normalize(reader.ReadToEnd()));
}

/// <summary>Splits on everything that is not a letter, digit or combining mark (hyphens split: "Bê-la-rút").</summary>
internal sealed class SyllableTokenizer(TextReader input) : CharTokenizer(VietnameseAnalyzer.Version, input)
{
    protected override bool IsTokenChar(int c) =>
        c < 0x10000 ? VietnameseText.IsWordChar((char)c) : char.IsLetterOrDigit(char.ConvertFromUtf32(c), 0);
}

internal sealed class ExactAndFoldedFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _position;
    private char[] _folded = new char[64];
    private int _foldedLength;
    private bool _pending;

    public ExactAndFoldedFilter(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending)
        {
            // The folded form at the exact form's position. This filter is the last of its chain and the
            // indexer only reads attributes, so every other attribute (offsets, type …) still holds the
            // exact token's values: no need to capture and restore the whole state.
            _pending = false;
            _term.CopyBuffer(_folded, 0, _foldedLength);
            _position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        // The reader was normalised (NFC, Ð, tone placement) before tokenising: lower case is all that is left.
        if (TokenText.LowerCase(buffer, length)) return true;
        _foldedLength = TokenText.Fold(buffer, length, ref _folded);
        if (_foldedLength == length && buffer.AsSpan(0, length).SequenceEqual(_folded.AsSpan(0, length))) return true;
        _pending = true;
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = false;
    }
}

internal static class TokenText
{
    /// <summary>Lower-cases a token in place; true when it is plain ASCII (nothing to fold).</summary>
    public static bool LowerCase(char[] buffer, int length)
    {
        var ascii = true;
        for (var i = 0; i < length; i++)
        {
            var c = VietnameseText.ToLowerInvariant(buffer[i]); // char.ToLowerInvariant, from a table
            buffer[i] = c;
            if (c > 0x7F) ascii = false;
        }
        return ascii;
    }

    /// <summary>Folds a token into <paramref name="folded"/> (grown as needed); returns its length.</summary>
    public static int Fold(char[] buffer, int length, ref char[] folded)
    {
        if (folded.Length < length * 4) folded = new char[length * 4];
        return ASCIIFoldingFilter.FoldToASCII(buffer, 0, folded, 0, length);
    }
}

internal sealed class FoldedOnlyFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private char[] _folded = new char[64];

    public FoldedOnlyFilter(TokenStream input) : base(input) => _term = AddAttribute<ICharTermAttribute>();

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        var buffer = _term.Buffer;
        var length = _term.Length;
        if (TokenText.LowerCase(buffer, length)) return true;
        // Fold first: it may replace _folded with a larger array, which CopyBuffer must then read (an argument
        // list evaluated left to right read the old one, stale, for a word longer than any folded before).
        var foldedLength = TokenText.Fold(buffer, length, ref _folded);
        _term.CopyBuffer(_folded, 0, foldedLength);
        return true;
    }
}

