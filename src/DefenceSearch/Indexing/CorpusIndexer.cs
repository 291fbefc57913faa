using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace DefenceSearch.Indexing;

public sealed record SkippedFile(string Path, string Reason);

public sealed record IndexProgress(int Done, int Total, string? Current);

/// <summary>What one indexing run did.</summary>
public sealed record IndexReport
{
    public int Added { get; init; }
    public int Updated { get; init; }
    public int Deleted { get; init; }
    public int Unchanged { get; init; }
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public TimeSpan Elapsed { get; init; }
    public long BytesRead { get; init; }
    public bool Rebuilt { get; init; }
    public bool Cancelled { get; init; }
    public int DocumentCount { get; init; }

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? BytesRead / 1048576.0 / Elapsed.TotalSeconds : 0;
}

public sealed record IndexOptions
{
    public bool Rebuild { get; init; }

    /// <summary>
    /// Documents before the first intermediate commit, and at least between two: a run stopped early still
    /// leaves an index to search and to resume from.
    /// </summary>
    public int CommitEvery { get; init; } = 5000;

    /// <summary>
    /// Time at least between intermediate commits after the first, so a crash loses at most about this much
    /// work. Not more often: each commit writes the in-memory segments out early, and small segments cost merges.
    /// </summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(30);

    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Building a fresh index, each thread writes a segment once its documents hold this many tokens (about 16 bytes
    /// of memory each while the segment is written; an article has about a thousand).
    /// </summary>
    /// <remarks>
    /// Fewer, larger segments search faster (each query sets up its postings once a segment): the 38k articles
    /// make 4 segments at 12 M tokens against 8 at 6 M, and the query set's median went from 1.54-1.70 to
    /// 1.44-1.48 ms. The rebuild takes as long; it holds about 300 MB more (840 MB at its peak).
    /// </remarks>
    public long SegmentTokens { get; init; } = 12_000_000;
}

/// <summary>
/// Brings the Lucene index up to date with a corpus folder: new and changed files are (re)indexed,
/// deleted ones removed, unchanged ones skipped. Every commit is atomic: a crash or Ctrl-C leaves the
/// previous commit readable.
/// </summary>
public sealed class CorpusIndexer(ReferenceData data)
{
    private readonly ArticleReader _reader = new(data);
    private readonly EntityExtractor _extractor = new(data);

    public IndexReport Run(string corpusPath, string indexPath, IndexOptions? options = null,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        options ??= new IndexOptions();
        var clock = Stopwatch.StartNew();
        var year = DateTime.UtcNow.Year; // once per run: the clock is a system call on some machines, and extraction asked it twice an article
        var corpus = Path.GetFullPath(corpusPath);
        if (!System.IO.Directory.Exists(corpus)) throw new DirectoryNotFoundException($"The corpus folder {corpus} does not exist.");
        System.IO.Directory.CreateDirectory(indexPath);

        DefenceCodec.EnsureRegistered();
        using var directory = new MappedDirectory(new DirectoryInfo(indexPath));
        var warnings = new List<string>();
        var rebuild = options.Rebuild;
        var existing = rebuild ? new Dictionary<string, FileSignature>() : ReadSignatures(directory, warnings, ref rebuild);
        if (rebuild) RemoveOldIndex(directory);
        // A new index holds none of the ids: documents are added, with no delete of an older version to apply.
        var fresh = rebuild || !DirectoryReader.IndexExists(directory);
        var warmUp = fresh ? PrepareRebuild() : Task.CompletedTask;

        var config = WriterConfig();
        config.OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
        // Small enough that the indexing threads write segments out while they index, each its own, rather
        // than the final commit writing all of them alone at the end (38k articles take about 160 MB).
        config.RAMBufferSizeMB = 48;
        config.MaxThreadStates = Math.Max(2, options.Threads);
        using var writer = new IndexWriter(directory, config);

        var files = ListFiles(corpus);
        var skipped = new ConcurrentBag<SkippedFile>();
        var seenIds = new ConcurrentDictionary<string, string>();
        int added = 0, updated = 0, unchanged = 0, done = 0, sinceCommit = 0, next = -1;
        long bytes = 0, lastCommit = -1; // when the last intermediate commit was made (elapsed ticks), -1 before the first
        var commitLock = new object();
        Exception? failure = null;

        // The first intermediate commit after CommitEvery documents, the next ones CommitInterval apart at least.
        bool CommitDue()
        {
            var last = Volatile.Read(ref lastCommit);
            return last < 0 || clock.Elapsed.Ticks - last >= options.CommitInterval.Ticks;
        }

        void Indexed(int documents)
        {
            if (Interlocked.Add(ref sinceCommit, documents) < options.CommitEvery || !CommitDue()) return;
            lock (commitLock)
            {
                if (Volatile.Read(ref sinceCommit) < options.CommitEvery || !CommitDue()) return;
                Commit(writer);
                Volatile.Write(ref sinceCommit, 0);
                Volatile.Write(ref lastCommit, clock.Elapsed.Ticks);
            }
        }

        // A fresh index is written a segment at a time from documents each thread inverts itself (SegmentBuffer);
        // an existing one is updated document by document through the writer.
        void AddBuffered(SegmentBuffer buffer)
        {
            using (var segment = buffer.ToReader()) writer.AddIndexes(segment);
            var documents = buffer.Documents;
            buffer.Clear();
            writer.MaybeMerge();
            Indexed(documents);
        }

        void Work()
        {
            var tokens = new List<TextToken>(); // each thread splits its articles into one list, reused
            var buffer = fresh ? new SegmentBuffer(config.Analyzer, config.Similarity, options.SegmentTokens) : null;
            try
            {
                int i;
                while (!cancellation.IsCancellationRequested && Volatile.Read(ref failure) is null && (i = Interlocked.Increment(ref next)) < files.Count)
                {
                    var file = files[i];
                    var relative = Path.GetRelativePath(corpus, file).Replace('\\', '/');
                    var id = IdOf(relative);
                    if (!seenIds.TryAdd(id, relative))
                    {
                        skipped.Add(new SkippedFile(relative, $"same id \"{id}\" as {seenIds[id]}"));
                    }
                    else
                    {
                        var (outcome, document) = IndexFile(writer, tokens, year, file, relative, id, existing, skipped, ref bytes);
                        if (outcome == Outcome.Added) Interlocked.Increment(ref added);
                        else if (outcome == Outcome.Updated) Interlocked.Increment(ref updated);
                        else if (outcome == Outcome.Unchanged) Interlocked.Increment(ref unchanged);
                        if (document is not null)
                        {
                            if (buffer is not null)
                            {
                                buffer.Add(document); // reads the tokens now: the list is free again after this
                                if (buffer.Tokens >= options.SegmentTokens) AddBuffered(buffer);
                            }
                            else
                            {
                                writer.UpdateDocument(new Term(Schema.Id, id), document);
                                Indexed(1);
                            }
                        }
                    }
                    var n = Interlocked.Increment(ref done);
                    progress?.Report(new IndexProgress(n, files.Count, relative));
                    if (tokens.Capacity > MaxKeptTokens) tokens = []; // not the list of a huge page for the rest of the run
                }
                // Stopped or done: what this thread buffered is indexed too ("the documents finished so far are committed").
                if (buffer is { Documents: > 0 } && Volatile.Read(ref failure) is null) AddBuffered(buffer);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref failure, e, null);
            }
        }

        var workers = Enumerable.Range(1, Math.Max(1, options.Threads) - 1).Select(_ => new Thread(Work) { IsBackground = true, Name = "indexer" }).ToList();
        workers.ForEach(t => t.Start());
        Work();
        workers.ForEach(t => t.Join());
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        var cancelled = cancellation.IsCancellationRequested;

        var deleted = 0;
        if (!cancelled)
        {
            foreach (var id in existing.Keys.Where(id => !seenIds.ContainsKey(id)))
            {
                writer.DeleteDocuments(new Term(Schema.Id, id));
                deleted++;
            }
        }
        Commit(writer);
        warmUp.Wait();
        var count = writer.NumDocs;
        return new IndexReport
        {
            Added = added,
            Updated = updated,
            Deleted = deleted,
            Unchanged = unchanged,
            Skipped = skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(),
            Warnings = warnings,
            Elapsed = clock.Elapsed,
            BytesRead = bytes,
            Rebuilt = rebuild,
            Cancelled = cancelled,
            DocumentCount = count,
        };
    }

    /// <summary>How every segment of the index is written: the index analyzers, BM25, <see cref="DefenceCodec"/>, no compound files.</summary>
    internal static IndexWriterConfig WriterConfig() => new(VietnameseAnalyzer.Version, Analyzers.ForIndex())
    {
        Similarity = new BM25Similarity(),
        Codec = new DefenceCodec(),
        UseCompoundFile = false,
    };

    private static readonly Lazy<Task> SegmentWritingCompiled = new(() => Task.Run(CompileSegmentWriting));

    /// <summary>
    /// Starts compiling, in the background, the code that writes a fresh index's segments (see
    /// <see cref="CompileSegmentWriting"/>); once a process. A rebuild starts it itself: a program that knows it is
    /// about to rebuild can call this first, so that it runs while the program loads its reference data.
    /// </summary>
    public static Task PrepareRebuild() => SegmentWritingCompiled.Value;

    /// <summary>
    /// Writes a small segment to memory the way a fresh index's segments are written, so that the runtime compiles
    /// the codec's writers (terms, postings, doc values, stored fields) now, while start-up leaves a core idle.
    /// Otherwise both indexing threads stopped at their first segment, about 1.5 s into a 38k rebuild, while the
    /// code was compiled: a rebuild took 3% longer. Compiling ahead is only that: a failure here changes nothing.
    /// </summary>
    private static void CompileSegmentWriting()
    {
        try
        {
            using var memory = new RAMDirectory();
            var config = WriterConfig();
            using var writer = new IndexWriter(memory, config);
            var buffer = new SegmentBuffer(config.Analyzer, config.Similarity);
            // Enough documents and words for full postings blocks, several term blocks and every kind of field.
            for (var d = 0; d < 400; d++)
            {
                var words = string.Join(' ', Enumerable.Range(0, 60).Select(k => "w" + (d * 7 + k * 13) % 997));
                buffer.Add(new LuceneDocument
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
            using (var segment = buffer.ToReader()) writer.AddIndexes(segment);
            writer.Commit();
        }
        catch (Exception)
        {
        }
    }

    private enum Outcome { Added, Updated, Unchanged, Skipped }

    private const int MaxKeptTokens = 1 << 18;

    /// <summary>Reads, cleans and extracts one file: the document to index, if there is one.</summary>
    private (Outcome, LuceneDocument?) IndexFile(IndexWriter writer, List<TextToken> tokens, int year, string file, string relative, string id,
        Dictionary<string, FileSignature> existing, ConcurrentBag<SkippedFile> skipped, ref long bytes)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedFile(relative, e.Message));
            return (Outcome.Skipped, null);
        }
        var known = existing.TryGetValue(id, out var old);
        if (known && old.Size == info.Length && old.ModifiedTicks == info.LastWriteTimeUtc.Ticks) return (Outcome.Unchanged, null);

        if (info.Length > ArticleReader.MaxFileBytes)
        {
            skipped.Add(new SkippedFile(relative, $"too large ({info.Length / 1048576.0:0.0} MB; the limit is {ArticleReader.MaxFileBytes / 1048576} MB)"));
            if (known) writer.DeleteDocuments(new Term(Schema.Id, id));
            return (Outcome.Skipped, null);
        }
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            skipped.Add(new SkippedFile(relative, $"cannot be read: {e.Message}"));
            return (Outcome.Skipped, null);
        }
        Interlocked.Add(ref bytes, content.Length);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content), 0, 12);
        var signature = new FileSignature(info.Length, info.LastWriteTimeUtc.Ticks, hash, known ? old.Added : DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        if (known && old.Hash == hash)
        {
            // Same content, new timestamp: refresh the signature so the next run skips it without reading.
            writer.UpdateBinaryDocValue(new Term(Schema.Id, id), Schema.Signature, new Lucene.Net.Util.BytesRef(signature.Encode(id)));
            return (Outcome.Unchanged, null);
        }

        var (text, problem) = ArticleReader.Decode(content);
        if (text is null)
        {
            skipped.Add(new SkippedFile(relative, problem!));
            if (known) writer.DeleteDocuments(new Term(Schema.Id, id));
            return (Outcome.Skipped, null);
        }
        Article article;
        LuceneDocument document;
        try
        {
            article = _reader.Parse(text, id, Path.GetExtension(file).ToLowerInvariant());
            var facts = _extractor.Extract(article, tokens, out var words, year);
            document = ArticleDocument.Build(article, facts, signature, words);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            // One page the parsers refuse (Markdown nested deeper than Markdig allows, …) is one skip, not a failed run.
            skipped.Add(new SkippedFile(relative, $"cannot be read as an article: {e.Message}"));
            if (known) writer.DeleteDocuments(new Term(Schema.Id, id));
            return (Outcome.Skipped, null);
        }
        foreach (var w in article.Warnings) skipped.Add(new SkippedFile(relative, "indexed, but " + w));
        return (known ? Outcome.Updated : Outcome.Added, document);
    }

    private static void Commit(IndexWriter writer)
    {
        writer.SetCommitData(new Dictionary<string, string>
        {
            [Schema.SchemaKey] = Schema.SchemaVersion.ToString(CultureInfo.InvariantCulture),
            ["committed"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        });
        writer.Commit();
    }

    /// <summary>The id of a corpus file: its path relative to the corpus, forward slashes, without extension.</summary>
    public static string IdOf(string relativePath)
    {
        var slash = relativePath.Replace('\\', '/');
        var dot = slash.LastIndexOf('.');
        return dot > slash.LastIndexOf('/') + 1 ? slash[..dot] : slash;
    }

    /// <summary>Every file under the corpus, hidden files and folders (".git", ".gitkeep") excepted.</summary>
    public static List<string> ListFiles(string corpus)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = true };
        return System.IO.Directory.EnumerateFiles(corpus, "*", options)
            .Where(f => !Path.GetRelativePath(corpus, f).Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Starting fresh: even in CREATE mode the writer reads the old commit, so an unreadable one would stop
    /// the rebuild. The old files go first, unless another process is writing the index.
    /// </summary>
    private static void RemoveOldIndex(FSDirectory directory)
    {
        using var probe = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (probe.IsLocked()) throw new LockObtainFailedException($"the index at {directory.Directory.FullName} is being written by another process");
        foreach (var file in directory.ListAll())
        {
            if (file.StartsWith("segments", StringComparison.Ordinal) || file.StartsWith('_')) directory.DeleteFile(file);
        }
    }

    private static Dictionary<string, FileSignature> ReadSignatures(LuceneDirectory directory, List<string> warnings, ref bool rebuild)
    {
        var result = new Dictionary<string, FileSignature>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory)) return result;
        try
        {
            // The schema is read from the commit alone: an index of another schema may store fields in a format
            // this version cannot open.
            var commit = new SegmentInfos();
            commit.Read(directory);
            var schema = commit.UserData.TryGetValue(Schema.SchemaKey, out var s) ? s : null;
            if (schema != Schema.SchemaVersion.ToString(CultureInfo.InvariantCulture))
            {
                warnings.Add($"the index was built by another version of DefenceSearch (schema {schema ?? "unknown"}); rebuilt from scratch");
                rebuild = true;
                return result;
            }
            using var reader = DirectoryReader.Open(directory);
            var scratch = new BytesRef();
            foreach (var leaf in reader.Leaves)
            {
                var values = leaf.AtomicReader.GetBinaryDocValues(Schema.Signature);
                if (values is null) continue;
                var live = leaf.AtomicReader.LiveDocs;
                for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
                {
                    if (live is not null && !live.Get(doc)) continue;
                    values.Get(doc, scratch);
                    if (FileSignature.Decode(scratch.Utf8ToString()) is { } entry) result[entry.Id] = entry.Signature;
                }
            }
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            warnings.Add($"the index could not be read ({e.Message}); rebuilt from scratch");
            rebuild = true;
            result.Clear();
        }
        return result;
    }
}
