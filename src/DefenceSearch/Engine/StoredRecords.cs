using DefenceSearch.Indexing;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace DefenceSearch.Engine;

/// <summary>
/// A document's stored fields as bytes, the way <see cref="DefenceStoredFieldsFormat"/> keeps them on disk and
/// <see cref="SegmentBuffer"/> keeps them in memory: the number of fields, then each field as its number and kind
/// (<c>number &lt;&lt; 3 | kind</c>, a variable-length int) and its value, little-endian.
/// </summary>
/// <remarks>
/// Strings are kept as UTF-16 code units, as .NET holds them: reading one is a copy. In UTF-8 a result page's ten
/// bodies took 8% of a search to decode (Vietnamese puts a multi-byte letter every few characters, which keeps
/// the decoder off its fast paths), and writing them took 3% of a rebuild to encode. The price: stored text
/// takes about half as much room again (the 38k articles' index went from 211 to 280 MB; FTS5's is 226 MB).
/// </remarks>
internal static class StoredRecords
{
    private const int String = 0, Bytes = 1, Int32 = 2, Int64 = 3, Single = 4, Double = 5, KindBits = 3;

    /// <summary>Appends one field as the stored-fields writer of Lucene reads it: a number, else bytes, else a string.</summary>
    public static void WriteField(GrowableBytes into, int number, IIndexableField field)
    {
        if (field.NumericType != NumericFieldType.NONE)
        {
            switch (field.NumericType)
            {
                case NumericFieldType.INT64:
                    into.WriteVInt(number << KindBits | Int64);
                    BinaryPrimitives.WriteInt64LittleEndian(into.Reserve(8), field.GetInt64Value()!.Value);
                    break;
                case NumericFieldType.SINGLE:
                    into.WriteVInt(number << KindBits | Single);
                    BinaryPrimitives.WriteSingleLittleEndian(into.Reserve(4), field.GetSingleValue()!.Value);
                    break;
                case NumericFieldType.DOUBLE:
                    into.WriteVInt(number << KindBits | Double);
                    BinaryPrimitives.WriteDoubleLittleEndian(into.Reserve(8), field.GetDoubleValue()!.Value);
                    break;
                default: // byte, short and int are stored as ints
                    into.WriteVInt(number << KindBits | Int32);
                    BinaryPrimitives.WriteInt32LittleEndian(into.Reserve(4), field.GetInt32Value()!.Value);
                    break;
            }
            return;
        }
        if (field.GetBinaryValue() is { } bytes)
        {
            into.WriteVInt(number << KindBits | Bytes);
            into.WriteVInt(bytes.Length);
            bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).CopyTo(into.Reserve(bytes.Length));
            return;
        }
        var text = field.GetStringValue()
            ?? throw new ArgumentException($"field {field.Name} is stored but has no string, bytes or number");
        into.WriteVInt(number << KindBits | String);
        into.WriteVInt(text.Length);
        var utf16 = MemoryMarshal.AsBytes(text.AsSpan());
        if (BitConverter.IsLittleEndian) utf16.CopyTo(into.Reserve(utf16.Length));
        else
        {
            var target = into.Reserve(utf16.Length);
            for (var i = 0; i < text.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(target[(2 * i)..], text[i]);
        }
    }

    /// <summary>Hands a document's fields to <paramref name="visitor"/> as Lucene's stored-fields readers do.</summary>
    public static void Visit(ReadOnlySpan<byte> record, Func<int, FieldInfo> fieldInfo, StoredFieldVisitor visitor)
    {
        var at = 0;
        var fields = ReadVInt(record, ref at);
        for (var f = 0; f < fields; f++)
        {
            var header = ReadVInt(record, ref at);
            var info = fieldInfo(header >>> KindBits);
            var kind = header & ((1 << KindBits) - 1);
            var length = ValueLength(record, kind, ref at);
            switch (visitor.NeedsField(info))
            {
                case StoredFieldVisitor.Status.STOP:
                    return;
                case StoredFieldVisitor.Status.YES:
                    var value = record.Slice(at, length);
                    switch (kind)
                    {
                        case String: visitor.StringField(info, ReadString(value)); break;
                        case Bytes: visitor.BinaryField(info, value.ToArray()); break;
                        case Int32: visitor.Int32Field(info, BinaryPrimitives.ReadInt32LittleEndian(value)); break;
                        case Int64: visitor.Int64Field(info, BinaryPrimitives.ReadInt64LittleEndian(value)); break;
                        case Single: visitor.SingleField(info, BinaryPrimitives.ReadSingleLittleEndian(value)); break;
                        default: visitor.DoubleField(info, BinaryPrimitives.ReadDoubleLittleEndian(value)); break;
                    }
                    break;
            }
            at += length;
        }
    }

    /// <summary>Appends a document's record with its field numbers changed by <paramref name="numbers"/> (old to new).</summary>
    public static void Renumber(ReadOnlySpan<byte> record, int[] numbers, GrowableBytes into)
    {
        var at = 0;
        var fields = ReadVInt(record, ref at);
        into.WriteVInt(fields);
        for (var f = 0; f < fields; f++)
        {
            var header = ReadVInt(record, ref at);
            var kind = header & ((1 << KindBits) - 1);
            into.WriteVInt(numbers[header >>> KindBits] << KindBits | kind);
            var start = at;
            var length = ValueLength(record, kind, ref at);
            at += length;
            record[start..at].CopyTo(into.Reserve(at - start));
        }
    }

    /// <summary>The length of the value at <paramref name="at"/>, moving past a length prefix if the kind has one.</summary>
    private static int ValueLength(ReadOnlySpan<byte> record, int kind, ref int at) => kind switch
    {
        String => 2 * ReadVInt(record, ref at),
        Bytes => ReadVInt(record, ref at),
        Int32 or Single => 4,
        Int64 or Double => 8,
        _ => throw new CorruptIndexException($"stored field of unknown kind {kind}"),
    };

    private static string ReadString(ReadOnlySpan<byte> utf16)
    {
        if (BitConverter.IsLittleEndian) return new string(MemoryMarshal.Cast<byte, char>(utf16));
        var chars = new char[utf16.Length / 2];
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(utf16[(2 * i)..]);
        return new string(chars);
    }

    private static int ReadVInt(ReadOnlySpan<byte> bytes, ref int at)
    {
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new CorruptIndexException("stored field with a malformed length");
    }
}

/// <summary>A byte buffer that grows, kept from use to use.</summary>
internal sealed class GrowableBytes
{
    public byte[] Buffer = new byte[1024];
    public int Length;

    public ReadOnlySpan<byte> Span => Buffer.AsSpan(0, Length);

    /// <summary>The next <paramref name="count"/> bytes, now counted in <see cref="Length"/>, to write into.</summary>
    public Span<byte> Reserve(int count)
    {
        if (Length + count > Buffer.Length) Array.Resize(ref Buffer, Math.Max(Length + count, Buffer.Length * 2));
        var span = Buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void WriteVInt(int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            Reserve(1)[0] = (byte)(v | 0x80);
            v >>= 7;
        }
        Reserve(1)[0] = (byte)v;
    }
}
