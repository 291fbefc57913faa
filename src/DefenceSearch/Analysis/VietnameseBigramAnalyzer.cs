using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Shingle;

namespace DefenceSearch.Analysis;

/// <summary>Folded syllable bigrams ("ngo xuan", "xuan lich"): rewards words that stand together.</summary>
public sealed class VietnameseBigramAnalyzer : Analyzer
{
    /// <inheritdoc/>
    protected override TextReader InitReader(string fieldName, TextReader reader) => VietnameseAnalyzer.NormalizingReader(reader);

    /// <inheritdoc/>
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new SyllableTokenizer(reader);
        var shingles = new ShingleFilter(new FoldedOnlyFilter(tokenizer), 2, 2);
        shingles.SetOutputUnigrams(false);
        return new TokenStreamComponents(tokenizer, shingles);
    }
}
