using DefenceSearch.Indexing;
using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

using LuceneIndexOptions = Lucene.Net.Index.IndexOptions;

namespace DefenceSearch.Engine;

/// <summary>
/// A <see cref="SegmentBuffer"/> seen as a segment: what <see cref="IndexWriter.AddIndexes(IndexReader[])"/> reads
/// to write it out with the index's codec. Only what a merge reads is served: postings in order, stored fields,
/// norms and doc values; no deletions, no term vectors.
/// </summary>
internal sealed class BufferedSegmentReader(SegmentBuffer buffer, FieldInfos fieldInfos, SortedDictionary<string, FrozenPostings> postings) : AtomicReader
{
    private readonly BufferedFields _fields = new(postings);

    public override Fields Fields => _fields;

    public override FieldInfos FieldInfos => fieldInfos;

    public override IBits? LiveDocs => null;

    public override int NumDocs => buffer.Documents;

    public override int MaxDoc => buffer.Documents;

    public override void CheckIntegrity()
    {
    }

    public override Fields? GetTermVectors(int docID) => null;

    protected override void DoClose()
    {
    }

    public override void Document(int docID, StoredFieldVisitor visitor) =>
        StoredRecords.Visit(buffer.StoredRecord(docID), i => fieldInfos.FieldInfo(buffer.FieldAt(i).Name), visitor);

    /// <inheritdoc cref="SegmentBuffer.StoredRecord"/>
    internal ReadOnlySpan<byte> StoredRecord(int doc) => buffer.StoredRecord(doc);

    /// <inheritdoc cref="SegmentBuffer.StoredFieldNumbers"/>
    internal int[] StoredFieldNumbers(FieldInfos merged) => buffer.StoredFieldNumbers(merged);

    /// <summary>
    /// Writes the postings to <paramref name="consumer"/> as Lucene's merge would (the same calls, in the same
    /// order, with the same statistics), reading the buffer's arrays directly.
    /// </summary>
    internal void WritePostings(FieldsConsumer consumer, FieldInfos merged)
    {
        var term = new BytesRef();
        foreach (var (name, field) in postings)
        {
            if (field.Terms.Length == 0) continue;
            var terms = consumer.AddField(merged.FieldInfo(name));
            var options = field.Options;
            var (docs, positions) = (field.Docs, field.Positions);
            long sumTotalTermFreq = 0, sumDocFreq = 0;
            for (var r = 0; r < field.Terms.Length; r++)
            {
                (term.Bytes, term.Offset, term.Length) = (field.Terms[r], 0, field.Terms[r].Length);
                var consumerOfTerm = terms.StartTerm(term);
                var (start, end) = (field.Start[r], field.Start[r + 1]);
                var docFreq = 0;
                for (var e = start; e < end;)
                {
                    var doc = docs[e];
                    var docEnd = e + 1;
                    while (docEnd < end && docs[docEnd] == doc) docEnd++;
                    consumerOfTerm.StartDoc(doc, options == LuceneIndexOptions.DOCS_ONLY ? -1 : docEnd - e);
                    if (options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS)
                        for (var p = e; p < docEnd; p++) consumerOfTerm.AddPosition(positions[p], null, -1, -1);
                    consumerOfTerm.FinishDoc();
                    docFreq++;
                    e = docEnd;
                }
                var totalTermFreq = options == LuceneIndexOptions.DOCS_ONLY ? -1 : end - start;
                terms.FinishTerm(term, new Lucene.Net.Codecs.TermStats(docFreq, totalTermFreq));
                sumTotalTermFreq += totalTermFreq;
                sumDocFreq += docFreq;
            }
            terms.Finish(options == LuceneIndexOptions.DOCS_ONLY ? -1 : sumTotalTermFreq, sumDocFreq, field.DocCount);
        }
    }

    public override NumericDocValues? GetNumericDocValues(string field) =>
        buffer.Field(field) is { DocValues: DocValuesType.NUMERIC } f ? new Numbers(f.Number) : null;

    public override BinaryDocValues? GetBinaryDocValues(string field) =>
        buffer.Field(field) is { DocValues: DocValuesType.BINARY } f ? new Binaries(f) : null;

    public override SortedDocValues? GetSortedDocValues(string field) => null;

    public override SortedSetDocValues? GetSortedSetDocValues(string field) =>
        buffer.Field(field) is { DocValues: DocValuesType.SORTED_SET } f ? new Sets(f, buffer.Documents) : null;

    public override IBits? GetDocsWithField(string field) =>
        buffer.Field(field) is { DocValues: not DocValuesType.NONE } f ? f.ValueBits(buffer.Documents) : null;

    public override NumericDocValues? GetNormValues(string field) =>
        buffer.Field(field) is { HasNorms: true } f ? new Numbers(f.Norm) : null;

    private sealed class Numbers(Func<int, long> get) : NumericDocValues
    {
        public override long Get(int docID) => get(docID);
    }

    private sealed class Binaries(FieldBuffer field) : BinaryDocValues
    {
        public override void Get(int docID, BytesRef result)
        {
            var bytes = field.Binary(docID) ?? [];
            (result.Bytes, result.Offset, result.Length) = (bytes, 0, bytes.Length);
        }
    }

    /// <summary>A document's values as ordinals of the field's distinct values in byte order, each once, ascending.</summary>
    private sealed class Sets : SortedSetDocValues
    {
        private readonly byte[][] _values;
        private readonly int[][] _ords;
        private int[] _current = [];
        private int _next;

        public Sets(FieldBuffer field, int maxDoc)
        {
            var distinct = new SortedSet<byte[]>(Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));
            for (var d = 0; d < maxDoc; d++)
                if (field.Set(d) is { } values) distinct.UnionWith(values);
            _values = [.. distinct];
            _ords = new int[maxDoc][];
            for (var d = 0; d < maxDoc; d++)
            {
                _ords[d] = field.Set(d) is { } values
                    ? values.Select(v => Array.BinarySearch(_values, v, distinct.Comparer)).Distinct().Order().ToArray()
                    : [];
            }
        }

        public override long ValueCount => _values.Length;

        public override void SetDocument(int docID)
        {
            _current = _ords[docID];
            _next = 0;
        }

        public override long NextOrd() => _next < _current.Length ? _current[_next++] : NO_MORE_ORDS;

        public override void LookupOrd(long ord, BytesRef result)
        {
            var bytes = _values[ord];
            (result.Bytes, result.Offset, result.Length) = (bytes, 0, bytes.Length);
        }
    }

    private sealed class BufferedFields(SortedDictionary<string, FrozenPostings> postings) : Fields
    {
        public override IEnumerator<string> GetEnumerator() => postings.Keys.GetEnumerator();

        public override Terms? GetTerms(string field) => postings.TryGetValue(field, out var p) && p.Terms.Length > 0 ? new BufferedTerms(p) : null;

        public override int Count => postings.Count;
    }

    private sealed class BufferedTerms(FrozenPostings postings) : Terms
    {
        public override TermsEnum GetEnumerator() => new BufferedTermsEnum(postings);

        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override long Count => postings.Terms.Length;

        public override long SumTotalTermFreq => HasFreqs ? postings.Docs.Length : -1;

        public override long SumDocFreq => postings.DocFreq.Sum(d => (long)d);

        public override int DocCount => postings.DocCount;

        public override bool HasFreqs => postings.Options >= LuceneIndexOptions.DOCS_AND_FREQS;

        public override bool HasOffsets => false;

        public override bool HasPositions => postings.Options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS;

        public override bool HasPayloads => false;
    }

    private sealed class BufferedTermsEnum(FrozenPostings postings) : TermsEnum
    {
        private readonly BytesRef _term = new();
        private int _ord = -1;

        public override IComparer<BytesRef> Comparer => BytesRef.UTF8SortedAsUnicodeComparer;

        public override bool MoveNext()
        {
            if (_ord + 1 >= postings.Terms.Length)
            {
                _ord = postings.Terms.Length;
                return false;
            }
            SetOrd(_ord + 1);
            return true;
        }

        [Obsolete("Use MoveNext() and Term instead.")]
        public override BytesRef? Next() => MoveNext() ? _term : null;

        private void SetOrd(int ord)
        {
            _ord = ord;
            var bytes = postings.Terms[ord];
            (_term.Bytes, _term.Offset, _term.Length) = (bytes, 0, bytes.Length);
        }

        public override SeekStatus SeekCeil(BytesRef text)
        {
            int lo = 0, hi = postings.Terms.Length - 1;
            var target = text.Bytes.AsSpan(text.Offset, text.Length);
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var c = postings.Terms[mid].AsSpan().SequenceCompareTo(target);
                if (c == 0)
                {
                    SetOrd(mid);
                    return SeekStatus.FOUND;
                }
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            if (lo >= postings.Terms.Length)
            {
                _ord = postings.Terms.Length;
                return SeekStatus.END;
            }
            SetOrd(lo);
            return SeekStatus.NOT_FOUND;
        }

        public override void SeekExact(long ord) => SetOrd((int)ord);

        public override BytesRef Term => _term;

        public override long Ord => _ord;

        public override int DocFreq => postings.DocFreq[_ord];

        public override long TotalTermFreq => postings.Options >= LuceneIndexOptions.DOCS_AND_FREQS ? postings.Start[_ord + 1] - postings.Start[_ord] : -1;

        public override DocsEnum Docs(IBits? liveDocs, DocsEnum? reuse, DocsFlags flags) => Postings(liveDocs, reuse);

        public override DocsAndPositionsEnum? DocsAndPositions(IBits? liveDocs, DocsAndPositionsEnum? reuse, DocsAndPositionsFlags flags) =>
            postings.Options >= LuceneIndexOptions.DOCS_AND_FREQS_AND_POSITIONS ? Postings(liveDocs, reuse) : null;

        private BufferedPostingsEnum Postings(IBits? liveDocs, DocsEnum? reuse)
        {
            var e = reuse as BufferedPostingsEnum ?? new BufferedPostingsEnum();
            e.Reset(postings, postings.Start[_ord], postings.Start[_ord + 1], liveDocs);
            return e;
        }
    }

    /// <summary>One term's entries (document, position), grouped by document.</summary>
    private sealed class BufferedPostingsEnum : DocsAndPositionsEnum
    {
        private FrozenPostings _postings = null!;
        private IBits? _liveDocs;
        private int _end;
        private int _docStart;
        private int _docEnd;
        private int _nextPosition;
        private int _doc = -1;
        private bool _freqs;

        public void Reset(FrozenPostings postings, int start, int end, IBits? liveDocs)
        {
            (_postings, _end, _liveDocs) = (postings, end, liveDocs);
            (_docStart, _docEnd, _nextPosition, _doc) = (start, start, start, -1);
            _freqs = postings.Options >= LuceneIndexOptions.DOCS_AND_FREQS;
        }

        public override int DocID => _doc;

        public override int Freq => _freqs ? _docEnd - _docStart : 1;

        public override int NextDoc()
        {
            while (true)
            {
                if (_docEnd >= _end) return _doc = NO_MORE_DOCS;
                _docStart = _docEnd;
                var doc = _postings.Docs[_docStart];
                _docEnd = _docStart + 1;
                while (_docEnd < _end && _postings.Docs[_docEnd] == doc) _docEnd++;
                _nextPosition = _docStart;
                if (_liveDocs is null || _liveDocs.Get(doc)) return _doc = doc;
            }
        }

        public override int Advance(int target)
        {
            int doc;
            while ((doc = NextDoc()) < target) { }
            return doc;
        }

        public override long GetCost() => _end - _docStart;

        public override int NextPosition() => _postings.Positions[_nextPosition++];

        public override int StartOffset => -1;

        public override int EndOffset => -1;

        public override BytesRef? GetPayload() => null;
    }
}
