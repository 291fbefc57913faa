using Lucene.Net.Codecs;
using Lucene.Net.Index;

namespace DefenceSearch.Engine;

/// <summary>
/// The codec's own postings format, except when a segment built in memory (<see cref="BufferedSegmentReader"/>) is
/// written out: its terms, documents and positions then go to the format's writer straight from the buffer's
/// arrays. Lucene's merge reads them through three layers of enumerators (the segment's, a multi-reader's, a
/// document-mapping one) and marks every document in a bit set, which was a third of writing the postings. The
/// files are the format's own: indexes are read by the same format, and written alike either way
/// (SegmentBufferTests compares them).
/// </summary>
[PostingsFormatName("DefenceSearchBuffered")] // never written in an index: the segments name the format it wraps
internal sealed class BufferedPostingsFormat(PostingsFormat format) : PostingsFormat
{
    public override FieldsConsumer FieldsConsumer(SegmentWriteState state) => new Consumer(format.FieldsConsumer(state));

    public override FieldsProducer FieldsProducer(SegmentReadState state) => format.FieldsProducer(state);

    private sealed class Consumer(FieldsConsumer consumer) : FieldsConsumer
    {
        public override TermsConsumer AddField(FieldInfo field) => consumer.AddField(field);

        public override void Merge(MergeState mergeState, Fields fields)
        {
            // A buffered segment added alone (IndexWriter.AddIndexes): no deletions, documents keep their numbers.
            if (mergeState.Readers is [BufferedSegmentReader buffered] && mergeState.DocBase[0] == 0) buffered.WritePostings(this, mergeState.FieldInfos);
            else base.Merge(mergeState, fields);
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) consumer.Dispose();
        }
    }
}
