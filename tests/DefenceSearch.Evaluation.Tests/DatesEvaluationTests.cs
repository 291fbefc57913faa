using System.Globalization;
using System.Text.RegularExpressions;

namespace DefenceSearch.Evaluation.Tests;

/// <summary>The "dates" evaluation on a small slice of the real news: its table is printed and its figures are sane.</summary>
[Trait(NoIndex.Name, NoIndex.Value)]
public sealed partial class DatesEvaluationTests
{
    [Fact]
    public async Task The_dates_evaluation_reports_coverage_and_precision_on_a_slice()
    {
        var output = new StringWriter();
        Assert.Equal(0, await Program.Run(["dates", "--articles", "400"], output));
        var text = output.ToString();
        Assert.Contains("baomoi labels 80", text, StringComparison.Ordinal);
        var unc = Row().Matches(text).Single(m => m.Groups["set"].Value.Trim() == "unc all");
        var articles = int.Parse(unc.Groups["articles"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(articles, 10, 400); // the slice holds some UNC articles, their headers removed
        Assert.Equal(articles, int.Parse(unc.Groups["judged"].Value, CultureInfo.InvariantCulture)); // every UNC header is a truth
        foreach (var group in new[] { "coverage", "precision" })
            Assert.InRange(double.Parse(unc.Groups[group].Value, CultureInfo.InvariantCulture), 0, 100);
        Assert.True(int.Parse(unc.Groups["years"].Value, CultureInfo.InvariantCulture) <= articles);
        Assert.Contains("tuning split, wrong years:", text, StringComparison.Ordinal);
        // Every baomoi file of the slice is judged against the crawl's year, and the read answers are loaded.
        Assert.Contains("baomoi answers read 60", text, StringComparison.Ordinal);
        var crawl = Row().Matches(text).Single(m => m.Groups["set"].Value.Trim() == "baomoi every file, crawl year");
        var baomoiFiles = int.Parse(crawl.Groups["articles"].Value, CultureInfo.InvariantCulture);
        Assert.InRange(baomoiFiles, 1, 400 - articles);
        Assert.True(int.Parse(crawl.Groups["years"].Value, CultureInfo.InvariantCulture) <= baomoiFiles);
        Assert.Matches(@"baomoi years other than the crawl's 2017: \d+", text);
        // Stated days without a year: counted over the undated UNC articles, judged against the header, never on a dated one.
        var stated = StatedRow().Match(text);
        Assert.True(stated.Success, text);
        Assert.InRange(int.Parse(stated.Groups["stated"].Value, CultureInfo.InvariantCulture), 0, int.Parse(stated.Groups["undated"].Value, CultureInfo.InvariantCulture));
        Assert.InRange(double.Parse(stated.Groups["precision"].Value, CultureInfo.InvariantCulture), 0, 100);
        Assert.DoesNotContain("ERROR: a stated day on a dated UNC article", text, StringComparison.Ordinal);
        Assert.Contains("baomoi stated days read (40 drawn", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^unc all, headers removed\s+(?<undated>\d+)\s+(?<stated>\d+)\s+[\d.]+ %\s+\d+\s+(?<precision>[\d.]+) %", RegexOptions.Multiline)]
    private static partial Regex StatedRow();

    [GeneratedRegex(@"^(?<set>[a-z ,()+.0-9]+?)\s+(?<articles>\d+)\s+(?<judged>\d+)\s+(?<coverage>[\d.]+) %\s+(?<precision>[\d.]+) %\s+(?<years>\d+)", RegexOptions.Multiline)]
    private static partial Regex Row();
}
