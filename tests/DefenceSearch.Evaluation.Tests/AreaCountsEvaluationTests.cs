using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceSearch.Evaluation.Tests;

/// <summary>The 'area-counts' evaluation on a small slice: articles per area and per number of areas, adding up.</summary>
[Trait(NoIndex.Name, NoIndex.Value)]
public sealed class AreaCountsEvaluationTests
{
    [Fact]
    public async Task Area_counts_list_every_area_and_a_histogram_that_adds_up_to_the_slice()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["area-counts", "--articles", "300"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        var total = Regex.Match(text, @"^(\d+) articles; articles per area:", RegexOptions.Multiline);
        Assert.True(total.Success, text);
        var articles = int.Parse(total.Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(articles, 100, 300);
        var perArea = Regex.Matches(text, @"^  ([a-z-]+)\s+(\d+)\s+[\d.]+%$", RegexOptions.Multiline);
        Assert.Equal(18, perArea.Count); // every area, also those no article of the slice carries
        Assert.All(perArea, m => Assert.InRange(int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 0, articles));
        var histogram = Regex.Matches(text, @"^\s+(\d+) areas\s+(\d+)\s+[\d.]+%$", RegexOptions.Multiline);
        Assert.Equal(articles, histogram.Sum(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
        // The areas counted per article are the areas counted per area.
        Assert.Equal(perArea.Sum(m => int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)),
            histogram.Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) * int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)));
    }
}
