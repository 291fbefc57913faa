using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;

namespace DefenceSearch.Engine;

/// <summary>
/// Lucene 4.6's index format with stored fields of our own (<see cref="DefenceStoredFieldsFormat"/>): uncompressed,
/// one document after another, strings as UTF-16. Every result shows a snippet of its article, so every search reads
/// ten stored bodies: with LZ4 each read decompressed half a 16 KB chunk and was a fifth of a search; in UTF-8 the
/// decoding was still a twelfth. Stored this way a body is copied from where it lies. The cost is room: the 38k
/// articles' index is 280 MB (FTS5's 226 MB; 155 MB with LZ4). Schema 6 brought the format, schema 7 UTF-16.
/// </summary>
/// <remarks>Known to Lucene by name once <see cref="LuceneEngine"/> is loaded (<see cref="LuceneEngine.RegisterCodecs"/>).</remarks>
[CodecName(FormatName)]
internal sealed class DefenceCodec() : FilterCodec(new Lucene46Codec())
{
    public const string FormatName = "DefenceSearch46";

    private static readonly StoredFieldsFormat Stored = new DefenceStoredFieldsFormat();

    public override StoredFieldsFormat StoredFieldsFormat => Stored;

    private PostingsFormat? _postings;

    /// <summary>Lucene 4.6's postings, written straight from the indexing threads' buffers (<see cref="BufferedPostingsFormat"/>).</summary>
    public override PostingsFormat PostingsFormat => _postings ??= new BufferedPostingsFormat(m_delegate.PostingsFormat);
}
