using System.Diagnostics;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>Where indexing time goes: every stage of one article timed on one thread over a corpus folder.</summary>
internal static class IndexingProfile
{
    public static int Run(string corpus, IAnsiConsole console)
    {
        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var analyzer = Analyzers.ForIndex();
        var files = CorpusIndexer.ListFiles(corpus);
        var stages = new[] { "read", "decode", "parse", "extract", "document", "analyse" };
        var ticks = new long[stages.Length];
        long tokens = 0, bytes = 0;
        var clock = new Stopwatch();
        var signature = new FileSignature(0, 0, "0", 0);
        foreach (var file in files)
        {
            clock.Restart();
            var content = File.ReadAllBytes(file);
            bytes += content.Length;
            ticks[0] += clock.ElapsedTicks; clock.Restart();
            var (text, _) = ArticleReader.Decode(content);
            ticks[1] += clock.ElapsedTicks; clock.Restart();
            if (text is null) continue;
            var article = reader.Parse(text, CorpusIndexer.IdOf(Path.GetFileName(file)), Path.GetExtension(file));
            ticks[2] += clock.ElapsedTicks; clock.Restart();
            var facts = extractor.Extract(article, out var words);
            ticks[3] += clock.ElapsedTicks; clock.Restart();
            var document = ArticleDocument.Build(article, facts, signature, words);
            ticks[4] += clock.ElapsedTicks; clock.Restart();
            foreach (var field in document.Fields)
            {
                if (!field.IndexableFieldType.IsIndexed || !field.IndexableFieldType.IsTokenized || field.NumericType != Lucene.Net.Documents.NumericFieldType.NONE) continue;
                using var stream = field.GetTokenStream(analyzer); // as the writer: the analyzer, or the tokens extraction handed on
                stream.Reset();
                while (stream.IncrementToken()) tokens++;
                stream.End();
            }
            ticks[5] += clock.ElapsedTicks;
        }
        var total = ticks.Sum();
        for (var i = 0; i < stages.Length; i++)
            console.MarkupLineInterpolated($"{stages[i],-10} {ticks[i] * 1000.0 / Stopwatch.Frequency,9:0} ms  {100.0 * ticks[i] / total,5:0.0}%");
        console.MarkupLineInterpolated($"{files.Count:N0} files, {bytes / 1048576.0:0.0} MB, {tokens:N0} tokens; {total * 1000.0 / Stopwatch.Frequency:0} ms on one thread");

        // The writer on top: the same documents through IndexWriter (analysis included), one thread.
        var folder = Path.Combine(Path.GetTempPath(), "ds-profile-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
            using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersionOf(), analyzer) { RAMBufferSizeMB = 256, UseCompoundFile = false });
            var docs = new List<Lucene.Net.Documents.Document>();
            foreach (var file in files)
            {
                var (text, _) = ArticleReader.Decode(File.ReadAllBytes(file));
                if (text is null) continue;
                var article = reader.Parse(text, CorpusIndexer.IdOf(Path.GetFileName(file)), Path.GetExtension(file));
                var facts = extractor.Extract(article, out var words);
                docs.Add(ArticleDocument.Build(article, facts, signature, words));
            }
            clock.Restart();
            foreach (var d in docs) writer.AddDocument(d);
            var add = clock.Elapsed; clock.Restart();
            writer.Commit();
            console.MarkupLineInterpolated($"IndexWriter: AddDocument {add.TotalMilliseconds:0} ms, commit {clock.Elapsed.TotalMilliseconds:0} ms");
        }
        finally
        {
            System.IO.Directory.Delete(folder, true);
        }
        return 0;
    }

    private static Lucene.Net.Util.LuceneVersion LuceneVersionOf() => Lucene.Net.Util.LuceneVersion.LUCENE_48;
}
