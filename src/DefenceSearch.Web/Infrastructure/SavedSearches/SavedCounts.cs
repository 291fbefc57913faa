using System.Collections.Concurrent;
using System.Diagnostics;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure.Configuration;

namespace DefenceSearch.Web.Infrastructure.SavedSearches;

/// <summary>
/// The counts on /saved (matches, new since the last visit), computed once per index version and kept, so a
/// page of 500 saved searches costs at most <see cref="SearchesPerPage"/> searches however expensive they
/// are: the rest say "counts later" and are counted on the next views. "New" is counted only when articles
/// entered the index since the last visit (one cheap count per version and visit time), and then only among them.
/// </summary>
public sealed class SavedCounts(Microsoft.Extensions.Options.IOptions<DefenceSearchOptions> options)
{
    /// <summary>No new search starts once a view has spent this long counting, past <see cref="SearchesAlways"/>.</summary>
    public TimeSpan TimePerPage { get; } = TimeSpan.FromMilliseconds(Math.Clamp(options.Value.SavedCountsMsPerView, 1, 600_000));

    /// <summary>The most searches one view of /saved runs.</summary>
    public const int SearchesPerPage = 10;

    /// <summary>Searches a view always runs, whatever the clock says (one saved search's counts).</summary>
    public const int SearchesAlways = 3;

    /// <summary>Distinct counts kept for the current index version; more start the cache over.</summary>
    public const int MaxEntries = 20_000;

    private readonly object _gate = new();
    private long _version = -1;
    private ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private long _searches;

    /// <summary>Searches run for /saved since the site started (the tests' measure of work).</summary>
    public long SearchesRun => Interlocked.Read(ref _searches);

    /// <summary>One view's counting: at most <see cref="SearchesPerPage"/> searches.</summary>
    public View Begin(ArticleIndex index) => new(this, index, Counts(index.Version));

    private ConcurrentDictionary<string, int> Counts(long version)
    {
        lock (_gate)
        {
            if (version != _version || _counts.Count > MaxEntries)
            {
                _version = version;
                _counts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            }
            return _counts;
        }
    }

    /// <summary>One view of the saved page: counts at most the searches it may afford, the rest later.</summary>
    /// <param name="owner">The counts it belongs to.</param>
    /// <param name="index">The index counted over.</param>
    /// <param name="counts">The counts kept for this version of the index.</param>
    public sealed class View(SavedCounts owner, ArticleIndex index, ConcurrentDictionary<string, int> counts)
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _searches;

        /// <summary>Searches this view ran.</summary>
        public int Searches => _searches;

        /// <summary>Matches of the saved search and how many entered the index after <paramref name="since"/>; null when they must wait.</summary>
        public (int Total, int New)? Of(SearchRequest parameters, DateTimeOffset since)
        {
            var request = parameters with { Lang = "vi", Snippets = false, Page = 1, Size = 1 };
            var key = parameters.ToQueryString(withPage: false);
            var sinceSeconds = since.ToUnixTimeSeconds();
            if (!TryCount("t\u0001" + key, () => index.Search(request).Total, out var total)) return null;
            // Anything new at all since then? One count over the few new articles, shared by every saved search.
            if (!TryCount("a\u0001" + sinceSeconds, () => index.CountAddedSince(new SearchRequest(), sinceSeconds), out var anyNew)) return null;
            if (anyNew == 0 || total == 0) return (total, 0);
            if (!TryCount("n\u0001" + sinceSeconds + "\u0001" + key, () => index.CountAddedSince(request, sinceSeconds), out var fresh)) return null;
            return (total, fresh);
        }

        private bool TryCount(string key, Func<int> count, out int value)
        {
            if (counts.TryGetValue(key, out value)) return true;
            if (_searches >= SearchesPerPage || (_searches >= SearchesAlways && _clock.Elapsed > owner.TimePerPage)) return false;
            _searches++;
            Interlocked.Increment(ref owner._searches);
            value = count();
            counts[key] = value;
            return true;
        }
    }
}
