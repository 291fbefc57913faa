using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// Term look-ups (<see cref="TermContext"/>: each segment's term state, document and term frequencies)
/// kept per index reader, so a term that comes back in the next query is not sought again in every
/// segment's term dictionary. A query word expands to every accented spelling in two fields, so one
/// search builds dozens of term queries; building their contexts was most of the allocation of a search.
/// The contexts of a reader never change; a <see cref="TermQuery"/> given one of another reader builds its own.
/// </summary>
internal static class TermStates
{
    private const int MaxTermsPerReader = 200_000;

    private sealed class Cache
    {
        public readonly ConcurrentDictionary<Term, TermContext> Contexts = new();
        public readonly ConcurrentDictionary<string, CollectionStatistics> Fields = new(StringComparer.Ordinal);
        public int Count;
    }

    private static readonly ConditionalWeakTable<IndexReader, Cache> PerReader = new();

    /// <summary>A term query whose term statistics come from the reader's cache: the same query, scored the same.</summary>
    public static TermQuery Query(IndexReader reader, string field, string text)
    {
        var term = new Term(field, text);
        return new TermQuery(term, Context(reader, term));
    }

    /// <summary>
    /// A field's statistics over the whole reader. IndexSearcher computes them through a MultiTerms built anew on
    /// every call, once per term of every query; they never change for a reader.
    /// </summary>
    public static CollectionStatistics Collection(IndexSearcher searcher, string field)
    {
        var cache = PerReader.GetValue(searcher.IndexReader, _ => new Cache());
        return cache.Fields.TryGetValue(field, out var known) ? known : cache.Fields.GetOrAdd(field, searcher.CollectionStatistics(field));
    }

    public static TermContext Context(IndexReader reader, Term term)
    {
        var cache = PerReader.GetValue(reader, _ => new Cache());
        if (cache.Contexts.TryGetValue(term, out var context)) return context;
        context = TermContext.Build(reader.Context, term);
        if (Volatile.Read(ref cache.Count) < MaxTermsPerReader && cache.Contexts.TryAdd(term, context)) Interlocked.Increment(ref cache.Count);
        return context;
    }
}
