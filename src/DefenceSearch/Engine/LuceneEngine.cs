using DefenceSearch.Analysis;
using DefenceSearch.Indexing;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace DefenceSearch.Engine;

/// <summary>
/// The one place that knows which Lucene pieces an index is built and read with: the codec, the directory and how a
/// document becomes postings. The rest of the library asks it for a directory, a writer configuration and, per
/// indexing thread, a <see cref="DocumentSink"/>, and never names the custom pieces (<see cref="DefenceCodec"/>,
/// <see cref="MappedDirectory"/>, <see cref="SegmentBuffer"/>) itself.
/// </summary>
internal sealed class LuceneEngine
{
    public static readonly LuceneEngine Custom = new(IndexEngine.Custom);
    public static readonly LuceneEngine Stock = new(IndexEngine.Stock);

    static LuceneEngine()
    {
        // Once a process, whichever engine is used: reading the commit of a custom index (to refuse it, rebuild it or
        // export it) needs its codec's name known to Lucene. Registering adds a name and changes no other codec.
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(DefenceCodec)] });
    }

    private LuceneEngine(IndexEngine kind) => Kind = kind;

    /// <summary>Makes the custom codec known to Lucene by name (done once, when this type is first used): for code that writes or reads with the codec without an engine.</summary>
    public static void RegisterCodecs() => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(LuceneEngine).TypeHandle);

    public IndexEngine Kind { get; }

    public static LuceneEngine For(IndexEngine? kind) => (kind ?? IndexEngines.Default) == IndexEngine.Stock ? Stock : Custom;

    /// <summary>The folder's index files, read (and written) the engine's way.</summary>
    public FSDirectory OpenDirectory(string path) => Kind == IndexEngine.Stock
        ? new MMapDirectory(new DirectoryInfo(path))
        : new MappedDirectory(new DirectoryInfo(path));

    /// <summary>Whether the folder holds a committed index (any engine's).</summary>
    public static bool IndexExists(string path)
    {
        if (!System.IO.Directory.Exists(path)) return false;
        using var directory = new SimpleFSDirectory(new DirectoryInfo(path));
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>How every segment is written: the index analyzers, BM25, the engine's codec, no compound files.</summary>
    public IndexWriterConfig WriterConfig() => new(VietnameseAnalyzer.Version, Analyzers.ForIndex())
    {
        Similarity = new BM25Similarity(),
        Codec = Kind == IndexEngine.Stock ? new Lucene46Codec() : new DefenceCodec(),
        UseCompoundFile = false,
    };

    /// <summary>Adds the engine's name to the commit data about to be written.</summary>
    public void Stamp(IDictionary<string, string> commitData) => commitData[IndexEngines.CommitKey] = Kind.Name();

    /// <summary>The engine a commit's data names (<see cref="IndexEngine.Custom"/> when it names none: indexes from before the choice).</summary>
    public static IndexEngine BuiltBy(IDictionary<string, string> commitData) =>
        commitData.TryGetValue(IndexEngines.CommitKey, out var name) ? IndexEngines.Parse(name) : IndexEngine.Custom;

    /// <summary>Throws <see cref="IndexEngineMismatchException"/> when the newest commit in the directory was built by another engine.</summary>
    public void EnsureBuiltHere(LuceneDirectory directory, string path)
    {
        if (!DirectoryReader.IndexExists(directory)) return; // the reader's own IndexNotFoundException says it better
        var commit = new SegmentInfos();
        commit.Read(directory);
        var builtBy = BuiltBy(commit.UserData);
        if (builtBy != Kind) throw new IndexEngineMismatchException(Path.GetFullPath(path), builtBy, Kind);
    }

    /// <summary>
    /// Where one indexing thread puts its documents. Building a fresh index, the custom engine inverts them on the
    /// thread into a <see cref="SegmentBuffer"/> and hands the writer a segment at a time; otherwise (stock, or
    /// updating an existing index) each document goes through the writer. <paramref name="indexed"/> is told how many
    /// documents reached the writer each time some do.
    /// </summary>
    public DocumentSink NewSink(IndexWriter writer, bool fresh, long segmentTokens, Action<int> indexed) =>
        Kind == IndexEngine.Custom && fresh
            ? new BufferedSink(writer, segmentTokens, indexed)
            : new WriterSink(writer, fresh, indexed);

    /// <summary>Where one indexing thread puts its documents (see <see cref="NewSink"/>). Used by one thread at a time.</summary>
    internal abstract class DocumentSink
    {
        /// <summary>Adds (or replaces) the document with id <paramref name="id"/>. Reads the document's fields now.</summary>
        public abstract void Add(string id, LuceneDocument document);

        /// <summary>Hands the writer whatever is still held; the thread is done.</summary>
        public abstract void Finish();
    }

    private sealed class WriterSink(IndexWriter writer, bool fresh, Action<int> indexed) : DocumentSink
    {
        public override void Add(string id, LuceneDocument document)
        {
            // A new index holds none of the ids: there is no older version to delete.
            if (fresh) writer.AddDocument(document);
            else writer.UpdateDocument(new Term(Schema.Id, id), document);
            indexed(1);
        }

        public override void Finish()
        {
        }
    }

    private sealed class BufferedSink(IndexWriter writer, long segmentTokens, Action<int> indexed) : DocumentSink
    {
        private readonly SegmentBuffer _buffer = new(writer.Config.Analyzer, writer.Config.Similarity, segmentTokens);

        public override void Add(string id, LuceneDocument document)
        {
            _buffer.Add(document);
            if (_buffer.Tokens >= segmentTokens) Flush();
        }

        public override void Finish()
        {
            if (_buffer.Documents > 0) Flush();
        }

        private void Flush()
        {
            using (var segment = _buffer.ToReader()) writer.AddIndexes(segment);
            var documents = _buffer.Documents;
            _buffer.Clear();
            writer.MaybeMerge();
            indexed(documents);
        }
    }

    private static readonly Lazy<Task> SegmentWritingCompiled = new(() => Task.Run(CompileSegmentWriting));

    /// <summary>
    /// Starts compiling, in the background, the code that writes a fresh custom index's segments (see
    /// <see cref="CompileSegmentWriting"/>); once a process. Nothing to do for the stock engine.
    /// </summary>
    public Task PrepareRebuild() => Kind == IndexEngine.Custom ? SegmentWritingCompiled.Value : Task.CompletedTask;

    /// <summary>
    /// Writes a small segment to memory the way a fresh index's segments are written, so that the runtime compiles
    /// the codec's writers (terms, postings, doc values, stored fields) now, while start-up leaves a core idle.
    /// Otherwise both indexing threads stop at their first segment while the code is compiled. Compiling ahead is
    /// only that: a failure here changes nothing.
    /// </summary>
    private static void CompileSegmentWriting()
    {
        try
        {
            using var memory = new RAMDirectory();
            using var writer = new IndexWriter(memory, Custom.WriterConfig());
            var sink = Custom.NewSink(writer, fresh: true, segmentTokens: long.MaxValue, _ => { });
            // Enough documents and words for full postings blocks, several term blocks and every kind of field.
            for (var d = 0; d < 400; d++)
            {
                var words = string.Join(' ', Enumerable.Range(0, 60).Select(k => "w" + (d * 7 + k * 13) % 997));
                sink.Add("d" + d, new LuceneDocument
                {
                    new StringField(Schema.Id, "d" + d, Field.Store.YES),
                    new TextField(Schema.Title, words[..40], Field.Store.YES),
                    new TextField(Schema.TitleBigrams, words[..40], Field.Store.NO),
                    new TextField(Schema.Body, words, Field.Store.YES),
                    new Int64Field(Schema.Added, d, Field.Store.YES),
                    new NumericDocValuesField(Schema.DateSort, d),
                    new BinaryDocValuesField(Schema.Signature, new BytesRef("s" + d)),
                    new SortedSetDocValuesField(Schema.FacetCountry, new BytesRef("c" + d % 5)),
                });
            }
            sink.Finish();
            writer.Commit();
        }
        catch (Exception)
        {
        }
    }
}
