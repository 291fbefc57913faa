using DefenceSearch.Benchmarks;

namespace DefenceSearch.Evaluation;

/// <summary>
/// What every evaluation shares in one run: the options, the output, a scratch folder removed at the end and
/// the real news extracted into it once (never into the repository).
/// </summary>
public sealed class EvaluationContext : IDisposable
{
    private readonly bool _ownsWork;
    private NewsCorpus? _corpus;

    public EvaluationContext(EvaluationOptions options, TextWriter output)
    {
        Options = options;
        Output = output;
        _ownsWork = options.WorkPath is null;
        WorkPath = Path.GetFullPath(options.WorkPath ?? Path.Combine(Path.GetTempPath(), "defencesearch-eval", Guid.NewGuid().ToString("N")[..8]));
        Directory.CreateDirectory(WorkPath);
        DataPath = Path.GetFullPath(options.DataPath ?? Path.Combine(RepositoryRoot() ?? ".", "..", "shared", "data"));
    }

    public EvaluationOptions Options { get; }
    public TextWriter Output { get; }

    /// <summary>The scratch folder of this run.</summary>
    public string WorkPath { get; }

    /// <summary>The folder holding the news archives.</summary>
    public string DataPath { get; }

    /// <summary>The real news (or the slice of <see cref="EvaluationOptions.Articles"/>), extracted on first use.</summary>
    public NewsCorpus Corpus => _corpus ??= NewsCorpus.Extract(DataPath, Path.Combine(WorkPath, "news"), Options.Articles);

    /// <summary>A data file of this program (Data/…), beside the built program.</summary>
    public static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>The folder holding DefenceSearch.sln, above the program or the current folder.</summary>
    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DefenceSearch.sln"))) return dir.FullName;
            }
        }
        return null;
    }

    public void Dispose()
    {
        if (_ownsWork && Directory.Exists(WorkPath)) Directory.Delete(WorkPath, recursive: true);
    }
}
