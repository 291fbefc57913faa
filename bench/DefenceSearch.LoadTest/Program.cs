using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DefenceSearch.LoadTest;

/// <summary>
/// Soak test: starts the site (Release) on 127.0.0.1 over the seed corpus (or a given corpus and index), runs
/// N clients for D seconds cycling realistic searches against / and /api/search, samples the site's RSS (all of it,
/// and its anonymous part: the rest is the memory-mapped index) every second and prints requests/s, latency
/// percentiles, errors and memory. Exit code 0 when there were no errors and anonymous RSS grew at most 10% between the second 10-s window and the last one.
/// </summary>
public static partial class Program
{
    private static readonly string[] Queries =
    [
        "ngo xuan lich", "ngô xuân lịch", "hợp tác quốc phòng", "hop tac quoc phong", "belarus", "nga OR belarus",
        "\"an ninh biển\"", "quân y", "quan y", "hải quân", "hai quan", "title:canada", "quoc*", "hop tac -canada",
        "shoigu", "mattis", "gìn giữ hòa bình", "giu gin hoa binh", "(nga OR my) hop tac", "country:BY", "year:2018",
        "bộ trưởng quốc phòng", "dai tuong", "hội đàm", "tàu ngầm", "huấn luyện", "khoa hoc quan su", "",
    ];

    private static readonly string[] Filters =
    [
        "", "", "", "&country=BY", "&country=RU", "&country=RU&country=US", "&year=2018", "&area=training",
        "&minister=ngo-xuan-lich", "&sort=date", "&page=2", "&size=20", "&sort=date&page=3", "&country=CA&year=2018",
    ];

    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out);

    /// <summary>Runs the load test with <paramref name="args"/> as on the command line, writing the report to <paramref name="output"/>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync("""
                usage: dotnet run -c Release --project bench/DefenceSearch.LoadTest -- [--clients 32] [--seconds 60]
                           [--distinct N] [--corpus DIR [--index DIR]] [--no-build | --site DLL]
                  Without --corpus the site runs over a temp copy of corpus/ (the seeds). With --corpus and no --index
                  the site indexes that corpus into a temp folder first; --index reuses an index built from --corpus.
                  --distinct N first sends N distinct /api/search?size=100 requests and reports the RSS they add.
                  --site runs an already built DefenceSearch.Web.dll (any configuration) instead of building Release.
                """);
            return 2;
        }

        var root = FindRoot();
        var work = Directory.CreateTempSubdirectory("defencesearch-load-").FullName;
        try
        {
            var dll = options.Site ?? Path.Combine(root, "src", "DefenceSearch.Web", "bin", "Release", "net10.0", "DefenceSearch.Web.dll");
            if (options.Site is null && !options.NoBuild) Run("dotnet", ["build", Path.Combine(root, "src", "DefenceSearch.Web"), "-c", "Release", "-v", "q", "-nologo"], root);
            if (!File.Exists(dll)) throw new InvalidOperationException($"{dll} is not built (run without --no-build)");

            var corpus = options.Corpus ?? CopySeeds(root, Path.Combine(work, "corpus"));
            var index = options.Index ?? Path.Combine(work, "index");
            using var site = await Site.StartAsync(dll, corpus, index, Path.Combine(work, "saved.db"));
            await output.WriteLineAsync($"site: pid {site.Pid} on {site.BaseUrl}, corpus {corpus}, {site.Documents:N0} articles, ready in {site.StartSeconds:0.0} s, RSS {site.RssKb() / 1024.0:0.0} MB (anonymous {site.RssKb("RssAnon") / 1024.0:0.0})");
            return await SoakAsync(site, options, output);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task<int> SoakAsync(Site site, Options options, TextWriter output)
    {
        var urls = BuildUrls();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients, AllowAutoRedirect = false, UseCookies = false };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(site.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };

        // A short warm-up (not measured): the first requests compile and fill caches.
        foreach (var url in urls.Take(50)) (await http.GetAsync(url)).Dispose();

        var distinctErrors = 0;
        if (options.Distinct > 0)
        {
            var before = site.RssKb();
            var beforeAnon = site.RssKb("RssAnon");
            var distinct = DistinctUrls(options.Distinct);
            var peak = before;
            var peakAnon = beforeAnon;
            foreach (var url in distinct)
            {
                using var response = await http.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode != HttpStatusCode.OK) distinctErrors++;
                peak = Math.Max(peak, site.RssKb());
                peakAnon = Math.Max(peakAnon, site.RssKb("RssAnon"));
            }
            await output.WriteLineAsync($"{distinct.Count:N0} distinct /api/search?size=100 requests, {distinctErrors} errors: RSS MB {before / 1024.0:0.0} -> {site.RssKb() / 1024.0:0.0}, peak {peak / 1024.0:0.0}; anonymous {beforeAnon / 1024.0:0.0} -> {site.RssKb("RssAnon") / 1024.0:0.0}, peak {peakAnon / 1024.0:0.0}");
        }

        var duration = TimeSpan.FromSeconds(options.Seconds);
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var errors = new ConcurrentQueue<string>();
        var latencies = new List<double>[options.Clients];
        var rss = new List<(double Seconds, long Kb, long AnonKb)>();

        var sampler = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
            rss.Add((0, site.RssKb(), site.RssKb("RssAnon")));
            while (await timer.WaitForNextTickAsync(CancellationToken.None) && clock.Elapsed <= duration + TimeSpan.FromMilliseconds(500))
                rss.Add((clock.Elapsed.TotalSeconds, site.RssKb(), site.RssKb("RssAnon")));
        });

        var clients = Enumerable.Range(0, options.Clients).Select(n => Task.Run(async () =>
        {
            var mine = latencies[n] = new List<double>(100_000);
            var random = new Random(n);
            for (var i = 0; i < 10_000_000 && !stop.IsCancellationRequested; i++)
            {
                var url = urls[random.Next(urls.Count)];
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(url, CancellationToken.None);
                    await response.Content.ReadAsByteArrayAsync(CancellationToken.None);
                    if (response.StatusCode != HttpStatusCode.OK) errors.Enqueue($"{(int)response.StatusCode} {url}");
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    errors.Enqueue($"{e.GetType().Name} {url}: {e.Message}");
                }
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        })).ToList();
        await Task.WhenAll(clients);
        var elapsed = clock.Elapsed.TotalSeconds;
        await sampler;

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(p / 100 * all.Length) - 1)];
        // Growth is judged on anonymous memory (heap, caches, stacks): the file-backed part of RSS is the memory-mapped
        // index in the page cache, which grows with the pages searches touch and which the kernel reclaims under pressure.
        double Window(double from, double to) => rss.Where(s => s.Seconds >= from && s.Seconds < to).Select(s => (double)s.AnonKb).DefaultIfEmpty(double.NaN).Average();
        var second = Window(10, 20);
        var last = Window(options.Seconds - 10, options.Seconds + 1);
        var judged = options.Seconds >= 30;
        var growth = judged ? (last - second) / second * 100 : 0;
        var at10 = rss.MinBy(s => Math.Abs(s.Seconds - 10)).Kb;
        var atEnd = rss[^1].Kb;

        await output.WriteLineAsync($"{options.Clients} clients for {elapsed:0.0} s: {all.Length:N0} requests, {all.Length / elapsed:N0} requests/s, {errors.Count} errors");
        await output.WriteLineAsync($"latency ms: p50 {Percentile(50):0.0}, p90 {Percentile(90):0.0}, p99 {Percentile(99):0.0}, max {all.LastOrDefault():0.0}");
        await output.WriteLineAsync($"RSS MB: start {rss[0].Kb / 1024.0:0.0}, at 10 s {at10 / 1024.0:0.0}, at end {atEnd / 1024.0:0.0}, peak {rss.Max(s => s.Kb) / 1024.0:0.0}");
        await output.WriteLineAsync($"anonymous RSS MB: start {rss[0].AnonKb / 1024.0:0.0}, at end {rss[^1].AnonKb / 1024.0:0.0}, peak {rss.Max(s => s.AnonKb) / 1024.0:0.0} (the rest is the mapped index)");
        await output.WriteLineAsync(judged
            ? $"anonymous RSS mean MB: 10-20 s {second / 1024:0.0}, last 10 s {last / 1024:0.0}: growth {growth:+0.0;-0.0;0.0}% (limit +10%)"
            : "RSS growth not judged: a run under 30 s has no two 10-s windows");
        await output.WriteLineAsync("RSS MB each second (anonymous): " + string.Join(" ", rss.Select(s => FormattableString.Invariant($"{s.Kb / 1024.0:0}({s.AnonKb / 1024.0:0})"))));
        foreach (var error in errors.Take(10)) await output.WriteLineAsync("error: " + error);

        var ok = errors.IsEmpty && distinctErrors == 0 && growth <= 10 && all.Length > 0;
        await output.WriteLineAsync(ok ? judged ? "PASS: 0 errors, memory flat" : "PASS: 0 errors" : "FAIL");
        return ok ? 0 : 1;
    }

    private static List<string> BuildUrls()
    {
        var urls = new List<string>();
        foreach (var q in Queries)
            foreach (var filter in Filters)
            {
                var query = (q.Length == 0 ? "" : "q=" + Uri.EscapeDataString(q)) + filter;
                urls.Add("/?" + query.TrimStart('&'));
                urls.Add("/api/search?" + query.TrimStart('&'));
            }
        return urls;
    }

    /// <summary>
    /// <paramref name="count"/> API requests for 100 hits that are all different cache keys: the realistic queries, each
    /// on successive pages, then with each filter.
    /// </summary>
    private static List<string> DistinctUrls(int count)
    {
        var urls = new List<string>(count);
        for (var page = 1; urls.Count < count; page++)
            foreach (var q in Queries)
                foreach (var filter in Filters.Distinct().Where(f => !f.Contains("page=", StringComparison.Ordinal) && !f.Contains("size=", StringComparison.Ordinal)))
                {
                    if (urls.Count == count) return urls;
                    urls.Add($"/api/search?size=100&page={page}" + (q.Length == 0 ? "" : "&q=" + Uri.EscapeDataString(q)) + filter);
                }
        return urls;
    }

    private static string CopySeeds(string root, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.GetFiles(Path.Combine(root, "corpus")))
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        return destination;
    }

    private static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DefenceSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("DefenceSearch.sln not found above the current folder");
    }

    private static void Run(string program, string[] arguments, string directory)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { WorkingDirectory = directory })!;
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode})");
    }

    private sealed record Options(int Clients, int Seconds, string? Corpus, string? Index, bool NoBuild, int Distinct = 0, string? Site = null)
    {
        public static Options? Parse(string[] args)
        {
            var o = new Options(32, 60, null, null, false);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--clients": o = o with { Clients = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    case "--seconds": o = o with { Seconds = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    case "--corpus": o = o with { Corpus = Path.GetFullPath(Next()) }; break;
                    case "--index": o = o with { Index = Path.GetFullPath(Next()) }; break;
                    case "--no-build": o = o with { NoBuild = true }; break;
                    case "--distinct": o = o with { Distinct = int.Parse(Next(), CultureInfo.InvariantCulture) }; break;
                    case "--site": o = o with { Site = Path.GetFullPath(Next()) }; break;
                    default: return null;
                }
            }
            // An index without its corpus would be emptied by the site's start-up run.
            if (o.Index is not null && o.Corpus is null) return null;
            if (o.Clients is < 1 or > 1000 || o.Seconds is < 1 or > 3600 || o.Distinct is < 0 or > 100_000) return null;
            return o;
        }
    }

    /// <summary>The site as a child process on 127.0.0.1 (a free port).</summary>
    private sealed partial class Site : IDisposable
    {
        private readonly Process _process;

        private Site(Process process) => _process = process;

        public int Pid => _process.Id;
        public string BaseUrl { get; private set; } = "";
        public int Documents { get; private set; }
        public double StartSeconds { get; private set; }

        public static async Task<Site> StartAsync(string dll, string corpus, string index, string database)
        {
            var clock = Stopwatch.StartNew();
            var info = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
            {
                WorkingDirectory = Path.GetDirectoryName(dll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            info.Environment["DefenceSearch__CorpusPath"] = corpus;
            info.Environment["DefenceSearch__IndexPath"] = index;
            info.Environment["DefenceSearch__DatabasePath"] = database;
            var site = new Site(Process.Start(info) ?? throw new InvalidOperationException("dotnet could not be started"));
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var log = new ConcurrentQueue<string>();
            site._process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null) return;
                if (log.Count < 1000) log.Enqueue(e.Data);
                if (Listening().Match(e.Data) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value);
            };
            site._process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data is not null && log.Count < 1000) log.Enqueue(e.Data);
            };
            site._process.BeginOutputReadLine();
            site._process.BeginErrorReadLine();
            try
            {
                if (await Task.WhenAny(listening.Task, Task.Delay(TimeSpan.FromSeconds(60))) != listening.Task)
                    throw new InvalidOperationException("the site did not start:\n" + string.Join('\n', log));
                site.BaseUrl = listening.Task.Result;
                using var http = new HttpClient { BaseAddress = new Uri(site.BaseUrl) };
                while (true)
                {
                    using var response = await http.GetAsync("/api/search?size=1");
                    if (response.IsSuccessStatusCode)
                    {
                        var total = TotalField().Match(await response.Content.ReadAsStringAsync());
                        site.Documents = total.Success ? int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
                        break;
                    }
                    if (site._process.HasExited || clock.Elapsed > TimeSpan.FromMinutes(30))
                        throw new InvalidOperationException("the site's index did not become ready:\n" + string.Join('\n', log));
                    await Task.Delay(500);
                }
                site.StartSeconds = clock.Elapsed.TotalSeconds;
                return site;
            }
            catch
            {
                site.Dispose();
                throw;
            }
        }

        /// <summary>A field of /proc/&lt;pid&gt;/status in kB: VmRSS (all resident memory) or RssAnon (not file-backed).</summary>
        public long RssKb(string field = "VmRSS")
        {
            foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
                if (line.StartsWith(field + ":", StringComparison.Ordinal))
                    return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            return 0;
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                _process.WaitForExit();
            }
            _process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:[0-9]+)")]
        private static partial Regex Listening();

        [GeneratedRegex("\"total\":([0-9]+)")]
        private static partial Regex TotalField();
    }
}
