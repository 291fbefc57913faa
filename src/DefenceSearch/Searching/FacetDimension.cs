using DefenceSearch.Extraction;

namespace DefenceSearch.Searching;

/// <summary>
/// One facet dimension (country, minister, year, area), defined once: its name (the URL key, the query-language
/// keyword, the API's <c>facets</c> key and the indexed field), its doc-values field, how a typed or selected value
/// resolves to a key, how a key is labelled from the reference data, and how it is read from an article when
/// indexing. Every part of the library, the site and the command line that lists or handles dimensions goes through
/// <see cref="FacetDimensions.All"/>, so adding a dimension means adding one definition there.
/// </summary>
public sealed class FacetDimension
{
    // Defined only in FacetDimensions: the resolvers and the indexer's reading are the library's own.
    internal FacetDimension()
    {
    }

    /// <summary>
    /// The dimension's name: the URL parameter (<c>country=BY</c>), the query-language keyword (<c>country:BY</c>),
    /// the key of its counts in <see cref="SearchResponse.Facets"/>, and the indexed keyword field that filters on it.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>The plural used by lists of values: the hit's JSON list and the export's columns ("countries").</summary>
    public required string Plural { get; init; }

    /// <summary>What a filter on the dimension takes, for the command line's help ("Country filter (ISO key or name)").</summary>
    public required string Help { get; init; }

    /// <summary>The sorted-set doc-values field the facet counts read.</summary>
    public required string FacetField { get; init; }

    /// <summary>The keyword field the filter matches (the same as <see cref="Name"/>).</summary>
    public string Field => Name;

    /// <summary>
    /// A doc-values field holding "key\u001Flabel" for values the reference data does not list (ministers found
    /// by the extractor's patterns), or null when every label comes from the reference data.
    /// </summary>
    public string? IndexedLabelsField { get; init; }

    /// <summary>The stored field holding each value's label beside its key (the article page reads it), or null.</summary>
    public string? StoredLabelField { get; init; }

    /// <summary>True when the values are points in time (years): shown oldest first, never by count.</summary>
    public bool Chronological { get; init; }

    /// <summary>
    /// The URL parameter of the facet list's filter-as-you-type box on the site (<c>cq</c>), or null when the list
    /// is short enough to need none.
    /// </summary>
    public string? ListFilterParameter { get; init; }

    /// <summary>The values a search hit carries, shown as chips on results and in exports; null when hits do not show them.</summary>
    public Func<SearchHit, IReadOnlyList<string>>? HitValues { get; init; }

    /// <summary>The labelled values of an article on its page; null when the page does not show them.</summary>
    public Func<ArticleView, IReadOnlyList<FacetValue>>? ArticleValues { get; init; }

    /// <summary>Reads a value typed in the query language (<c>country:belarus</c>) as a key; null when it names nothing.</summary>
    internal Func<EntityExtractor, string, string?> ResolveTyped { get; init; } = null!;

    /// <summary>Reads a selected value (URL, command line) as a key; unknown values are kept as typed (they match nothing).</summary>
    internal Func<EntityExtractor, string, string> ResolveSelected { get; init; } = null!;

    /// <summary>The label of a key in a language from the reference data; null when the reference data does not know it.</summary>
    internal Func<Reference.ReferenceData, string, string, string?> ReferenceLabel { get; init; } = null!;

    /// <summary>The keys (with a label to store in the index, or null) of an article's extracted facts, and its year value.</summary>
    internal Func<Extraction.Extraction, string, IEnumerable<(string Key, string? Label)>> ValuesOf { get; init; } = null!;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
