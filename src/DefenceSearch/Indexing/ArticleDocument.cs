using System.Globalization;
using DefenceSearch.Analysis;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Searching;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace DefenceSearch.Indexing;

internal static class ArticleDocument
{
    /// <summary>The Lucene document of an article: stored, indexed and doc-values fields as <see cref="Schema"/> names them.</summary>
    /// <param name="article">The article as read.</param>
    /// <param name="facts">What extraction found in it (date, countries, ministers, areas).</param>
    /// <param name="signature">The file's signature, kept to tell later runs whether it changed.</param>
    /// <param name="words">The words extraction found in the title and body, if it could hand them on: the tokens of
    /// the title, the body and the title's bigrams are then replayed instead of analysing the text again.</param>
    public static LuceneDocument Build(Article article, Extraction.Extraction facts, FileSignature signature, ArticleWords? words = null)
    {
        var body = article.BodyText;
        var doc = new LuceneDocument
        {
            new KeywordField(Schema.Id, article.Id, Field.Store.YES),
            words is null ? new TextField(Schema.Title, article.Title, Field.Store.YES) : new WordsField(Schema.Title, article.Title, TextField.TYPE_STORED, words, WordsPart.Title),
            words is null ? new TextField(Schema.TitleBigrams, article.Title, Field.Store.NO) : new WordsField(Schema.TitleBigrams, article.Title, TextField.TYPE_NOT_STORED, words, WordsPart.TitleBigrams),
            words is null ? new TextField(Schema.Body, body, Field.Store.YES) : new WordsField(Schema.Body, body, TextField.TYPE_STORED, words, WordsPart.Body),
            new BinaryDocValuesField(Schema.Signature, new BytesRef(signature.Encode(article.Id))),
            new Int64Field(Schema.Added, signature.Added, Field.Store.YES),
        };
        if (string.IsNullOrWhiteSpace(article.Title) && Documents.UrlHeadline.FromLead(article.Paragraphs) is { } lead)
            doc.Add(new StoredField(Schema.LeadHeadline, lead));
        if (article.Markdown is not null) doc.Add(new StoredField(Schema.Markdown, article.Markdown));
        if (article.Url is not null) doc.Add(new StoredField(Schema.Url, article.Url));
        if (article.Source is not null) doc.Add(new StoredField(Schema.Source, article.Source));

        // The date at its precision ("2017-06-27", "2017-06", "2017") with how it was found; an undated article
        // goes under the year facet's "unknown" value, never under a guessed year, and sorts after every dated one.
        long sortKey = 0;
        var year = Schema.UnknownYear;
        if (facts.Published is { } published)
        {
            doc.Add(new StoredField(Schema.Date, published.Value));
            doc.Add(new StoredField(Schema.DatePrecision, PublicationDate.PrecisionName(published.Precision)));
            doc.Add(new StoredField(Schema.DateEvidence, PublicationDate.KindName(published.Kind)));
            doc.Add(new StoredField(Schema.DateSpan, published.Span));
            var d = published.Date;
            sortKey = d.Year * 10000L + (published.Precision == DatePrecision.Year ? 0 : d.Month * 100) + (published.Precision == DatePrecision.Day ? d.Day : 0);
            year = d.Year.ToString(CultureInfo.InvariantCulture);
        }
        doc.Add(new NumericDocValuesField(Schema.DateSort, sortKey));
        // The day an undated lead states without a year ("Sáng 27/6"): shown on the hit, in no facet, sort or range.
        if (facts.Published is null && facts.LeadDay is { } leadDay) doc.Add(new StoredField(Schema.LeadDay, leadDay.Stored));
        // Why each area was found: shown beside its chip on the article page.
        if (facts.AreaPhrases is { } areaPhrases)
            foreach (var (area, phrases) in areaPhrases) doc.Add(new StoredField(Schema.AreaPhrases, area + "\t" + string.Join(" | ", phrases)));

        // Each facet dimension's values: the keyword its filter matches (stored for hits), the doc value its counts
        // read, and for values no gazetteer lists (ministers found by pattern) the label the article wrote.
        foreach (var dimension in FacetDimensions.All)
        {
            foreach (var (key, label) in dimension.ValuesOf(facts, year))
            {
                doc.Add(new KeywordField(dimension.Field, key, Field.Store.YES));
                if (dimension.IndexedLabelsField is { } labels && dimension.StoredLabelField is { } stored && label is not null)
                {
                    doc.Add(new StoredField(stored, label));
                    doc.Add(new SortedSetDocValuesField(labels, new BytesRef(key + "\u001F" + label)));
                }
                doc.Add(new SortedSetDocValuesField(dimension.FacetField, new BytesRef(key)));
            }
        }
        return doc;
    }
}
