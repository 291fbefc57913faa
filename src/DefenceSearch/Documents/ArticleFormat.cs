namespace DefenceSearch.Documents;

/// <summary>The kind of corpus file an article was read from.</summary>
public enum ArticleFormat
{
    /// <summary>A raw scraped page: title first, page chrome mixed in.</summary>
    RawPage,
    /// <summary>Markdown, optionally with YAML front matter.</summary>
    Markdown,
    /// <summary>UNC corpus: <c># doc_id / # url / # date</c> header lines, then title, then sentences.</summary>
    HeaderLines,
}
