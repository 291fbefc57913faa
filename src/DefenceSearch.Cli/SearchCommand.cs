using System.CommandLine;
using DefenceSearch.Engine;
using DefenceSearch.Searching;

namespace DefenceSearch.Cli;

internal static class SearchCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "The index folder.", DefaultValueFactory = _ => "index" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (the site API's shape)." };
        var filters = FacetDimensions.All
            .Select(d => (Dimension: d, Option: new Option<string[]>("--" + d.Name) { Description = d.Help + "; repeat to OR.", Arity = ArgumentArity.ZeroOrMore }))
            .ToList();
        var sort = new Option<string>("--sort") { Description = "relevance or date.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var page = new Option<int>("--page") { Description = "Result page, from 1.", DefaultValueFactory = _ => 1 };
        var size = new Option<int>("--size") { Description = "Results a page (1-100).", DefaultValueFactory = _ => 10 };
        var lang = new Option<string>("--lang") { Description = "Label language: vi or en.", DefaultValueFactory = _ => "vi" };
        var apart = new Option<bool>("--apart") { Description = "Show the second tier: the words apart, only an entity's words, or (few articles holding every word) those missing one." };
        var queries = new Option<string?>("--queries") { Description = "Run one query a line from FILE; print one JSON object a line." };
        var engine = EngineOption.Create();
        var query = new Argument<string[]>("QUERY")
        {
            Description = $"The query: words, \"phrases\", -exclude, OR, title:/{string.Join("/", FacetDimensions.All.Select(d => d.Name + ":"))}.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var command = new Command("search", "Search the index and print ranked results with facet counts.") { index, json };
        foreach (var (_, option) in filters) command.Add(option);
        foreach (var option in new Option[] { sort, apart, page, size, lang, queries, engine }) command.Add(option);
        command.Add(query);
        command.SetAction(parse =>
        {
            var request = new SearchRequest
            {
                Query = string.Join(' ', parse.GetValue(query) ?? []),
                Filters = filters.ToDictionary(f => f.Dimension.Name, f => (IReadOnlyList<string>)(parse.GetValue(f.Option) ?? []), StringComparer.Ordinal),
                Sort = parse.GetValue(sort) == "date" ? SortOrder.Date : SortOrder.Relevance,
                Apart = parse.GetValue(apart),
                Page = parse.GetValue(page),
                Size = parse.GetValue(size),
                Lang = parse.GetValue(lang) ?? "vi",
            };
            return Run(parse.GetValue(index)!, request, parse.GetValue(json), parse.GetValue(queries), EngineOption.Value(parse.GetValue(engine)));
        });
        return command;
    }

    private static int Run(string indexPath, SearchRequest request, bool json, string? queriesFile, IndexEngine? engine)
    {
        if (!ArticleIndex.Exists(indexPath))
        {
            Console.Error.WriteLine($"error: there is no index at {Path.GetFullPath(indexPath)}; run `index` first.");
            return 2;
        }
        ArticleIndex index;
        try
        {
            index = ArticleIndex.Open(indexPath, engine: engine);
        }
        catch (IndexEngineMismatchException e)
        {
            Console.Error.WriteLine($"error: {e.Message}.");
            return 2;
        }
        using var _ = index;
        if (queriesFile is not null)
        {
            if (!File.Exists(queriesFile))
            {
                Console.Error.WriteLine($"error: {queriesFile} does not exist.");
                return 2;
            }
            foreach (var line in File.ReadLines(queriesFile))
                Console.WriteLine(Worded(index.Search(request with { Query = line })).ToJson());
            return 0;
        }
        var response = index.Search(request);
        if (json) Console.WriteLine(Worded(response).ToJson());
        else Print(response, index, request.Lang);
        return 0;
    }

    // The JSON's "notice" is worded in English, as the site's API words it.
    private static SearchResponse Worded(SearchResponse response) => response with { Notice = NoticeText.Join(response.Notices, "en") };

    private static void Print(SearchResponse r, ArticleIndex index, string lang)
    {
        var color = !Console.IsOutputRedirected;
        foreach (var notice in r.Notices) Console.WriteLine($"! {NoticeText.Of(notice, lang)}");
        Console.WriteLine($"{r.Total} articles ({r.TookMs:0.0} ms)" + (r.Total > 0 ? $", page {r.Page}" : ""));
        if (r.Suggestion is not null) Console.WriteLine(lang == "en" ? $"Did you mean: {r.Suggestion}" : $"Có phải bạn muốn tìm: {r.Suggestion}");
        if (r.Readings.Count > 0)
            Console.WriteLine((lang == "en" ? "Readings: " : "Các cách đọc: ") + string.Join(" · ", r.Readings.Select(x => $"{x.Text} ({x.Articles})")));
        foreach (var hint in r.Notices.Select(n => NoticeWords.TierHint(n, lang)).OfType<string>()) Console.WriteLine(hint);
        var rank = (r.Page - 1) * r.Size;
        foreach (var hit in r.Hits)
        {
            Console.WriteLine();
            Console.WriteLine($"{++rank}. {hit.Title}{(hit.TitleFromLead ? (lang == "en" ? "  (no headline: first sentence)" : "  (không có tiêu đề: câu mở đầu)") : "")}");
            Console.WriteLine($"   {hit.Id} · {DateText(hit)} · score {hit.Score:0.00}");
            Console.WriteLine($"   {Terminal(hit.Snippet, color)}");
            var facets = string.Join(" · ", FacetDimensions.OnHits.Select(d => string.Join(", ", d.HitValues!(hit))).Where(s => s.Length > 0));
            if (facets.Length > 0) Console.WriteLine($"   [{facets}]");
        }
        foreach (var (dimension, values) in r.Facets)
        {
            if (values.Count == 0) continue;
            Console.WriteLine();
            Console.WriteLine($"{dimension}: " + string.Join(", ", values.Take(10).Select(v => $"{v.Label} ({v.Count})")) + (values.Count > 10 ? $", … {values.Count - 10} more" : ""));
        }
    }

    /// <summary>A snippet for a terminal: marks in bold inverse on a terminal, between [ and ] when the output is redirected.</summary>
    internal static string Terminal(Snippet snippet, bool color) =>
        color ? snippet.Format("\u001b[1;7m", "\u001b[0m") : snippet.Format("[", "]");

    /// <summary>
    /// "2017-06-27 (day, from the lead: «Sáng 27/6»)", "date unknown (the lead states 27/6, year not stated: «Sáng 27/6»)" or
    /// "date unknown".
    /// </summary>
    internal static string DateText(SearchHit hit) => hit.Date is null
        ? hit.LeadDay is { } leadDay ? $"date unknown (the lead states {leadDay.Display}, year not stated: «{leadDay.Span}»)" : "date unknown"
        : $"{hit.Date} ({hit.DatePrecision ?? "day"}, from the {hit.DateEvidence ?? "source"}{(string.IsNullOrEmpty(hit.DateSpan) ? "" : $": «{hit.DateSpan}»")})";
}
