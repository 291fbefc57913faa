using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>
/// Passages of an article (or a whole short text) as plain text, with the runs that matched the query marked by
/// position. The library never renders it: the site writes it through a Razor partial (encoded, marks as
/// <c>&lt;mark&gt;</c>), the command line for a terminal. Its JSON form, kept for the API and <c>--json</c>, is the
/// HTML string they always gave: the text HTML-encoded, each mark in <c>&lt;mark&gt;</c>.
/// </summary>
[JsonConverter(typeof(SnippetJsonConverter))]
public sealed record Snippet
{
    /// <summary>No text.</summary>
    public static readonly Snippet Empty = new("", []);

    /// <summary>A snippet of <paramref name="text"/> with <paramref name="marks"/> (in order, not overlapping, inside the text).</summary>
    public Snippet(string text, IReadOnlyList<SnippetMark> marks)
    {
        Text = text;
        Marks = marks;
    }

    /// <summary>The passages, joined by " … " where text was left out.</summary>
    public string Text { get; }

    /// <summary>The marked runs, in text order.</summary>
    public IReadOnlyList<SnippetMark> Marks { get; }

    /// <summary>True when there is no text.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>The text in runs, in order: each with whether it is marked (runs are never empty).</summary>
    public IEnumerable<(string Text, bool Marked)> Parts()
    {
        var position = 0;
        foreach (var mark in Marks)
        {
            if (mark.Start > position) yield return (Text[position..mark.Start], false);
            yield return (Text.Substring(mark.Start, mark.Length), true);
            position = mark.End;
        }
        if (position < Text.Length) yield return (Text[position..], false);
    }

    /// <summary>The text with each mark between <paramref name="open"/> and <paramref name="close"/>, nothing encoded.</summary>
    public string Format(string open, string close)
    {
        var sb = new StringBuilder(Text.Length + Marks.Count * (open.Length + close.Length));
        foreach (var (text, marked) in Parts())
        {
            if (marked) sb.Append(open).Append(text).Append(close);
            else sb.Append(text);
        }
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Snippet? other) => other is not null && Text == other.Text && Marks.SequenceEqual(other.Marks);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Text, Marks.Count);

    /// <inheritdoc/>
    public override string ToString() => Format("[", "]");
}

/// <summary>The API's JSON form of a <see cref="Snippet"/>: one string, the text HTML-encoded and each mark in &lt;mark&gt;.</summary>
internal sealed class SnippetJsonConverter : JsonConverter<Snippet>
{
    private const string Open = "<mark>", Close = "</mark>";

    public override void Write(Utf8JsonWriter writer, Snippet value, JsonSerializerOptions options)
    {
        var sb = new StringBuilder(value.Text.Length + 16);
        foreach (var (text, marked) in value.Parts())
        {
            if (marked) sb.Append(Open).Append(Html.Encode(text)).Append(Close);
            else sb.Append(Html.Encode(text));
        }
        writer.WriteStringValue(sb.ToString());
    }

    public override Snippet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var html = reader.GetString() ?? "";
        var text = new StringBuilder(html.Length);
        var marks = new List<SnippetMark>();
        var position = 0;
        while (position < html.Length)
        {
            var open = html.IndexOf(Open, position, StringComparison.Ordinal);
            var close = open < 0 ? -1 : html.IndexOf(Close, open, StringComparison.Ordinal);
            if (close < 0)
            {
                text.Append(System.Net.WebUtility.HtmlDecode(html[position..]));
                break;
            }
            text.Append(System.Net.WebUtility.HtmlDecode(html[position..open]));
            var marked = System.Net.WebUtility.HtmlDecode(html[(open + Open.Length)..close]);
            marks.Add(new SnippetMark(text.Length, marked.Length));
            text.Append(marked);
            position = close + Close.Length;
        }
        return new Snippet(text.ToString(), marks);
    }
}
