using DefenceSearch.Indexing;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

using LuceneDirectory = Lucene.Net.Store.Directory;

namespace DefenceSearch.Engine;

/// <summary>
/// Stored fields one document after another, uncompressed, strings as UTF-16 (<see cref="StoredRecords"/>), with
/// an index of where each document starts. A search reads ten stored bodies for its snippets: each is copied from
/// where it lies. Writing, values are laid out in one reused buffer (Lucene's stored-fields writer allocated four
/// bytes a character for every string), and a segment built in memory by an indexing thread
/// (<see cref="SegmentBuffer"/>) hands over its documents already laid out.
/// </summary>
internal sealed class DefenceStoredFieldsFormat : StoredFieldsFormat
{
    internal const string DataExtension = "dsd";
    internal const string IndexExtension = "dsx";
    private const string DataCodec = "DefenceSearchStoredData";
    private const string IndexCodec = "DefenceSearchStoredIndex";
    private const int Version = 1; // 1: strings as UTF-16 (0 had UTF-8)

    public override StoredFieldsReader FieldsReader(LuceneDirectory directory, SegmentInfo si, FieldInfos fn, IOContext context) =>
        new Reader(directory, si, fn, context);

    public override StoredFieldsWriter FieldsWriter(LuceneDirectory directory, SegmentInfo si, IOContext context) =>
        new Writer(directory, si.Name, context);

    private static string FileName(string segment, string extension) => IndexFileNames.SegmentFileName(segment, "", extension);

    /// <summary>
    /// Index file: header, document count, where the first document starts, each document's length (variable-length
    /// longs), footer. Data file: header, the documents' records, footer.
    /// </summary>
    private sealed class Writer : StoredFieldsWriter
    {
        private readonly LuceneDirectory _directory;
        private readonly string _segment;
        private readonly IndexOutput _data;
        private readonly GrowableBytes _document = new();
        private readonly List<long> _lengths = [];
        private readonly long _firstStart;
        private int _fieldsLeft;
        private bool _disposed;

        public Writer(LuceneDirectory directory, string segment, IOContext context)
        {
            (_directory, _segment) = (directory, segment);
            _data = directory.CreateOutput(FileName(segment, DataExtension), context);
            try
            {
                CodecUtil.WriteHeader(_data, DataCodec, Version);
                _firstStart = _data.Position;
            }
            catch
            {
                Abort();
                throw;
            }
        }

        public override void StartDocument(int numStoredFields)
        {
            _document.Length = 0;
            _document.WriteVInt(numStoredFields);
            _fieldsLeft = numStoredFields;
        }

        public override void WriteField(FieldInfo info, IIndexableField field)
        {
            if (--_fieldsLeft < 0) throw new InvalidOperationException($"more stored fields than announced (field {info.Name})");
            StoredRecords.WriteField(_document, info.Number, field);
        }

        public override void FinishDocument()
        {
            if (_fieldsLeft != 0) throw new InvalidOperationException($"{_fieldsLeft} stored fields announced but not written");
            AddRecord(_document);
        }

        private void AddRecord(GrowableBytes record)
        {
            _data.WriteBytes(record.Buffer, 0, record.Length);
            _lengths.Add(record.Length);
        }

        public override int Merge(MergeState mergeState)
        {
            var docs = 0;
            for (var r = 0; r < mergeState.Readers.Count; r++)
            {
                var reader = mergeState.Readers[r];
                var live = reader.LiveDocs;
                if (reader is BufferedSegmentReader buffered)
                {
                    // An indexing thread's documents, encoded when they were added: only field numbers change.
                    var numbers = buffered.StoredFieldNumbers(mergeState.FieldInfos);
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        _document.Length = 0;
                        StoredRecords.Renumber(buffered.StoredRecord(doc), numbers, _document);
                        AddRecord(_document);
                        docs++;
                        mergeState.CheckAbort.Work(300);
                    }
                }
                else if (mergeState.MatchingSegmentReaders[r]?.FieldsReader is Reader same)
                {
                    // Same format, same field numbers: records are copied as they are.
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        if (live is not null && !live.Get(doc)) continue;
                        var record = same.Record(doc);
                        _document.Length = 0;
                        record.CopyTo(_document.Reserve(record.Length));
                        AddRecord(_document);
                        docs++;
                        mergeState.CheckAbort.Work(300);
                    }
                }
                else
                {
                    for (var doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        if (live is not null && !live.Get(doc)) continue;
                        AddDocument(reader.Document(doc), mergeState.FieldInfos);
                        docs++;
                        mergeState.CheckAbort.Work(300);
                    }
                }
            }
            Finish(mergeState.FieldInfos, docs);
            return docs;
        }

        public override void Finish(FieldInfos fis, int numDocs)
        {
            if (_lengths.Count != numDocs) throw new InvalidOperationException($"wrote {_lengths.Count} documents' stored fields, finish called with {numDocs}");
            CodecUtil.WriteFooter(_data);
            using var index = _directory.CreateOutput(FileName(_segment, IndexExtension), IOContext.DEFAULT);
            CodecUtil.WriteHeader(index, IndexCodec, Version);
            index.WriteVInt32(numDocs);
            index.WriteVInt64(_firstStart);
            foreach (var length in _lengths) index.WriteVInt64(length);
            CodecUtil.WriteFooter(index);
        }

        public override void Abort()
        {
            IOUtils.DisposeWhileHandlingException(this);
            IOUtils.DeleteFilesIgnoringExceptions(_directory, FileName(_segment, DataExtension), FileName(_segment, IndexExtension));
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing || _disposed) return;
            _disposed = true;
            _data.Dispose();
        }
    }

    private sealed class Reader : StoredFieldsReader
    {
        private readonly FieldInfos _fieldInfos;
        private readonly Func<int, FieldInfo> _fieldInfo;
        private readonly long[] _starts; // document d is _starts[d].._starts[d + 1] of the data file
        private readonly IndexInput _data;
        private readonly bool _clone;
        private byte[] _record = new byte[4096];
        private bool _disposed;

        public Reader(LuceneDirectory directory, SegmentInfo si, FieldInfos fieldInfos, IOContext context)
        {
            _fieldInfos = fieldInfos;
            _fieldInfo = FieldInfoOf;
            using (var index = directory.OpenChecksumInput(FileName(si.Name, IndexExtension), context))
            {
                CodecUtil.CheckHeader(index, IndexCodec, Version, Version);
                var docs = index.ReadVInt32();
                if (docs != si.DocCount) throw new CorruptIndexException($"stored fields index lists {docs} documents, the segment has {si.DocCount} ({index})");
                _starts = new long[docs + 1];
                _starts[0] = index.ReadVInt64();
                for (var d = 0; d < docs; d++) _starts[d + 1] = _starts[d] + index.ReadVInt64();
                CodecUtil.CheckFooter(index);
            }
            _data = directory.OpenInput(FileName(si.Name, DataExtension), context);
            try
            {
                CodecUtil.CheckHeader(_data, DataCodec, Version, Version);
                if (_data.Position != _starts[0] || _starts[^1] != _data.Length - CodecUtil.FooterLength())
                    throw new CorruptIndexException($"stored fields data does not match its index ({_data})");
                CodecUtil.RetrieveChecksum(_data);
            }
            catch
            {
                _data.Dispose();
                throw;
            }
        }

        private Reader(Reader of)
        {
            (_fieldInfos, _starts, _data, _clone) = (of._fieldInfos, of._starts, (IndexInput)of._data.Clone(), true);
            _fieldInfo = FieldInfoOf;
        }

        private FieldInfo FieldInfoOf(int number) =>
            _fieldInfos.FieldInfo(number) ?? throw new CorruptIndexException($"stored field number {number} is not a field of the segment ({_data})");

        /// <summary>A document's record, read into this reader's buffer (valid until its next read).</summary>
        internal ReadOnlySpan<byte> Record(int doc)
        {
            if ((uint)doc >= (uint)(_starts.Length - 1)) throw new ArgumentOutOfRangeException(nameof(doc), doc, $"the segment has {_starts.Length - 1} documents");
            var length = checked((int)(_starts[doc + 1] - _starts[doc]));
            if (_record.Length < length) _record = new byte[Math.Max(length, 2 * _record.Length)];
            _data.Seek(_starts[doc]);
            _data.ReadBytes(_record, 0, length);
            return _record.AsSpan(0, length);
        }

        public override void VisitDocument(int n, StoredFieldVisitor visitor) =>
            StoredRecords.Visit(Record(n), _fieldInfo, visitor);

        public override object Clone() => new Reader(this);

        public override long RamBytesUsed() => _starts.Length * sizeof(long) + _record.Length;

        public override void CheckIntegrity() => CodecUtil.ChecksumEntireFile(_data);

        protected override void Dispose(bool disposing)
        {
            if (!disposing || _disposed || _clone) return;
            _disposed = true;
            _data.Dispose();
        }
    }
}
