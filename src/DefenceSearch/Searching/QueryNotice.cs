namespace DefenceSearch.Searching;

/// <summary>
/// One way the query was reinterpreted: its kind and the data to tell it with (a count, a name, the typed value).
/// The library does not word notices: the site words them with its interface strings, the command line with its own.
/// </summary>
/// <param name="Kind">What happened to the query.</param>
/// <param name="Detail">The data the wording needs (see each <see cref="QueryNoticeKind"/>), or null.</param>
public sealed record QueryNotice(QueryNoticeKind Kind, string? Detail)
{
    /// <summary>The words the notice names, as typed (<see cref="QueryNoticeKind.WordsLeftOut"/>: the words left out); empty for other kinds.</summary>
    public IReadOnlyList<string> Words { get; init; } = [];
}
