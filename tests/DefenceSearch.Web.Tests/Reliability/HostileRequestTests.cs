using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Security;
using DefenceSearch.Web.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace DefenceSearch.Web.Tests.Reliability;

/// <summary>
/// 10,000 generated requests to <c>/</c> and <c>/api/search</c>: hostile queries together with hostile and
/// out-of-range page, size, sort, filter, lang and mq values. None may give a 5xx; whatever is cut is said.
/// (The slowest answer goes to the test output; no duration is asserted on a shared machine.)
/// Its own site, so it runs beside the shared site's tests.
/// </summary>
public sealed class HostileRequestTests : IClassFixture<HostileRequestTests.Site>
{
    public const int Requests = 10_000;

    private readonly Site _site;
    private readonly ITestOutputHelper _output;

    public HostileRequestTests(Site site, ITestOutputHelper output)
    {
        _site = site;
        _output = output;
    }

    public sealed class Site : IAsyncLifetime
    {
        private readonly SiteFactory _factory = new();

        public HttpClient Client { get; private set; } = null!;

        /// <summary>Requests answered so far and the slowest answer, for the test output.</summary>
        public int Count { get; set; }

        public long SlowestMs { get; set; } = -1;

        public async Task InitializeAsync()
        {
            await _factory.ReadyAsync();
            Assert.True(_factory.State.IsReady, _factory.State.Problem?.ToString());
            Client = _factory.Browser(cookies: false);
            // The first page compiles and warms up.
            await Client.GetPageAsync("/?q=belarus");
            await Client.GetPageAsync("/api/search?q=belarus");
        }

        public Task DisposeAsync()
        {
            _factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>Pieces of hostile queries: syntax out of balance, operators, wildcards, fuzzy and boosts, fields, ranges, control and bidi characters, emoji.</summary>
    private static readonly string[] QueryFragments =
    [
        "\"", "\"\"", "(", ")", "((", "[", "]", "{", "}", " OR ", " AND ", " NOT ", "OR", "AND", "NOT", "-", "+", "!", "||", "&&",
        "*", "?", "*?", "~", "~2", "~0.5", "^", "^2", "^-1", "^999999999", ":", "title:", "country:", "minister:", "year:", "area:",
        "foo:", "_id:", "body:", "title:\"", "[2016 TO 2018]", "{* TO *}", "year:[0 TO 9999]", "year:>2018", "country:BY",
        "minister:ngo-xuan-lich", "area:training", "\0", "\u0001", "\u0007", "\u001b[31m", "\u007f", "\u200B", "\u200E", "\u200F",
        "\u202E", "\u2066", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00", "🙂", "👨‍👩‍👧", "🇻🇳", "ngô", "xuân", "lịch", "quoc", "phong",
        "Bộ Quốc phòng", "n\u0303", "Đ", "Ð", "hoà", "hòa", " ", "\t", "\r\n", "\n", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "&amp;", "&#0;", "'", "\\", "\\\\", "/", "//", "%", "%00", "%zz", "#", "&", "=", "?q=", ";", "$", "@", "العربية", "עברית", "中文",
    ];

    /// <summary>Filter values: real keys, unknown keys, and hostile text.</summary>
    private static readonly string[] FilterValues =
    [
        "BY", "CA", "RU", "US", "VN", "ZZ", "by", "Belarus", "ngo-xuan-lich", "nobody", "2018", "2016", "1900", "99999", "-1", "abcd",
        "training", "nothing", "", " ", "\0", "<b>", "\"><script>alert(1)</script>", "../../etc/passwd", "🙂", "\u202E", "%", "*", "?",
        new string('x', 150), new string('é', 101),
    ];

    /// <summary>Numbers out of range or not numbers at all.</summary>
    private static readonly string[] Numbers =
    [
        "1", "2", "3", "10", "100", "0", "-1", "-2147483648", "2147483647", "2147483648", "99999999999999999999", "1000", "1001", "10000",
        "abc", "", " ", "1.5", "1e3", "0x10", "+5", " 3", "3 ", "٣", "１", "NaN", "Infinity", "null", "\0", "1;DROP TABLE saved_search",
    ];

    private static readonly string[] Sorts = ["date", "relevance", "DATE", "Date", "xyz", "", "date ", "-date", "\0", "🙂"];

    private static readonly string[] Langs = ["vi", "en", "EN", "xx", "", "\0", "../en"];

    /// <summary>Raw, already-escaped pieces that make invalid percent-encodings and invalid UTF-8 after decoding.</summary>
    private static readonly string[] RawPieces = ["", "", "", "&q=%FF%FE", "&q=%C0%AF", "&q=%ED%A0%80", "&page=%00", "&size=%", "&country=%%", "&&&", "&=x", "&q", "&q=a&q=b"];

    public sealed record HostileRequest(string Path, IReadOnlyList<KeyValuePair<string, string>> Pairs, string Raw)
    {
        public string Url()
        {
            var query = string.Join("&", Pairs.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
            return Path + "?" + query + Raw;
        }

        public string Query => Pairs.FirstOrDefault(p => p.Key == "q").Value ?? "";

        public override string ToString()
        {
            var url = Url();
            return url.Length > 300 ? $"{url[..300]}… ({url.Length} characters)" : url;
        }
    }

    private static Gen<string> HostileText(int maxParts) =>
        Gen.Elements(QueryFragments).ListOf().Select(parts => string.Concat(parts.Take(maxParts)));

    /// <summary>About 1 in 1,000 queries is a 100 KB paste (a few per run, not thousands).</summary>
    private static Gen<string> Queries() => Gen.Frequency(
        (2, Gen.Constant("")),
        (997, HostileText(60)),
        (1, Gen.Elements(HugeQueries)));

    private static readonly string[] HugeQueries =
    [
        new string(' ', 1990) + " ngo xuan lich " + new string('b', 100_000),
        string.Concat(Enumerable.Repeat("ngô xuân lịch \"hợp tác (quốc phòng OR ", 2700)),
        string.Concat(Enumerable.Repeat("🙂\u202E*?~^2 ", 12_500)),
        new string('\0', 100_000),
    ];

    private static Gen<KeyValuePair<string, string>> Pair(string key, Gen<string> values) =>
        values.Select(v => new KeyValuePair<string, string>(key, v));

    private static Gen<IEnumerable<KeyValuePair<string, string>>> Optional(string key, Gen<string> values) =>
        Gen.Frequency(
            (1, Gen.Constant(Enumerable.Empty<KeyValuePair<string, string>>())),
            (3, Pair(key, values).Select(p => (IEnumerable<KeyValuePair<string, string>>)[p])),
            (1, Pair(key, values).ListOf().Select(l => l.Take(25))));

    private static Gen<string> OrHostile(string[] values) => Gen.Frequency((4, Gen.Elements(values)), (1, HostileText(8)));

    public static Arbitrary<HostileRequest> HostileRequests()
    {
        var pairs = new[]
        {
            Queries().Select(q => (IEnumerable<KeyValuePair<string, string>>)[new("q", q)]),
            Optional("page", OrHostile(Numbers)),
            Optional("size", OrHostile(Numbers)),
            Optional("sort", OrHostile(Sorts)),
            Optional("country", OrHostile(FilterValues)),
            Optional("minister", OrHostile(FilterValues)),
            Optional("year", OrHostile(FilterValues)),
            Optional("area", OrHostile(FilterValues)),
            Optional("lang", Gen.Elements(Langs)),
            Optional("mq", OrHostile(FilterValues)),
        };
        var gen =
            from path in Gen.Elements("/", "/api/search")
            from parts in Gen.CollectToList(pairs)
            from shuffled in Gen.Shuffle(parts.SelectMany(p => p))
            from raw in Gen.Elements(RawPieces)
            select new HostileRequest(path, shuffled, raw);
        return gen.ToArbitrary();
    }

    [Property(MaxTest = Requests, Arbitrary = [typeof(HostileRequestTests)])]
    public async Task Generated_requests_never_fail_and_say_what_was_cut(HostileRequest request)
    {
        var url = request.Url();
        var clock = Stopwatch.StartNew();
        using var response = await _site.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        clock.Stop();
        _site.Count++;
        if (clock.ElapsedMilliseconds > _site.SlowestMs)
        {
            _site.SlowestMs = clock.ElapsedMilliseconds;
            _output.WriteLine($"request {_site.Count}: slowest so far {_site.SlowestMs} ms ({request})");
        }

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode} for {request}\n{Http.Shorten(body)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (request.Path == "/api/search")
        {
            using var json = JsonDocument.Parse(body);
            // Bounded work, whatever was asked: the query searched is cut, its prefixes expand within the budget.
            Assert.InRange(json.RootElement.GetProperty("work").GetProperty("termsExpanded").GetInt32(), 0, SearchBudget.Default.MaxTermsPerQuery);
            Assert.InRange(json.RootElement.GetProperty("query").GetString()!.Length, 0, SearchRequest.MaxQueryLength);
        }
        else Assert.Contains("class=\"results\"", body);
        Assert.Equal(SecurityHeadersPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
        QueryParser.Cut(request.Query, out var cut);
        if (cut) Assert.True(SaysCut(body), $"no notice that the query was cut: {request}");
    }

    private static bool SaysCut(string body) =>
        body.Contains($"longer than {QueryParser.MaxLength} characters", StringComparison.Ordinal) || body.Contains($"dài hơn {QueryParser.MaxLength} ký tự", StringComparison.Ordinal);

    /// <summary>The site cuts the query once, as the library does; whatever it cuts, the reader is told (the first has 1,990 spaces before the words).</summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_100_kb_query_is_cut_with_a_notice(int which)
    {
        var query = HugeQueries[which];
        Assert.True(Encoding.UTF8.GetByteCount(query) >= 100_000);
        foreach (var path in new[] { "/api/search?lang=en&q=", "/?q=" })
        {
            var body = await _site.Client.GetPageAsync(path + Uri.EscapeDataString(query));
            Assert.True(SaysCut(body), $"no notice that the query was cut on {path}:\n{Http.Shorten(body)}");
        }
    }

    private static readonly string SecurityHeadersPolicy = SecurityHeaders.ContentSecurityPolicy;
}
