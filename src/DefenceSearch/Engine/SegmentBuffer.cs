using DefenceSearch.Indexing;
using System.Runtime.InteropServices;
using System.Text;
using DefenceSearch.Analysis;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace DefenceSearch.Engine;

/// <summary>
/// The documents of a fresh index, inverted by one indexing thread in memory and handed to the writer as one
/// segment (<see cref="IndexWriter.AddIndexes(IndexReader[])"/> through <see cref="ToReader"/>).
/// </summary>
/// <remarks>
/// The writer's own chain hashes the UTF-8 bytes of every token into a table and appends its postings to byte
/// slices: about 120 ns a token, and an article is a thousand tokens (each syllable exact and folded). The words
/// extraction found are already numbered (<see cref="Extraction.TextTokens"/>), so here a token is an array
/// look-up and two appends; postings are laid out by counting once the batch is complete. The segment written
/// holds the same terms, positions, norms, stored fields and doc values as the writer's own chain would write
/// (SegmentBufferTests compares the two field by field). Fields other than the replayed title and body (ids,
/// facets, numbers, or text extraction could not hand on) go through their token streams as the writer reads them.
/// </remarks>
/// <param name="analyzer">Analyses the fields extraction could not hand on (the writer's analyzer).</param>
/// <param name="similarity">Computes the norms (the writer's similarity).</param>
/// <param name="expectedTokens">About how many tokens a batch will hold (0: not known): a field's token arrays,
/// once past a million, grow to that at once instead of doubling. Memory touched for the first time is dear (on
/// this machine about 4 µs a page, a sixth of a rebuild's CPU), and each doubling touches a new array.</param>
internal sealed class SegmentBuffer(Analyzer analyzer, Similarity similarity, long expectedTokens = 0)
{
    private readonly Dictionary<string, FieldBuffer> _fields = new(StringComparer.Ordinal);
    private readonly List<FieldBuffer> _fieldList = [];
    // Every document's stored fields, encoded as they will be written (StoredRecords) with the fields numbered by
    // their place in _fieldList: no string of the batch lives until it is written. The records sit one after
    // another in chunks kept from batch to batch (a growing array would touch twice the memory it ends with);
    // document d's is _storedAt[d] (chunk, start, length).
    private const int ChunkBytes = 4 << 20;
    private readonly List<byte[]> _chunks = [];
    private int _chunk, _chunkUsed;
    private (int Chunk, int Start, int Length)[] _storedAt = new (int, int, int)[64];
    private readonly GrowableBytes _record = new();
    private readonly List<(FieldBuffer Buffer, IIndexableField Field)> _storedScratch = [];

    public int Documents { get; private set; }

    /// <summary>Tokens buffered so far: what the buffer's memory grows with (about 16 bytes each when frozen).</summary>
    public long Tokens { get; private set; }

    public void Add(IEnumerable<IIndexableField> document)
    {
        var doc = Documents;
        _storedScratch.Clear();
        foreach (var field in document)
        {
            var type = field.IndexableFieldType;
            RefuseUnwritten(field.Name, type);
            var buffer = FieldFor(field.Name, type);
            if (type.IsIndexed) Tokens += buffer.Invert(doc, field, analyzer);
            if (type.IsStored) _storedScratch.Add((buffer, field));
            if (type.DocValueType != DocValuesType.NONE) buffer.AddDocValue(doc, field);
        }
        _record.Length = 0;
        _record.WriteVInt(_storedScratch.Count);
        foreach (var (buffer, field) in _storedScratch) StoredRecords.WriteField(_record, buffer.Index, field);
        if (doc == _storedAt.Length) Array.Resize(ref _storedAt, 2 * doc);
        _storedAt[doc] = Keep(_record.Span);
        foreach (var f in _fieldList) f.FinishDocument(doc, similarity);
        Documents++;
    }

    /// <summary>
    /// Throws for a field feature the buffer does not write (term vectors, offsets, payloads, sorted doc values): such a
    /// field would be in an index updated through the writer and silently missing from a rebuilt one.
    /// </summary>
    private static void RefuseUnwritten(string name, IIndexableFieldType type)
    {
        string? feature = null;
        if (type.StoreTermVectors || type.StoreTermVectorOffsets || type.StoreTermVectorPositions || type.StoreTermVectorPayloads) feature = "term vectors";
        else if (type.IsIndexed && type.IndexOptions == LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) feature = "offsets in the postings";
        else if (type.DocValueType is not (DocValuesType.NONE or DocValuesType.NUMERIC or DocValuesType.BINARY or DocValuesType.SORTED_SET))
            feature = $"{type.DocValueType} doc values";
        if (feature is not null) throw UnwrittenFeature(name, feature);
    }

    internal static NotSupportedException UnwrittenFeature(string name, string feature) => new(
        $"field \"{name}\" asks for {feature}, which the custom engine's in-memory segments (SegmentBuffer) do not write: " +
        "write them there (and compare with the writer's own chain in SegmentBufferTests), or build with the stock engine");

    /// <summary>Copies a record into the current chunk, or the next one when it does not fit.</summary>
    private (int, int, int) Keep(ReadOnlySpan<byte> record)
    {
        if (_chunk < _chunks.Count && _chunkUsed + record.Length > _chunks[_chunk].Length)
        {
            _chunk++;
            _chunkUsed = 0;
        }
        if (_chunk == _chunks.Count) _chunks.Add(new byte[Math.Max(ChunkBytes, record.Length)]);
        else if (_chunks[_chunk].Length < record.Length) _chunks[_chunk] = new byte[record.Length]; // an outsized page
        record.CopyTo(_chunks[_chunk].AsSpan(_chunkUsed));
        var at = (_chunk, _chunkUsed, record.Length);
        _chunkUsed += record.Length;
        return at;
    }

    private FieldBuffer FieldFor(string name, IIndexableFieldType type)
    {
        if (!_fields.TryGetValue(name, out var buffer))
        {
            buffer = new FieldBuffer(name, _fieldList.Count, expectedTokens);
            _fields.Add(name, buffer);
            _fieldList.Add(buffer);
            // A field first met in a later document has no tokens in the earlier ones.
            for (var d = 0; d < Documents; d++) buffer.FinishDocument(d, similarity);
        }
        buffer.Merge(type);
        buffer.InBatch = true;
        return buffer;
    }

    /// <summary>The buffered documents as a segment to add. The buffer must not change while the reader is in use.</summary>
    public AtomicReader ToReader()
    {
        // Only the fields this batch's documents have, as a segment the writer flushed would list them.
        var fields = _fieldList.Where(f => f.InBatch).ToList();
        var infos = new FieldInfo[fields.Count];
        for (var i = 0; i < infos.Length; i++) infos[i] = fields[i].ToFieldInfo(i);
        var fieldInfos = new FieldInfos(infos);
        var postings = new SortedDictionary<string, FrozenPostings>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            if (f.Indexed) postings.Add(f.Name, f.Freeze(Documents));
        }
        return new BufferedSegmentReader(this, fieldInfos, postings);
    }

    /// <summary>Empties the buffer for the next batch; its arrays are kept (a batch's are tens of megabytes).</summary>
    public void Clear()
    {
        foreach (var f in _fieldList) f.Reset();
        (_chunk, _chunkUsed) = (0, 0);
        Documents = 0;
        Tokens = 0;
    }

    /// <summary>Document <paramref name="doc"/>'s stored fields (<see cref="StoredRecords"/>), fields numbered by <see cref="FieldAt"/>.</summary>
    internal ReadOnlySpan<byte> StoredRecord(int doc)
    {
        var (chunk, start, length) = _storedAt[doc];
        return _chunks[chunk].AsSpan(start, length);
    }

    internal FieldBuffer FieldAt(int index) => _fieldList[index];

    /// <summary>For each field's number in <see cref="StoredRecord"/>, its number in <paramref name="fieldInfos"/> (-1 if absent).</summary>
    internal int[] StoredFieldNumbers(FieldInfos fieldInfos)
    {
        var numbers = new int[_fieldList.Count];
        for (var i = 0; i < numbers.Length; i++) numbers[i] = fieldInfos.FieldInfo(_fieldList[i].Name)?.Number ?? -1;
        return numbers;
    }

    internal FieldBuffer? Field(string name) => _fields.GetValueOrDefault(name);
}

/// <summary>What one field of the buffered documents holds: tokens, norms and doc values.</summary>
internal sealed class FieldBuffer(string name, int index, long expectedTokens = 0)
{
    public readonly string Name = name;

    /// <summary>The field's place among the buffer's fields, for as long as the buffer lives.</summary>
    public readonly int Index = index;
    public bool Indexed;
    public bool OmitNorms = true;
    public LuceneIndexOptions Options = LuceneIndexOptions.NONE;
    public DocValuesType DocValues = DocValuesType.NONE;

    /// <summary>Whether a document of the current batch has the field.</summary>
    public bool InBatch;

    // Terms: slot numbers in order of first sight, with their UTF-8 bytes. A term is one slot whichever way it
    // comes (a word's forms by id, a bigram by its two ids, any other token by its bytes), so a term of a replayed
    // article and the same term of an analysed one meet: every slot is keyed by its bytes, the ids cache that.
    private readonly List<byte[]> _termBytes = [];
    private int[] _slotOfForm = [];
    private readonly Dictionary<long, int> _slotOfPair = new(PairComparer.Instance); // the two ids in one long
    private int[] _slotOfHash = new int[1 << 10]; // open addressing by the bytes' hash: slot + 1, 0 for none
    private readonly List<int> _hashOfSlot = [];

    // Tokens in document order: their term slot and position; where each document's tokens end.
    private int[] _slots = new int[1024];
    private int[] _positions = new int[1024];
    private int _tokens;
    private int[] _docEnds = new int[64];

    // The invert state of the current document (as Lucene's FieldInvertState).
    private int _stateDoc = -1;
    private int _position, _length, _overlap;
    private float _boost = 1;

    private long[] _norms = new long[64];
    private bool _anyNorms;

    // The postings laid out for the writer, kept for the next batch.
    private int[] _postingDocs = [];
    private int[] _postingPositions = [];

    private long[]? _numbers;
    private byte[]?[]? _binaries;
    private List<byte[]>?[]? _sets;
    private FixedBitSet? _hasValue;

    /// <summary>Forgets the batch, keeping the arrays.</summary>
    public void Reset()
    {
        (Indexed, OmitNorms, Options, DocValues, InBatch) = (false, true, LuceneIndexOptions.NONE, DocValuesType.NONE, false);
        _termBytes.Clear();
        Array.Clear(_slotOfForm);
        _slotOfPair.Clear();
        Array.Clear(_slotOfHash);
        _hashOfSlot.Clear();
        _tokens = 0;
        _stateDoc = -1;
        _anyNorms = false;
        _hasValue?.Clear(0, _hasValue.Length);
        if (_numbers is not null) Array.Clear(_numbers);
        if (_binaries is not null) Array.Clear(_binaries);
        if (_sets is not null) Array.Clear(_sets);
    }

    public void Merge(IIndexableFieldType type)
    {
        if (type.IsIndexed)
        {
            // As FieldInfo.Update: a field that omits norms once omits them for good; index options only go down.
            OmitNorms = Indexed ? OmitNorms || type.OmitNorms : type.OmitNorms;
            Options = Indexed && Options < type.IndexOptions ? Options : type.IndexOptions;
            Indexed = true;
        }
        if (type.DocValueType != DocValuesType.NONE) DocValues = type.DocValueType;
    }

    /// <summary>Inverts one field of the document being added; returns the tokens it had.</summary>
    public int Invert(int doc, IIndexableField field, Analyzer analyzer)
    {
        if (_stateDoc != doc)
        {
            (_stateDoc, _position, _length, _overlap, _boost) = (doc, 0, 0, 0, 1);
        }
        var before = _tokens;
        if (field is WordsField words) InvertWords(words);
        else if (!field.IndexableFieldType.IsTokenized && field.GetStringValue() is { } keyword) InvertKeyword(keyword);
        else if (field is Field { NumericType: NumericFieldType.INT64, FieldType.NumericPrecisionStep: var step and > 0 and < 64 } number && number.GetInt64Value() is { } value)
            InvertNumber(value, step);
        else InvertStream(field, analyzer);
        if (field.IndexableFieldType.IsTokenized) _position += analyzer.GetPositionIncrementGap(Name);
        _boost *= field.Boost;
        return _tokens - before;
    }

    /// <summary>The replayed title or body: exact forms, folded forms where they differ (same position), or bigrams.</summary>
    private void InvertWords(WordsField field)
    {
        var (words, part) = (field.Words, field.Part);
        var tokens = CollectionsMarshal.AsSpan(words.Tokens);
        var (from, to) = part == WordsPart.Body ? (words.TitleTokens, tokens.Length) : (0, words.TitleTokens);
        if (part == WordsPart.TitleBigrams)
        {
            for (var i = from; i + 1 < to; i++)
            {
                var (a, b) = (tokens[i].Forms, tokens[i + 1].Forms);
                int slot;
                if (a.FoldedId >= 0 && b.FoldedId >= 0)
                {
                    var key = (long)a.FoldedId << 32 | (uint)b.FoldedId;
                    if (!_slotOfPair.TryGetValue(key, out slot))
                    {
                        slot = SlotOfText(a.Folded + " " + b.Folded);
                        _slotOfPair.Add(key, slot);
                    }
                }
                else slot = SlotOfText(a.Folded + " " + b.Folded);
                AddToken(slot, 1);
            }
            return;
        }
        for (var i = from; i < to; i++)
        {
            var forms = tokens[i].Forms;
            AddToken(SlotOfForm(forms.LowerId, forms.Lower), 1);
            if (forms.FoldedDiffers) AddToken(SlotOfForm(forms.FoldedId, forms.Folded), 0);
        }
    }

    private readonly BytesRef _scratch = new(64);

    /// <summary>An untokenised field: its value is its one term (as Lucene's StringTokenStream).</summary>
    private void InvertKeyword(string value)
    {
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_scratch.Bytes.Length < length) _scratch.Bytes = new byte[length];
        _scratch.Offset = 0;
        _scratch.Length = Encoding.UTF8.GetBytes(value, _scratch.Bytes);
        AddToken(SlotOfBytes(_scratch), 1);
    }

    /// <summary>A long as NumericTokenStream indexes it: the value at every precision step, all at one position.</summary>
    private void InvertNumber(long value, int step)
    {
        for (var shift = 0; shift < 64; shift += step)
        {
            NumericUtils.Int64ToPrefixCodedBytes(value, shift, _scratch);
            AddToken(SlotOfBytes(_scratch), shift == 0 ? 1 : 0);
        }
    }

    private void InvertStream(IIndexableField field, Analyzer analyzer)
    {
        using var stream = field.GetTokenStream(analyzer);
        var term = stream.AddAttribute<ITermToBytesRefAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var payload = stream.HasAttribute<IPayloadAttribute>() ? stream.GetAttribute<IPayloadAttribute>() : null;
        stream.Reset();
        var bytes = term.BytesRef;
        while (stream.IncrementToken())
        {
            if (payload?.Payload is { Length: > 0 }) throw SegmentBuffer.UnwrittenFeature(Name, "payloads");
            term.FillBytesRef();
            AddToken(SlotOfBytes(bytes), increment.PositionIncrement);
        }
        stream.End();
        _position += increment.PositionIncrement;
    }

    private void AddToken(int slot, int increment)
    {
        // As DocInverterPerField: the position of a token is the previous one's plus its increment.
        var position = _position + increment;
        if (position > 0) position--;
        if (increment == 0) _overlap++;
        if (_tokens == _slots.Length)
        {
            // Doubling while small; past a million tokens (the body), the batch's expected size at once.
            var size = _slots.Length < 1 << 20 ? 2 * _slots.Length : (int)Math.Min(Array.MaxLength, Math.Max(2L * _slots.Length, expectedTokens + expectedTokens / 16));
            Array.Resize(ref _slots, size);
            Array.Resize(ref _positions, size);
        }
        _slots[_tokens] = slot;
        _positions[_tokens] = position;
        _tokens++;
        _length++;
        _position = position + 1;
    }

    private int SlotOfForm(int id, string text)
    {
        if (id < 0) return SlotOfText(text);
        if (id >= _slotOfForm.Length) Array.Resize(ref _slotOfForm, Math.Max(id + 1, _slotOfForm.Length * 2));
        var slot = _slotOfForm[id] - 1;
        if (slot >= 0) return slot;
        slot = SlotOfText(text);
        _slotOfForm[id] = slot + 1;
        return slot;
    }

    private int SlotOfText(string text) => SlotOfBytes(new BytesRef(Encoding.UTF8.GetBytes(text)));

    private int SlotOfBytes(BytesRef bytes)
    {
        var span = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        var hash = HashOf(span);
        var mask = _slotOfHash.Length - 1;
        var i = hash & mask;
        for (; _slotOfHash[i] != 0; i = (i + 1) & mask)
        {
            var slot = _slotOfHash[i] - 1;
            if (_hashOfSlot[slot] == hash && span.SequenceEqual(_termBytes[slot])) return slot;
        }
        _termBytes.Add(span.ToArray());
        _hashOfSlot.Add(hash);
        var added = _termBytes.Count - 1;
        _slotOfHash[i] = added + 1;
        if (2 * _termBytes.Count > _slotOfHash.Length) GrowHashes();
        return added;
    }

    private static int HashOf(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261;
        foreach (var b in bytes) hash = (hash ^ b) * 16777619;
        return (int)(hash & 0x7FFFFFFF);
    }

    private void GrowHashes()
    {
        _slotOfHash = new int[_slotOfHash.Length * 2];
        var mask = _slotOfHash.Length - 1;
        for (var slot = 0; slot < _hashOfSlot.Count; slot++)
        {
            var i = _hashOfSlot[slot] & mask;
            while (_slotOfHash[i] != 0) i = (i + 1) & mask;
            _slotOfHash[i] = slot + 1;
        }
    }

    public void AddDocValue(int doc, IIndexableField field)
    {
        EnsureDocValueRoom(doc);
        _hasValue!.Set(doc);
        switch (DocValues)
        {
            case DocValuesType.NUMERIC:
                _numbers![doc] = field.GetInt64Value() ?? 0;
                break;
            case DocValuesType.BINARY:
                _binaries![doc] = Copy(field.GetBinaryValue());
                break;
            case DocValuesType.SORTED_SET:
                (_sets![doc] ??= []).Add(Copy(field.GetBinaryValue()));
                break;
            default:
                throw new NotSupportedException($"doc values of type {DocValues} (field {Name}) are not buffered");
        }

        static byte[] Copy(BytesRef b) => b.Bytes.AsSpan(b.Offset, b.Length).ToArray();
    }

    private void EnsureDocValueRoom(int doc)
    {
        var size = Math.Max(64, doc + 1);
        if (_hasValue is null || _hasValue.Length <= doc)
        {
            var bits = new FixedBitSet(Math.Max(size, (_hasValue?.Length ?? 0) * 2));
            if (_hasValue is not null) bits.Or(_hasValue);
            _hasValue = bits;
        }
        switch (DocValues)
        {
            case DocValuesType.NUMERIC:
                if (_numbers is null || _numbers.Length <= doc) Array.Resize(ref _numbers, _hasValue.Length);
                break;
            case DocValuesType.BINARY:
                if (_binaries is null || _binaries.Length <= doc) Array.Resize(ref _binaries, _hasValue.Length);
                break;
            case DocValuesType.SORTED_SET:
                if (_sets is null || _sets.Length <= doc) Array.Resize(ref _sets, _hasValue.Length);
                break;
        }
    }

    /// <summary>Ends a document for this field: where its tokens end and, if the field was in it, its norm.</summary>
    public void FinishDocument(int doc, Similarity similarity)
    {
        if (doc >= _docEnds.Length)
        {
            Array.Resize(ref _docEnds, _docEnds.Length * 2);
            Array.Resize(ref _norms, _norms.Length * 2);
        }
        _docEnds[doc] = _tokens;
        _norms[doc] = 0;
        if (_stateDoc == doc && Indexed && !OmitNorms)
        {
            _norms[doc] = similarity.ComputeNorm(new FieldInvertState(Name, _position, _length, _overlap, 0, _boost));
            _anyNorms = true;
        }
    }

    public FieldInfo ToFieldInfo(int number) => new(Name, Indexed, number, false, OmitNorms || !Indexed, false,
        Indexed ? Options : LuceneIndexOptions.NONE, DocValues, HasNorms ? DocValuesType.NUMERIC : DocValuesType.NONE, null);

    /// <summary>The postings, terms in byte order, each term's documents and positions in order (a counting sort).</summary>
    public FrozenPostings Freeze(int documents)
    {
        var terms = _termBytes.Count;
        var bytes = _termBytes;
        var order = new int[terms];
        for (var t = 0; t < terms; t++) order[t] = t;
        Array.Sort(order, (x, y) => bytes[x].AsSpan().SequenceCompareTo(bytes[y]));

        // Each term's entries start where the previous term's (in byte order) end: its cursor while filling.
        var count = new int[terms];
        for (var i = 0; i < _tokens; i++) count[_slots[i]]++;
        var start = new int[terms + 1];
        var cursor = new int[terms];
        for (var r = 0; r < terms; r++)
        {
            var t = order[r];
            cursor[t] = start[r];
            start[r + 1] = start[r] + count[t];
        }
        if (_postingDocs.Length < _tokens)
        {
            _postingDocs = new int[_slots.Length];
            _postingPositions = new int[_slots.Length];
        }
        var (docs, positions) = (_postingDocs, _postingPositions);
        var docFreq = new int[terms];
        var lastDoc = new int[terms];
        Array.Fill(lastDoc, -1);
        var docCount = 0;
        var token = 0;
        for (var d = 0; d < documents; d++)
        {
            var end = _docEnds[d];
            if (end > token) docCount++;
            for (; token < end; token++)
            {
                var t = _slots[token];
                var e = cursor[t]++;
                docs[e] = d;
                positions[e] = _positions[token];
                if (lastDoc[t] != d)
                {
                    lastDoc[t] = d;
                    docFreq[t]++;
                }
            }
        }
        var sortedBytes = new byte[terms][];
        var sortedDocFreq = new int[terms];
        for (var r = 0; r < terms; r++) (sortedBytes[r], sortedDocFreq[r]) = (bytes[order[r]], docFreq[order[r]]);
        // docs and positions may be longer than this batch's postings: start[] bounds every term's entries.
        return new FrozenPostings(Options, sortedBytes, start, sortedDocFreq, docs, positions, docCount);
    }

    public long Norm(int doc) => doc < _norms.Length ? _norms[doc] : 0;

    public bool HasNorms => Indexed && !OmitNorms && _anyNorms;

    public FixedBitSet ValueBits(int maxDoc)
    {
        var bits = new FixedBitSet(Math.Max(1, maxDoc));
        if (_hasValue is null) return bits;
        for (var d = 0; d < maxDoc && d < _hasValue.Length; d++)
            if (_hasValue.Get(d)) bits.Set(d);
        return bits;
    }

    public long Number(int doc) => _numbers is not null && doc < _numbers.Length ? _numbers[doc] : 0;

    public byte[]? Binary(int doc) => _binaries is not null && doc < _binaries.Length ? _binaries[doc] : null;

    public List<byte[]>? Set(int doc) => _sets is not null && doc < _sets.Length ? _sets[doc] : null;
}

/// <summary>A field's postings once the batch is complete: term r's entries are start[r]..start[r+1] of docs/positions.</summary>
internal sealed record FrozenPostings(LuceneIndexOptions Options, byte[][] Terms, int[] Start, int[] DocFreq, int[] Docs, int[] Positions, int DocCount);

/// <summary>Two word ids packed in a long, hashed by their product with the golden ratio (a long's own hash,
/// the two halves xored, makes "a b" and "b a" and every pair of equal small ids collide). A tuple key cost a
/// hundred nanoseconds a look-up.</summary>
internal sealed class PairComparer : IEqualityComparer<long>
{
    public static readonly PairComparer Instance = new();

    public bool Equals(long x, long y) => x == y;

    public int GetHashCode(long pair) => (int)((ulong)pair * 0x9E3779B97F4A7C15UL >> 32);
}
