using DefenceSearch.Engine;
using DefenceSearch.Searching;

namespace DefenceSearch.Web.Infrastructure.Configuration;

/// <summary>The configuration as the site uses it: paths made absolute, limits in range.</summary>
public sealed class SitePaths
{
    /// <summary>Reads <paramref name="options"/> against the content root of <paramref name="environment"/>.</summary>
    /// <param name="options">The configured options.</param>
    /// <param name="environment">The host (its content root).</param>
    public SitePaths(Microsoft.Extensions.Options.IOptions<DefenceSearchOptions> options, IWebHostEnvironment environment)
    {
        var o = options.Value;
        string Resolve(string path) => Path.GetFullPath(Path.Combine(environment.ContentRootPath, path));
        Corpus = Resolve(o.CorpusPath);
        Index = Resolve(o.IndexPath);
        Database = Resolve(o.DatabasePath);
        Data = string.IsNullOrWhiteSpace(o.DataPath) ? null : Resolve(o.DataPath);
        Rescan = o.RescanMinutes > 0 ? TimeSpan.FromMinutes(o.RescanMinutes) : null;
        ExportLimit = Math.Clamp(o.ExportLimit, 1, 100_000);
        ResultCacheEntries = Math.Clamp(o.ResultCacheEntries, 0, 100_000);
        PublicBaseUrl = Uri.TryCreate(o.PublicBaseUrl?.Trim(), UriKind.Absolute, out var publicUri) && (publicUri.Scheme == Uri.UriSchemeHttp || publicUri.Scheme == Uri.UriSchemeHttps)
            ? publicUri.GetLeftPart(UriPartial.Authority) + publicUri.AbsolutePath.TrimEnd('/')
            : "http://localhost:5000";
        ResultCacheBytes = Math.Clamp(o.ResultCacheMegabytes, 1, 4096) * (1L << 20);
        Engine = string.IsNullOrWhiteSpace(o.Engine) ? null : IndexEngines.Parse(o.Engine);
        SearchBudget = SearchBudget.Default with { Time = TimeSpan.FromMilliseconds(Math.Clamp(o.SearchTimeBudgetMs, 1, 60_000)) };
    }

    /// <summary>The most work one search may do.</summary>
    public SearchBudget SearchBudget { get; }

    /// <summary>The engine the index is built and read with (null: the library's default).</summary>
    public IndexEngine? Engine { get; }

    /// <summary>The most articles an export holds (1 to 100,000).</summary>
    public int ExportLimit { get; }

    /// <summary>How many recent responses the result cache keeps (0: none).</summary>
    public int ResultCacheEntries { get; }

    /// <summary>The most estimated bytes the result cache keeps.</summary>
    public long ResultCacheBytes { get; }

    /// <summary>The public base URL, without a trailing slash.</summary>
    public string PublicBaseUrl { get; }

    /// <summary>The corpus folder, absolute.</summary>
    public string Corpus { get; }
    /// <summary>The index folder, absolute.</summary>
    public string Index { get; }
    /// <summary>The saved-search database file, absolute.</summary>
    public string Database { get; }
    /// <summary>The reference data folder, absolute, or null for the one shipped with the site.</summary>
    public string? Data { get; }
    /// <summary>How often the corpus is scanned for changes, or null for never.</summary>
    public TimeSpan? Rescan { get; }
}
