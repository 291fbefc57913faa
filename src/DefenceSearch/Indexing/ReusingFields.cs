using DefenceSearch.Analysis;
using DefenceSearch.Extraction;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;

namespace DefenceSearch.Indexing;

// Lucene's own fields build a token stream, with its attributes, for every field of every document; these
// make one per thread and kind and reuse it (the writer reads a field's stream to its end before it asks for
// the next one, on the same thread). Building the attributes was the dear part.

/// <summary>A <see cref="StringField"/> whose single-token stream is reused.</summary>
internal sealed class KeywordField(string name, string value, Field.Store store)
    : Field(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED)
{
    [ThreadStatic] private static KeywordTokenStream? _stream;

    public override TokenStream GetTokenStream(Analyzer analyzer) => (_stream ??= new KeywordTokenStream()).For(GetStringValue()!);
}

/// <summary>A text field whose tokens are replayed from the words extraction found (<see cref="WordsTokenStream"/>).</summary>
internal sealed class WordsField(string name, string value, FieldType type, ArticleWords words, WordsPart part) : Field(name, value, type)
{
    [ThreadStatic] private static WordsTokenStream? _stream;

    public ArticleWords Words => words;

    public WordsPart Part => part;

    public override TokenStream GetTokenStream(Analyzer analyzer) => (_stream ??= new WordsTokenStream()).For(words, part);
}
