namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>
/// Kestrel's request limits, raised from its defaults (8 KB request line, 32 KB headers) so that a query of
/// a few thousand characters (up to 9 bytes each once percent-encoded) reaches the site to be cut with a
/// notice; anything longer still gets Kestrel's 414 or 431.
/// </summary>
public static class RequestLimits
{
    /// <summary>The longest request line Kestrel accepts (64 KB), so a long pasted query reaches the site.</summary>
    public const int MaxRequestLineBytes = 64 * 1024;

    /// <summary>Room for the request line's worth again in a Referer header, with the rest of the headers.</summary>
    public const int MaxRequestHeadersBytes = 160 * 1024;
}
