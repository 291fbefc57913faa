namespace DefenceSearch.Documents;

/// <summary>An article read from the corpus and cleaned of page chrome, before entity extraction.</summary>
public sealed class Article
{
    /// <summary>The corpus file's path relative to the corpus, without extension (<see cref="Indexing.CorpusIndexer.IdOf"/>).</summary>
    public required string Id { get; init; }
    /// <summary>The headline, cleaned; never empty.</summary>
    public required string Title { get; init; }

    /// <summary>The cleaned body, one paragraph an entry; chrome removed.</summary>
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>The kind of file it was read from.</summary>
    public ArticleFormat Format { get; init; }

    /// <summary>The Markdown body of a Markdown source (front matter removed), for rendering.</summary>
    public string? Markdown { get; init; }

    /// <summary>The address the source gives for the article, if any.</summary>
    public string? Url { get; init; }
    /// <summary>The publisher or agency the page names, if any.</summary>
    public string? Source { get; init; }

    /// <summary>A date stated by the source itself (front matter, header line), which beats any found in the text.</summary>
    public DateOnly? StatedDate { get; init; }

    /// <summary>Short date lines found around the title (datelines, crawl dates), nearest to the title first.</summary>
    public IReadOnlyList<string> HeadDateLines { get; init; } = [];

    /// <summary>Facet values given explicitly in front matter; they override extraction for that dimension.</summary>
    public IReadOnlyList<string>? ExplicitCountries { get; init; }
    /// <summary>Minister keys given explicitly in front matter (see <see cref="ExplicitCountries"/>).</summary>
    public IReadOnlyList<string>? ExplicitMinisters { get; init; }
    /// <summary>Cooperation area keys given explicitly in front matter (see <see cref="ExplicitCountries"/>).</summary>
    public IReadOnlyList<string>? ExplicitAreas { get; init; }

    /// <summary>Problems met while reading that did not stop the article from being indexed.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The paragraphs joined by line ends; joined once (extraction, dates and the document all read it).</summary>
    public string BodyText => _bodyText ??= string.Join('\n', Paragraphs);

    private string? _bodyText;
}
