using System.Diagnostics;
using System.Text;
using DefenceSearch.Indexing;

namespace DefenceSearch.Benchmarks;

/// <summary>The real news of ../shared/data, extracted at run time into a temporary folder (never into the repository).</summary>
public sealed class NewsCorpus
{
    public static readonly string[] Archives = ["unc-news.tar.gz", "baomoi-news.tar.gz"];

    private NewsCorpus(string path, IReadOnlyList<string> files, long bytes)
    {
        Path = path;
        Files = files;
        Bytes = bytes;
    }

    /// <summary>The folder holding the articles (sub-folders unc/ and baomoi/, or copy0..copyN of them).</summary>
    public string Path { get; }

    /// <summary>Every article file, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Sum of the file sizes.</summary>
    public long Bytes { get; }

    public int Count => Files.Count;

    /// <summary>The index's id of every article ("unc/news_world_1", "baomoi/22717562"): what a judged id is looked up in.</summary>
    public IReadOnlySet<string> Ids => _ids ??= Files.Select(f => CorpusIndexer.IdOf(System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _ids;

    /// <summary>Extracts both archives into <paramref name="target"/>; keeps an evenly spaced subset of <paramref name="articles"/> files when that is above 0.</summary>
    public static NewsCorpus Extract(string dataPath, string target, int articles)
    {
        Directory.CreateDirectory(target);
        var archives = Archives.Select(a => System.IO.Path.Combine(dataPath, a)).ToList();
        foreach (var path in archives)
        {
            if (!File.Exists(path)) throw new FileNotFoundException($"The shared news data is missing: {path}", path);
        }
        if (articles <= 0)
        {
            foreach (var path in archives) RunTool("tar", "-xzf", path, "-C", target);
            return Open(target);
        }
        // A subset: list the members, keep an evenly spaced selection across both archives, extract only those.
        var members = archives
            .SelectMany(path => RunTool("tar", "-tzf", path).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(m => !m.EndsWith('/'))
                .Select(m => (Archive: path, Member: m)))
            .OrderBy(m => m.Member, StringComparer.Ordinal)
            .ToList();
        var chosen = new HashSet<int>();
        for (var i = 0; i < Math.Min(articles, members.Count); i++) chosen.Add((int)((long)i * members.Count / Math.Min(articles, members.Count)));
        foreach (var group in members.Where((_, i) => chosen.Contains(i)).GroupBy(m => m.Archive))
        {
            var list = System.IO.Path.Combine(target, ".members");
            File.WriteAllLines(list, group.Select(m => m.Member));
            RunTool("tar", "-xzf", group.Key, "-C", target, "-T", list);
            File.Delete(list);
        }
        return Open(target);
    }

    /// <summary>
    /// The corpus replicated <paramref name="copies"/> times as hard links in copy0..copyN-1 (the indexer's id
    /// is the relative path, so every copy has distinct ids).
    /// </summary>
    public NewsCorpus Replicate(string target, int copies)
    {
        Directory.CreateDirectory(target);
        for (var i = 0; i < copies; i++)
        {
            var copy = System.IO.Path.Combine(target, "copy" + i);
            Directory.CreateDirectory(copy);
            RunTool("cp", "-al", Path + "/.", copy);
        }
        return Open(target);
    }

    public static NewsCorpus Open(string path)
    {
        var files = List(path);
        var bytes = files.Sum(f => new FileInfo(f).Length);
        return new NewsCorpus(path, files, bytes);
    }

    /// <summary>Reads every file once so both engines start with the same warm page cache.</summary>
    public void WarmPageCache()
    {
        Parallel.ForEach(Files, f => File.ReadAllBytes(f));
    }

    private static List<string> List(string path) =>
        Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();

    internal static string RunTool(string tool, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{tool} could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        return output;
    }
}

/// <summary>
/// An article as FTS5 gets it: header lines ("# doc_id = …", "# url = …", "# date = …") skipped, the
/// first other non-empty line is the title, the rest the body. NFC, like the DefenceSearch reader.
/// </summary>
public readonly record struct PlainArticle(string Title, string Body)
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    public static PlainArticle Read(byte[] bytes)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = Utf8.GetString(bytes, start, bytes.Length - start).Replace("\r\n", "\n");
        if (!text.IsNormalized(NormalizationForm.FormC)) text = text.Normalize(NormalizationForm.FormC);
        var position = 0;
        string? title = null;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            if (end < 0) end = text.Length;
            var line = text.AsSpan(position, end - position).Trim();
            position = end + 1;
            if (line.IsEmpty || IsHeader(line)) continue;
            title = line.ToString();
            break;
        }
        var body = position < text.Length ? text[position..].Trim() : "";
        return new PlainArticle(title ?? "", body);
    }

    private static bool IsHeader(ReadOnlySpan<char> line) =>
        line.StartsWith("# doc_id", StringComparison.Ordinal) || line.StartsWith("# url", StringComparison.Ordinal) || line.StartsWith("# date", StringComparison.Ordinal);
}
