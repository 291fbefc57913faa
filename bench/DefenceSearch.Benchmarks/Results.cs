using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DefenceSearch.Benchmarks;

public sealed record MachineInfo
{
    public int Cores { get; init; }
    public double MemoryGiB { get; init; }
    public string Cpu { get; init; } = "";
    public string Os { get; init; } = "";
    public string Dotnet { get; init; } = "";
    public string Sqlite { get; init; } = "";
    public string LuceneNet { get; init; } = "";
    public string MicrosoftDataSqlite { get; init; } = "";
    public string Configuration { get; init; } = "";
    public string LoadAverageBefore { get; init; } = "";
    public string LoadAverageAfter { get; set; } = "";
    public DateTimeOffset Started { get; init; }

    public static MachineInfo Read() => new()
    {
        Cores = Environment.ProcessorCount,
        MemoryGiB = Math.Round(MemTotalKiB() / 1048576.0, 1),
        Cpu = CpuModel(),
        Os = RuntimeInformation.OSDescription,
        Dotnet = RuntimeInformation.FrameworkDescription,
        Sqlite = Fts5Engine.SqliteVersion(),
        LuceneNet = Version(typeof(Lucene.Net.Index.IndexWriter).Assembly),
        MicrosoftDataSqlite = Version(typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly),
        Configuration =
#if DEBUG
            "Debug (numbers are not representative: run with -c Release)",
#else
            "Release",
#endif
        LoadAverageBefore = LoadAverage(),
        Started = DateTimeOffset.Now,
    };

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "";

    private static string Version(Assembly assembly)
    {
        var v = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "";
        var plus = v.IndexOf('+');
        return plus > 0 ? v[..plus] : v;
    }

    private static long MemTotalKiB()
    {
        if (!File.Exists("/proc/meminfo")) return 0;
        var line = File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    private static string CpuModel()
    {
        if (!File.Exists("/proc/cpuinfo")) return RuntimeInformation.ProcessArchitecture.ToString();
        var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        return line is null ? RuntimeInformation.ProcessArchitecture.ToString() : line[(line.IndexOf(':') + 1)..].Trim();
    }
}

public sealed record IndexingResult(int Articles, long CorpusBytes, double Seconds, double MegabytesPerSecond, long IndexBytes, string? Notes = null)
{
    public static IndexingResult Of(int articles, long corpusBytes, TimeSpan elapsed, long indexBytes, string? notes = null) =>
        new(articles, corpusBytes, Math.Round(elapsed.TotalSeconds, 2), Math.Round(corpusBytes / 1048576.0 / Math.Max(elapsed.TotalSeconds, 1e-9), 2), indexBytes, notes);
}

public sealed record CorpusResult
{
    public required string Name { get; init; }
    public int Articles { get; init; }
    public long CorpusBytes { get; init; }
    public IndexingResult? DefenceSearchIndexing { get; init; }
    public IndexingResult? Fts5Indexing { get; init; }

    /// <summary>DefenceSearch's indexing throughput over FTS5's (≥ 1: DefenceSearch indexes faster).</summary>
    public double? IndexingThroughputRatio { get; init; }

    public QueryRun? DefenceSearchQueries { get; init; }
    public QueryRun? Fts5Queries { get; init; }

    /// <summary>DefenceSearch's p50 over FTS5's (≤ 0.3 is the target).</summary>
    public double? QueryP50Ratio { get; init; }

    public double? QueryP95Ratio { get; init; }
    public double? QueryP99Ratio { get; init; }
}

public sealed record MemorySample(long VmRssBytes, long RssAnonBytes, long RssFileBytes)
{
    public static MemorySample Of(int pid)
    {
        long rss = 0, anon = 0, file = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kib(line);
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kib(line);
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kib(line);
            }
        }
        catch (IOException)
        {
        }
        return new MemorySample(rss, anon, file);
    }

    private static long Kib(string line) => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}

public sealed record WebResult
{
    public required string Corpus { get; init; }

    /// <summary>Whether the site kept recent responses (its default) or searched on every request.</summary>
    public bool ResultCache { get; init; } = true;

    /// <summary>True for the run at scale that measures memory; false for the throughput runs.</summary>
    public bool MemoryRun { get; init; }

    public string? Skipped { get; init; }
    public string? Site { get; init; }
    public IReadOnlyList<string> Endpoints { get; init; } = [];
    public LoadResult? Load { get; init; }
    public MemorySample? RssIdle { get; init; }
    public long RssPeakBytes { get; init; }
    public MemorySample? RssAfter { get; init; }
}

public sealed record TargetResult(string Target, string Measured, bool? Met);

public sealed record BenchmarkResult
{
    public required MachineInfo Machine { get; init; }
    public required BenchmarkOptions Options { get; init; }
    public int QueryCount { get; init; }
    public string Fts5Setup { get; init; } = Fts5Engine.Describe();
    public List<CorpusResult> Corpora { get; } = [];
    public List<WebResult> Web { get; } = [];
    public List<TargetResult> Targets { get; } = [];

    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new TimeSpanSecondsConverter() },
    };

    private sealed class TimeSpanSecondsConverter : JsonConverter<TimeSpan>
    {
        public override TimeSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => TimeSpan.FromSeconds(reader.GetDouble());

        public override void Write(Utf8JsonWriter writer, TimeSpan value, JsonSerializerOptions options) => writer.WriteNumberValue(value.TotalSeconds);
    }
}
