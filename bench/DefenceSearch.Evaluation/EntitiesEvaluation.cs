using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;

namespace DefenceSearch.Evaluation;

/// <summary>
/// The facets an article gets (defence ministers and deputies, countries, cooperation areas) against labels made by
/// reading real articles (Data/entities.json; the rules in Data/entities-rules.md). Prints precision, recall and F1 per
/// dimension for the tuning and held-out splits, and every false positive and negative (article id and key).
/// Reads only the labelled files from the shared archives.
/// </summary>
internal static class EntitiesEvaluation
{
    public static readonly string[] Dimensions = ["ministers", "countries", "areas"];
    public static readonly string[] Splits = ["tune", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21"];

    /// <summary>
    /// The splits whose mistakes are never printed, so that they stay unread while the rules change. The first three
    /// fresh sets were held out in sessions 6 and 7 and reported there; from session 8 they are read like the tuning
    /// split. <c>fresh4</c> was the held-out one in session 8 and is read from session 9 on; <c>fresh5</c> was held out in
    /// session 9 and is read from session 10 on; <c>fresh6</c> (drawn and labelled at the end of session 9 by another
    /// hand, after its rules were final) was the held-out one of session 10 and is read from session 11 on; <c>fresh7</c>
    /// (drawn and labelled in session 10 by helper label11, by reading only) was the held-out one of session 11 and is read
    /// from session 12 on; <c>fresh8</c> (drawn and labelled in session 11 by helper label12, by reading only) was the
    /// held-out one of session 12 and is read from session 13 on; <c>fresh9</c> (drawn and labelled in session 12 by helper
    /// label13, by reading only) was the held-out one of session 13 and is read from session 14 on; <c>fresh10</c> (drawn
    /// and labelled in session 13 by helper label14, by reading only, never looking at the extraction rules or the
    /// extractor's output) was the held-out one of session 14 and is read from session 15 on; <c>fresh11</c> (drawn and
    /// labelled in session 14 by helper label15, by reading only, never looking at the extraction rules or the
    /// extractor's output) was the held-out one of session 15 and is read from session 16 on; <c>fresh12</c> (drawn and
    /// labelled in session 15 by helper label16, by reading only, never looking at the extraction rules or the extractor's
    /// output) was the held-out one of session 16 and is read from session 17 on; <c>fresh13</c> (drawn and labelled in
    /// session 16 by helper label17, by reading only, never looking at the extraction rules or the extractor's output) was
    /// the held-out one of session 17 and is read from session 18 on; <c>fresh14</c> (drawn and labelled in session 17 by
    /// helper label18, by reading only, never looking at the extraction rules or the extractor's output) was the held-out
    /// one of session 18 and is read from session 19 on; <c>fresh15</c> (drawn and labelled in session 18 by helper label19,
    /// by reading only, never looking at the extraction rules or the extractor's output) was the held-out one of session 19
    /// and is read from session 20 on; <c>fresh16</c> (drawn and labelled in session 19 by helper label20, by reading only,
    /// never looking at the extraction rules or the extractor's output) was the held-out one of session 20 and is read from
    /// session 21 on; <c>fresh17</c> (drawn and labelled in session 20 by helper label21, by reading only, never looking at
    /// the extraction rules or the extractor's output) was the held-out one of session 21 and is read from session 22 on;
    /// <c>fresh18</c> (drawn and labelled in session 21 by helper label22, by reading only, never looking at the extraction
    /// rules or the extractor's output) was the held-out one of session 22 and is read from session 23 on; <c>fresh19</c>
    /// (drawn and labelled in session 22 by helper label23, by reading only, never looking at the extraction rules or the
    /// extractor's output) was the held-out one of session 23 and is read from session 24 on; <c>fresh20</c> (drawn and
    /// labelled in session 23 by helper label24, by reading only, never looking at the extraction rules or the extractor's
    /// output) is the held-out one of session 24; <c>fresh21</c> (drawn and labelled in session 24 by helper label25, by
    /// reading only, never looking at the extraction rules or the extractor's output) is kept unread for session 25, whose
    /// held-out one it is.
    /// </summary>
    public static readonly string[] Unread = ["fresh20", "fresh21"];

    /// <summary>
    /// One labelled article. The splits <c>fresh</c>, <c>fresh2</c> and <c>fresh3</c> hold areas only (their ministers and
    /// countries are null); <c>fresh4</c> to <c>fresh21</c> (the later held-out ones, see <see cref="Unread"/>) hold all three dimensions.
    /// </summary>
    private sealed record Label(string Id, string Split, string Stratum, string[]? Ministers, string[]? Countries, string[] Areas);

    /// <summary>
    /// A second, blind reading of one article by another hand (<c>Data/entities-second-reading.json</c>, session 18): its areas,
    /// or its countries and ministers (null: not read for them). The reader saw the labelling rules and the earlier sets' notes,
    /// never the split's labels, the extractor or its output.
    /// </summary>
    private sealed record SecondReading(string Id, string Split, string Reader, string[]? Areas, string[]? Countries, string[]? Ministers, string? Note);

    /// <summary>Counts of one dimension on one split.</summary>
    internal sealed class Score
    {
        public int TruePositives, Found, Gold;
        public readonly List<string> FalsePositives = [], FalseNegatives = [];
        public double Precision => Found == 0 ? 1 : (double)TruePositives / Found;
        public double Recall => Gold == 0 ? 1 : (double)TruePositives / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public static async Task<int> Run(EvaluationContext context)
    {
        var output = context.Output;
        var labels = Load(EvaluationContext.DataFile("entities.json"));
        if (context.Options.Articles > 0) labels = labels.Take(context.Options.Articles).ToList();
        var folder = Path.Combine(context.WorkPath, "entities");
        var files = ExtractLabelled(context.DataPath, folder, labels.Select(l => l.Id).ToHashSet(StringComparer.Ordinal));
        var missing = labels.Where(l => !files.ContainsKey(l.Id)).Select(l => l.Id).ToList();
        if (missing.Count > 0)
        {
            await output.WriteLineAsync($"labelled articles missing from {context.DataPath}: {string.Join(", ", missing)}");
            return 1;
        }

        var data = ReferenceData.Default;
        var reader = new ArticleReader(data);
        var extractor = new EntityExtractor(data);
        var scores = Dimensions.SelectMany(d => Splits.Select(s => (d, s))).ToDictionary(k => k, _ => new Score());
        var found = new Dictionary<string, Facts>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var path = files[label.Id];
            var (text, problem) = ArticleReader.Decode(await File.ReadAllBytesAsync(path));
            if (text is null)
            {
                await output.WriteLineAsync($"{label.Id} cannot be read: {problem}");
                return 1;
            }
            var facts = extractor.Extract(reader.Parse(text, label.Id, Path.GetExtension(path).ToLowerInvariant()));
            var extracted = new Facts(facts.Areas, facts.Countries, [.. facts.Ministers.Select(m => m.Key)]);
            if (label.Ministers is { } ministers) Count(scores[("ministers", label.Split)], label.Id, ministers, extracted.Ministers);
            if (label.Countries is { } countries) Count(scores[("countries", label.Split)], label.Id, countries, extracted.Countries);
            Count(scores[("areas", label.Split)], label.Id, label.Areas, extracted.Areas);
            found[label.Id] = extracted;
        }

        await output.WriteLineAsync(
            $"{labels.Count} labelled articles ({string.Join(", ", Splits.Select(split => $"{split} {labels.Count(l => l.Split == split)}"))}; fresh, fresh2 and fresh3 hold areas only); micro-averaged over the (article, key) pairs");
        await output.WriteLineAsync($"{"dimension",-10} {"split",-8} {"gold",5} {"found",6} {"tp",5} {"P",6} {"R",6} {"F1",6}");
        var labelled = labels.SelectMany(l => Dimensions.Where(d => d == "areas" || (d == "ministers" ? l.Ministers : l.Countries) is not null).Select(d => (d, l.Split))).ToHashSet();
        foreach (var ((dimension, split), s) in scores)
        {
            if (!labelled.Contains((dimension, split))) continue;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{dimension,-10} {split,-8} {s.Gold,5} {s.Found,6} {s.TruePositives,5} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}"));
        }
        await SecondReadings(output, labels, found);
        // The held-out split's mistakes are not listed: it stays unread while the rules change, so that its figures stay honest.
        foreach (var ((dimension, split), s) in scores.Where(e => !Unread.Contains(e.Key.Item2)))
        {
            if (s.FalsePositives.Count > 0) await output.WriteLineAsync($"{dimension} {split} false positives: {string.Join(", ", s.FalsePositives)}");
            if (s.FalseNegatives.Count > 0) await output.WriteLineAsync($"{dimension} {split} false negatives: {string.Join(", ", s.FalseNegatives)}");
        }
        return 0;
    }

    // How far two readers agree on a split (areas, countries, ministers), the ceiling against which the extractor's figures there
    // are read: the extractor against each reader, and its recall of the labels both readers give.
    private static async Task SecondReadings(TextWriter output, List<Label> labels, Dictionary<string, Facts> found)
    {
        var byId = labels.ToDictionary(l => l.Id, StringComparer.Ordinal);
        List<SecondReading> readings;
        using (var stream = File.OpenRead(EvaluationContext.DataFile("entities-second-reading.json")))
            readings = JsonSerializer.Deserialize<List<SecondReading>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true }) ?? [];
        var rows = new List<string>();
        foreach (var dimension in Dimensions)
        {
            Func<SecondReading, string[]?> second = dimension switch { "areas" => r => r.Areas, "countries" => r => r.Countries, _ => r => r.Ministers };
            Func<Label, string[]?> first = dimension switch { "areas" => l => l.Areas, "countries" => l => l.Countries, _ => l => l.Ministers };
            Func<Facts, IReadOnlyList<string>> extracted = dimension switch { "areas" => f => f.Areas, "countries" => f => f.Countries, _ => f => f.Ministers };
            var groups = readings.Where(r => second(r) is not null && byId.TryGetValue(r.Id, out var l) && l.Split == r.Split && first(l) is not null
                    && found.ContainsKey(r.Id))
                .GroupBy(r => (r.Split, r.Reader));
            foreach (var group in groups)
            {
                Score readers = new(), againstFirst = new(), againstSecond = new(), agreed = new();
                foreach (var r in group)
                {
                    var gold = first(byId[r.Id])!;
                    var other = second(r)!;
                    var facts = extracted(found[r.Id]);
                    Count(readers, r.Id, gold, other);
                    Count(againstFirst, r.Id, gold, facts);
                    Count(againstSecond, r.Id, other, facts);
                    Count(agreed, r.Id, [.. gold.Intersect(other, StringComparer.Ordinal)], facts);
                }
                rows.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{"second",-6} {dimension,-10} {group.Key.Split,-8} {group.Key.Reader,-9} {group.Count(),5} {readers.Gold,6} {readers.Found,6} {readers.TruePositives,5} {readers.F1,6:0.000} {againstFirst.F1,6:0.000} {againstSecond.F1,6:0.000} {agreed.Recall,6:0.000}"));
            }
        }
        if (rows.Count == 0) return;
        await output.WriteLineAsync("second reading (blind, another hand; Data/entities-second-reading.json): F1 of the readers, of the extractor against each, and its recall of the labels both give");
        await output.WriteLineAsync($"{"",-6} {"dimension",-10} {"split",-8} {"reader",-9} {"read",5} {"first",6} {"second",6} {"both",5} {"agree",6} {"ex/1st",6} {"ex/2nd",6} {"ex R",6}");
        foreach (var row in rows) await output.WriteLineAsync(row);
    }

    /// <summary>What the extractor found in one labelled article.</summary>
    private sealed record Facts(IReadOnlyList<string> Areas, IReadOnlyList<string> Countries, IReadOnlyList<string> Ministers);

    private static void Count(Score score, string id, string[] gold, IEnumerable<string> found)
    {
        var goldSet = gold.ToHashSet(StringComparer.Ordinal);
        var foundSet = found.ToHashSet(StringComparer.Ordinal);
        score.Gold += goldSet.Count;
        score.Found += foundSet.Count;
        foreach (var key in foundSet)
        {
            if (goldSet.Contains(key)) score.TruePositives++;
            else score.FalsePositives.Add($"{id} {key}");
        }
        score.FalseNegatives.AddRange(goldSet.Where(k => !foundSet.Contains(k)).Select(k => $"{id} {k}"));
    }

    private static List<Label> Load(string path)
    {
        using var stream = File.OpenRead(path);
        var labels = JsonSerializer.Deserialize<List<Label>>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException($"{path} is empty");
        var bad = labels.FirstOrDefault(l => !Splits.Contains(l.Split));
        if (bad is not null) throw new InvalidDataException($"{path}: {bad.Id} has split '{bad.Split}', not one of {string.Join(", ", Splits)}");
        return labels;
    }

    /// <summary>Extracts the labelled articles (ids are archive paths without the extension) into <paramref name="folder"/>.</summary>
    private static Dictionary<string, string> ExtractLabelled(string dataPath, string folder, HashSet<string> ids)
    {
        Directory.CreateDirectory(folder);
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var archive in Benchmarks.NewsCorpus.Archives.Select(a => Path.Combine(dataPath, a)))
        {
            if (!File.Exists(archive)) throw new FileNotFoundException($"The shared news data is missing: {archive}", archive);
            var members = Tar("-tzf", archive).Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Where(m => !m.EndsWith('/') && ids.Contains(WithoutExtension(m)))
                .ToList();
            if (members.Count == 0) continue;
            var list = Path.Combine(folder, ".members");
            File.WriteAllLines(list, members);
            Tar("-xzf", archive, "-C", folder, "-T", list);
            File.Delete(list);
            foreach (var m in members) found[WithoutExtension(m)] = Path.Combine(folder, m);
        }
        return found;
    }

    private static string WithoutExtension(string member)
    {
        var dot = member.LastIndexOf('.');
        return dot > member.LastIndexOf('/') + 1 ? member[..dot] : member;
    }

    private static string Tar(params string[] args)
    {
        var info = new ProcessStartInfo("tar") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("tar could not be started");
        var error = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"tar {string.Join(' ', args)} failed ({process.ExitCode}): {error.Result}");
        return text;
    }
}
