using System.Text;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Indexing;

/// <summary>Messy pages: indexing finishes, names every skip, indexes the rest, and keeps markup as text.</summary>
public sealed class HostileCorpusTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();

    [Fact]
    public void Every_bad_file_is_reported_and_every_good_one_indexed()
    {
        var dir = _corpus.CorpusPath;
        File.WriteAllBytes(Path.Combine(dir, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(dir, "binary.txt"), Enumerable.Range(0, 4096).Select(i => (byte)(i * 7)).ToArray());
        File.WriteAllBytes(Path.Combine(dir, "invalid-utf8.txt"), [.. Encoding.UTF8.GetBytes("Tiêu đề\n"), 0xC3, 0x28, 0xA0, 0xA1]);
        File.WriteAllBytes(Path.Combine(dir, "utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Bài UTF-16\nHợp tác hải quân Việt Nam.\n")]);
        File.WriteAllText(Path.Combine(dir, "nfd.txt"), "Bài NFD\nĐại tướng Ngô Xuân Lịch thăm Belarus.\n".Normalize(NormalizationForm.FormD));
        File.WriteAllText(Path.Combine(dir, "crlf.txt"), "Bài CRLF\r\nAn ninh biển và hải quân.\r\n");
        File.WriteAllText(Path.Combine(dir, "script.txt"), "<script>alert('t')</script> Tiêu đề độc\n<img src=x onerror=alert(1)> Nội dung quốc phòng <b>đậm</b>.\n");
        File.WriteAllText(Path.Combine(dir, "links.md"), "---\ntitle: Liên kết xấu\n---\n[bấm](javascript:alert(1)) và ![ảnh](javascript:alert(2)) về quốc phòng.\n");
        using (var big = File.Create(Path.Combine(dir, "huge.txt")))
        {
            var line = Encoding.UTF8.GetBytes("Dòng dài về quốc phòng và an ninh biển.\n");
            while (big.Length < 50L * 1024 * 1024) big.Write(line);
        }

        var report = _corpus.IndexNow();

        Assert.Equal(["binary.txt", "empty.txt", "huge.txt", "invalid-utf8.txt"], report.Skipped.Select(s => s.Path));
        Assert.Contains("too large", report.Skipped.Single(s => s.Path == "huge.txt").Reason);
        Assert.Equal(5, report.Added);

        using var index = _corpus.Open();
        Assert.Equal(1, index.Search(new SearchRequest { Query = "ngo xuan lich" }).Total);   // NFD
        Assert.Equal(1, index.Search(new SearchRequest { Query = "utf" }).Total);             // UTF-16
        var hostile = index.Search(new SearchRequest { Query = "quoc phong noi dung" }).Hits.Single();
        Assert.Contains("<script>", hostile.Title);                                          // kept as text …
        var snippet = System.Text.Json.JsonSerializer.Serialize(hostile.Snippet, SearchResponse.JsonOptions);
        Assert.DoesNotContain("<img", snippet);                                               // … and encoded in the API's HTML
        Assert.Contains("&lt;img", snippet);
    }

    /// <summary>A page the Markdown parser refuses (nested deeper than it allows) is one skip, not a failed run.</summary>
    [Fact]
    public void A_page_that_cannot_be_parsed_is_skipped_and_the_rest_indexed()
    {
        var dir = _corpus.CorpusPath;
        _corpus.Write("good", "Hợp tác hải quân", "Tàu hải quân thăm Cam Ranh.");
        File.WriteAllText(Path.Combine(dir, "quotes.md"), "---\ntitle: Trích dẫn\n---\n" + new string('>', 5000) + " quốc phòng\n");
        File.WriteAllText(Path.Combine(dir, "lists.md"), "---\ntitle: Danh sách\n---\n" + string.Concat(Enumerable.Repeat("- ", 3000)) + "quốc phòng\n");

        var report = _corpus.IndexNow();

        Assert.Equal(["lists.md", "quotes.md"], report.Skipped.Select(s => s.Path));
        Assert.All(report.Skipped, s => Assert.Contains("nested", s.Reason));
        Assert.Equal(1, report.Added);
        using var index = _corpus.Open();
        Assert.Equal(1, index.Search(new SearchRequest { Query = "hai quan" }).Total);
    }

    public void Dispose() => _corpus.Dispose();
}
