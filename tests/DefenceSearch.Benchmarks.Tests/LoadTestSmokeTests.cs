namespace DefenceSearch.Benchmarks.Tests;

/// <summary>
/// The load program (bench/DefenceSearch.LoadTest) for a few seconds over the seeds with the site this build made,
/// so it cannot rot. Not a load test: it asserts that the program starts the site, sends both kinds of traffic and
/// reports what it measured, not how fast anything was.
/// </summary>
public sealed class LoadTestSmokeTests
{
    [Fact]
    public async Task The_load_program_runs_the_built_site_and_reports_requests_errors_and_memory()
    {
        var output = new StringWriter();

        var exit = await DefenceSearch.LoadTest.Program.RunAsync(["--site", BuiltSite(), "--clients", "2", "--seconds", "3", "--distinct", "30"], output);

        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains(", 5 articles,", text, StringComparison.Ordinal);
        Assert.Contains("30 distinct /api/search?size=100 requests, 0 errors: RSS MB", text, StringComparison.Ordinal);
        Assert.Matches(@"2 clients for [0-9.]+ s: [0-9,]+ requests, [0-9,]+ requests/s, 0 errors", text);
        Assert.Contains("latency ms: p50", text, StringComparison.Ordinal);
        Assert.Contains("RSS growth not judged", text, StringComparison.Ordinal);
        Assert.Contains("PASS: 0 errors", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_it_cannot_honour_get_the_usage_and_exit_code_2()
    {
        Assert.Equal(2, await DefenceSearch.LoadTest.Program.RunAsync(["--index", "/tmp/x"], TextWriter.Null));
        Assert.Equal(2, await DefenceSearch.LoadTest.Program.RunAsync(["--distinct", "-1"], TextWriter.Null));
        Assert.Equal(2, await DefenceSearch.LoadTest.Program.RunAsync(["--sideways"], TextWriter.Null));
    }

    /// <summary>The site's DLL in the configuration this test was built in (the solution builds it first).</summary>
    private static string BuiltSite()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = here.Parent!.Name; // bin/<configuration>/net10.0/
        for (var dir = here; dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "DefenceSearch.sln")))
                return Path.Combine(dir.FullName, "src", "DefenceSearch.Web", "bin", configuration, "net10.0", "DefenceSearch.Web.dll");
        throw new InvalidOperationException("DefenceSearch.sln not found above " + here.FullName);
    }
}
