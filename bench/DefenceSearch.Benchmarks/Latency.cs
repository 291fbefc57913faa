using System.Diagnostics;

namespace DefenceSearch.Benchmarks;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
public sealed record LatencySummary(int Samples, double P50, double P95, double P99, double Max, double Mean)
{
    public static readonly LatencySummary Empty = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0) return Empty;
        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(sorted.Length, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1], Math.Round(sorted.Average(), 3));
    }

    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)], 3);
    }
}

public sealed record QueryTiming(string Query, int Total, double P50);

public sealed record QueryRun(LatencySummary Latency, int Rounds, IReadOnlyList<QueryTiming> PerQuery);

/// <summary>Runs a query set warm, round after round (every query once a round), until the rounds or the time budget are spent.</summary>
public static class QueryTimer
{
    public static QueryRun Run(IReadOnlyList<string> queries, Func<string, int> search, int rounds, TimeSpan budget, CancellationToken cancellation)
    {
        var totals = new int[queries.Count];
        // Warm-up, not timed (JIT, caches, page cache): at least two rounds, and rounds for up to 10 s (at most the
        // budget) so that .NET's tiered compilation has finished with the hot code before anything is timed. 3 s
        // was enough while the benchmark had indexed in its own process first (the shared code was compiled by
        // then); in a fresh process the rounds after 3 s were still 10% faster than those before.
        var warmUp = Stopwatch.StartNew();
        var warmUpTime = TimeSpan.FromSeconds(Math.Min(10, budget.TotalSeconds));
        for (var warm = 0; warm < 2 || warmUp.Elapsed < warmUpTime; warm++)
        {
            for (var q = 0; q < queries.Count; q++) totals[q] = search(queries[q]);
        }
        var samples = new List<double>[queries.Count];
        for (var q = 0; q < queries.Count; q++) samples[q] = new List<double>(Math.Min(rounds, 1000));
        var all = new List<double>(Math.Min(rounds, 1000) * queries.Count);
        var clock = Stopwatch.StartNew();
        var done = 0;
        while (done < rounds && (done < 3 || clock.Elapsed < budget))
        {
            cancellation.ThrowIfCancellationRequested();
            for (var q = 0; q < queries.Count; q++)
            {
                var start = Stopwatch.GetTimestamp();
                totals[q] = search(queries[q]);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                samples[q].Add(ms);
                all.Add(ms);
            }
            done++;
        }
        var perQuery = queries.Select((q, i) => new QueryTiming(q, totals[i], LatencySummary.Of(samples[i]).P50)).ToList();
        return new QueryRun(LatencySummary.Of(all), done, perQuery);
    }

    /// <summary>The query set: one query a line, "#" comments and blank lines skipped.</summary>
    public static IReadOnlyList<string> Load(string path) => File.ReadAllLines(path)
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToList();
}
