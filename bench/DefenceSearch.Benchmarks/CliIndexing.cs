using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// DefenceSearch's indexing as a user runs it: <c>DefenceSearch.Cli index --rebuild</c> in its own process, with the
/// CLI's runtime settings (a batch job: compiled fully at once, server GC), timed from start to exit.
/// </summary>
public static partial class CliIndexing
{
    public sealed record Result(int Documents, int Skipped, TimeSpan Elapsed, string Output);

    public static Result Run(string dll, string corpus, string index, int threads, CancellationToken cancellation)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "index", "--corpus", corpus, "--index", index, "--rebuild", "--threads", threads.ToString(CultureInfo.InvariantCulture) })
            info.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        using var kill = cancellation.Register(() => process.Kill(entireProcessTree: true));
        var error = process.StandardError.ReadToEndAsync(cancellation);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        if (process.ExitCode != 0) throw new InvalidOperationException($"DefenceSearch.Cli index exited with {process.ExitCode}: {error.Result}\n{output}");
        var documents = Documents().Match(output);
        var skipped = Skipped().Match(output);
        if (!documents.Success) throw new InvalidOperationException("DefenceSearch.Cli index did not say how many documents it indexed:\n" + output);
        return new Result(int.Parse(documents.Groups[1].Value, CultureInfo.InvariantCulture),
            skipped.Success ? int.Parse(skipped.Groups[1].Value, CultureInfo.InvariantCulture) : 0, elapsed, output);
    }

    [GeneratedRegex(@"^\s*documents\s+(\d+) in the index", RegexOptions.Multiline)]
    private static partial Regex Documents();

    [GeneratedRegex(@"^\s*skipped\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex Skipped();
}
