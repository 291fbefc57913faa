using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using Lucene.Net.Analysis.TokenAttributes;
using Spectre.Console;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// One line per article of what indexing makes of it: the extracted facets and hashes of the parsed text and
/// of every indexed field's token stream. Two dumps of the same corpus must be identical after a change meant to be
/// a speed-up only (diff them).
/// </summary>
internal static class ExtractionDump
{
    public static int Run(string corpus, string output, IAnsiConsole console)
    {
        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var analyzer = Analyzers.ForIndex();
        var signature = new FileSignature(0, 0, "0", 0);
        var files = CorpusIndexer.ListFiles(corpus);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (var file in files)
        {
            var id = CorpusIndexer.IdOf(Path.GetRelativePath(corpus, file).Replace('\\', '/'));
            var (text, problem) = ArticleReader.Decode(File.ReadAllBytes(file));
            if (text is null)
            {
                writer.WriteLine($"{id}\tskipped: {problem}");
                continue;
            }
            var article = reader.Parse(text, id, Path.GetExtension(file).ToLowerInvariant());
            var facts = extractor.Extract(article, null, out var words, 2026);
            var document = ArticleDocument.Build(article, facts, signature, words);
            var line = new StringBuilder(id)
                .Append('\t').Append(Hash(article.Title + "\u0001" + article.BodyText + "\u0001" + string.Join('\u0002', article.HeadDateLines)))
                .Append('\t').AppendJoin(',', facts.Countries)
                .Append('\t').AppendJoin(',', facts.Ministers.Select(m => $"{m.Key}|{m.Name}|{m.Known}"))
                .Append('\t').AppendJoin(',', facts.Areas)
                .Append('\t').Append(facts.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Append('\t').Append(facts.Year?.ToString(CultureInfo.InvariantCulture));
            foreach (var field in document.Fields)
            {
                if (!field.IndexableFieldType.IsIndexed) continue;
                line.Append('\t').Append(field.Name).Append('=').Append(TokenHash(field.GetTokenStream(analyzer)));
            }
            writer.WriteLine(line);
        }
        console.MarkupLineInterpolated($"{files.Count:N0} articles written to {output}");
        return 0;
    }

    private static string TokenHash(Lucene.Net.Analysis.TokenStream stream)
    {
        var text = new StringBuilder();
        using (stream)
        {
            // The bytes the writer indexes: text terms and numeric ones alike.
            var term = stream.AddAttribute<ITermToBytesRefAttribute>();
            var position = stream.AddAttribute<IPositionIncrementAttribute>();
            var offsets = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                term.FillBytesRef();
                text.Append(Convert.ToHexString(term.BytesRef.Bytes, term.BytesRef.Offset, term.BytesRef.Length)).Append(' ').Append(position.PositionIncrement).Append(' ')
                    .Append(offsets.StartOffset).Append(' ').Append(offsets.EndOffset).Append('\n');
            }
            stream.End();
            text.Append("end ").Append(offsets.EndOffset).Append(' ').Append(position.PositionIncrement);
        }
        return Hash(text.ToString());
    }

    private static string Hash(string s) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)), 0, 8);
}
