using System.Diagnostics;
using System.Net;

namespace DefenceSearch.Benchmarks;

public sealed record LoadResult(
    int Clients, double Seconds, long Requests, long Errors, double RequestsPerSecond,
    LatencySummary Latency, IReadOnlyDictionary<string, long> Statuses, string? FirstError);

/// <summary>
/// A small closed-loop HTTP load generator: N clients, each sending its next request when the last one
/// answered, bounded in time and in count, and only to loopback addresses.
/// </summary>
public static class LoadGenerator
{
    public static async Task<LoadResult> RunAsync(Uri baseAddress, IReadOnlyList<string> paths, int clients, TimeSpan duration,
        long maxRequests, CancellationToken cancellation)
    {
        if (!baseAddress.IsLoopback && !(IPAddress.TryParse(baseAddress.Host, out var ip) && IPAddress.IsLoopback(ip)))
            throw new ArgumentException($"The load generator sends traffic to loopback addresses only, not {baseAddress}.", nameof(baseAddress));
        if (paths.Count == 0) throw new ArgumentException("No request paths.", nameof(paths));

        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            AutomaticDecompression = DecompressionMethods.None,
            UseProxy = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        stop.CancelAfter(duration + TimeSpan.FromSeconds(30)); // a hard stop even when the site hangs

        long sent = 0, errors = 0;
        var statuses = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        string? firstError = null;
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();

        async Task Client(int id)
        {
            var mine = latencies[id] = new List<double>(4096);
            var next = id * 7 % paths.Count; // clients start at different queries
            while (clock.Elapsed < duration && !stop.IsCancellationRequested)
            {
                if (Interlocked.Increment(ref sent) > maxRequests) break;
                var path = paths[next];
                next = (next + 1) % paths.Count;
                var start = Stopwatch.GetTimestamp();
                string status;
                try
                {
                    using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead, stop.Token);
                    status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!response.IsSuccessStatusCode)
                    {
                        Interlocked.Increment(ref errors);
                        Interlocked.CompareExchange(ref firstError, $"{status} for {path}", null);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    if (stop.IsCancellationRequested && clock.Elapsed >= duration) break;
                    status = e.GetType().Name;
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {e.Message} for {path}", null);
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => Client(i), CancellationToken.None)));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.Where(l => l is not null).SelectMany(l => l).ToList();
        return new LoadResult(clients, Math.Round(seconds, 2), all.Count, errors, Math.Round(all.Count / seconds, 1),
            LatencySummary.Of(all), new SortedDictionary<string, long>(statuses), firstError);
    }
}
