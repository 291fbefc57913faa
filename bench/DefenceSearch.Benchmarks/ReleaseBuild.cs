namespace DefenceSearch.Benchmarks;

/// <summary>A program of the repository (the site, the CLI), built in Release now so that its DLL is current.</summary>
public static class ReleaseBuild
{
    /// <summary>src/<paramref name="project"/>'s Release DLL after building it, or null with the reason there is none.</summary>
    public static (string? Dll, string? Why) Locate(string repoRoot, string project, Action<string> say)
    {
        var folder = Path.Combine(repoRoot, "src", project);
        var csproj = Path.Combine(folder, project + ".csproj");
        var dll = Path.Combine(folder, "bin", "Release", "net10.0", project + ".dll");
        if (!File.Exists(csproj)) return (null, $"src/{project} is not built (the project is not on this branch yet)");
        say($"building src/{project} in Release …");
        NewsCorpus.RunTool("dotnet", "build", csproj, "-c", "Release", "-nologo", "-v", "q");
        return File.Exists(dll) ? (dll, null) : (null, $"src/{project} is not built ({dll} is missing after the build)");
    }
}
