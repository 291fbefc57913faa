using DefenceSearch.Searching;

namespace DefenceSearch.Web.Pages.Search;

/// <summary>What the <c>_FacetGroup</c> partial shows: one facet dimension of the search page.</summary>
/// <param name="Dimension">The dimension.</param>
/// <param name="Page">The search page (its parameters, counts and labels).</param>
public sealed record FacetGroup(FacetDimension Dimension, IndexModel Page);
