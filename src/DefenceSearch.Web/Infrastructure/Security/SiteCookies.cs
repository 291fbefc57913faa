namespace DefenceSearch.Web.Infrastructure.Security;

/// <summary>The site's own cookies (owner key, interface language): HttpOnly, SameSite=Lax, Secure over HTTPS.</summary>
public static class SiteCookies
{
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
