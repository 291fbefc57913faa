using System.Security.Cryptography;
using System.Text;
using DefenceSearch.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace DefenceSearch.Web.Infrastructure.SavedSearches;

/// <summary>
/// The anonymous owner of saved searches: a random 256-bit key, issued by the server and signed and encrypted
/// with ASP.NET Core Data Protection in an HttpOnly cookie. A cookie the server did not issue (made up, or
/// planted in someone's browser: cookie fixation) is not an owner; the next save issues a real one. Only the
/// key's SHA-256 is stored, so the database alone does not let anyone act as an owner.
/// </summary>
public sealed class OwnerKeys(IDataProtectionProvider protection)
{
    /// <summary>The cookie holding the protected owner key.</summary>
    public const string CookieName = "ds_owner";
    private const int KeyBytes = 32;

    private readonly IDataProtector _protector = protection.CreateProtector("DefenceSearch.OwnerKey.v1");

    /// <summary>The owner of this request (hashed for storage), or null when the browser has no key this server issued.</summary>
    public string? Find(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var cookie) && Unprotect(cookie) is { } key ? Hash(key) : null;

    /// <summary>Whether the request carries an owner key this server issued.</summary>
    public bool HasOwner(HttpContext context) => Find(context) is not null;

    /// <summary>The owner of this request, issuing a new key cookie when there is none.</summary>
    public string GetOrCreate(HttpContext context)
    {
        if (Find(context) is { } owner) return owner;
        var key = NewToken(KeyBytes);
        context.Response.Cookies.Append(CookieName, _protector.Protect(key), SiteCookies.LongLived(context, years: 5));
        return Hash(key);
    }

    /// <summary>A URL-safe random token of <paramref name="bytes"/> bytes from the system's CSPRNG.</summary>
    public static string NewToken(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));

    private string? Unprotect(string? cookie)
    {
        if (string.IsNullOrEmpty(cookie) || cookie.Length > 1000) return null;
        try
        {
            var key = _protector.Unprotect(cookie);
            return IsWellFormed(key) ? key : null;
        }
        catch (CryptographicException)
        {
            return null; // not issued here (or by a key since revoked)
        }
    }

    private static bool IsWellFormed(string? key)
    {
        if (key is null || key.Length is < 22 or > 100) return false;
        foreach (var c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        return true;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
