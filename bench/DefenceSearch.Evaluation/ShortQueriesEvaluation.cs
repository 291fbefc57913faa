using System.Globalization;
using System.Text;
using DefenceSearch.Benchmarks;
using DefenceSearch.Indexing;
using DefenceSearch.Reference;
using DefenceSearch.Searching;

namespace DefenceSearch.Evaluation;

/// <summary>
/// Short queries a journalist types (a country, folded or accented, a minister, a topic of two words), judged for defence
/// (Data/short-queries.json, in the topical collection's form, grades 0–2 under the rules of Data/topical-rules.md,
/// "Short queries"): nDCG@10 and P@10 (grade 2) per split over the judged hits (a condensed list: an article the protocol
/// keeps unread is left unjudged and dropped from the ranking), with the defence prior (<see cref="ArticleIndex.DefencePrior"/>)
/// at its default and at the values it was chosen among. Each value's top 60 is written to short-runs.tsv in the work
/// folder, with the grade and the headline, so unjudged hits can be pooled and read.
/// </summary>
public static class ShortQueriesEvaluation
{
    /// <summary>The prior's values printed beside the default (0: none).</summary>
    public static readonly float[] Priors = [0f, 0.5f, 1f, 2f, 3f, 5f, 8f, 12f];

    /// <summary>How deep each list is read: half of the defence articles are labelled entity articles, kept unread (and
    /// unjudged), so ten judged hits can lie this deep.</summary>
    public const int ListDepth = 60;

    public static Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var collection = TopicalCollection.Load(EvaluationContext.DataFile("short-queries.json"));
        var corpus = context.Corpus;
        var present = corpus.Ids;
        output.WriteLine($"{collection.Needs.Count} short queries, {collection.Needs.Sum(n => n.Judgements.Count):N0} judgements (Data/short-queries.json, rules in Data/topical-rules.md); {corpus.Count:N0} articles");
        // The topical evaluation's index, when a --work folder holds it (brought up to date, as there).
        var indexPath = Path.Combine(context.WorkPath, "topical-defencesearch");
        new CorpusIndexer(ReferenceData.Default).Run(corpus.Path, indexPath, new IndexOptions { Rebuild = context.Options.WorkPath is null, Threads = Environment.ProcessorCount }, null, CancellationToken.None);
        var priors = Priors.Append(ArticleIndex.DefaultDefencePrior).Distinct().Order().ToList();
        var runs = new StringBuilder("query\tprior\trank\tid\tgrade\ttitle\n");
        var figures = new Dictionary<float, List<(double? Ndcg, double P10)>>();
        using (var index = ArticleIndex.Open(indexPath))
        {
            foreach (var prior in priors)
            {
                index.DefencePrior = prior;
                figures[prior] = [];
                foreach (var need in collection.Needs)
                {
                    var hits = index.Search(new SearchRequest { Query = need.Query, Size = ListDepth, Snippets = false }).Hits;
                    // Condensed: a hit left unjudged (an article the protocol keeps unread) is dropped, not counted as a miss.
                    var ids = hits.Select(h => h.Id).Where(need.Judgements.ContainsKey).ToList();
                    figures[prior].Add((TopicalMeasures.Ndcg(ids, need.Judgements, present), TopicalMeasures.PrecisionAt10(ids, need.Judgements)));
                    for (var r = 0; r < hits.Count; r++)
                    {
                        var grade = need.Judgements.TryGetValue(hits[r].Id, out var g) ? g.ToString(CultureInfo.InvariantCulture) : "";
                        runs.Append(CultureInfo.InvariantCulture, $"{need.Id}\t{prior}\t{r + 1}\t{hits[r].Id}\t{grade}\t{hits[r].Title.Replace('\t', ' ')}\n");
                    }
                }
            }
        }
        File.WriteAllText(Path.Combine(context.WorkPath, "short-runs.tsv"), runs.ToString());
        var scored = Enumerable.Range(0, collection.Needs.Count).Where(i => figures[0f][i].Ndcg is not null).ToList();
        output.WriteLine($"nDCG@10/P@10 (grade 2 relevant) over the {scored.Count} queries with a defence article in the corpus, by the prior (default {ArticleIndex.DefaultDefencePrior.ToString(CultureInfo.InvariantCulture)}):");
        foreach (var prior in priors)
        {
            var row = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"  prior {prior,4}:"));
            foreach (var split in new[] { "tuning", "held-out" })
            {
                var inSplit = scored.Where(i => collection.Needs[i].Split == split).ToList();
                if (inSplit.Count == 0) continue;
                row.Append(CultureInfo.InvariantCulture,
                    $" {split} ({inSplit.Count}) {inSplit.Average(i => figures[prior][i].Ndcg!.Value):0.000}/{inSplit.Average(i => figures[prior][i].P10):0.000}");
            }
            output.WriteLine(row.ToString());
        }
        output.WriteLine($"per query: nDCG@10 at each prior ({string.Join(" / ", priors.Select(p => p.ToString(CultureInfo.InvariantCulture)))})");
        foreach (var i in scored)
        {
            var need = collection.Needs[i];
            output.WriteLine($"{need.Id,-5} {need.Split,-8} {string.Join(" ", priors.Select(p => figures[p][i].Ndcg!.Value.ToString("0.00", CultureInfo.InvariantCulture)))}  {need.Query}");
        }
        if (context.Options.WorkPath is not null) output.WriteLine($"top {ListDepth} at each prior: {Path.Combine(context.WorkPath, "short-runs.tsv")}");
        return Task.FromResult(0);
    }
}
