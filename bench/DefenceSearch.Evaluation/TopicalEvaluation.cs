using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DefenceSearch.Benchmarks;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;

namespace DefenceSearch.Evaluation;

/// <summary>The topical test collection (Data/topical.json, judged under the rules of Data/topical-rules.md).</summary>
public sealed record TopicalCollection
{
    [JsonPropertyName("needs")] public IReadOnlyList<TopicalNeed> Needs { get; init; } = [];

    public static TopicalCollection Load(string path) =>
        JsonSerializer.Deserialize<TopicalCollection>(File.ReadAllText(path))
        ?? throw new InvalidDataException($"{path} holds no topical collection");
}

/// <summary>One information need: the query as typed, what is sought, and the graded judgements (article id → 0..3).</summary>
public sealed record TopicalNeed
{
    [JsonPropertyName("id")] public required string Id { get; init; }
    /// <summary>"tuning" (odd ids T01–T45: ranking work may look at them), "held-out" (even ids T02–T44: report only, never tune
    /// on them) or "fresh" (T46 on: written in session 10 before any engine ran them, reported on their own rows, never tuned on).</summary>
    [JsonPropertyName("split")] public string Split { get; init; } = "tuning";
    [JsonPropertyName("query")] public required string Query { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("narrative")] public string Narrative { get; init; } = "";
    [JsonPropertyName("judgements")] public IReadOnlyDictionary<string, int> Judgements { get; init; } = new Dictionary<string, int>();
}

/// <summary>The measures of one ranking against one need's judgements.</summary>
public static class TopicalMeasures
{
    public const int Depth = 10;

    /// <summary>
    /// nDCG@10 with the grade as gain (0–3) and log2(rank + 1) as discount; the ideal ranking is made of the
    /// judged articles among <paramref name="present"/> (the articles indexed in this run). Unjudged hits gain 0.
    /// Null when no present article has a grade above 0.
    /// </summary>
    public static double? Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements, IReadOnlySet<string> present)
    {
        var ideal = Dcg(judgements.Where(j => present.Contains(j.Key)).Select(j => j.Value).Where(g => g > 0).OrderByDescending(g => g).Take(Depth).ToList());
        if (ideal <= 0) return null;
        return Dcg(ranking.Take(Depth).Select(id => judgements.GetValueOrDefault(id)).ToList()) / ideal;
    }

    /// <summary>Share of the first 10 ranks holding an article graded 2 or 3 (fewer hits count as misses).</summary>
    public static double PrecisionAt10(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements) =>
        ranking.Take(Depth).Count(id => judgements.GetValueOrDefault(id) >= 2) / (double)Depth;

    /// <summary>Share of the returned top-10 hits that have a judgement; null when nothing was returned.</summary>
    public static double? JudgedAt10(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> judgements)
    {
        var top = ranking.Take(Depth).ToList();
        return top.Count == 0 ? null : top.Count(judgements.ContainsKey) / (double)top.Count;
    }

    /// <summary>
    /// Two-sided paired randomization test of a mean difference: the share of <paramref name="rounds"/> random sign
    /// flips of the per-need differences whose mean is at least as far from 0 as the observed one (fixed seed, so a
    /// run is repeatable). 1 when there is nothing to compare.
    /// </summary>
    public static double PairedRandomizationP(IReadOnlyList<double> differences, int rounds = 10_000, int seed = 17)
    {
        if (differences.Count == 0) return 1;
        var observed = Math.Abs(differences.Sum()) - 1e-12;
        var random = new Random(seed);
        var atLeast = 0;
        for (var r = 0; r < rounds; r++)
        {
            var sum = 0.0;
            foreach (var d in differences) sum += random.Next(2) == 0 ? d : -d;
            if (Math.Abs(sum) >= observed) atLeast++;
        }
        return atLeast / (double)rounds;
    }

    private static double Dcg(IReadOnlyList<int> grades)
    {
        var sum = 0.0;
        for (var i = 0; i < grades.Count; i++) sum += grades[i] / Math.Log2(i + 2);
        return sum;
    }
}

/// <summary>
/// The topical evaluation: the corpus indexed by DefenceSearch, by a plain BM25 engine (<see cref="PlainBm25Engine"/>)
/// and by SQLite FTS5 (<see cref="Fts5Engine"/>, built with ids); every need's query run on each; nDCG@10, P@10 and judged@10
/// per engine, overall and per need. Each engine's top 20 is written to topical-runs.tsv in the work folder (kept
/// with --work) so unjudged hits can be pooled and judged.
/// </summary>
public static class TopicalEvaluation
{
    public const int PoolDepth = 20;

    public static readonly string[] Engines = ["DefenceSearch", TwoTiers, "BM25", "FTS5"];

    /// <summary>
    /// DefenceSearch as the user can walk it: the first page and, when it shows fewer than 10 hits and its notice offers
    /// another tier (the words apart, a name's words untagged, the articles missing one word), that tier after it, as the
    /// known-item evaluation walks it. The row "DefenceSearch" is the first tier alone, as reported since session 5.
    /// </summary>
    public const string TwoTiers = "DS two tiers";

    /// <summary>The third split: needs written in session 10 before any engine ran them, reported on their own rows, never tuned on.</summary>
    public const string FreshSplit = "fresh";

    public static Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var collection = TopicalCollection.Load(EvaluationContext.DataFile("topical.json"));
        var corpus = context.Corpus;
        var present = corpus.Ids;
        output.WriteLine($"{collection.Needs.Count} needs, {collection.Needs.Sum(n => n.Judgements.Count):N0} judgements (Data/topical.json, rules in Data/topical-rules.md); {corpus.Count:N0} articles");

        var runs = new Dictionary<string, List<IReadOnlyList<string>>>();
        // A --work folder kept from an earlier run keeps its indexes: DefenceSearch brings its own up to date (nothing
        // to do when neither the articles nor the schema changed), BM25's and FTS5's are taken as they are.
        var reuse = context.Options.WorkPath is not null;
        var indexPath = Path.Combine(context.WorkPath, "topical-defencesearch");
        new CorpusIndexer(ReferenceData.Default).Run(corpus.Path, indexPath, new IndexOptions { Rebuild = !reuse, Threads = Environment.ProcessorCount }, null, CancellationToken.None);
        using (var index = ArticleIndex.Open(indexPath))
        {
            runs["DefenceSearch"] = [];
            runs[TwoTiers] = [];
            foreach (var need in collection.Needs)
            {
                var first = index.Search(new SearchRequest { Query = need.Query, Size = PoolDepth, Snippets = false });
                var shown = first.Hits.Select(h => h.Id).ToList();
                runs["DefenceSearch"].Add(shown);
                var offered = first.Tier == "together" && first.OtherTierTotal > 0 && shown.Count < 10
                    ? index.Search(new SearchRequest { Query = need.Query, Size = PoolDepth, Snippets = false, Apart = true }).Hits.Select(h => h.Id)
                    : [];
                runs[TwoTiers].Add(shown.Concat(offered).Distinct(StringComparer.Ordinal).Take(PoolDepth).ToList());
            }
        }
        var bm25Path = Path.Combine(context.WorkPath, "topical-bm25");
        using (var bm25 = reuse && System.IO.Directory.Exists(bm25Path) ? PlainBm25Engine.Open(bm25Path) : PlainBm25Engine.Build(corpus, bm25Path))
        {
            runs["BM25"] = collection.Needs.Select(n => bm25.Search(n.Query, PoolDepth)).ToList();
        }
        var ftsPath = Path.Combine(context.WorkPath, "topical-fts5.db");
        if (!reuse || !File.Exists(ftsPath)) Fts5Engine.Build(corpus, ftsPath, Environment.ProcessorCount, CancellationToken.None, withIds: true);
        using (var fts5 = Fts5Engine.Open(ftsPath))
        {
            runs["FTS5"] = collection.Needs.Select(n => fts5.Ranked(n.Query, PoolDepth)).ToList();
        }
        WriteRuns(Path.Combine(context.WorkPath, "topical-runs.tsv"), collection, runs);
        if (context.Options.WorkPath is not null) output.WriteLine($"every engine's top {PoolDepth}: {Path.Combine(context.WorkPath, "topical-runs.tsv")}");
        Print(output, collection, runs, present);
        return Task.FromResult(0);
    }

    private static void WriteRuns(string path, TopicalCollection collection, Dictionary<string, List<IReadOnlyList<string>>> runs)
    {
        var text = new StringBuilder("need\tengine\trank\tid\tgrade\n");
        foreach (var (engine, rankings) in runs)
        {
            for (var n = 0; n < collection.Needs.Count; n++)
            {
                var need = collection.Needs[n];
                for (var r = 0; r < rankings[n].Count; r++)
                {
                    var id = rankings[n][r];
                    text.Append(CultureInfo.InvariantCulture, $"{need.Id}\t{engine}\t{r + 1}\t{id}\t{(need.Judgements.TryGetValue(id, out var g) ? g.ToString(CultureInfo.InvariantCulture) : "")}\n");
                }
            }
        }
        File.WriteAllText(path, text.ToString());
    }

    private static void Print(TextWriter output, TopicalCollection collection, Dictionary<string, List<IReadOnlyList<string>>> runs, IReadOnlySet<string> present)
    {
        var engines = Engines.Where(runs.ContainsKey).ToList();
        var perNeed = engines.ToDictionary(e => e, e => collection.Needs.Select((need, i) => new NeedFigures(
            TopicalMeasures.Ndcg(runs[e][i], need.Judgements, present),
            TopicalMeasures.PrecisionAt10(runs[e][i], need.Judgements),
            TopicalMeasures.JudgedAt10(runs[e][i], need.Judgements))).ToList());
        // Needs without a relevant article in this corpus (possible on a slice) are left out of every mean.
        var allScored = Enumerable.Range(0, collection.Needs.Count).Where(i => perNeed[engines[0]][i].Ndcg is not null).ToList();
        // The headline means stay over the tuning and held-out needs, as reported since session 5; the fresh split
        // (written in session 10 before any engine ran it) gets its own rows below.
        var scored = allScored.Where(i => collection.Needs[i].Split != FreshSplit).ToList();
        var fresh = allScored.Where(i => collection.Needs[i].Split == FreshSplit).ToList();
        output.WriteLine($"Means over the {scored.Count} needs with a relevant article in the corpus. Unjudged hits count as not relevant; judged@10 says how much of each top 10 was judged.");
        output.WriteLine($"P@10 counts grades 2 and 3 as relevant; nDCG@10 uses the grade (0-3) as gain.");
        output.WriteLine();
        output.WriteLine($"{"engine",-14} {"nDCG@10",8} {"P@10",6} {"judged@10",10}");
        foreach (var e in engines) output.WriteLine(MeansRow(e, scored.Select(i => perNeed[e][i]).ToList()));
        output.WriteLine("nDCG@10/P@10 by split (ranking work may tune on 'tuning' only; 'held-out' and 'fresh' are for reporting):");
        foreach (var split in allScored.Select(i => collection.Needs[i].Split).Distinct().Order(StringComparer.Ordinal))
        {
            var inSplit = allScored.Where(i => collection.Needs[i].Split == split).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {split} ({inSplit.Count} needs): {string.Join(", ", engines.Select(e => $"{e} {Mean(inSplit.Select(i => perNeed[e][i].Ndcg!.Value)):0.000}/{Mean(inSplit.Select(i => perNeed[e][i].P10)):0.000}"))}"));
        }
        var freshNeeds = collection.Needs.Count(n => n.Split == FreshSplit);
        if (freshNeeds > 0)
        {
            output.WriteLine();
            output.WriteLine($"fresh split: {fresh.Count} of {freshNeeds} needs scored (written before any engine ran them, judged from the pooled runs; nobody tunes on them)");
            output.WriteLine($"{"split",-6} {"engine",-14} {"nDCG@10",8} {"P@10",6} {"judged@10",10}");
            foreach (var e in engines) output.WriteLine($"{FreshSplit,-6} {MeansRow(e, fresh.Select(i => perNeed[e][i]).ToList())}");
        }
        output.WriteLine();
        output.WriteLine($"per need: nDCG@10 and P@10 ({string.Join(" / ", engines)})");
        foreach (var i in allScored)
        {
            var need = collection.Needs[i];
            var ndcg = string.Join(" ", engines.Select(e => perNeed[e][i].Ndcg!.Value.ToString("0.00", CultureInfo.InvariantCulture)));
            var p10 = string.Join(" ", engines.Select(e => perNeed[e][i].P10.ToString("0.0", CultureInfo.InvariantCulture)));
            output.WriteLine($"{need.Id,-5} {ndcg,-21} {p10,-16} {need.Query}");
        }
        if (!runs.ContainsKey("DefenceSearch") || !runs.ContainsKey("BM25")) return;
        output.WriteLine();
        output.WriteLine("DefenceSearch against each engine, need by need (nDCG@10; p: two-sided paired randomization test, 10,000 sign flips):");
        foreach (var (label, needs) in new[] { ("", scored), ("fresh ", fresh) })
        {
            if (needs.Count == 0) continue;
            foreach (var other in engines.Where(e => e != "DefenceSearch"))
            {
                var deltas = needs.Select(i => perNeed["DefenceSearch"][i].Ndcg!.Value - perNeed[other][i].Ndcg!.Value).ToList();
                var (better, worse) = (deltas.Count(d => d > 0.005), deltas.Count(d => d < -0.005));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {label}vs {other,-5} better on {better}, worse on {worse}, even on {deltas.Count - better - worse}; mean difference {Mean(deltas):+0.000;-0.000}, p = {TopicalMeasures.PairedRandomizationP(deltas):0.000}"));
            }
        }
        var losses = allScored
            .Select(i => (Need: collection.Needs[i], Delta: perNeed["DefenceSearch"][i].Ndcg!.Value - perNeed["BM25"][i].Ndcg!.Value))
            .Where(l => l.Delta < 0)
            .OrderBy(l => l.Delta)
            .Take(10)
            .ToList();
        output.WriteLine();
        output.WriteLine($"where DefenceSearch trails BM25 most (nDCG@10 difference): {(losses.Count == 0 ? "nowhere" : "")}");
        foreach (var (need, delta) in losses)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{need.Id,-5} {delta,6:+0.00;-0.00}  {need.Query}"));
        }
    }

    private static string MeansRow(string engine, IReadOnlyList<NeedFigures> rows)
    {
        var judged = rows.Where(r => r.Judged is not null).Select(r => r.Judged!.Value).DefaultIfEmpty(0).Average();
        return string.Create(CultureInfo.InvariantCulture,
            $"{engine,-14} {Mean(rows.Select(r => r.Ndcg!.Value)),8:0.000} {Mean(rows.Select(r => r.P10)),6:0.000} {judged,10:0.000}");
    }

    private sealed record NeedFigures(double? Ndcg, double P10, double? Judged);

    private static double Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : list.Average();
    }
}
