using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Tests.Engine;

/// <summary>
/// Stored fields are kept in DefenceSearch's own format (<see cref="DefenceStoredFieldsFormat"/>): every value must
/// come back exactly as written, after segments are flushed, merged (records copied or fields renumbered) and
/// documents deleted; the index must check clean, and a damaged file must be an error, never wrong text.
/// </summary>
public sealed class DefenceCodecTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ds-codec-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Every_stored_body_reads_back_exactly_after_flushes_and_a_merge()
    {
        LuceneEngine.RegisterCodecs();
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

    [Fact]
    public void Every_kind_of_stored_value_reads_back_after_deletions_and_merges_of_differently_numbered_segments()
    {
        LuceneEngine.RegisterCodecs();
        Document Doc(int i, bool reversed)
        {
            var fields = new List<IIndexableField>
            {
                new StringField("id", "d" + i, Field.Store.YES),
                new StoredField("text", i % 4 == 0 ? "" : "Bộ trưởng Quốc phòng 🇻🇳 " + new string('ư', i * 37)),
                new StoredField("int", -i),
                new StoredField("long", long.MaxValue - i),
                new StoredField("float", i / 3f),
                new StoredField("double", Math.PI * i),
                new StoredField("bytes", new[] { (byte)i, (byte)0, (byte)255 }),
            };
            if (i % 3 == 0) fields.Add(new StoredField("text", "a second value " + i)); // a field with two values
            if (reversed) fields.Reverse(); // another writer numbers the fields the other way round
            var doc = new Document();
            foreach (var f in fields) doc.Add(f);
            return doc;
        }
        string Describe(Document d) => string.Join(" | ", d.Fields.Select(f => f.Name + "=" + (f.NumericType switch
        {
            NumericFieldType.INT32 => f.GetInt32Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NumericFieldType.INT64 => f.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            NumericFieldType.SINGLE => f.GetSingleValue()?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            NumericFieldType.DOUBLE => f.GetDoubleValue()?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            _ => f.GetBinaryValue() is { } b ? Convert.ToHexString(b.Bytes, b.Offset, b.Length) : f.GetStringValue(),
        })).Order(StringComparer.Ordinal));
        IndexWriterConfig Config() => new(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Codec = new DefenceCodec(), MaxBufferedDocs = 10 };

        var other = _path + "-other";
        try
        {
            using (var directory = FSDirectory.Open(other))
            using (var writer = new IndexWriter(directory, Config()))
            {
                for (var i = 50; i < 80; i++) writer.AddDocument(Doc(i, reversed: true));
                writer.Commit();
            }
            using (var directory = FSDirectory.Open(_path))
            {
                using (var writer = new IndexWriter(directory, Config()))
                {
                    for (var i = 0; i < 50; i++) writer.AddDocument(Doc(i, reversed: false));
                    writer.DeleteDocuments(new Term("id", "d7"), new Term("id", "d33"), new Term("id", "d60"));
                    writer.Commit();
                    using (var flushed = DirectoryReader.Open(directory)) Assert.True(flushed.Leaves.Count > 1, "the test needs several segments to merge");
                    using (var otherDirectory = FSDirectory.Open(other)) writer.AddIndexes(otherDirectory);
                    writer.DeleteDocuments(new Term("id", "d60"));
                    writer.ForceMerge(1);
                    writer.Commit();
                }
                Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
                using var reader = DirectoryReader.Open(directory);
                Assert.Single(reader.Leaves);
                var expected = Enumerable.Range(0, 80).Where(i => i is not (7 or 33 or 60)).Select(i => Describe(Doc(i, reversed: false))).Order(StringComparer.Ordinal);
                var actual = Enumerable.Range(0, reader.MaxDoc).Select(d => Describe(reader.Document(d))).Order(StringComparer.Ordinal);
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            if (System.IO.Directory.Exists(other)) System.IO.Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public void A_damaged_stored_fields_file_is_an_error_when_the_index_opens()
    {
        LuceneEngine.RegisterCodecs();
        using (var directory = FSDirectory.Open(_path))
        {
            var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { Codec = new DefenceCodec(), UseCompoundFile = false };
            using var writer = new IndexWriter(directory, config);
            for (var i = 0; i < 20; i++) writer.AddDocument(new Document { new StoredField("body", "Hợp tác quốc phòng " + i) });
            writer.Commit();
        }
        var data = System.IO.Directory.GetFiles(_path, "*." + DefenceStoredFieldsFormat.DataExtension).Single();
        using (var file = File.OpenWrite(data)) file.SetLength(file.Length - 9); // a torn write: the last bytes lost

        using var reopened = new MappedDirectory(new DirectoryInfo(_path));
        Assert.Throws<CorruptIndexException>(() => DirectoryReader.Open(reopened));
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
