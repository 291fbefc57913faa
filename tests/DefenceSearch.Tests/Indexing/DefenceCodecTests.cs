using DefenceSearch.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Tests.Indexing;

/// <summary>
/// Stored fields are kept uncompressed (<see cref="DefenceCodec"/>): every article body must come back exactly as
/// written, from any place in a chunk, across chunk boundaries, after segments are merged, and the index must check clean.
/// </summary>
public sealed class DefenceCodecTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ds-codec-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Every_stored_body_reads_back_exactly_after_flushes_and_a_merge()
    {
        DefenceCodec.EnsureRegistered();
        var random = new Random(7);
        var text = string.Concat(Enumerable.Repeat("Hợp tác quốc phòng Việt Nam – Belarus, ", 200));
        string Body(int i) => text[random.Next(0, 100)..random.Next(100, text.Length)] + i;
        var bodies = Enumerable.Range(0, 600).Select(Body).ToList();
        bodies[17] = new string('đ', 70_000); // one body far larger than a chunk

        using (var directory = FSDirectory.Open(_path))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Codec = new DefenceCodec(), MaxBufferedDocs = 100 };
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < bodies.Count; i++)
                writer.AddDocument(new Document { new StringField("id", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Field.Store.YES), new StoredField("body", bodies[i]) });
            writer.Commit();
            using (var flushed = DirectoryReader.Open(directory)) Assert.True(flushed.Leaves.Count > 1, "the test needs several segments to merge");
            writer.ForceMerge(1);
            writer.Commit();
        }

        using (var directory = new MappedDirectory(new DirectoryInfo(_path)))
        {
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
            using var reader = DirectoryReader.Open(directory);
            Assert.Equal(DefenceCodec.FormatName, ((SegmentReader)reader.Leaves[0].AtomicReader).SegmentInfo.Info.Codec.Name);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var stored = reader.Document(doc);
                Assert.Equal(bodies[int.Parse(stored.Get("id"), System.Globalization.CultureInfo.InvariantCulture)], stored.Get("body"));
            }
        }
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
