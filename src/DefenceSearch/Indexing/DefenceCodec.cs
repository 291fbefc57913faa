using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Indexing;

/// <summary>
/// Lucene 4.6's index format with stored fields kept uncompressed. Every result shows a snippet of its article,
/// so every search reads ten stored bodies; with LZ4 each read decompressed half a 16 KB chunk and was a fifth of
/// a search. Stored this way a body is read where it lies, and indexing skips compressing 130 MB; the index grows
/// by about a third (still smaller than FTS5's for the same articles).
/// </summary>
[CodecName(FormatName)]
public sealed class DefenceCodec() : FilterCodec(new Lucene46Codec())
{
    public const string FormatName = "DefenceSearch46";

    private static readonly StoredFieldsFormat Stored = new CompressingStoredFieldsFormat("DefenceSearchStoredFields", new UncompressedMode(), 1 << 14);

    public override StoredFieldsFormat StoredFieldsFormat => Stored;

    private static readonly Lazy<bool> Registered = new(() =>
    {
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(DefenceCodec)] });
        return true;
    });

    /// <summary>Makes the codec known to Lucene by name, so that indexes written with it can be read. Idempotent.</summary>
    public static void EnsureRegistered() => _ = Registered.Value;

    /// <summary>Chunks written as they are: reading a document copies only its own bytes.</summary>
    private sealed class UncompressedMode : CompressionMode
    {
        public override Compressor NewCompressor() => new Raw();

        public override Decompressor NewDecompressor() => new RawReader();

        public override string ToString() => "Uncompressed";

        private sealed class Raw : Compressor
        {
            public override void Compress(byte[] bytes, int off, int len, DataOutput output) => output.WriteBytes(bytes, off, len);
        }

        private sealed class RawReader : Decompressor
        {
            public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
            {
                if (offset + length > originalLength) throw new CorruptIndexException($"slice {offset}+{length} is beyond the chunk's {originalLength} bytes");
                if (bytes.Bytes.Length < length) bytes.Bytes = new byte[ArrayUtil.Oversize(length, 1)];
                if (input is IndexInput file) file.Seek(file.Position + offset); // skip the chunk's earlier documents
                else for (var i = 0; i < offset; i++) input.ReadByte();
                input.ReadBytes(bytes.Bytes, 0, length);
                bytes.Offset = 0;
                bytes.Length = length;
            }

            public override object Clone() => this;
        }
    }
}
