namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>The site's own cookies (owner key, interface language): HttpOnly, SameSite=Lax, Secure over HTTPS.</summary>
public static class SiteCookies
{
    /// <summary>Options of a cookie kept for <paramref name="years"/>: HTTP only, SameSite=Lax, Secure over HTTPS.</summary>
    /// <param name="context">The request.</param>
    /// <param name="years">How many years it is kept.</param>
    public static CookieOptions LongLived(HttpContext context, int years) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        IsEssential = true,
        Path = "/",
        Expires = DateTimeOffset.UtcNow.AddYears(years),
    };
}
