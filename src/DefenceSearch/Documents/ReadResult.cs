namespace DefenceSearch.Documents;

/// <summary>What reading one corpus file gave: an article, or the reason it was skipped.</summary>
public sealed record ReadResult(Article? Article, string? SkipReason)
{
    /// <summary>A file skipped for <paramref name="reason"/>.</summary>
    public static ReadResult Skip(string reason) => new(null, reason);
}
