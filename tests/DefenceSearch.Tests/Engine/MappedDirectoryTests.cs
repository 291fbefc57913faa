using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DefenceSearch.Tests.Engine;

/// <summary>
/// The searcher reads index files through pointers into memory maps (<see cref="MappedDirectory"/>): what it reads
/// must be exactly what Lucene wrote, compound files included, and a damaged file must fail as an exception the
/// site can report, never as a read outside the mapping.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ds-mapped-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public void Reads_back_every_document_and_term_of_a_compound_file_index()
    {
        Write(400, compound: true);
        using var directory = new MappedDirectory(new DirectoryInfo(_path));
        Assert.Contains(directory.ListAll(), f => f.EndsWith(".cfs", StringComparison.Ordinal));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(400, reader.NumDocs);
        Assert.Equal(200, searcher.Search(new TermQuery(new Term("body", "even")), 1).TotalHits);
        Assert.Equal(1, searcher.Search(new PhraseQuery { new Term("body", "word"), new Term("body", "n123") }, 1).TotalHits);
        var top = searcher.Search(new TermQuery(new Term("id", "doc-399")), 1);
        Assert.Equal(new string('x', 5000) + "399", searcher.Doc(top.ScoreDocs[0].Doc).Get("long"));
    }

    [Fact]
    public void Clones_keep_their_own_position()
    {
        Write(10, compound: false);
        using var directory = new MappedDirectory(new DirectoryInfo(_path));
        var name = directory.ListAll().First(f => f.EndsWith(".fdt", StringComparison.Ordinal));
        using var input = directory.OpenInput(name, IOContext.READ_ONCE);
        var clone = (IndexInput)input.Clone();
        var first = input.ReadInt32();
        input.ReadInt64();
        Assert.Equal(first, clone.ReadInt32());
        Assert.Equal(4, clone.Position);
        Assert.Equal(12, input.Position);
    }

    [Fact]
    public void Reading_past_the_end_of_a_file_is_an_exception()
    {
        Write(10, compound: false);
        using var directory = new MappedDirectory(new DirectoryInfo(_path));
        var name = directory.ListAll().First(f => f.EndsWith(".fdt", StringComparison.Ordinal));
        using var input = directory.OpenInput(name, IOContext.READ_ONCE);
        input.Seek(input.Length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
        Assert.Throws<EndOfStreamException>(() => input.ReadBytes(new byte[10], 0, 10));
    }

    [Fact]
    public void A_truncated_index_file_fails_to_open_with_an_exception()
    {
        Write(300, compound: false);
        var postings = System.IO.Directory.GetFiles(_path, "*.tim").First();
        using (var file = File.OpenWrite(postings)) file.SetLength(file.Length / 2);
        using var directory = new MappedDirectory(new DirectoryInfo(_path));

        var error = Record.Exception(() =>
        {
            using var reader = DirectoryReader.Open(directory);
            new IndexSearcher(reader).Search(new TermQuery(new Term("body", "even")), 10);
        });

        Assert.True(error is IOException or CorruptIndexException, $"unexpected: {error}");
    }

    [Fact]
    public void An_index_it_writes_has_the_checksums_lucene_verifies()
    {
        // Several flushes, a merge, a compound file: every file's footer CRC is computed by the directory's outputs.
        Write(3000, compound: true, through: new MappedDirectory(new DirectoryInfo(_path)), flushEvery: 500);
        using var directory = new MappedDirectory(new DirectoryInfo(_path));
        var check = new CheckIndex(directory).DoCheckIndex();
        Assert.True(check.Clean);
        using var reader = DirectoryReader.Open(directory);
        foreach (var leaf in reader.Leaves) leaf.AtomicReader.CheckIntegrity(); // reads every file to its footer's checksum
        Assert.Equal(3000, reader.NumDocs);
    }

    private void Write(int count, bool compound, FSDirectory? through = null, int flushEvery = -1)
    {
        using var directory = through ?? FSDirectory.Open(_path);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { UseCompoundFile = compound };
        config.MergePolicy.NoCFSRatio = compound ? 1.0 : 0.0;
        if (flushEvery > 0) config.MaxBufferedDocs = flushEvery;
        using var writer = new IndexWriter(directory, config);
        for (var i = 0; i < count; i++)
        {
            writer.AddDocument(new Document
            {
                new StringField("id", "doc-" + i, Field.Store.YES),
                new TextField("body", $"word n{i} {(i % 2 == 0 ? "even" : "odd")}", Field.Store.NO),
                new StoredField("long", new string('x', 5000) + i),
            });
        }
        if (flushEvery > 0) writer.ForceMerge(2);
        writer.Commit();
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
