using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using DefenceSearch.Reference;
using DefenceSearch.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using YamlDotNet.Serialization;

namespace DefenceSearch.Documents;

/// <summary>Reads the corpus formats (raw pages, Markdown with front matter, header-line text) into articles.</summary>
public sealed class ArticleReader(ReferenceData data)
{
    /// <summary>Pages larger than this are not news articles; they are skipped and reported.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    private readonly RawPageCleaner _cleaner = new(data.Chrome);

    /// <summary>Reads the file at <paramref name="path"/> as the article <paramref name="id"/>; too large, undecodable or unreadable files are skipped with the reason.</summary>
    public ReadResult Read(string path, string id)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxFileBytes)
                return ReadResult.Skip($"too large ({info.Length / 1048576.0:0.0} MB; the limit is {MaxFileBytes / 1048576} MB)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Skip($"cannot be read: {e.Message}");
        }
        var (text, problem) = Decode(bytes);
        if (text is null) return ReadResult.Skip(problem!);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return new ReadResult(Parse(text, id, extension), null);
    }

    /// <summary>Bytes to NFC text with LF line ends, or why they are not an article.</summary>
    public static (string? Text, string? Problem) Decode(byte[] bytes)
    {
        if (bytes.Length == 0) return (null, "empty file");
        string text;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) text = DecodeStrict(new UnicodeEncoding(false, false, true), bytes, 2);
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) text = DecodeStrict(new UnicodeEncoding(true, false, true), bytes, 2);
        else
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (Array.IndexOf(bytes, (byte)0, start) >= 0) return (null, "binary file (contains NUL bytes)");
            // Checked and decoded in one pass (Encoding.GetString counts the characters first, then decodes).
            var chars = ArrayPool<char>.Shared.Rent(bytes.Length - start);
            try
            {
                if (Utf8.ToUtf16(bytes.AsSpan(start), chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
                    return (null, $"not valid UTF-8 (bad byte at offset {start + read})");
                text = new string(chars, 0, written);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
        if (text == "\uFFFF") return (null, "not valid UTF-16");
        if (ControlCharacters(text) > text.Length / 100 + 2) return (null, "binary file (control characters)");
        if (string.IsNullOrWhiteSpace(text)) return (null, "empty file (only white space)");
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        return (VietnameseText.Normalize(text), null);
    }

    /// <summary>Control characters other than line ends, tabs and form feeds: many of them mean a binary file.</summary>
    private static int ControlCharacters(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny(Controls); // nearly always none: one vectorised pass
        if (first < 0) return 0;
        var count = 0;
        foreach (var c in text[first..])
            if (Controls.Contains(c)) count++;
        return count;
    }

    private static readonly SearchValues<char> Controls = SearchValues.Create(
        Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')).ToArray());

    private static string DecodeStrict(Encoding encoding, byte[] bytes, int start)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return "\uFFFF";
        }
    }

    /// <summary>Parses decoded text as an article, its format told by its first lines and <paramref name="extension"/> (".md" for Markdown).</summary>
    public Article Parse(string text, string id, string extension = ".txt")
    {
        if (text.StartsWith("# doc_id =", StringComparison.Ordinal) || text.StartsWith("# url =", StringComparison.Ordinal))
            return ParseHeaderLines(text, id);
        if (extension is ".md" or ".markdown" || text.StartsWith("---\n", StringComparison.Ordinal))
            return ParseMarkdown(text, id);
        return ParseRaw(text, id);
    }

    private Article ParseRaw(string text, string id, IReadOnlyList<string>? warnings = null)
    {
        var page = _cleaner.Clean(text);
        return new Article
        {
            Id = id,
            Title = page.Title.Length > 0 ? page.Title : id,
            Paragraphs = page.Paragraphs,
            HeadDateLines = page.HeadDateLines,
            Source = page.Source,
            Format = ArticleFormat.RawPage,
            Warnings = warnings ?? [],
        };
    }

    private static Article ParseHeaderLines(string text, string id)
    {
        var lines = text.Split('\n');
        var header = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        for (; i < lines.Length && lines[i].StartsWith('#'); i++)
        {
            var eq = lines[i].IndexOf('=');
            if (eq > 0) header[lines[i][1..eq].Trim()] = lines[i][(eq + 1)..].Trim();
        }
        var rest = lines.Skip(i).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        DateOnly? date = header.TryGetValue("date", out var d) && DateOnly.TryParseExact(d, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed
            : null;
        var url = header.GetValueOrDefault("url");
        var title = rest.Count > 0 ? rest[0] : id;
        var body = rest.Skip(1).ToList();
        if (rest.Count > 0 && UrlHeadline.SlugWords(url) is { Count: > 0 } slug && !UrlHeadline.IsHeadline(slug, rest[0]))
        {
            // No title line: the first line is a photo caption or the lead's first sentence, and stays in the body;
            // the headline is the URL's, spelt as the article spells its words, or the article has no title (shown as
            // UrlHeadline.Untitled; an empty title indexes no words, so "tiêu đề" does not find 1,800 placeholders).
            body = rest;
            title = UrlHeadline.Restore(slug, rest) ?? "";
        }
        return new Article
        {
            Id = id,
            Title = title,
            Paragraphs = body,
            Url = url,
            Source = HostOf(url),
            StatedDate = date,
            Format = ArticleFormat.HeaderLines,
        };
    }

    private Article ParseMarkdown(string text, string id)
    {
        var document = Markdig.Markdown.Parse(text, Pipeline);
        var yamlBlock = document.Descendants<YamlFrontMatterBlock>().FirstOrDefault();
        var front = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var body = text;
        var warnings = new List<string>();
        if (yamlBlock is not null)
        {
            var yaml = string.Join('\n', yamlBlock.Lines.Lines.Take(yamlBlock.Lines.Count).Select(l => l.ToString()));
            try
            {
                var parsed = new DeserializerBuilder().Build().Deserialize<Dictionary<string, object?>>(yaml);
                if (parsed is not null) foreach (var (k, v) in parsed) front[k] = v;
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                warnings.Add($"front matter ignored: {e.Message}");
            }
            body = text[Math.Min(text.Length, yamlBlock.Span.End + 1)..].TrimStart('\n');
        }

        var plain = Markdig.Markdown.ToPlainText(body, Pipeline);
        var paragraphs = plain.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = Scalar(front, "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
            title = heading?.Inline is null ? paragraphs.FirstOrDefault() : Markdig.Markdown.ToPlainText(text.Substring(heading.Span.Start, heading.Span.Length), Pipeline).Trim();
        }
        if (paragraphs.Count > 0 && paragraphs[0] == title) paragraphs.RemoveAt(0);
        var url = Scalar(front, "url");
        return new Article
        {
            Id = id,
            Title = VietnameseText.Normalize(string.IsNullOrWhiteSpace(title) ? id : title.Trim()),
            Paragraphs = paragraphs,
            Markdown = body,
            Url = url,
            Source = Scalar(front, "source") ?? HostOf(url),
            StatedDate = ParseDate(Scalar(front, "date")),
            ExplicitCountries = List(front, "countries"),
            ExplicitMinisters = List(front, "ministers"),
            ExplicitAreas = List(front, "areas"),
            Format = ArticleFormat.Markdown,
            Warnings = warnings,
        };
    }

    private static string? Scalar(Dictionary<string, object?> front, string key) =>
        front.TryGetValue(key, out var v) && v is not null and not IEnumerable<object> ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    private static IReadOnlyList<string>? List(Dictionary<string, object?> front, string key) => front.GetValueOrDefault(key) switch
    {
        null => null,
        string s => s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        IEnumerable<object> items => items.Select(o => Convert.ToString(o, CultureInfo.InvariantCulture) ?? "").Where(s => s.Length > 0).ToList(),
        var other => [Convert.ToString(other, CultureInfo.InvariantCulture) ?? ""],
    };

    internal static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        string[] formats = ["yyyy-MM-dd", "yyyyMMdd", "d/M/yyyy", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (DateOnly.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var dt) ? DateOnly.FromDateTime(dt.UtcDateTime) : null;
    }

    internal static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host : null;
}
