namespace DefenceSearch.Web.Infrastructure.SavedSearches;

/// <summary>A saved search as stored.</summary>
/// <param name="Id">Its random id.</param>
/// <param name="Name">The name its owner gave it.</param>
/// <param name="Query">The search's query string in canonical form.</param>
/// <param name="FeedToken">The random token of its feed.</param>
/// <param name="Created">When it was saved.</param>
/// <param name="LastOpened">When it was last opened (new articles are counted since then).</param>
public sealed record SavedSearch(long Id, string Name, string Query, string FeedToken, DateTimeOffset Created, DateTimeOffset LastOpened);
