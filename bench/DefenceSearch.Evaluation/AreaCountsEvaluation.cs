using System.Globalization;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;

namespace DefenceSearch.Evaluation;

/// <summary>
/// How the cooperation areas spread over the whole corpus (or the <c>--articles</c> slice): articles per area, and
/// how many articles carry 0, 1, 2, … areas. Not a measure of quality (that is <see cref="EntitiesEvaluation"/>), but a
/// check that the tagging looks right at scale: a facet on which half the corpus carries five areas says little.
/// </summary>
internal static class AreaCountsEvaluation
{
    public static async Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var perArea = data.Areas.ToDictionary(a => a.Key, _ => 0, StringComparer.Ordinal);
        var perCount = new SortedDictionary<int, int>();
        var articles = 0;
        foreach (var file in context.Corpus.Files)
        {
            var text = ArticleReader.Decode(await File.ReadAllBytesAsync(file)).Text;
            if (text is null) continue;
            var areas = extractor.Extract(reader.Parse(text, Path.GetFileNameWithoutExtension(file), Path.GetExtension(file).ToLowerInvariant())).Areas;
            articles++;
            foreach (var a in areas) perArea[a]++;
            perCount[areas.Count] = perCount.GetValueOrDefault(areas.Count) + 1;
        }
        await output.WriteLineAsync($"{articles} articles; articles per area:");
        foreach (var (key, n) in perArea.OrderByDescending(e => e.Value))
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {key,-24} {n,6} {100.0 * n / Math.Max(1, articles),5:0.0}%"));
        await output.WriteLineAsync("articles by number of areas:");
        foreach (var (count, n) in perCount)
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {count,2} areas {n,6} {100.0 * n / Math.Max(1, articles),5:0.0}%"));
        return 0;
    }
}
