using System.Globalization;
using System.Text;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Engine;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace DefenceSearch.Tests.Engine;

/// <summary>
/// A fresh index is written from documents inverted in memory (<see cref="SegmentBuffer"/>) instead of through the
/// writer's own chain: what a search reads must be the same either way. Both are built from the same articles and
/// compared field by field: terms, document frequencies, positions, norms, stored fields and doc values.
/// </summary>
public sealed class SegmentBufferTests
{
    [Fact]
    public void The_seeds_and_awkward_articles_index_the_same_through_the_buffer_as_through_the_writer()
    {
        var articles = new List<(string Id, string Text, string Extension)>();
        foreach (var path in CorpusIndexer.ListFiles(TestPaths.Corpus))
            articles.Add((Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), Path.GetExtension(path)));
        articles.AddRange(
        [
            // Decomposed (NFD) text: extraction cannot hand its words on; the analyzer splits it instead.
            ("nfd", "Bộ trưởng Quốc phòng Nga thăm Việt Nam\n" + "Hợp tác quốc phòng giữa hai nước được thúc đẩy.".Normalize(NormalizationForm.FormD), ".txt"),
            // A character outside the BMP: the analyzer reads code points; the text goes to it too.
            ("emoji", "Tàu ngầm 🚢 của Hải quân\nHải quân Ấn Độ tiếp nhận tàu ngầm mới 🚢 ngày 12/3/2019.", ".txt"),
            ("title-only", "Chỉ có tiêu đề", ".txt"),
            ("front-matter", "---\ntitle: \"Đối thoại an ninh\"\ndate: 2019-05-02\ncountries: [VN, RU]\nareas: [training]\n---\nHai bên thảo luận về **an ninh biển** và đào tạo.\n", ".md"),
            ("repeats", "Hòa bình hoà bình HÒA BÌNH\nHoà bình, hòa bình và hoà bình: thuỷ thủ, thủy thủ, khoẻ, khỏe, Đà Nẵng, Ðà Nẵng.", ".txt"),
        ]);
        AssertSameIndex(articles, batch: 3);
    }

    public static TheoryData<string, string> UnwrittenFeatures => new()
    {
        { "vectors", "term vectors" },
        { "offsets", "offsets in the postings" },
        { "payloads", "payloads" },
        { "sorted", "SORTED doc values" },
    };

    [Theory]
    [MemberData(nameof(UnwrittenFeatures))]
    public void A_field_feature_the_buffer_does_not_write_is_refused_by_name(string kind, string feature)
    {
        var buffer = new SegmentBuffer(new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(LuceneVersion.LUCENE_48), new BM25Similarity());
        buffer.Add(new LuceneDocument { new Lucene.Net.Documents.TextField("plain", "một hai", Lucene.Net.Documents.Field.Store.YES) });
        var text = new Lucene.Net.Documents.FieldType(Lucene.Net.Documents.TextField.TYPE_NOT_STORED);
        Lucene.Net.Documents.Field field = kind switch
        {
            "vectors" => new Lucene.Net.Documents.Field("f", "một hai", new Lucene.Net.Documents.FieldType(text) { StoreTermVectors = true }),
            "offsets" => new Lucene.Net.Documents.Field("f", "một hai", new Lucene.Net.Documents.FieldType(text) { IndexOptions = Lucene.Net.Index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS }),
            "payloads" => new Lucene.Net.Documents.TextField("f", new PayloadStream()),
            _ => new Lucene.Net.Documents.SortedDocValuesField("f", new BytesRef("x")),
        };
        var refused = Assert.Throws<NotSupportedException>(() => buffer.Add(new LuceneDocument { field }));
        Assert.Contains($"field \"f\" asks for {feature}", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, buffer.Documents); // the document refused was not half added
    }

    /// <summary>One token with a payload.</summary>
    private sealed class PayloadStream : Lucene.Net.Analysis.TokenStream
    {
        private readonly Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute _term;
        private readonly Lucene.Net.Analysis.TokenAttributes.IPayloadAttribute _payload;
        private bool _done;

        public PayloadStream()
        {
            _term = AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            _payload = AddAttribute<Lucene.Net.Analysis.TokenAttributes.IPayloadAttribute>();
        }

        public override bool IncrementToken()
        {
            if (_done) return false;
            ClearAttributes();
            _term.SetEmpty().Append("tàu");
            _payload.Payload = new BytesRef([1, 2]);
            return _done = true;
        }

        public override void Reset()
        {
            base.Reset();
            _done = false;
        }
    }

    [Fact]
    public void A_field_first_met_after_earlier_documents_and_several_values_a_field_index_the_same()
    {
        // Built by hand: no title in the first document, countries only from the third, the same country twice,
        // some fields in the first batch only.
        var docs = new List<LuceneDocument>();
        for (var i = 0; i < 7; i++)
        {
            var doc = new LuceneDocument { new Lucene.Net.Documents.StringField(Schema.Id, "d" + i, Lucene.Net.Documents.Field.Store.YES) };
            if (i > 0) doc.Add(new Lucene.Net.Documents.TextField(Schema.Title, $"Tiêu đề số {i} quốc phòng", Lucene.Net.Documents.Field.Store.YES));
            if (i >= 2)
            {
                doc.Add(new Lucene.Net.Documents.StringField(Schema.Country, "VN", Lucene.Net.Documents.Field.Store.YES));
                doc.Add(new Lucene.Net.Documents.StringField(Schema.Country, "VN", Lucene.Net.Documents.Field.Store.YES));
                doc.Add(new Lucene.Net.Documents.SortedSetDocValuesField(Schema.FacetCountry, new BytesRef("VN")));
                doc.Add(new Lucene.Net.Documents.SortedSetDocValuesField(Schema.FacetCountry, new BytesRef(i % 2 == 0 ? "RU" : "VN")));
            }
            if (i % 3 == 0) doc.Add(new Lucene.Net.Documents.NumericDocValuesField(Schema.DateSort, 20190000L + i));
            // Stored values of every kind, a field with two values, an empty string and text beyond the BMP.
            if (i % 2 == 1)
            {
                doc.Add(new Lucene.Net.Documents.StoredField("s_int", i - 3));
                doc.Add(new Lucene.Net.Documents.StoredField("s_float", i * 0.1f));
                doc.Add(new Lucene.Net.Documents.StoredField("s_double", -i * 1e300));
                doc.Add(new Lucene.Net.Documents.StoredField("s_bytes", new byte[] { 0, 0xFF, (byte)i }));
                doc.Add(new Lucene.Net.Documents.StoredField(Schema.Source, ""));
                doc.Add(new Lucene.Net.Documents.StoredField(Schema.Source, "Qu\u00E2n \u0111\u1ED9i nh\u00E2n d\u00E2n 🇻🇳"));
            }
            // A stored value larger than the buffer's 4 MB chunks, between two ordinary documents.
            if (i == 5) doc.Add(new Lucene.Net.Documents.StoredField("s_long", new string('ư', 2_500_000) + "!"));
            // Fields of the first batch only: the next batch (a buffer reused) must not carry them over.
            if (i < 2)
            {
                doc.Add(new Lucene.Net.Documents.StoredField(Schema.Url, "https://example.org/" + i));
                doc.Add(new Lucene.Net.Documents.TextField(Schema.TitleBigrams, "hai bên", Lucene.Net.Documents.Field.Store.NO));
                doc.Add(new Lucene.Net.Documents.BinaryDocValuesField(Schema.Signature, new BytesRef("sig" + i)));
            }
            docs.Add(doc);
        }
        AssertSameIndex(docs, batch: 4);
    }

    /// <summary>The first 600 real articles of ../shared/data, in batches as a thread of the indexer makes them.</summary>
    [Fact]
    public void Real_news_indexes_the_same_through_the_buffer_as_through_the_writer()
    {
        using var dir = new TempDir("buffer-news");
        var news = dir.Sub("news");
        var archive = Path.Combine(TestPaths.SharedData, "unc-news.tar.gz");
        using (var tar = System.Diagnostics.Process.Start("tar", ["-xzf", archive, "-C", news])) tar.WaitForExit();
        var articles = CorpusIndexer.ListFiles(news).Take(600)
            .Select(path => (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), Path.GetExtension(path)))
            .ToList();
        Assert.Equal(600, articles.Count);
        AssertSameIndex(articles, batch: 250);
    }

    private static void AssertSameIndex(List<(string Id, string Text, string Extension)> articles, int batch)
    {
        var reader = new ArticleReader(ReferenceData.Default);
        var extractor = new EntityExtractor(ReferenceData.Default);
        var docs = new List<LuceneDocument>();
        var replayed = 0;
        foreach (var (id, text, extension) in articles)
        {
            var article = reader.Parse(text, id, extension);
            var facts = extractor.Extract(article, null, out var words, 2026);
            if (words is not null) replayed++;
            docs.Add(ArticleDocument.Build(article, facts, new FileSignature(text.Length, 1, "hash" + id, 1_700_000_000), words));
        }
        Assert.True(replayed > 0 && replayed < docs.Count || articles.Count > 100, "the test needs both replayed and analysed articles");
        AssertSameIndex(docs, batch);
    }

    private static void AssertSameIndex(List<LuceneDocument> docs, int batch)
    {
        LuceneEngine.RegisterCodecs();
        using var classic = new RAMDirectory();
        using var buffered = new RAMDirectory();
        // A log merge policy merges segments in order (a tiered one orders them by size): documents keep their numbers.
        IndexWriterConfig Config() => new(LuceneVersion.LUCENE_48, Analyzers.ForIndex()) { Similarity = new BM25Similarity(), Codec = new DefenceCodec(), MergePolicy = new LogDocMergePolicy() };

        using (var writer = new IndexWriter(classic, Config()))
        {
            foreach (var doc in docs) writer.AddDocument(doc);
            writer.ForceMerge(1);
            writer.Commit();
        }
        using (var writer = new IndexWriter(buffered, Config()))
        {
            var buffer = new SegmentBuffer(Analyzers.ForIndex(), new BM25Similarity());
            var segments = 0;
            foreach (var doc in docs)
            {
                buffer.Add(doc);
                if (buffer.Documents == batch) Flush();
            }
            if (buffer.Documents > 0) Flush();
            Assert.Equal((docs.Count + batch - 1) / batch, segments);
            // The segments as written from the buffers (a rebuild keeps them): every statistic checks out.
            writer.Commit();
            Assert.True(new CheckIndex(buffered).DoCheckIndex().Clean);
            writer.ForceMerge(1);
            writer.Commit();

            void Flush()
            {
                using var segment = buffer.ToReader();
                writer.AddIndexes(segment);
                buffer.Clear();
                segments++;
            }
        }
        Assert.True(new CheckIndex(buffered).DoCheckIndex().Clean);
        using var expected = DirectoryReader.Open(classic);
        using var actual = DirectoryReader.Open(buffered);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    /// <summary>Everything a search can read of a one-segment index, as text, so that a difference shows where it is.</summary>
    private static List<string> Describe(DirectoryReader reader)
    {
        var leaf = Assert.Single(reader.Leaves).AtomicReader;
        var lines = new List<string> { $"docs {leaf.MaxDoc}" };
        foreach (var info in leaf.FieldInfos.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            lines.Add($"field {info.Name} indexed={info.IsIndexed} options={info.IndexOptions} norms={info.HasNorms} omit={info.OmitsNorms} dv={info.DocValuesType}");
            if (info.HasNorms)
            {
                var norms = leaf.GetNormValues(info.Name);
                lines.Add($"  norms {string.Join(',', Enumerable.Range(0, leaf.MaxDoc).Select(d => norms.Get(d)))}");
            }
            switch (info.DocValuesType)
            {
                case DocValuesType.NUMERIC:
                    var numbers = leaf.GetNumericDocValues(info.Name);
                    var has = leaf.GetDocsWithField(info.Name);
                    lines.Add($"  numbers {string.Join(',', Enumerable.Range(0, leaf.MaxDoc).Select(d => has.Get(d) ? numbers.Get(d).ToString(CultureInfo.InvariantCulture) : "-"))}");
                    break;
                case DocValuesType.BINARY:
                    var binaries = leaf.GetBinaryDocValues(info.Name);
                    var withValue = leaf.GetDocsWithField(info.Name);
                    var scratch = new BytesRef();
                    for (var d = 0; d < leaf.MaxDoc; d++)
                    {
                        binaries.Get(d, scratch);
                        lines.Add($"  binary {d} {withValue.Get(d)} {scratch.Utf8ToString()}");
                    }
                    break;
                case DocValuesType.SORTED_SET:
                    var sets = leaf.GetSortedSetDocValues(info.Name);
                    var value = new BytesRef();
                    for (var d = 0; d < leaf.MaxDoc; d++)
                    {
                        sets.SetDocument(d);
                        var values = new List<string>();
                        for (var ord = sets.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = sets.NextOrd())
                        {
                            sets.LookupOrd(ord, value);
                            values.Add(ord + ":" + value.Utf8ToString());
                        }
                        lines.Add($"  set {d} {string.Join('|', values)}");
                    }
                    break;
            }
        }
        var fields = leaf.Fields;
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field);
            lines.Add($"terms {field} count={terms.Count} docs={terms.DocCount} sumDocFreq={terms.SumDocFreq} sumTotalTermFreq={terms.SumTotalTermFreq}");
            var termsEnum = terms.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            DocsEnum? plain = null;
            while (termsEnum.MoveNext())
            {
                var line = new StringBuilder($"  {Convert.ToHexString(termsEnum.Term.Bytes, termsEnum.Term.Offset, termsEnum.Term.Length)} df={termsEnum.DocFreq} ttf={termsEnum.TotalTermFreq}:");
                if (terms.HasPositions)
                {
                    positions = termsEnum.DocsAndPositions(null, positions);
                    while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        line.Append(' ').Append(positions.DocID).Append('(');
                        for (var i = 0; i < positions.Freq; i++) line.Append(positions.NextPosition()).Append(i + 1 < positions.Freq ? "," : "");
                        line.Append(')');
                    }
                }
                else
                {
                    plain = termsEnum.Docs(null, plain);
                    while (plain.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) line.Append(' ').Append(plain.DocID).Append('x').Append(plain.Freq);
                }
                lines.Add(line.ToString());
            }
        }
        for (var d = 0; d < leaf.MaxDoc; d++)
        {
            var stored = leaf.Document(d);
            lines.Add($"stored {d} " + string.Join(" | ", stored.Fields.Select(f => $"{f.Name}={f.NumericType}:{StoredValue(f)}")));
        }
        return lines;
    }

    private static string? StoredValue(IIndexableField f) => f.NumericType switch
    {
        Lucene.Net.Documents.NumericFieldType.INT32 => f.GetInt32Value()?.ToString(CultureInfo.InvariantCulture),
        Lucene.Net.Documents.NumericFieldType.INT64 => f.GetInt64Value()?.ToString(CultureInfo.InvariantCulture),
        Lucene.Net.Documents.NumericFieldType.SINGLE => f.GetSingleValue()?.ToString("R", CultureInfo.InvariantCulture),
        Lucene.Net.Documents.NumericFieldType.DOUBLE => f.GetDoubleValue()?.ToString("R", CultureInfo.InvariantCulture),
        _ => f.GetBinaryValue() is { } b ? Convert.ToHexString(b.Bytes, b.Offset, b.Length) : f.GetStringValue(),
    };
}
