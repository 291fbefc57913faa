namespace DefenceSearch.Searching;

/// <summary>
/// Where a tier's notice leads: to the other tier (<see cref="Apart"/> true: the second tier, <see cref="SearchRequest.Apart"/>;
/// false: back to the first) and what that tier shows (<see cref="Shows"/>, a key the site and the command line word, "{0}" in
/// their words being the notice's count). One table for both, so that the site's link and the command line's hint agree.
/// </summary>
/// <param name="Apart">Whether the link asks for the second tier.</param>
/// <param name="Shows">What the other tier shows: showApart, showTogether, showWordsOnly, showTagged, showMissingOne, showEveryWord.</param>
public sealed record TierLink(bool Apart, string Shows)
{
    private static readonly IReadOnlyDictionary<QueryNoticeKind, TierLink> Links = new Dictionary<QueryNoticeKind, TierLink>
    {
        [QueryNoticeKind.WordsTogether] = new(true, "showApart"),
        [QueryNoticeKind.WordsApart] = new(false, "showTogether"),
        [QueryNoticeKind.EntityTagged] = new(true, "showWordsOnly"),
        [QueryNoticeKind.EntityWordsOnly] = new(false, "showTagged"),
        [QueryNoticeKind.MissingOneWord] = new(true, "showMissingOne"),
        [QueryNoticeKind.OneWordMissing] = new(false, "showEveryWord"),
    };

    /// <summary>The notice kinds that lead to another tier.</summary>
    public static IEnumerable<QueryNoticeKind> Kinds => Links.Keys;

    /// <summary>The link a notice of <paramref name="kind"/> carries, or null when it leads nowhere.</summary>
    /// <param name="kind">The notice's kind.</param>
    public static TierLink? Of(QueryNoticeKind kind) => Links.GetValueOrDefault(kind);
}
