using DefenceSearch.Searching;

namespace DefenceSearch.Web.Pages.Search;

/// <summary>What the <c>_Hit</c> partial shows: one hit, the link to its article, whether it is new since the last visit.</summary>
/// <param name="Hit">The hit.</param>
/// <param name="Href">The article link (with the highlight words, and the search and place for next/previous).</param>
/// <param name="IsNew">True when it entered the index since the saved search was last opened.</param>
/// <param name="Page">The search page (its parameters and labels).</param>
public sealed record HitItem(SearchHit Hit, string Href, bool IsNew, IndexModel Page);
