using System.Text;
using DefenceSearch.Analysis;
using DefenceSearch.Text;

namespace DefenceSearch.Searching;

/// <summary>
/// The query language: bare words (all must match), "exact phrase", -exclude, OR, ( grouping ), and
/// field prefixes title:, country:, minister:, year:, area:, plus a trailing * for prefixes. Anything
/// malformed is searched as plain words, never thrown.
/// </summary>
public static class QueryParser
{
    /// <summary>
    /// Longer queries are cut here (in characters), with a notice. The site's links carry the query, so it
    /// is kept short: 256 characters hold more words than the <see cref="MaxClauses"/> searched.
    /// </summary>
    public const int MaxLength = 256;

    /// <summary>At most this many words and phrases are searched.</summary>
    public const int MaxClauses = 32;

    /// <summary>The filter prefixes the language knows (country:, minister:, year:, area:).</summary>
    public static readonly IReadOnlySet<string> Dimensions = FacetDimensions.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The query as it is searched: cleaned (<see cref="Clean"/>) and cut to <see cref="MaxLength"/> characters
    /// at a word boundary; <paramref name="cut"/> says whether anything was left out. Callers that keep the
    /// query (the site's links) cut with this, once, so that they never carry more than is searched.
    /// </summary>
    public static string Cut(string? input, out bool cut)
    {
        var raw = input ?? "";
        // Bound the work before anything else: a 100 KB paste is cut, never scanned whole.
        var text = Clean(raw.Length > MaxLength * 4 ? raw[..(MaxLength * 4)] : raw);
        cut = text.Length > MaxLength || (raw.Length > MaxLength * 4 && Clean(raw[(MaxLength * 4)..Math.Min(raw.Length, MaxLength * 8)]).Length > 0);
        if (text.Length > MaxLength)
        {
            var at = text.LastIndexOf(' ', MaxLength);
            text = text[..(at > MaxLength / 2 ? at : MaxLength)].TrimEnd();
            if (text.Length > 0 && char.IsHighSurrogate(text[^1])) text = text[..^1];
        }
        return text;
    }

    /// <summary>Reads what a user typed; never throws: anything malformed is read as plain words, with a notice.</summary>
    /// <param name="input">The query as typed; null or blank matches every article.</param>
    public static ParsedQuery Parse(string? input)
    {
        var text = Cut(input, out var wasCut);
        var notice = wasCut ? QueryNoticeKind.Truncated : QueryNoticeKind.None;
        string? detail = wasCut ? MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
        if (string.IsNullOrWhiteSpace(text)) return new ParsedQuery(null, notice, detail, "");
        try
        {
            var parser = new Parser(Lex(text));
            var root = parser.ParseAll();
            if (parser.UnknownField is { } unknown && notice == QueryNoticeKind.None)
            {
                notice = QueryNoticeKind.Malformed;
                detail = $"unknown field {unknown}:";
            }
            return new ParsedQuery(Limit(root), notice, detail, text);
        }
        catch (FormatException e)
        {
            var plain = System.Text.RegularExpressions.Regex.Replace(text, @"\b(OR|AND|NOT)\b", " ");
            var words = Analyzers.ExactSyllables(plain).Take(MaxClauses).Select(w => (QueryNode)new WordNode(w)).ToList();
            return new ParsedQuery(words.Count == 0 ? null : new AndNode(words),
                notice == QueryNoticeKind.None ? QueryNoticeKind.Malformed : notice, notice == QueryNoticeKind.None ? e.Message : detail, text);
        }
    }

    /// <summary>Control characters, NUL and directional marks removed; white space folded; NFC and tone normalised.</summary>
    private static string Clean(string input)
    {
        var sb = new StringBuilder(input.Length);
        var space = false;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (char.IsSurrogate(c))
            {
                // Keep whole pairs (emoji); a lone half is not text.
                if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1])) { sb.Append(c).Append(input[++i]); space = false; }
                continue;
            }
            if (char.IsControl(c) && !char.IsWhiteSpace(c)) continue; // NUL and friends are not text
            if (char.IsWhiteSpace(c))
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
                continue;
            }
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) continue; // RTL marks, zero-width
            sb.Append(c);
            space = false;
        }
        return VietnameseText.Normalize(sb.ToString()).Trim();
    }

    private static QueryNode? Limit(QueryNode? root)
    {
        if (root is AndNode and && and.Items.Count > MaxClauses) return new AndNode(and.Items.Take(MaxClauses).ToList());
        return root;
    }

    private enum Kind { Word, Phrase, Open, Close, Or, And, Not, Minus }

    private sealed record Lexeme(Kind Kind, string Text, string? Field = null);

    private static List<Lexeme> Lex(string text)
    {
        var result = new List<Lexeme>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ') { i++; continue; }
            if (c == '(' || c == '[' || c == '{') { result.Add(new Lexeme(Kind.Open, "(")); i++; continue; }
            if (c == ')' || c == ']' || c == '}') { result.Add(new Lexeme(Kind.Close, ")")); i++; continue; }
            if (c is '"' or '“' or '”')
            {
                var end = text.IndexOfAny(['"', '“', '”'], i + 1);
                if (end < 0) throw new FormatException("unbalanced quote");
                result.Add(new Lexeme(Kind.Phrase, text[(i + 1)..end]));
                i = end + 1;
                continue;
            }
            if ((c == '-' || c == '!') && i + 1 < text.Length && text[i + 1] != ' ')
            {
                result.Add(new Lexeme(Kind.Minus, "-"));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] != ' ' && text[i] is not ('(' or ')' or '"' or '“' or '”' or '[' or ']' or '{' or '}')) i++;
            var word = text[start..i];
            if (word is "OR" or "||") { result.Add(new Lexeme(Kind.Or, word)); continue; }
            if (word is "AND" or "&&") { result.Add(new Lexeme(Kind.And, word)); continue; }
            if (word == "NOT") { result.Add(new Lexeme(Kind.Not, word)); continue; }
            var colon = word.IndexOf(':');
            if (colon > 0)
            {
                var field = word[..colon].ToLowerInvariant();
                var value = word[(colon + 1)..];
                if (value.Length == 0 && i < text.Length && text[i] == '"')
                {
                    var end = text.IndexOf('"', i + 1);
                    if (end < 0) throw new FormatException("unbalanced quote");
                    result.Add(new Lexeme(Kind.Phrase, text[(i + 1)..end], field));
                    i = end + 1;
                    continue;
                }
                result.Add(new Lexeme(Kind.Word, value, field));
                continue;
            }
            result.Add(new Lexeme(Kind.Word, word));
        }
        return result;
    }

    private sealed class Parser(List<Lexeme> lexemes)
    {
        private int _position;

        public string? UnknownField { get; private set; }

        public QueryNode? ParseAll()
        {
            var node = ParseSequence(topLevel: true);
            if (_position < lexemes.Count) throw new FormatException("unbalanced bracket");
            return node;
        }

        private QueryNode? ParseSequence(bool topLevel)
        {
            var items = new List<QueryNode>();
            while (_position < lexemes.Count)
            {
                var lexeme = lexemes[_position];
                if (lexeme.Kind == Kind.Close)
                {
                    if (topLevel) throw new FormatException("unbalanced bracket");
                    break;
                }
                if (lexeme.Kind == Kind.And) { _position++; if (items.Count == 0 || _position >= lexemes.Count) throw new FormatException("AND without two sides"); continue; }
                if (lexeme.Kind == Kind.Or)
                {
                    _position++;
                    if (items.Count == 0) throw new FormatException("OR without a left side");
                    var right = ParseUnary() ?? throw new FormatException("OR without a right side");
                    var left = items[^1];
                    items[^1] = left is OrNode or ? new OrNode([.. or.Items, right]) : new OrNode([left, right]);
                    continue;
                }
                var node = ParseUnary();
                if (node is not null) items.Add(node);
            }
            return items.Count switch
            {
                0 => null,
                1 => items[0],
                _ => new AndNode(items),
            };
        }

        private QueryNode? ParseUnary()
        {
            if (_position >= lexemes.Count) return null;
            var lexeme = lexemes[_position++];
            switch (lexeme.Kind)
            {
                case Kind.Minus:
                case Kind.Not:
                    var inner = ParseUnary() ?? throw new FormatException($"{lexeme.Text} without a word after it");
                    return new NotNode(inner);
                case Kind.Open:
                    var group = ParseSequence(topLevel: false);
                    if (_position >= lexemes.Count || lexemes[_position].Kind != Kind.Close) throw new FormatException("unbalanced bracket");
                    _position++;
                    return group;
                case Kind.Close:
                    throw new FormatException("unbalanced bracket");
                case Kind.Or:
                case Kind.And:
                    throw new FormatException($"{lexeme.Text} without two sides");
                case Kind.Phrase:
                    var words = Analyzers.ExactSyllables(lexeme.Text);
                    if (words.Count == 0) return null;
                    if (lexeme.Field is null) return words.Count == 1 ? new WordNode(words[0]) : new PhraseNode(words);
                    if (lexeme.Field == "title") return new PhraseNode(words, TitleOnly: true);
                    if (Dimensions.Contains(lexeme.Field)) return new FilterNode(lexeme.Field, lexeme.Text.Trim());
                    UnknownField ??= lexeme.Field;
                    return new PhraseNode(words);
                default:
                    return Word(lexeme);
            }
        }

        private QueryNode? Word(Lexeme lexeme)
        {
            if (lexeme.Field is { } field)
            {
                if (Dimensions.Contains(field))
                    return lexeme.Text.Trim().Length == 0 ? throw new FormatException($"{field}: without a value") : new FilterNode(field, lexeme.Text.Trim());
                if (field == "title")
                {
                    var titleWords = Analyzers.ExactSyllables(lexeme.Text);
                    return titleWords.Count switch
                    {
                        0 => throw new FormatException("title: without a value"),
                        1 => new TitleWordNode(titleWords[0]),
                        _ => new PhraseNode(titleWords, TitleOnly: true),
                    };
                }
                UnknownField ??= field;
            }
            var text = lexeme.Field is null ? lexeme.Text : lexeme.Field + " " + lexeme.Text;
            if (text.StartsWith('*') || text.StartsWith('?')) throw new FormatException("a wildcard cannot open a word");
            var prefix = text.EndsWith('*') && text.Count(ch => ch is '*' or '?') == 1;
            if (!prefix && text.Any(ch => ch is '*' or '?' or '~' or '^'))
            {
                if (text.Contains('*') || text.Contains('?')) throw new FormatException("wildcards other than a final * are not supported");
                throw new FormatException("fuzzy ~ and boost ^ are not supported");
            }
            var syllables = Analyzers.ExactSyllables(text);
            if (syllables.Count == 0) return null;
            if (prefix)
            {
                var nodes = syllables.Select((s, k) => (QueryNode)new WordNode(s, Prefix: k == syllables.Count - 1 && s.Length >= 2)).ToList();
                return nodes.Count == 1 ? nodes[0] : new PhraseNode(syllables);
            }
            // "Bê-la-rút", "kỹ-thuật": a hyphenated word is its syllables side by side.
            return syllables.Count == 1 ? new WordNode(syllables[0]) : new PhraseNode(syllables);
        }
    }
}
