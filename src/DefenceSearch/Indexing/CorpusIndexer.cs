using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Engine;
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

/// <summary>
/// Brings the Lucene index up to date with a corpus folder: new and changed files are (re)indexed,
/// deleted ones removed, unchanged ones skipped. Every commit is atomic: a crash or Ctrl-C leaves the
/// previous commit readable.
/// </summary>
public sealed class CorpusIndexer(ReferenceData data)
{
    private readonly ArticleReader _reader = new(data);
    private readonly EntityExtractor _extractor = new(data);

    /// <summary>
    /// Indexes the corpus folder into the index folder (created if missing): a fresh index when there is none, when
    /// <see cref="IndexOptions.Rebuild"/> asks, or when the index is of another schema or engine or unreadable;
    /// otherwise an update. Returns what was done; a cancelled run commits the documents finished so far.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The corpus folder does not exist.</exception>
    /// <exception cref="LockObtainFailedException">Another process is writing the index.</exception>
    public IndexReport Run(string corpusPath, string indexPath, IndexOptions? options = null,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        options ??= new IndexOptions();
        var engine = LuceneEngine.For(options.Engine);
        var clock = Stopwatch.StartNew();
        var corpus = Path.GetFullPath(corpusPath);
        if (!System.IO.Directory.Exists(corpus)) throw new DirectoryNotFoundException($"The corpus folder {corpus} does not exist.");
        System.IO.Directory.CreateDirectory(indexPath);

        using var directory = engine.OpenDirectory(indexPath);
        var warnings = new List<string>();
        var rebuild = options.Rebuild;
        var existing = rebuild ? new Dictionary<string, FileSignature>() : ReadSignatures(engine, directory, warnings, ref rebuild);
        if (rebuild) RemoveOldIndex(directory);
        // A new index holds none of the ids: documents are added, with no delete of an older version to apply.
        var fresh = rebuild || !DirectoryReader.IndexExists(directory);
        var warmUp = fresh ? engine.PrepareRebuild() : Task.CompletedTask;
        using var writer = OpenWriter(engine, directory, rebuild, options.Threads);

        var pass = new Pass(this, engine, writer, corpus, existing, fresh, options, progress, clock, cancellation);
        pass.IndexAllFiles();
        var cancelled = cancellation.IsCancellationRequested;
        var deleted = cancelled ? 0 : DeleteVanished(writer, existing, pass.SeenIds);
        Commit(engine, writer);
        warmUp.Wait();
        return new IndexReport
        {
            Added = pass.Added,
            Updated = pass.Updated,
            Deleted = deleted,
            Unchanged = pass.Unchanged,
            Skipped = pass.Skipped.OrderBy(s => s.Path, StringComparer.Ordinal).ToList(),
            Warnings = warnings,
            Elapsed = clock.Elapsed,
            BytesRead = pass.Bytes,
            Rebuilt = rebuild,
            Cancelled = cancelled,
            DocumentCount = writer.NumDocs,
        };
    }

    private static IndexWriter OpenWriter(LuceneEngine engine, LuceneDirectory directory, bool rebuild, int threads)
    {
        var config = engine.WriterConfig();
        config.OpenMode = rebuild ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND;
        // Small enough that the indexing threads write segments out while they index, each its own, rather
        // than the final commit writing all of them alone at the end (38k articles take about 160 MB).
        config.RAMBufferSizeMB = 48;
        config.MaxThreadStates = Math.Max(2, threads);
        return new IndexWriter(directory, config);
    }

    /// <summary>Deletes the documents whose files are gone from the corpus; returns how many.</summary>
    private static int DeleteVanished(IndexWriter writer, Dictionary<string, FileSignature> existing, ConcurrentDictionary<string, string> seen)
    {
        var deleted = 0;
        foreach (var id in existing.Keys.Where(id => !seen.ContainsKey(id)))
        {
            writer.DeleteDocuments(new Term(Schema.Id, id));
            deleted++;
        }
        return deleted;
    }

    /// <summary>
    /// Starts compiling, in the background, the code that writes a fresh index's segments; once a process. A rebuild
    /// starts it itself: a program that knows it is about to rebuild can call this first, so that it runs while the
    /// program loads its reference data.
    /// </summary>
    /// <param name="engine">The engine the rebuild will use (<see cref="IndexEngines.Default"/> when null).</param>
    public static Task PrepareRebuild(IndexEngine? engine = null) => LuceneEngine.For(engine).PrepareRebuild();

    /// <summary>
    /// One pass over the corpus files: the indexing threads take the files in turn, each reading, extracting and
    /// handing its documents to its own <see cref="LuceneEngine.DocumentSink"/>; intermediate commits as they go.
    /// </summary>
    private sealed class Pass(CorpusIndexer indexer, LuceneEngine engine, IndexWriter writer, string corpus,
        Dictionary<string, FileSignature> existing, bool fresh, IndexOptions options, IProgress<IndexProgress>? progress,
        Stopwatch clock, CancellationToken cancellation)
    {
        private readonly List<string> _files = ListFiles(corpus);
        private readonly int _year = DateTime.UtcNow.Year; // once per run: the clock is a system call on some machines
        private readonly object _commitLock = new();
        private int _added, _updated, _unchanged, _done, _sinceCommit, _next = -1;
        private long _bytes, _lastCommit = -1; // when the last intermediate commit was made (elapsed ticks), -1 before the first
        private Exception? _failure;

        public ConcurrentBag<SkippedFile> Skipped { get; } = [];
        public ConcurrentDictionary<string, string> SeenIds { get; } = new();
        public int Added => _added;
        public int Updated => _updated;
        public int Unchanged => _unchanged;
        public long Bytes => _bytes;

        /// <summary>Runs the indexing threads (this one among them) until every file is done, the run is cancelled or one fails.</summary>
        public void IndexAllFiles()
        {
            var workers = Enumerable.Range(1, Math.Max(1, options.Threads) - 1).Select(_ => new Thread(Work) { IsBackground = true, Name = "indexer" }).ToList();
            workers.ForEach(t => t.Start());
            Work();
            workers.ForEach(t => t.Join());
            if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
        }

        private void Work()
        {
            var tokens = new List<TextToken>(); // each thread splits its articles into one list, reused
            var sink = engine.NewSink(writer, fresh, options.SegmentTokens, Indexed);
            try
            {
                int i;
                while (!cancellation.IsCancellationRequested && Volatile.Read(ref _failure) is null && (i = Interlocked.Increment(ref _next)) < _files.Count)
                {
                    var relative = IndexOne(_files[i], sink, tokens);
                    progress?.Report(new IndexProgress(Interlocked.Increment(ref _done), _files.Count, relative));
                    if (tokens.Capacity > MaxKeptTokens) tokens = []; // not the list of a huge page for the rest of the run
                }
                // Stopped or done: what this thread holds is indexed too ("the documents finished so far are committed").
                if (Volatile.Read(ref _failure) is null) sink.Finish();
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _failure, e, null);
            }
        }

        /// <summary>Indexes one corpus file (or counts it unchanged or skipped); returns its path relative to the corpus.</summary>
        private string IndexOne(string file, LuceneEngine.DocumentSink sink, List<TextToken> tokens)
        {
            var relative = Path.GetRelativePath(corpus, file).Replace('\\', '/');
            var id = IdOf(relative);
            if (!SeenIds.TryAdd(id, relative))
            {
                Skipped.Add(new SkippedFile(relative, $"same id \"{id}\" as {SeenIds[id]}"));
                return relative;
            }
            var (outcome, document) = indexer.IndexFile(writer, tokens, _year, file, relative, id, existing, Skipped, ref _bytes);
            if (outcome == Outcome.Added) Interlocked.Increment(ref _added);
            else if (outcome == Outcome.Updated) Interlocked.Increment(ref _updated);
            else if (outcome == Outcome.Unchanged) Interlocked.Increment(ref _unchanged);
            if (document is not null) sink.Add(id, document); // reads the tokens now: the list is free again after this
            return relative;
        }

        /// <summary>Counts documents handed to the writer; commits when the first CommitEvery are in, then CommitInterval apart at least.</summary>
        private void Indexed(int documents)
        {
            if (Interlocked.Add(ref _sinceCommit, documents) < options.CommitEvery || !CommitDue()) return;
            lock (_commitLock)
            {
                if (Volatile.Read(ref _sinceCommit) < options.CommitEvery || !CommitDue()) return;
                Commit(engine, writer);
                Volatile.Write(ref _sinceCommit, 0);
                Volatile.Write(ref _lastCommit, clock.Elapsed.Ticks);
            }
        }

        private bool CommitDue()
        {
            var last = Volatile.Read(ref _lastCommit);
            return last < 0 || clock.Elapsed.Ticks - last >= options.CommitInterval.Ticks;
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

    private static void Commit(LuceneEngine engine, IndexWriter writer)
    {
        var data = new Dictionary<string, string>
        {
            [Schema.SchemaKey] = Schema.SchemaVersion.ToString(CultureInfo.InvariantCulture),
            ["committed"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        engine.Stamp(data);
        writer.SetCommitData(data);
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
    /// Starting fresh, unless another process is writing the index. A readable old commit stays until the writer
    /// (in CREATE mode) replaces it: the commit generation and the segment names then go on from it, so a reader
    /// open on the old commit (the site, while the command line rebuilds) sees the rebuild as a change and never
    /// takes a new segment for an old one of the same name. Deleting the files first restarted both at the
    /// beginning, and an open reader took the rebuilt commit for the one it had. An unreadable old commit would
    /// stop the writer, so its files go first.
    /// </summary>
    private static void RemoveOldIndex(FSDirectory directory)
    {
        using var probe = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (probe.IsLocked()) throw new LockObtainFailedException($"the index at {directory.Directory.FullName} is being written by another process");
        if (CommitReadable(directory)) return;
        foreach (var file in directory.ListAll())
        {
            if (file.StartsWith("segments", StringComparison.Ordinal) || file.StartsWith('_')) directory.DeleteFile(file);
        }
    }

    private static bool CommitReadable(FSDirectory directory)
    {
        try
        {
            new SegmentInfos().Read(directory);
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return false;
        }
    }

    private static Dictionary<string, FileSignature> ReadSignatures(LuceneEngine engine, LuceneDirectory directory, List<string> warnings, ref bool rebuild)
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
            var builtBy = LuceneEngine.BuiltBy(commit.UserData);
            if (builtBy != engine.Kind)
            {
                warnings.Add($"the index was built by the {builtBy.Name()} engine; rebuilt from scratch with the {engine.Kind.Name()} engine");
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
