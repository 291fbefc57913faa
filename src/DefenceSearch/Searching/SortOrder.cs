namespace DefenceSearch.Searching;

/// <summary>How results are ordered.</summary>
public enum SortOrder
{
    /// <summary>Best match first (BM25 with the typed spelling and proximity; see the README's query language).</summary>
    Relevance,

    /// <summary>Newest first; undated articles last. A search without a query is always in this order.</summary>
    Date,
}
