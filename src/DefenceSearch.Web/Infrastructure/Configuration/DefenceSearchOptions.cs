using DefenceSearch.Engine;
using DefenceSearch.Searching;

namespace DefenceSearch.Web.Infrastructure.Configuration;

/// <summary>The <c>DefenceSearch</c> configuration section. Relative paths are resolved against the content root.</summary>
public sealed class DefenceSearchOptions
{
    /// <summary>The configuration section ("DefenceSearch").</summary>
    public const string Section = "DefenceSearch";

    /// <summary>The corpus folder (relative paths are read against the content root).</summary>
    public string CorpusPath { get; set; } = "../../corpus";
    /// <summary>The index folder.</summary>
    public string IndexPath { get; set; } = "../../index";
    /// <summary>The SQLite file of saved searches.</summary>
    public string DatabasePath { get; set; } = "App_Data/saved-searches.db";

    /// <summary>The reference data folder (countries.json, …); empty means the library's default.</summary>
    public string? DataPath { get; set; }

    /// <summary>Re-scan the corpus every this many minutes; 0 scans only at start-up.</summary>
    public double RescanMinutes { get; set; }

    /// <summary>The most rows an export (CSV, JSON) holds; more are cut and the response says so.</summary>
    public int ExportLimit { get; set; } = 5000;

    /// <summary>Recent search responses kept for the current index version (0: every request searches).</summary>
    public int ResultCacheEntries { get; set; } = 1000;

    /// <summary>The most memory the kept responses may take (estimated, in MB); past it the least recent are dropped.</summary>
    public int ResultCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// The site's public address (https://search.example.org): feeds build their links from it, never from the
    /// request's Host header (which anyone can set).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>How long one view of /saved may spend counting before the rest say "counts later" (milliseconds).</summary>
    public int SavedCountsMsPerView { get; set; } = 1500;

    /// <summary>Saves one client address may make a minute (ASP.NET Core's rate limiter; 429 past it).</summary>
    public int SavesPerMinute { get; set; } = 30;

    /// <summary>New owners (first saves without an owner key) one client address may create an hour.</summary>
    public int OwnersPerHour { get; set; } = 20;

    /// <summary>How long one search may collect matches before it stops and says so (milliseconds).</summary>
    public int SearchTimeBudgetMs { get; set; } = 1000;

    /// <summary>
    /// The Lucene pieces the index is built and read with: "custom" (DefenceSearch's own) or "stock" (Lucene's only);
    /// empty means the DEFENCESEARCH_ENGINE environment variable, else custom. An index built by the other engine is rebuilt.
    /// </summary>
    public string? Engine { get; set; }
}

