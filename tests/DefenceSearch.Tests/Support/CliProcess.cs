using System.Diagnostics;

namespace DefenceSearch.Tests.Support;

/// <summary>Runs the built command line (src/DefenceSearch.Cli) as a child process.</summary>
public static class CliProcess
{
    public static string DllPath
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            return Path.Combine(TestPaths.RepoRoot, "src", "DefenceSearch.Cli", "bin", configuration, "net10.0", "DefenceSearch.Cli.dll");
        }
    }

    public static Process Start(params string[] arguments)
    {
        if (!File.Exists(DllPath)) throw new FileNotFoundException("The command line is not built", DllPath);
        var start = new ProcessStartInfo("dotnet", [DllPath, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    /// <summary>Runs to the end; returns exit code, standard output and standard error.</summary>
    public static (int Code, string Out, string Error) Run(params string[] arguments)
    {
        using var process = Start(arguments);
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error.Result);
    }
}
