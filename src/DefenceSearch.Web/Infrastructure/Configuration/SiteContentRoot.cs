namespace DefenceSearch.Web.Infrastructure.Configuration;

/// <summary>
/// Where the site finds its web root (wwwroot: CSS, JS), appsettings.json and the base of its relative paths.
/// ASP.NET Core takes the current folder; a published site started from elsewhere
/// (<c>dotnet /srv/ds/DefenceSearch.Web.dll</c>) would then serve no CSS or JS and look for its corpus in the
/// wrong place. So: the folder given (--contentRoot, ASPNETCORE_CONTENTROOT) if any; else the current folder
/// when it holds the site (dotnet run, the tests); else the folder of the site's own files.
/// </summary>
public static class SiteContentRoot
{
    /// <summary>The folder of the site's own files when it must be the content root; null when one is given or the current folder holds the site.</summary>
    /// <param name="args">The command-line arguments.</param>
    public static string? For(string[] args)
    {
        if (args.Any(a => a.StartsWith("--contentRoot", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))) return null;
        var current = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(current, "appsettings.json"))) return null;
        var own = AppContext.BaseDirectory;
        return File.Exists(Path.Combine(own, "appsettings.json")) ? own : null;
    }
}
