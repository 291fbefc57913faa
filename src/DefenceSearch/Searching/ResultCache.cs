using System.Text;
using Lucene.Net.Index;
using Microsoft.Extensions.Caching.Memory;

namespace DefenceSearch.Searching;

/// <summary>
/// The responses of recent searches against one version of the index, so that a search many people run
/// (a bookmark, a link passed around, the same headline typed again) is answered without searching again.
/// Entries belong to the index reader that produced them: a refresh that brings new articles starts an
/// empty cache, so a cached answer is never older than what a fresh search would find.
/// </summary>
/// <remarks>
/// Bounded by bytes, not by count (a hundred 100-hit responses weigh as much as thousands of 10-hit ones):
/// the framework's <see cref="MemoryCache"/> with a size limit, each response's size estimated from its
/// strings and collections (<see cref="EstimateBytes"/>). Past the limit a response is not kept and the
/// least recently used are dropped; a count limit caps the entries as well.
/// </remarks>
internal sealed class ResultCache : IDisposable
{
    private readonly MemoryCache _cache;
    private readonly int _maxEntries;
    private readonly object _gate = new();
    private WeakReference<IndexReader>? _reader;

    public ResultCache(int maxEntries, long maxBytes)
    {
        _maxEntries = Math.Max(1, maxEntries);
        MaxBytes = Math.Max(1, maxBytes);
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxBytes, CompactionPercentage = 0.25, TrackStatistics = true });
    }

    public long MaxBytes { get; }

    /// <summary>The estimated bytes of the responses kept now (never above <see cref="MaxBytes"/>).</summary>
    public long EstimatedBytes => _cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public int Count => _cache.Count;

    public bool TryGet(IndexReader reader, string key, out SearchResponse response)
    {
        response = null!;
        return IsCurrent(reader) && _cache.TryGetValue(key, out response!);
    }

    public void Add(IndexReader reader, string key, SearchResponse response)
    {
        lock (_gate)
        {
            if (!IsCurrent(reader))
            {
                _cache.Clear(); // a new version of the index: nothing older may be answered
                _reader = new WeakReference<IndexReader>(reader);
            }
        }
        if (_cache.Count >= _maxEntries) _cache.Compact(0.25);
        var size = EstimateBytes(response) + 2L * key.Length + 64;
        if (size > MaxBytes / 4) return; // one response may not push out most of the others
        _cache.Set(key, response, new MemoryCacheEntryOptions { Size = size });
    }

    private bool IsCurrent(IndexReader reader) => _reader is not null && _reader.TryGetTarget(out var current) && ReferenceEquals(current, reader);

    /// <summary>A response's size in memory, estimated: UTF-16 strings, object headers, list and dictionary slots.</summary>
    public static long EstimateBytes(SearchResponse response)
    {
        const int Object = 32, String = 24, Slot = 8;
        static long Text(string? s) => s is null ? 0 : String + 2L * s.Length;
        long bytes = 6 * Object + Text(response.Query) + Text(response.Notice) + Text(response.Suggestion);
        foreach (var hit in response.Hits)
        {
            bytes += Object + Slot + Text(hit.Id) + Text(hit.Title) + Text(hit.Date) + Text(hit.Url) + Text(hit.Source) + Text(hit.Snippet.Text) + Slot * hit.Snippet.Marks.Count;
            foreach (var list in new[] { hit.Countries, hit.Ministers, hit.Areas })
            {
                bytes += Object;
                foreach (var value in list) bytes += Slot + Text(value);
            }
        }
        foreach (var (name, values) in response.Facets)
        {
            bytes += Object + 3 * Slot + Text(name);
            foreach (var value in values) bytes += Object + Slot + Text(value.Key) + Text(value.Label);
        }
        foreach (var month in response.Months) bytes += Object + Slot + Text(month.Key) + Text(month.Label);
        foreach (var notice in response.Notices) bytes += Object + Slot + Text(notice.Detail);
        // The highlight words: a set, prefixes, phrases and their lookup (about three copies of the words).
        bytes += 4 * Object + 3 * Text(response.Highlight.ToParameter());
        return bytes;
    }

    /// <summary>Everything that decides a response, in one string.</summary>
    public static string Key(SearchRequest request)
    {
        var sb = new StringBuilder(request.Query?.Length + 64 ?? 64);
        sb.Append(request.Query).Append('\u0001').Append((int)request.Sort).Append('\u0001').Append(request.Page)
            .Append('\u0001').Append(request.Size).Append('\u0001').Append(request.Lang).Append('\u0001').Append(request.Snippets).Append('\u0001').Append(request.Apart)
            .Append('\u0001').Append(request.From).Append('\u0001').Append(request.To);
        foreach (var dimension in FacetDimensions.All)
        {
            sb.Append('\u0002');
            foreach (var value in request.Selected(dimension.Name)) sb.Append(value).Append('\u0001');
        }
        return sb.ToString();
    }

    public void Dispose() => _cache.Dispose();
}
