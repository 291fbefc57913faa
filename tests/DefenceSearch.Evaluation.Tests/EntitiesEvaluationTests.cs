using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DefenceSearch.Evaluation.Tests;

/// <summary>The 'entities' evaluation runs on its labelled articles (it reads only those from the shared data).</summary>
[Trait(NoIndex.Name, NoIndex.Value)]
public sealed class EntitiesEvaluationTests
{
    [Fact]
    public async Task Entities_prints_precision_recall_and_f1_per_dimension_and_split()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["entities", "--articles", "40"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        Assert.Contains("40 labelled articles", text, StringComparison.Ordinal);
        foreach (var dimension in new[] { "ministers", "countries", "areas" })
        {
            foreach (var split in new[] { "tune", "heldout" })
            {
                var row = Regex.Match(text, $@"^{dimension}\s+{split}\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*$", RegexOptions.Multiline);
                Assert.True(row.Success, $"no {dimension} {split} row in:\n{text}");
                var (gold, found, tp) = (int.Parse(row.Groups[1].Value), int.Parse(row.Groups[2].Value), int.Parse(row.Groups[3].Value));
                Assert.InRange(tp, 0, Math.Min(gold, found));
                foreach (var g in new[] { 4, 5, 6 })
                    Assert.InRange(double.Parse(row.Groups[g].Value, CultureInfo.InvariantCulture), 0.0, 1.0);
            }
        }
        // The labelled articles hold ministers and countries: the evaluation must have found some of each.
        Assert.Matches(@"(?m)^ministers\s+\w+\s+[1-9]\d*\s+[1-9]", text);
        Assert.Matches(@"(?m)^countries\s+\w+\s+[1-9]\d*\s+[1-9]", text);
    }

    [Fact]
    public async Task The_fresh_splits_report_areas_only_and_the_held_out_one_never_lists_its_mistakes()
    {
        var output = new StringWriter();
        var exit = await Program.Run(["entities"], output);
        var text = output.ToString();
        Assert.True(exit == 0, text);
        var row = Regex.Match(text, @"^areas\s+fresh\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
        Assert.True(row.Success, text);
        Assert.True(int.Parse(row.Groups[1].Value) >= 30, "the fresh split holds at least 30 area labels");
        // The second fresh set (session 7), drawn by a rule written before reading, is reported the same way.
        var second = Regex.Match(text, @"^areas\s+fresh2\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
        Assert.True(second.Success, text);
        Assert.True(int.Parse(second.Groups[1].Value) >= 30, "the second fresh split holds at least 30 area labels");
        // The third (helper areas7), labelled after this round's rules were final.
        var third = Regex.Match(text, @"^areas\s+fresh3\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
        Assert.True(third.Success, text);
        Assert.True(int.Parse(third.Groups[1].Value) >= 20, "the third fresh split holds at least 20 area labels");
        Assert.DoesNotMatch(@"(?m)^(ministers|countries)\s+fresh[23]?\s", text); // only areas were labelled on the first three
        // The fourth (helper label8, session 8), drawn by a rule committed before reading and labelled by another hand
        // than the one changing the area rules, holds areas, countries and ministers.
        var fourth = Regex.Match(text, @"^areas\s+fresh4\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
        Assert.True(fourth.Success, text);
        Assert.True(int.Parse(fourth.Groups[1].Value) >= 40, "the fourth fresh split holds at least 40 area labels");
        Assert.Matches(@"(?m)^countries\s+fresh4\s+[1-9]", text);
        Assert.Matches(@"(?m)^ministers\s+fresh4\s+[1-9]", text);
        // The first nineteen fresh sets were reported as held out in sessions 6 to 23 and are read from the session after
        // (the nineteenth's mistakes are listed now); the twentieth (helper label24, session 23) is session 24's held-out
        // one: its errors stay unread.
        Assert.Contains("fresh6 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh7 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh8 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh9 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh10 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh11 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh12 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh13 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh14 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh15 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh16 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh17 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh18 false", text, StringComparison.Ordinal);
        Assert.Contains("fresh19 false", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fresh20 false", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fresh21 false", text, StringComparison.Ordinal);
        // The fifth (helper label9, session 9) and the sixth (helper label10, session 9, labelled after that session's
        // rules were final), the seventh (helper label11, session 10), the eighth (helper label12, session 11), the ninth
        // (helper label13, session 12), the tenth (helper label14, session 13), the eleventh (helper label15, session 14),
        // the twelfth (helper label16, session 15), the thirteenth (helper label17, session 16), the fourteenth (helper
        // label18, session 17), the fifteenth (helper label19, session 18, held out in session 19), the sixteenth (helper
        // label20, session 19, held out in session 20; 38 area labels, so its minimum is 35), the seventeenth (helper
        // label21, session 20, held out in session 21; 42 area labels and 7 minister labels, so its minimums are 40 and 5),
        // the eighteenth (helper label22, session 21, kept for session 22; 50 area labels, 318 country labels and 15
        // minister labels, so its minimums are 40, 200 and 10), the nineteenth (helper label23, session 22, kept for
        // session 23; 56 area labels, 323 country labels and 15 minister labels, so its minimums are 40, 200 and 10), the
        // twentieth (helper label24, session 23, kept for session 24; 50 area labels, 319 country labels and 20 minister
        // labels, so its minimums are 40, 200 and 10) and the twenty-first (helper label25, session 24, kept for session 25;
        // 32 area labels (no K4 articles: its pool was empty and filled from K1), 293 country labels and 22 minister labels,
        // so its minimums are 25, 200 and 10) were
        // labelled on all three dimensions by reading, before the extractor ran on them: their figures are printed; none
        // of the unread sets' articles is named anywhere in the output.
        using var labels = JsonDocument.Parse(File.ReadAllText(EvaluationContext.DataFile("entities.json")));
        foreach (var (split, minAreas, minCountries, minMinisters) in new[] { ("fresh5", 30, 200, 5), ("fresh6", 25, 200, 5), ("fresh7", 40, 200, 8), ("fresh8", 40, 200, 10), ("fresh9", 40, 200, 10), ("fresh10", 40, 200, 10), ("fresh11", 40, 200, 10), ("fresh12", 40, 200, 10), ("fresh13", 40, 200, 10), ("fresh14", 40, 200, 10), ("fresh15", 40, 200, 10), ("fresh16", 35, 200, 10), ("fresh17", 40, 200, 5), ("fresh18", 40, 200, 10), ("fresh19", 40, 200, 10), ("fresh20", 40, 200, 10), ("fresh21", 25, 200, 10) })
        {
            var areas = Regex.Match(text, $@"^areas\s+{split}\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
            Assert.True(areas.Success, $"no areas {split} row");
            Assert.True(int.Parse(areas.Groups[1].Value) >= minAreas, $"{split} holds at least {minAreas} area labels");
            var countries = Regex.Match(text, $@"^countries\s+{split}\s+(\d+)\s", RegexOptions.Multiline);
            Assert.True(countries.Success && int.Parse(countries.Groups[1].Value) >= minCountries, $"{split} holds at least {minCountries} country labels");
            var ministers = Regex.Match(text, $@"^ministers\s+{split}\s+(\d+)\s", RegexOptions.Multiline);
            Assert.True(ministers.Success && int.Parse(ministers.Groups[1].Value) >= minMinisters, $"{split} holds at least {minMinisters} minister labels");
            var heldOut = labels.RootElement.EnumerateArray()
                .Where(e => e.GetProperty("split").GetString() == split)
                .Select(e => e.GetProperty("id").GetString()!)
                .ToList();
            Assert.Equal(100, heldOut.Count);
            if (!EntitiesEvaluation.Unread.Contains(split))
                continue;
            foreach (var id in heldOut)
                Assert.False(text.Contains(id, StringComparison.Ordinal), $"the output names the held-out article {id}");
        }
        Assert.Contains("false positives", text, StringComparison.Ordinal); // the tuning split's are listed
        // Session 18: fresh12 and fresh13 were read again, blind, by other hands (Data/entities-second-reading.json): the two
        // readings agree above the extractor's targets (0.85 for areas, 0.95 for countries), so the labels are a sound measure;
        // a held-out split is never read twice (its second reading would be a read of its articles).
        foreach (var (dimension, split, agreement) in new[] { ("areas", "fresh12", 0.85), ("areas", "fresh13", 0.85), ("countries", "fresh12", 0.95), ("countries", "fresh13", 0.95) })
        {
            var reread = Regex.Match(text, $@"^second\s+{dimension}\s+{split}\s+\S+\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", RegexOptions.Multiline);
            Assert.True(reread.Success, $"no second reading row for {dimension} {split}");
            Assert.Equal(100, int.Parse(reread.Groups[1].Value));
            Assert.InRange(double.Parse(reread.Groups[5].Value, CultureInfo.InvariantCulture), agreement, 1.0);
        }
        Assert.DoesNotMatch(@"(?m)^second\s+\w+\s+(fresh1[456789]|fresh2[01])\s", text);
    }

    [Fact]
    public void Each_labelled_article_is_labelled_once_in_one_split()
    {
        // Each fresh set is drawn from the articles not yet labelled; an article labelled twice would count twice (and a
        // held-out article also labelled in a read split would leak its labels).
        using var labels = JsonDocument.Parse(File.ReadAllText(EvaluationContext.DataFile("entities.json")));
        var twice = labels.RootElement.EnumerateArray()
            .GroupBy(e => e.GetProperty("id").GetString()!, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(e => e.GetProperty("split").GetString()))})")
            .ToList();
        Assert.True(twice.Count == 0, $"labelled more than once: {string.Join("; ", twice)}");
        Assert.True(labels.RootElement.GetArrayLength() >= 2242, "the labelled articles are all there");
    }
}
