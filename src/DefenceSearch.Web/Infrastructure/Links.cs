using DefenceSearch.Searching;

namespace DefenceSearch.Web.Infrastructure;

/// <summary>Site links built by hand where route values would not do (ids with slashes, highlight words).</summary>
public static class Links
{
    /// <summary>
    /// /article/{id}?hl=…&amp;from=…&amp;at=…, each id segment escaped but its slashes kept (the route is a catch-all).
    /// <paramref name="from"/> is the search that led here and <paramref name="at"/> the hit's place in its results
    /// (from 0), so the article page can lead back to the results and on to the previous and next hits.
    /// </summary>
    public static string Article(string id, string? highlight = null, SearchRequest? from = null, int? at = null)
    {
        var path = "/article/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
        var pairs = new List<KeyValuePair<string, string?>>(3);
        if (!string.IsNullOrWhiteSpace(highlight)) pairs.Add(new("hl", highlight));
        if (from is not null && at is { } place)
        {
            pairs.Add(new("from", from.ToQueryString(withPage: false).TrimStart('?')));
            pairs.Add(new("at", place.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return pairs.Count == 0 ? path : path + QueryString.Create(pairs).ToUriComponent();
    }

    /// <summary>The URL when it is an absolute http or https address (safe as a link), else null.</summary>
    public static string? External(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>A local return address, or "/" for anything that could leave the site.</summary>
    public static string LocalOrRoot(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : "/";
}
