namespace DefenceSearch.Web.Infrastructure;

/// <summary>Site links built by hand where route values would not do (ids with slashes, highlight words).</summary>
public static class Links
{
    /// <summary>/article/{id}?hl=…, each id segment escaped but its slashes kept (the route is a catch-all).</summary>
    public static string Article(string id, string? highlight = null)
    {
        var path = "/article/" + string.Join('/', id.Split('/').Select(Uri.EscapeDataString));
        return string.IsNullOrWhiteSpace(highlight) ? path : path + QueryString.Create("hl", highlight).ToUriComponent();
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
