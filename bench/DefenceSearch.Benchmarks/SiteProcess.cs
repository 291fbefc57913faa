using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// The built site as a child process on 127.0.0.1, serving a given index, with its resident memory read
/// from /proc/&lt;pid&gt;/status.
/// </summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];

    private SiteProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log) return _log.ToList();
        }
    }

    /// <summary>
    /// The site's DLL: <paramref name="explicitPath"/>, or src/DefenceSearch.Web's Release build (built now when the
    /// project is there but not built). Null with a reason when there is no site.
    /// </summary>
    public static (string? Dll, string? Why) Locate(string? explicitPath, string repoRoot, Action<string> say)
    {
        if (explicitPath is not null)
            return File.Exists(explicitPath) ? (Path.GetFullPath(explicitPath), null) : (null, $"--site {explicitPath} does not exist");
        var (dll, why) = ReleaseBuild.Locate(repoRoot, "DefenceSearch.Web", say);
        return (dll, why is null ? null : "skipped: " + why);
    }

    public static async Task<SiteProcess> StartAsync(string dll, string indexPath, string corpusPath, string databasePath, TimeSpan timeout, CancellationToken cancellation, bool resultCache = true)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var info = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add($"http://127.0.0.1:{port}");
        info.Environment["DefenceSearch__IndexPath"] = indexPath;
        info.Environment["DefenceSearch__CorpusPath"] = corpusPath;
        info.Environment["DefenceSearch__DatabasePath"] = databasePath;
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        if (!resultCache) info.Environment["DefenceSearch__ResultCacheEntries"] = "0"; // every request searches
        var process = Process.Start(info) ?? throw new InvalidOperationException("the site could not be started");
        var site = new SiteProcess(process, address);
        process.OutputDataReceived += (_, e) => site.Remember(e.Data);
        process.ErrorDataReceived += (_, e) => site.Remember(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await site.WaitUntilReadyAsync(timeout, cancellation);
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    private void Remember(string? line)
    {
        if (line is null) return;
        lock (_log)
        {
            if (_log.Count < 200) _log.Add(line);
        }
    }

    // 200 from /api/search?q=x, then quiet: the start-up scan of the corpus has finished (CPU below 10 % for 2 s).
    private async Task WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellation)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(10) };
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            if (_process.HasExited) throw new InvalidOperationException($"the site exited with code {_process.ExitCode}: {string.Join('\n', Log.TakeLast(20))}");
            if (clock.Elapsed > timeout) throw new TimeoutException($"the site did not answer /api/search?q=x with 200 within {timeout.TotalSeconds:0} s: {string.Join('\n', Log.TakeLast(20))}");
            try
            {
                using var response = await http.GetAsync("api/search?q=x", cancellation);
                if (response.StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellation.IsCancellationRequested)
            {
            }
            await Task.Delay(250, cancellation);
        }
        var quiet = 0;
        var before = CpuTicks();
        while (quiet < 4 && clock.Elapsed < timeout)
        {
            await Task.Delay(500, cancellation);
            var now = CpuTicks();
            // clock ticks are 1/100 s: below 5 ticks in 0.5 s is below 10 % of one core
            quiet = now - before < 5 ? quiet + 1 : 0;
            before = now;
        }
    }

    /// <summary>Resident memory in bytes (VmRSS), or 0 when it cannot be read.</summary>
    public long ResidentBytes() => ResidentBytes(_process.Id);

    public static long ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (!line.StartsWith("VmRSS:", StringComparison.Ordinal)) continue;
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return long.Parse(parts[1], CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException)
        {
        }
        return 0;
    }

    private long CpuTicks()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}

/// <summary>Samples a process's RSS every few hundred milliseconds until disposed.</summary>
public sealed class RssSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _task;
    private long _peak;

    public RssSampler(int pid, TimeSpan every)
    {
        _task = Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                var rss = SiteProcess.ResidentBytes(pid);
                if (rss > Interlocked.Read(ref _peak)) Interlocked.Exchange(ref _peak, rss);
                try
                {
                    await Task.Delay(every, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
    }

    public long Peak => Interlocked.Read(ref _peak);

    public void Dispose()
    {
        _stop.Cancel();
        _task.Wait();
        _stop.Dispose();
    }
}
