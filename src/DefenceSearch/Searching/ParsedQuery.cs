namespace DefenceSearch.Searching;

/// <summary>A query as the parser read it.</summary>
/// <param name="Root">The parsed query; null when nothing searchable was typed (every article matches).</param>
/// <param name="Notice">Why the query was read otherwise than typed (<see cref="QueryNoticeKind.None"/> when it was not).</param>
/// <param name="NoticeDetail">The notice's detail (what was malformed, the length limit), or null.</param>
/// <param name="Text">The text searched: cleaned and cut (<see cref="QueryParser.Cut"/>).</param>
public sealed record ParsedQuery(QueryNode? Root, QueryNoticeKind Notice, string? NoticeDetail, string Text);
