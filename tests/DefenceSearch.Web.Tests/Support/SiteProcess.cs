using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DefenceSearch.Web.Tests.Support;

/// <summary>
/// The built site (<c>dotnet DefenceSearch.Web.dll</c>) as a child process on 127.0.0.1 (a free port), with
/// its own corpus, index and database, so a test can kill it without warning and start it again.
/// </summary>
public sealed partial class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private SiteProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; private set; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Output => string.Join('\n', _output);

    /// <summary>The configuration the tests (and so the site beside them) were built in: Debug or Release.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    /// <summary>The site's own build, next to the tests' (Debug or Release).</summary>
    public static string WebDll => Path.Combine(RepoPaths.Root, "src", "DefenceSearch.Web", "bin", Configuration, "net10.0", "DefenceSearch.Web.dll");

    /// <summary>Starts the site and waits until it answers searches (its start-up indexing is done).</summary>
    /// <param name="dll">Another build of the site (a published one); the tests' own build when null.</param>
    /// <param name="workingDirectory">The folder it is started from; the dll's own when null.</param>
    public static async Task<SiteProcess> StartAsync(string corpus, string index, string database, string? dll = null, string? workingDirectory = null)
    {
        dll ??= WebDll;
        Assert.True(File.Exists(dll), $"{dll} is not built");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DefenceSearch__CorpusPath"] = corpus;
        start.Environment["DefenceSearch__IndexPath"] = index;
        start.Environment["DefenceSearch__DatabasePath"] = database;
        start.Environment["DefenceSearch__SavesPerMinute"] = "100000"; // the tests save hundreds from one address
        start.Environment["DefenceSearch__OwnersPerHour"] = "100000";
        start.Environment["DefenceSearch__SearchTimeBudgetMs"] = "60000"; // a busy machine must not cut searches at random
        start.Environment["Logging__Console__FormatterName"] = "simple";

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        var site = new SiteProcess(process, "");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            site._output.Enqueue(e.Data);
            if (Listening().Match(e.Data) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) site._output.Enqueue(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var exited = process.WaitForExitAsync();
            var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
            if (first != listening.Task) throw new InvalidOperationException($"the site did not start:\n{site.Output}");
            site.BaseUrl = listening.Task.Result;

            using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromSeconds(10) };
            var clock = Stopwatch.StartNew();
            while (true)
            {
                using (var response = await http.GetAsync("/api/search?q=belarus"))
                    if (response.IsSuccessStatusCode) break;
                if (clock.Elapsed > TimeSpan.FromSeconds(60) || process.HasExited)
                    throw new InvalidOperationException($"the site's index did not become ready:\n{site.Output}");
                await Task.Delay(100);
            }
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>SIGKILL: no shutdown, no flushing, nothing the site can do about it.</summary>
    public void KillNow()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) KillNow();
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:[0-9]+)")]
    private static partial Regex Listening();
}
