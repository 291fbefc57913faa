namespace DefenceSearch.Documents;

public enum ArticleFormat
{
    /// <summary>A raw scraped page: title first, page chrome mixed in.</summary>
    RawPage,
    /// <summary>Markdown, optionally with YAML front matter.</summary>
    Markdown,
    /// <summary>UNC corpus: <c># doc_id / # url / # date</c> header lines, then title, then sentences.</summary>
    HeaderLines,
}

/// <summary>An article read from the corpus and cleaned of page chrome, before entity extraction.</summary>
public sealed class Article
{
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>The cleaned body, one paragraph an entry; chrome removed.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    public ArticleFormat Format { get; init; }

    /// <summary>The Markdown body of a Markdown source (front matter removed), for rendering.</summary>
    public string? Markdown { get; init; }

    public string? Url { get; init; }
    public string? Source { get; init; }

    /// <summary>A date stated by the source itself (front matter, header line), which beats any found in the text.</summary>
    public DateOnly? StatedDate { get; init; }

    /// <summary>Short date lines found around the title (datelines, crawl dates), nearest to the title first.</summary>
    public IReadOnlyList<string> HeadDateLines { get; init; } = [];

    /// <summary>Facet values given explicitly in front matter; they override extraction for that dimension.</summary>
    public IReadOnlyList<string>? ExplicitCountries { get; init; }
    public IReadOnlyList<string>? ExplicitMinisters { get; init; }
    public IReadOnlyList<string>? ExplicitAreas { get; init; }

    /// <summary>Problems met while reading that did not stop the article from being indexed.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The paragraphs joined by line ends; joined once (extraction, dates and the document all read it).</summary>
    public string BodyText => _bodyText ??= string.Join('\n', Paragraphs);

    private string? _bodyText;
}
