using System.Text.Json;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Cli;

/// <summary>The command line as a user runs it: index the seeds, search them, as text and as JSON.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new("cli");

    private string Index => Path.Combine(_dir.Path, "index");

    [Fact]
    public void Index_then_search_as_text_json_and_query_file()
    {
        var indexed = CliProcess.Run("index", "--corpus", TestPaths.Corpus, "--index", Index);
        Assert.Equal(0, indexed.Code);
        Assert.Contains("added      5", indexed.Out);
        Assert.Contains("MB/s", indexed.Out);
        Assert.Contains("indexing 5/5", indexed.Out);            // plain progress lines when not on a terminal

        var again = CliProcess.Run("index", "--corpus", TestPaths.Corpus, "--index", Index);
        Assert.Contains("unchanged  5", again.Out);

        var text = CliProcess.Run("search", "--index", Index, "ngo", "xuan", "lich");
        Assert.Equal(0, text.Code);
        // The notice says how the query was read (a minister's name), then the count.
        Assert.StartsWith("! Hiểu là Ngô Xuân Lịch", text.Out);
        Assert.Contains("\n4 articles", text.Out);
        Assert.Contains("[Ngô Xuân Lịch]", text.Out);               // marks shown as brackets off a terminal

        // A tier's notice carries its hint, from the library's table of tier links (the site's links read it too): the words
        // together lead to the words apart with their count, and back.
        var together = CliProcess.Run("search", "--index", Index, "--lang", "en", "bien", "dong");
        Assert.Contains("Showing articles where the words stand together; 2 more have them apart.", together.Out);
        Assert.Contains("(--apart shows the 2 articles with the words apart)", together.Out);
        var apart = CliProcess.Run("search", "--index", Index, "--lang", "en", "--apart", "bien", "dong");
        Assert.Contains("(without --apart: back to the articles with the words together)", apart.Out);

        var json = CliProcess.Run("search", "--index", Index, "--json", "--country", "BY", "--lang", "en", "quoc", "phong");
        using var doc = JsonDocument.Parse(json.Out);
        Assert.Equal(2, doc.RootElement.GetProperty("total").GetInt32());
        var countries = doc.RootElement.GetProperty("facets").GetProperty("country").EnumerateArray().ToList();
        Assert.Contains(countries, c => c.GetProperty("key").GetString() == "RU" && c.GetProperty("count").GetInt32() == 2);
        Assert.Contains(countries, c => c.GetProperty("label").GetString() == "Russia");

        var queries = Path.Combine(_dir.Path, "queries.txt");
        File.WriteAllLines(queries, ["ngo xuan lich", "\"unbalanced", "canada"]);
        var lines = CliProcess.Run("search", "--index", Index, "--queries", queries).Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal([4, 1], lines.Where((_, i) => i != 1).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("total").GetInt32()));
        Assert.NotEqual(JsonValueKind.Null, JsonDocument.Parse(lines[1]).RootElement.GetProperty("notice").ValueKind);
    }

    [Fact]
    public void Missing_index_and_corpus_are_clear_errors()
    {
        var search = CliProcess.Run("search", "--index", Path.Combine(_dir.Path, "none"), "x");
        Assert.Equal(2, search.Code);
        Assert.Contains("no index", search.Error);
        var index = CliProcess.Run("index", "--corpus", Path.Combine(_dir.Path, "none"), "--index", Index);
        Assert.Equal(2, index.Code);
        Assert.Contains("does not exist", index.Error);
    }

    public void Dispose() => _dir.Dispose();
}
