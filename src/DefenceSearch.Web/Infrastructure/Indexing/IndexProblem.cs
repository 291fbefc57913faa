using DefenceSearch.Web.Infrastructure.Localisation;

namespace DefenceSearch.Web.Infrastructure.Indexing;

/// <summary>Something the reader should know about the index, worded in the interface language.</summary>
public sealed partial record IndexProblem(string Key, string? Detail = null)
{
    /// <summary>For readers: server paths in the detail are cut to their last part (the log keeps them whole).</summary>
    public string Text(Ui ui) => ui.Format(Key, Redact(Detail));

    /// <summary>The English wording without server paths, for the API's 503.</summary>
    public string Public => Ui.English.Format(Key, Redact(Detail));

    /// <summary>Absolute paths (/srv/data/corpus, C:\data\corpus) become their last part (corpus).</summary>
    public static string? Redact(string? text) => text is null ? null : AbsolutePath().Replace(text, m =>
    {
        var trimmed = m.Value.TrimEnd('/', '\\', '.');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return "…" + (cut >= 0 ? trimmed[cut..] : "");
    });

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.~])(?:[A-Za-z]:\\|/)[^\s'""()<>,;]+")]
    private static partial System.Text.RegularExpressions.Regex AbsolutePath();

    /// <summary>The English wording, for logs and test messages.</summary>
    public override string ToString() => Ui.English.Format(Key, Detail);
}
