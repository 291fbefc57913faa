using System.Diagnostics;
using System.Runtime.InteropServices;
using DefenceSearch.Engine;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using Lucene.Net.Index;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// Where indexing time goes: every stage of a rebuild timed on one thread over a corpus folder, in this
/// thread's CPU time where the system tells it (Linux), so that a machine busy with other work does not
/// inflate the stages; in wall time elsewhere.
/// </summary>
internal static class IndexingProfile
{
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID

    private static readonly bool CpuTime = OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out _) == 0;

    /// <summary>Nanoseconds of this thread's CPU time (or of wall time).</summary>
    private static long Now() =>
        CpuTime && ClockGetTime(ThreadCpuTimeClock, out var t) == 0
            ? t.Seconds * 1_000_000_000 + t.Nanoseconds
            : (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));

    public static int Run(string corpus, IAnsiConsole console)
    {
        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var files = CorpusIndexer.ListFiles(corpus);
        // The stages of one article as a rebuild takes them, then (every SegmentTokens tokens, and at the end) the
        // writing of a segment: the buffer frozen and added to the index.
        var stages = new[] { "read", "decode", "parse", "extract", "document", "invert", "segment" };
        var ticks = new long[stages.Length];
        var allocatedBy = new long[stages.Length];
        long tokens = 0, bytes = 0;
        var signature = new FileSignature(0, 0, "0", 0);
        var tokenList = new List<TextToken>(); // as CorpusIndexer: one list per thread, reused
        var year = DateTime.UtcNow.Year; // as CorpusIndexer: once per run
        var segmentTokens = new DefenceSearch.Indexing.IndexOptions().SegmentTokens;
        var folder = Path.Combine(Path.GetTempPath(), "ds-profile-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            LuceneEngine.RegisterCodecs();
            using var directory = LuceneEngine.Custom.OpenDirectory(folder);
            var config = LuceneEngine.Custom.WriterConfig();
            using var writer = new IndexWriter(directory, config);
            var buffer = new SegmentBuffer(config.Analyzer, config.Similarity, segmentTokens);
            var start = Now();
            var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
            void Stage(int stage)
            {
                var now = Now();
                ticks[stage] += now - start;
                start = now;
                var bytesNow = GC.GetAllocatedBytesForCurrentThread();
                allocatedBy[stage] += bytesNow - bytesBefore;
                bytesBefore = bytesNow;
            }
            void WriteSegment()
            {
                tokens += buffer.Tokens;
                using (var segment = buffer.ToReader()) writer.AddIndexes(segment);
                buffer.Clear();
                Stage(6);
            }
            foreach (var file in files)
            {
                var content = File.ReadAllBytes(file);
                bytes += content.Length;
                Stage(0);
                var (text, _) = ArticleReader.Decode(content);
                Stage(1);
                if (text is null) continue;
                var article = reader.Parse(text, CorpusIndexer.IdOf(Path.GetFileName(file)), Path.GetExtension(file));
                Stage(2);
                var facts = extractor.Extract(article, tokenList, out var words, year);
                Stage(3);
                var document = ArticleDocument.Build(article, facts, signature, words);
                Stage(4);
                buffer.Add(document);
                Stage(5);
                if (buffer.Tokens >= segmentTokens) WriteSegment();
            }
            if (buffer.Documents > 0) WriteSegment();
            writer.Commit();
            Stage(6);
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
        var total = ticks.Sum();
        for (var i = 0; i < stages.Length; i++)
            console.MarkupLineInterpolated($"{stages[i],-10} {ticks[i] / 1e6,9:0} ms  {100.0 * ticks[i] / total,5:0.0}%  {allocatedBy[i] / 1048576,7:N0} MB allocated");
        console.MarkupLineInterpolated($"{files.Count:N0} files, {bytes / 1048576.0:0.0} MB, {tokens:N0} tokens; {total / 1e6:0} ms on one thread ({(CpuTime ? "its CPU time" : "wall time")})");

        // The indexer itself, as a rebuild runs it (all threads): memory and garbage collection.
        folder = Path.Combine(Path.GetTempPath(), "ds-profile-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var sampler = new AllocationSampler();
            var allocated = GC.GetTotalAllocatedBytes();
            var pauses = GC.GetTotalPauseDuration();
            var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var report = new CorpusIndexer(data).Run(corpus, folder, new DefenceSearch.Indexing.IndexOptions { Rebuild = true });
            console.MarkupLineInterpolated($"CorpusIndexer: {report.Elapsed.TotalSeconds:0.00} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1048576:N0} MB allocated, GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalMilliseconds:0} ms, collections {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}");
            var samples = sampler.Samples.ToArray();
            var all = Math.Max(1, samples.Sum(s => s.Value));
            foreach (var s in samples.OrderByDescending(s => s.Value).Take(20))
                console.MarkupLineInterpolated($"  {100.0 * s.Value / all,5:0.0}%  {s.Key.Type}{(s.Key.Large ? " (large object heap)" : "")}");
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
        return 0;
    }
}
