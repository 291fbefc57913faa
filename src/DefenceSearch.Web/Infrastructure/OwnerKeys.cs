using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>
/// The anonymous owner of saved searches: a random 256-bit key in an HttpOnly cookie. Only its SHA-256
/// is stored, so the database alone does not let anyone act as an owner.
/// </summary>
public sealed class OwnerKeys
{
    public const string CookieName = "ds_owner";
    private const int KeyBytes = 32;

    /// <summary>The owner of this request (hashed for storage), or null when the browser has no valid key yet.</summary>
    public string? Find(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var key) && IsWellFormed(key) ? Hash(key!) : null;

    /// <summary>The owner of this request, issuing a new key cookie when there is none.</summary>
    public string GetOrCreate(HttpContext context)
    {
        if (Find(context) is { } owner) return owner;
        var key = NewToken(KeyBytes);
        context.Response.Cookies.Append(CookieName, key, SiteCookies.LongLived(context, years: 5));
        return Hash(key);
    }

    /// <summary>A URL-safe random token of <paramref name="bytes"/> bytes from the system's CSPRNG.</summary>
    public static string NewToken(int bytes) => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(bytes));

    private static bool IsWellFormed(string? key)
    {
        if (key is null || key.Length is < 22 or > 100) return false;
        foreach (var c in key)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')) return false;
        return true;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
