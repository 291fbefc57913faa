using System.Globalization;
using System.Text.Json;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;

namespace DefenceSearch.Evaluation;

/// <summary>
/// Publication dates, right or absent. (a) The UNC articles with their <c># date</c>, <c># doc_id</c> and <c># url</c>
/// lines removed, so the date must come from the text, the removed date being the truth; (b) the baomoi articles
/// of Data/dates-baomoi.json, dated by reading (rules in Data/dates-rules.md); (c) 60 dated baomoi answers judged by
/// reading (Data/dates-baomoi-answers.json); (d) every baomoi file against the crawl's year, 2017, listing each other
/// year so that it can be read (with <c>--work DIR</c>, every answer is written to DIR/dates-*-answers.tsv). Coverage is the share of articles
/// given a year; precision the share of given years that are right. Tuning split: UNC news_world with the odd-numbered
/// files of the other sections, and the baomoi "tune" half; the rest is held out and reported apart.
/// </summary>
public static class DatesEvaluation
{
    /// <summary>One article's outcome: the truth (year, and full date when known to the day) and what was given.</summary>
    public sealed record Outcome(string Name, string Set, bool Tune, int? TrueYear, DateOnly? TrueDate, bool YearFromText, int? Year, DateOnly? Date, string Precision, string Evidence, string Span);

    /// <summary>The figures of one group of outcomes.</summary>
    public sealed record Figures(int Articles, int Judged, int GivenYears, int RightYears, int GivenDates, int RightDates, int DatesJudged, int Later, int GivenOnUnknown)
    {
        public double Coverage => Judged == 0 ? 0 : (double)GivenYears / Judged;
        public double Precision => GivenYears == 0 ? 1 : (double)RightYears / GivenYears;
        public double DatePrecision => DatesJudged == 0 ? 1 : (double)RightDates / DatesJudged;
    }

    public static Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var outcomes = new List<Outcome>();

        var uncAnswers = new List<string> { "file\tvalue\tevidence\tspan\ttruth" };
        // Stated days without a year ("Sáng 27/6"): kept for undated articles, shown, never a date.
        var uncLeadDays = new List<(string Name, bool Tune, bool Undated, LeadDay? Day, DateOnly Truth)>();
        var leadDayAnswers = new List<string> { "file\tvalue\tspan" };
        var crawlLeadDays = new Dictionary<string, LeadDay>(StringComparer.Ordinal);
        var unc = Path.Combine(context.Corpus.Path, "unc");
        if (Directory.Exists(unc))
        {
            foreach (var file in Directory.EnumerateFiles(unc, "*.txt").Order(StringComparer.Ordinal))
            {
                var text = ArticleReader.Decode(File.ReadAllBytes(file)).Text;
                if (text is null) continue;
                var lines = text.Split('\n');
                var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
                var dateLine = header.FirstOrDefault(l => l.StartsWith("# date", StringComparison.Ordinal));
                if (dateLine is null || !DateOnly.TryParseExact(dateLine[(dateLine.IndexOf('=') + 1)..].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var truth))
                    continue;
                var stripped = string.Join('\n', lines.Skip(header.Count));
                var name = Path.GetFileNameWithoutExtension(file);
                var article = reader.Parse(stripped, name);
                var facts = extractor.Extract(article, today.Year);
                outcomes.Add(Judge(name, "unc", IsTuning(name), truth.Year, truth, true, facts));
                uncLeadDays.Add((name, IsTuning(name), facts.Published is null, facts.LeadDay, truth));
                if (facts.Published is { } given) uncAnswers.Add($"{name}\t{given.Value}\t{PublicationDate.KindName(given.Kind)}\t{given.Span}\t{truth:yyyy-MM-dd}");
            }
        }

        var labels = JsonSerializer.Deserialize<List<Label>>(File.ReadAllText(EvaluationContext.DataFile("dates-baomoi.json")), LabelJson) ?? [];
        var baomoi = Path.Combine(context.Corpus.Path, "baomoi");
        var present = 0;
        foreach (var label in labels)
        {
            var file = Path.Combine(baomoi, label.File);
            if (!File.Exists(file)) continue;
            present++;
            var result = reader.Read(file, Path.GetFileNameWithoutExtension(label.File));
            if (result.Article is null) continue;
            var facts = extractor.Extract(result.Article, today.Year);
            int? year = label.Date.Length >= 4 && int.TryParse(label.Date[..4], out var y) ? y : null;
            DateOnly? date = label.Precision == "day" ? DateOnly.ParseExact(label.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            outcomes.Add(Judge(label.File, "baomoi", label.Split == "tune", year, date, label.YearFrom == "text", facts));
        }

        // Answers judged by reading: 60 of the baomoi files the extractor dated (Data/dates-baomoi-answers.json).
        var judgedAnswers = JsonSerializer.Deserialize<List<AnswerLabel>>(File.ReadAllText(EvaluationContext.DataFile("dates-baomoi-answers.json")), LabelJson) ?? [];
        foreach (var label in judgedAnswers)
        {
            var file = Path.Combine(baomoi, label.File);
            if (!File.Exists(file)) continue;
            var result = reader.Read(file, Path.GetFileNameWithoutExtension(label.File));
            if (result.Article is null) continue;
            var facts = extractor.Extract(result.Article, today.Year);
            DateOnly? date = label.Precision == "day" ? DateOnly.ParseExact(label.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            outcomes.Add(Judge(label.File, "baomoi-answers", false, int.Parse(label.Date[..4], CultureInfo.InvariantCulture), date, true, facts));
        }

        // Every baomoi article of the corpus against the crawl's year: the archive's ids run from January to July 2017
        // (the articles that write their year agree, Data/dates-rules.md), so a year other than 2017 is a mistake unless
        // reading shows an older article; each one is listed so that it can be read.
        var crawl = new List<Outcome>();
        var answers = new List<string> { "file\tvalue\tevidence\tspan" };
        if (Directory.Exists(baomoi))
        {
            foreach (var file in Directory.EnumerateFiles(baomoi, "*.txt").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                var result = reader.Read(file, Path.GetFileNameWithoutExtension(file));
                if (result.Article is null) continue;
                var facts = extractor.Extract(result.Article, today.Year);
                crawl.Add(Judge(name, "baomoi-crawl", false, CrawlYear, null, false, facts));
                if (facts.Published is { } p) answers.Add($"{name}\t{p.Value}\t{PublicationDate.KindName(p.Kind)}\t{p.Span}");
                if (facts.LeadDay is { } ld)
                {
                    crawlLeadDays[name] = ld;
                    leadDayAnswers.Add($"{name}\t{ld.Value}\t{ld.Span}");
                }
            }
            File.WriteAllLines(Path.Combine(context.WorkPath, "dates-baomoi-answers.tsv"), answers);
            File.WriteAllLines(Path.Combine(context.WorkPath, "dates-baomoi-leaddays.tsv"), leadDayAnswers);
        }
        File.WriteAllLines(Path.Combine(context.WorkPath, "dates-unc-answers.tsv"), uncAnswers);

        output.WriteLine($"index day {today:yyyy-MM-dd}; UNC articles {outcomes.Count(o => o.Set == "unc")}; baomoi labels {labels.Count}, present in this corpus {present}; baomoi answers read {judgedAnswers.Count}");
        output.WriteLine($"{"set",-30} {"articles",8} {"judged",7} {"coverage",9} {"precision",10} {"years",6} {"full",5} {"full ok",8} {"later",6} {"on unknown",11}");
        void Row(string name, IEnumerable<Outcome> group)
        {
            var f = Summarise(group);
            output.WriteLine($"{name,-30} {f.Articles,8} {f.Judged,7} {f.Coverage,9:P1} {f.Precision,10:P1} {f.GivenYears,6} {f.GivenDates,5} {f.DatePrecision,8:P1} {f.Later,6} {f.GivenOnUnknown,11}");
        }
        Row("unc tune (world + odd files)", outcomes.Where(o => o.Set == "unc" && o.Tune));
        Row("unc held out (even, 9 sect.)", outcomes.Where(o => o.Set == "unc" && !o.Tune));
        Row("unc all", outcomes.Where(o => o.Set == "unc"));
        Row("baomoi tune", outcomes.Where(o => o.Set == "baomoi" && o.Tune));
        Row("baomoi held out", outcomes.Where(o => o.Set == "baomoi" && !o.Tune));
        Row("baomoi held out, text years", outcomes.Where(o => o.Set == "baomoi" && !o.Tune && (o.TrueYear is null || o.YearFromText)));
        Row("baomoi all", outcomes.Where(o => o.Set == "baomoi"));
        Row("baomoi answers read (sample)", outcomes.Where(o => o.Set == "baomoi-answers"));
        Row("baomoi every file, crawl year", crawl);
        output.WriteLine("coverage: share of judged articles (a true year known) given a year; precision: given years equal to the true year;");
        output.WriteLine("full: full dates given on articles whose true day is known; full ok: of those, equal; later: given dates after the true date;");
        output.WriteLine("on unknown: years given where reading found no date (cannot be judged).");
        foreach (var kind in outcomes.Where(o => o.Year is not null).GroupBy(o => (o.Set, o.Evidence)).OrderBy(g => g.Key))
        {
            var judged = kind.Where(o => o.TrueYear is not null).ToList();
            output.WriteLine($"  {kind.Key.Set} by {kind.Key.Evidence}: {kind.Count()} given, {judged.Count(o => o.Year == o.TrueYear)}/{judged.Count} right");
        }
        ReportLeadDays(context, uncLeadDays, crawl, crawlLeadDays);
        var offCrawl = crawl.Where(o => o.Year is { } y && y != CrawlYear).ToList();
        output.WriteLine($"baomoi years other than the crawl's {CrawlYear}: {offCrawl.Count} (read each: an old article republished is right)");
        foreach (var o in offCrawl.Take(40))
            output.WriteLine($"  {o.Name}: given {o.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? o.Year.ToString()} by {o.Evidence} «{o.Span}»");
        // Only the tuning split's mistakes are listed: the held-out split is never read while tuning.
        var wrong = outcomes.Where(o => o.Tune && o.Year is not null && o.TrueYear is not null && o.Year != o.TrueYear).ToList();
        output.WriteLine($"tuning split, wrong years: {wrong.Count}");
        foreach (var o in wrong.Take(20))
            output.WriteLine($"  {o.Name}: true {o.TrueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? o.TrueYear.ToString()}, given {o.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? o.Year.ToString()} by {o.Evidence} «{o.Span}»");
        return Task.FromResult(0);
    }

    /// <summary>
    /// The stated days without a year: coverage over the undated UNC articles (headers removed) and the undated baomoi
    /// files; precision on UNC against the header (the stated day is the publication day or the day before) and on the
    /// baomoi sample read in Data/dates-baomoi-leaddays.json (the day the lead reports as its own news day).
    /// </summary>
    private static void ReportLeadDays(EvaluationContext context, List<(string Name, bool Tune, bool Undated, LeadDay? Day, DateOnly Truth)> unc,
        List<Outcome> crawl, Dictionary<string, LeadDay> crawlLeadDays)
    {
        var output = context.Output;
        static bool Near(LeadDay d, DateOnly truth) =>
            (d.Month == truth.Month && d.Day == truth.Day) || (d.Month == truth.AddDays(-1).Month && d.Day == truth.AddDays(-1).Day);
        output.WriteLine($"{"stated days without a year",-30} {"undated",8} {"stated",7} {"coverage",9} {"right",6} {"precision",10} {"same day",9}");
        void Row(string name, IReadOnlyCollection<(string Name, bool Tune, bool Undated, LeadDay? Day, DateOnly Truth)> group)
        {
            var undated = group.Count(o => o.Undated);
            var stated = group.Where(o => o.Day is not null).ToList();
            var right = stated.Count(o => Near(o.Day!, o.Truth));
            var same = stated.Count(o => o.Day!.Month == o.Truth.Month && o.Day.Day == o.Truth.Day);
            output.WriteLine($"{name,-30} {undated,8} {stated.Count,7} {(undated == 0 ? 0 : (double)stated.Count / undated),9:P1} {right,6} {(stated.Count == 0 ? 1 : (double)right / stated.Count),10:P1} {same,9}");
        }
        Row("unc tune, headers removed", unc.Where(o => o.Tune).ToList());
        Row("unc held out, headers removed", unc.Where(o => !o.Tune).ToList());
        Row("unc all, headers removed", unc);
        var undatedCrawl = crawl.Count(o => o.Year is null);
        output.WriteLine($"{"baomoi every file",-30} {undatedCrawl,8} {crawlLeadDays.Count,7} {(undatedCrawl == 0 ? 0 : (double)crawlLeadDays.Count / undatedCrawl),9:P1}");
        output.WriteLine("right (UNC): the stated day is the header's day or the day before; stated days are never given on dated articles.");
        if (unc.Any(o => !o.Undated && o.Day is not null)) output.WriteLine("  ERROR: a stated day on a dated UNC article");
        // Only the tuning split's stated days are written out to be read; the held-out split is counted, never listed.
        File.WriteAllLines(Path.Combine(context.WorkPath, "dates-unc-leaddays-tune.tsv"), unc.Where(o => o.Tune && o.Day is not null)
            .Select(o => $"{o.Name}\t{o.Day!.Value}\t{o.Day.Span}\t{o.Truth:yyyy-MM-dd}\t{(Near(o.Day, o.Truth) ? "right" : "WRONG")}").Prepend("file\tvalue\tspan\ttruth\tjudged"));

        var labels = JsonSerializer.Deserialize<List<LeadDayLabel>>(File.ReadAllText(EvaluationContext.DataFile("dates-baomoi-leaddays.json")), LabelJson) ?? [];
        var present = labels.Where(l => File.Exists(Path.Combine(context.Corpus.Path, "baomoi", l.File))).ToList();
        var given = present.Where(l => crawlLeadDays.ContainsKey(l.File)).ToList();
        var rightRead = given.Count(l => l.Day is { } d && crawlLeadDays[l.File].Value == d);
        output.WriteLine($"baomoi stated days read ({labels.Count} drawn, {present.Count} present): {given.Count} still given, {rightRead}/{given.Count} right ({(given.Count == 0 ? 1 : (double)rightRead / given.Count):P1})");
        foreach (var l in given.Where(l => l.Day is not { } d || crawlLeadDays[l.File].Value != d))
            output.WriteLine($"  {l.File}: given {crawlLeadDays[l.File].Value} «{crawlLeadDays[l.File].Span}», read {l.Day ?? "no day of its own"} ({l.Note})");
    }

    /// <summary>A stated day read: the day (--MM-DD) the lead reports as its own news day, null when it reports none.</summary>
    private sealed record LeadDayLabel(string File, string? Day, string Note);

    /// <summary>The year of the baomoi crawl (ids 21.39M to 22.75M, January to July 2017).</summary>
    public const int CrawlYear = 2017;

    /// <summary>The UNC tuning split: all of news_world and the odd-numbered files of the other sections; the even-numbered rest is held out.</summary>
    internal static bool IsTuning(string name) =>
        name.StartsWith("news_world", StringComparison.Ordinal)
        || (int.TryParse(name[(name.LastIndexOf('_') + 1)..], CultureInfo.InvariantCulture, out var n) && n % 2 == 1);

    internal static Figures Summarise(IEnumerable<Outcome> group)
    {
        var list = group.ToList();
        var judged = list.Where(o => o.TrueYear is not null).ToList();
        var dated = judged.Where(o => o.Date is not null && o.TrueDate is not null).ToList();
        return new Figures(
            list.Count,
            judged.Count,
            judged.Count(o => o.Year is not null),
            judged.Count(o => o.Year == o.TrueYear),
            judged.Count(o => o.Date is not null),
            dated.Count(o => o.Date == o.TrueDate),
            dated.Count,
            dated.Count(o => o.Date > o.TrueDate),
            list.Count(o => o.TrueYear is null && o.Year is not null));
    }

    private static Outcome Judge(string name, string set, bool tune, int? trueYear, DateOnly? trueDate, bool yearFromText, Extraction.Extraction facts) =>
        new(name, set, tune, trueYear, trueDate, yearFromText, facts.Year, facts.Date, Describe(facts).Precision, Describe(facts).Evidence, facts.Published?.Span ?? "");

    private static (string Precision, string Evidence) Describe(Extraction.Extraction facts) => facts.Published is { } p
        ? (PublicationDate.PrecisionName(p.Precision), PublicationDate.KindName(p.Kind) + " (" + PublicationDate.PrecisionName(p.Precision) + ")")
        : (facts.Date is not null ? "day" : facts.Year is not null ? "year" : "none", facts.Date is not null ? "full date" : facts.Year is not null ? "year only" : "none");

    private sealed record Label(string File, string Split, string Date, string Precision, string? YearFrom, string Evidence);

    /// <summary>A dated answer judged by reading: the date the text supports (day or month precision).</summary>
    private sealed record AnswerLabel(string File, string Date, string Precision, string Evidence);

    private static readonly JsonSerializerOptions LabelJson = new() { PropertyNameCaseInsensitive = true };
}
