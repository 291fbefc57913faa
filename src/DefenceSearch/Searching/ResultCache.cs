using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Lucene.Net.Index;

namespace DefenceSearch.Searching;

/// <summary>
/// The responses of recent searches against one version of the index, so that a search many people run
/// (a bookmark, a link passed around, the same headline typed again) is answered without searching again.
/// Entries belong to the index reader that produced them: a refresh that brings new articles starts an
/// empty cache, so a cached answer is never older than what a fresh search would find.
/// </summary>
internal sealed class ResultCache(int capacity)
{
    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, SearchResponse> Responses = new(StringComparer.Ordinal);
        public int Count;
    }

    private readonly ConditionalWeakTable<IndexReader, Generation> _generations = new();

    public bool TryGet(IndexReader reader, string key, out SearchResponse response)
    {
        response = null!;
        return _generations.TryGetValue(reader, out var generation) && generation.Responses.TryGetValue(key, out response!);
    }

    public void Add(IndexReader reader, string key, SearchResponse response)
    {
        var generation = _generations.GetValue(reader, _ => new Generation());
        // Full: start over rather than track recency; the searches people repeat come straight back.
        if (Volatile.Read(ref generation.Count) >= capacity)
        {
            generation.Responses.Clear();
            Volatile.Write(ref generation.Count, 0);
        }
        if (generation.Responses.TryAdd(key, response)) Interlocked.Increment(ref generation.Count);
    }

    /// <summary>Everything that decides a response, in one string.</summary>
    public static string Key(SearchRequest request)
    {
        var sb = new StringBuilder(request.Query?.Length + 64 ?? 64);
        sb.Append(request.Query).Append('\u0001').Append((int)request.Sort).Append('\u0001').Append(request.Page)
            .Append('\u0001').Append(request.Size).Append('\u0001').Append(request.Lang).Append('\u0001').Append(request.Snippets).Append('\u0001').Append(request.Apart);
        foreach (var list in new[] { request.Countries, request.Ministers, request.Years, request.Areas })
        {
            sb.Append('\u0002');
            foreach (var value in list) sb.Append(value).Append('\u0001');
        }
        return sb.ToString();
    }
}
