using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Deployment;

/// <summary>
/// The README's recipe: <c>dotnet publish</c>, then <c>dotnet DefenceSearch.Web.dll</c> started from another
/// folder serves its pages, CSS and JS, and reads a corpus given by a path relative to the published folder
/// (its content root), not to the folder it was started from. One publish, of the build the tests run against
/// (<c>--no-build</c>, the tests' configuration): the publish step (wwwroot, appsettings, Data, dependencies) is
/// the recipe's; compiling the site again in Release took 74 s of the run (39 s of CPU) on two busy cores and
/// raced the benchmark smoke test's own Release build of the library.
/// </summary>
public sealed partial class PublishedSiteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("defencesearch-publish-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [Fact]
    public async Task A_published_site_started_from_another_folder_serves_pages_css_and_searches()
    {
        var publish = Path.Combine(_root, "publish");
        var project = Path.Combine(RepoPaths.Root, "src", "DefenceSearch.Web", "DefenceSearch.Web.csproj");
        var info = new ProcessStartInfo("dotnet", ["publish", project, "-c", SiteProcess.Configuration, "--no-build", "-o", publish, "--nologo", "-p:UseAppHost=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using (var build = Process.Start(info)!)
        {
            var output = build.StandardOutput.ReadToEndAsync();
            var errors = build.StandardError.ReadToEndAsync();
            await build.WaitForExitAsync();
            Assert.True(build.ExitCode == 0, $"dotnet publish failed:\n{await output}\n{await errors}");
        }
        Assert.True(File.Exists(Path.Combine(publish, "wwwroot", "css", "site.css")) || Directory.EnumerateFiles(Path.Combine(publish, "wwwroot", "css")).Any());

        // Relative paths: against the published folder (the content root), not the folder the site starts from.
        SiteFactory.CopyCorpus(Path.Combine(publish, "data", "corpus"));
        var elsewhere = Directory.CreateDirectory(Path.Combine(_root, "elsewhere")).FullName;
        using var site = await SiteProcess.StartAsync("data/corpus", "data/index", "data/saved.db", Path.Combine(publish, "DefenceSearch.Web.dll"), elsewhere);
        Assert.True(Directory.Exists(Path.Combine(publish, "data", "index")), "the index was not made beside the published site");
        Assert.False(Directory.Exists(Path.Combine(elsewhere, "data")), "relative paths were read against the current folder");

        using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
        var page = await http.GetStringAsync("/?q=belarus");
        Assert.Contains("class=\"results\"", page);
        Assert.Contains("000_", page); // a hit from the corpus
        var assets = Asset().Matches(page).Select(m => m.Groups[1].Value).Where(a => a.StartsWith('/')).Distinct().ToList();
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal) || a.Contains(".css?", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal) || a.Contains(".js?", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 0, asset);
        }
        Assert.Contains("Production", site.Output); // the published site runs in Production
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js|svg)(?:\\?[^\"]*)?)\"")]
    private static partial Regex Asset();
}

/// <summary><c>ASPNETCORE_ENVIRONMENT=Production dotnet run</c> runs in Production: the default launch profile sets no environment.</summary>
public sealed class LaunchSettingsTests
{
    [Fact]
    public void The_default_launch_profile_does_not_override_the_environment()
    {
        var path = Path.Combine(RepoPaths.Root, "src", "DefenceSearch.Web", "Properties", "launchSettings.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var first = json.RootElement.GetProperty("profiles").EnumerateObject().First(); // what dotnet run picks
        Assert.False(first.Value.TryGetProperty("environmentVariables", out var variables) && variables.TryGetProperty("ASPNETCORE_ENVIRONMENT", out _),
            $"profile {first.Name} sets ASPNETCORE_ENVIRONMENT, which wins over the shell's");
    }
}
