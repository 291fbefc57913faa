using System.Diagnostics;

namespace DefenceSearch.Web.Tests.Support;

/// <summary>
/// Debian's Chromium for the browser tests. Playwright never downloads a browser here: when
/// /usr/bin/chromium is missing, it is installed with apt-get (the tests run as root on CI).
/// </summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath)) return;
        await Gate.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath)) return;
            await RunAsync("apt-get", "update");
            await RunAsync("apt-get", "install -y chromium");
            if (!File.Exists(ExecutablePath))
                throw new InvalidOperationException($"apt-get install chromium finished but {ExecutablePath} is missing.");
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task RunAsync(string program, string arguments)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(15));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}):\n{await error}\n{Http.Shorten(await output)}");
    }
}
