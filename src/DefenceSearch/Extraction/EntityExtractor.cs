using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using DefenceSearch.Documents;
using DefenceSearch.Reference;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>A minister found in an article: a known key from the gazetteer, or a new one made from the name.</summary>
public sealed record MinisterMention(string Key, string Name, bool Known);

/// <summary>What an article is about, as facet values.</summary>
public sealed record Extraction(
    IReadOnlyList<string> Countries,
    IReadOnlyList<MinisterMention> Ministers,
    IReadOnlyList<string> Areas,
    DateOnly? Date,
    int? Year,
    PublicationDate? Published = null);

/// <summary>
/// Finds countries, defence ministers, cooperation areas and the publication year in a cleaned article,
/// from the gazetteers in Data/ and from the text's own patterns ("Bộ trưởng Quốc phòng Nga X").
/// </summary>
public sealed partial class EntityExtractor
{
    private readonly ReferenceData _data;
    // Key null: a phrase that holds a country name without naming the country ("Lào Cai", "Ấn Độ Dương").
    private readonly PhraseTrie<(string? Key, bool Weak)> _countries = new();
    private readonly HashSet<string> _notAtSentenceStart;
    // Names written with Vietnamese diacritics match exactly ("Đổng Quân" is not the byline "Đông Quân");
    // Latin names match folded, so "Shoigu" and "Shoïgu" meet.
    private readonly PhraseTrie<(string Key, bool Vietnamese)> _ministers = new();
    private readonly PhraseTrie<(string Key, bool Vietnamese)> _ministersFolded = new(folded: true);
    private readonly PhraseTrie<(string Key, int Weight, string Phrase)> _areas = new(acrossDashes: true);

    // A capitalised name syllable that is not a country prefix: "Hà Thị Nga" is a person, "LB Nga" a country.
    private static readonly HashSet<string> CountryPrefixes = ["lb", "ch", "chlb", "chdcnd", "chnd", "chxhcn", "liên", "cộng", "nước", "vương"];

    private static readonly HashSet<string> NotNameStarts =
    [
        "bộ", "quốc", "hội", "tổ", "liên", "ủy", "đảng", "nhà", "chính", "quân", "hải", "không", "lục", "cục", "tổng", "viện",
        "học", "ban", "văn", "sở", "các", "hai", "ông", "bà", "việt", "thủ", "phó", "chủ", "đại", "thượng", "thiếu", "trung",
        "đô", "tướng", "lực", "cảnh", "biên", "trường", "bệnh", "sư", "lữ", "tại", "theo", "trong", "sau", "khi", "đoàn", "mỹ",
        "nga", "anh", "pháp", "đức", "những", "này", "người", "ngài", "cùng", "với", "và", "đã", "sẽ", "cũng", "nguyên",
    ];

    // Words of titles and institutions, never of a person's name.
    private static readonly HashSet<string> TitleWords = ["bộ", "quốc", "phòng", "trưởng", "tướng", "chính", "phủ", "hội", "nghị", "ủy", "ban", "đảng"];

    public EntityExtractor(ReferenceData data)
    {
        _data = data;
        foreach (var c in data.Countries)
        {
            var weak = new HashSet<string>(c.Weak ?? [], StringComparer.Ordinal);
            foreach (var label in new[] { c.Vi, c.En }.Where(l => !weak.Contains(l))) _countries.Add(label, (c.Key, false));
            foreach (var a in c.Aliases) _countries.Add(a, (c.Key, false));
            foreach (var a in c.Weak ?? []) _countries.Add(a, (c.Key, true));
        }
        foreach (var phrase in data.CountryExceptions.NotCountries) _countries.Add(phrase, (null, false));
        _notAtSentenceStart = data.CountryExceptions.NotAtSentenceStart.Select(VietnameseText.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var m in data.Ministers)
        {
            foreach (var alias in m.Aliases.Append(m.Name).Distinct())
            {
                if (VietnameseText.IsAscii(VietnameseText.Fold(alias)) && !VietnameseText.IsAscii(alias) && m.Country == "VN")
                    _ministers.Add(alias, (m.Key, true));
                else if (VietnameseText.IsAscii(alias)) _ministersFolded.Add(alias, (m.Key, false));
                else _ministers.Add(alias, (m.Key, false));
            }
        }
        foreach (var area in data.Areas)
            foreach (var t in area.Triggers) _areas.Add(t.Phrase, (area.Key, t.Weight, t.Phrase));
    }

    public ReferenceData Data => _data;

    private Dictionary<string, string>? _countryNamesFolded;

    /// <summary>
    /// Country names of two or more syllables, folded ("be la rut", "lien bang nga", "hoa ky") → key: a
    /// query that types one also finds the articles that name the country another way.
    /// </summary>
    public IReadOnlyDictionary<string, string> CountryNamesFolded => _countryNamesFolded ??= _data.Countries
        .SelectMany(c => c.Aliases.Append(c.Vi).Append(c.En).Select(a => (Name: string.Join(' ', TextTokens.Tokenize(VietnameseText.Normalize(a)).Select(t => t.Folded)), c.Key)))
        .Where(x => x.Name.Contains(' '))
        .GroupBy(x => x.Name)
        .Where(g => g.Select(x => x.Key).Distinct().Count() == 1)
        .ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);

    /// <summary>The folded one-syllable names of a country ("belarus", "belarut"), to mark in results.</summary>
    public IEnumerable<string> CountryWordsFolded(string key) =>
        _data.CountryByKey.TryGetValue(key, out var c)
            ? c.Aliases.Append(c.En).Select(a => TextTokens.Tokenize(VietnameseText.Normalize(a))).Where(t => t.Count == 1).Select(t => t[0].Folded).Distinct()
            : [];

    public Extraction Extract(Article article, int? currentYear = null) => Extract(article, null, out _, currentYear);

    /// <summary><see cref="Extract(Article, int?)"/>, also handing on the words it found for indexing (null when it cannot).</summary>
    /// <param name="tokens">The list to split the text into (cleared first), which the caller must not reuse before
    /// the words are indexed; null for a new one.</param>
    internal Extraction Extract(Article article, List<TextToken>? tokens, out ArticleWords? words, int? currentYear = null)
    {
        var joined = article.Title + "\n" + article.BodyText;
        var text = VietnameseText.Normalize(joined);
        if (tokens is null) tokens = TextTokens.Tokenize(text);
        else TextTokens.Tokenize(text, tokens);
        words = ReferenceEquals(text, joined) ? ArticleWords.From(text, tokens, article.Title.Length) : null;
        return Extract(article, text, tokens, currentYear);
    }

    private Extraction Extract(Article article, string text, List<TextToken> tokens, int? currentYear)
    {
        var thisYear = currentYear ?? DateTime.UtcNow.Year;
        var span = CollectionsMarshal.AsSpan(tokens);
        var defence = IsAboutDefence(span);
        var ministers = article.ExplicitMinisters is { } em ? ResolveMinisters(em) : FindMinisters(text, span, defence);
        // The day the article is indexed bounds its date: today, or the last day of an earlier year asked for.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var indexDay = thisYear >= today.Year ? today : new DateOnly(thisYear, 12, 31);
        var published = DateExtractor.Default.Extract(article, indexDay);
        var date = published is { Precision: DatePrecision.Day } ? published.Date : (DateOnly?)null;
        var year = published?.Year;
        if (article.ExplicitMinisters is null && year is { } y) ministers = ministers.Where(m => InOfficeOrForeign(m, y, thisYear)).ToList();
        return new Extraction(
            article.ExplicitCountries is { } ec ? ResolveCountries(ec) : FindCountries(span),
            ministers,
            article.ExplicitAreas is { } ea ? ResolveAreas(ea) : FindAreas(span, defence),
            date,
            year,
            published);
    }

    /// <summary>
    /// Vietnamese officers are in the news for years before and after their time at the ministry (a navy
    /// commander in 2017 became deputy minister in 2021): they count only in articles of their years in office.
    /// </summary>
    private bool InOfficeOrForeign(MinisterMention m, int year, int currentYear) =>
        !m.Known || _data.MinisterByKey[m.Key] is not { Country: "VN" } known || known.Tenure(currentYear) is not { } t
        || (year >= t.From - 1 && year <= t.To + 1);

    public IReadOnlyList<string> FindCountries(IReadOnlyList<TextToken> tokens) => FindCountries(TextTokens.AsSpan(tokens));

    private List<string> FindCountries(ReadOnlySpan<TextToken> tokens)
    {
        var found = new List<string>();
        for (var i = 0; i < tokens.Length;)
        {
            var match = _countries.MatchLongest(tokens, i);
            if (match is not { } m) { i++; continue; }
            if (m.Value.Key is { } key && (!m.Value.Weak || !PartOfName(tokens, i)) && !(m.Length == 1 && PronounAtSentenceStart(tokens, i)))
                AddOnce(found, key);
            i += m.Length;
        }
        return found;
    }

    // "Anh cho biết": at a sentence start, before a lower-case word, some short names are pronouns or words.
    private bool PronounAtSentenceStart(ReadOnlySpan<TextToken> tokens, int i) =>
        _notAtSentenceStart.Contains(tokens[i].Text)
        && (i == 0 || tokens[i].PunctuationBefore && !tokens[i].DashBefore)
        && i + 1 < tokens.Length && !tokens[i + 1].Capitalized && !tokens[i + 1].PunctuationBefore;

    private static bool PartOfName(ReadOnlySpan<TextToken> tokens, int i)
    {
        if (i == 0 || tokens[i].PunctuationBefore || tokens[i].DashBefore) return false;
        var previous = tokens[i - 1];
        return previous.Capitalized && !CountryPrefixes.Contains(previous.Lower);
    }

    public IReadOnlyList<MinisterMention> FindMinisters(string text, IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindMinisters(text, span, IsAboutDefence(span));
    }

    /// <param name="defence">Whether the article is about defence (<see cref="IsAboutDefence"/>).</param>
    private List<MinisterMention> FindMinisters(string text, ReadOnlySpan<TextToken> tokens, bool defence)
    {
        var found = new List<MinisterMention>();
        void Add(MinisterMention m)
        {
            if (found.All(f => f.Key != m.Key)) found.Add(m);
        }

        // Vietnamese officers share their names with many people: count them only in articles about defence.
        for (var i = 0; i < tokens.Length;)
        {
            if (KnownMinisterAt(tokens, i) is { } m && (!m.Vietnamese || defence))
            {
                var known = _data.MinisterByKey[m.Key];
                Add(new MinisterMention(known.Key, known.Name, true));
                i += m.Length;
            }
            else i++;
        }

        // Names no one listed, recognised from the titles around them.
        foreach (Match title in TitleThenName().Matches(text))
        {
            var p = SkipCountry(text, tokens, title.Index + title.Length);
            var rank = RankAhead().Match(text, p);
            if (rank.Success) p = rank.Index + rank.Length;
            var name = Name().Match(text, p);
            if (name.Success && Resolve(name.Value) is { } mention) Add(mention);
        }
        foreach (Match m in NameThenTitle().Matches(text))
        {
            if (Resolve(m.Groups["name"].Value) is { } mention) Add(mention);
        }
        return found;
    }

    private int SkipCountry(string text, ReadOnlySpan<TextToken> tokens, int position)
    {
        while (position < text.Length && text[position] == ' ') position++;
        var index = FirstTokenAt(tokens, position);
        if (index >= 0 && _countries.MatchLongest(tokens, index) is { Value.Key: not null } c)
            position = tokens[index + c.Length - 1].End;
        while (position < text.Length && (text[position] == ' ' || text[position] == ',')) position++;
        return position;
    }

    private static int FirstTokenAt(ReadOnlySpan<TextToken> tokens, int position)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start == position) return mid;
            if (tokens[mid].Start < position) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /// <summary>A name found by pattern: the known minister it names, or a new key from its slug.</summary>
    internal MinisterMention? Resolve(string name)
    {
        var list = TextTokens.Tokenize(name);
        var tokens = CollectionsMarshal.AsSpan(list);
        if (tokens.Length == 0 || NotNameStarts.Contains(tokens[0].Lower)) return null;
        if (_countries.MatchLongest(tokens, 0) is { Value.Key: not null }) return null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (KnownMinisterAt(tokens, i) is { } m)
            {
                var known = _data.MinisterByKey[m.Key];
                return new MinisterMention(known.Key, known.Name, true);
            }
        }
        if (tokens.Length < 2 || list.Any(t => TitleWords.Contains(t.Lower))) return null;
        return new MinisterMention(VietnameseText.Slug(name), name, false);
    }

    /// <summary>
    /// Areas whose trigger phrases the article holds: a specific phrase (weight 2) anywhere, or a
    /// suggestive one (weight 1) in an article about defence at all, or two different suggestive ones
    /// elsewhere. A phrase counts once however often it repeats. Phrases may overlap ("thi đấu thể thao
    /// quân sự" holds both "thi đấu thể thao" and "thể thao quân sự").
    /// </summary>
    public IReadOnlyList<string> FindAreas(IReadOnlyList<TextToken> tokens)
    {
        var span = TextTokens.AsSpan(tokens);
        return FindAreas(span, IsAboutDefence(span));
    }

    private List<string> FindAreas(ReadOnlySpan<TextToken> tokens, bool defence)
    {
        var scores = new Dictionary<string, int>();
        var counted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (_areas.MatchLongest(tokens, i) is not { } m || !counted.Add(m.Value.Phrase)) continue;
            var weight = m.Value.Weight >= 2 || !defence ? m.Value.Weight : 2;
            scores[m.Value.Key] = scores.GetValueOrDefault(m.Value.Key) + weight;
        }
        return _data.Areas.Where(a => scores.GetValueOrDefault(a.Key) >= 2).Select(a => a.Key).ToList();
    }

    private (string Key, bool Vietnamese, int Length)? KnownMinisterAt(ReadOnlySpan<TextToken> tokens, int i)
    {
        var exact = _ministers.MatchLongest(tokens, i);
        var folded = _ministersFolded.MatchLongest(tokens, i);
        var best = (exact?.Length ?? 0) >= (folded?.Length ?? 0) ? exact : folded;
        return best is { } b && _data.MinisterByKey.ContainsKey(b.Value.Key) ? (b.Value.Key, b.Value.Vietnamese, b.Length) : null;
    }

    private static readonly int Quoc = TextTokens.IdOf("quốc"), Phong = TextTokens.IdOf("phòng"), Quan = TextTokens.IdOf("quân"),
        Su = TextTokens.IdOf("sự"), Doi = TextTokens.IdOf("đội");

    /// <summary>Whether the text says "quốc phòng", "quân sự" or "quân đội" (in any case).</summary>
    private static bool IsAboutDefence(ReadOnlySpan<TextToken> tokens)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var (a, b) = (tokens[i].LowerId, tokens[i + 1].LowerId);
            if ((a == Quoc && b == Phong) || (a == Quan && (b == Su || b == Doi))) return true;
        }
        return false;
    }

    /// <summary>Front-matter countries: ISO keys or any name the gazetteer knows.</summary>
    public IReadOnlyList<string> ResolveCountries(IEnumerable<string> values)
    {
        var result = new List<string>();
        foreach (var v in values)
        {
            var key = ResolveCountry(v);
            if (key is not null) AddOnce(result, key);
        }
        return result;
    }

    public string? ResolveCountry(string value)
    {
        var trimmed = value.Trim();
        if (_data.CountryByKey.ContainsKey(trimmed.ToUpperInvariant())) return trimmed.ToUpperInvariant();
        var tokens = TextTokens.Tokenize(VietnameseText.Normalize(trimmed));
        var asTitle = tokens.Select(t => t with { Capitalized = true }).ToList();
        return asTitle.Count > 0 && _countries.MatchLongest(asTitle, 0) is { Value.Key: { } key } m && m.Length == asTitle.Count ? key : null;
    }

    public IReadOnlyList<MinisterMention> ResolveMinisters(IEnumerable<string> values) => values
        .Select(v => _data.MinisterByKey.TryGetValue(v.Trim(), out var k)
            ? new MinisterMention(k.Key, k.Name, true)
            : Resolve(VietnameseText.Normalize(v.Trim())) ?? new MinisterMention(VietnameseText.Slug(v), v.Trim(), false))
        .Where(m => m.Key.Length > 0)
        .DistinctBy(m => m.Key)
        .ToList();

    public IReadOnlyList<string> ResolveAreas(IEnumerable<string> values) => values
        .Select(v => ResolveArea(v))
        .OfType<string>()
        .Distinct()
        .ToList();

    public string? ResolveArea(string value)
    {
        var v = value.Trim();
        var folded = VietnameseText.Fold(v);
        return _data.Areas.FirstOrDefault(a => a.Key == v.ToLowerInvariant() || VietnameseText.Fold(a.Vi) == folded || a.En.Equals(v, StringComparison.OrdinalIgnoreCase))?.Key;
    }

    private static void AddOnce(List<string> list, string value)
    {
        if (!list.Contains(value)) list.Add(value);
    }

    private const string NameWord = @"\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{L}[\p{Ll}\p{M}'’]*)*(?![\p{L}\p{M}\d])";
    private const string Particle = @"(?:von|van|der|den|de|bin|al|da|dos|la|le|du)";

    // Not the minister's spokesman, assistant or adviser.
    [GeneratedRegex(@"(?<!(?:phát ngôn viên|người phát ngôn|trợ lý|cố vấn|thư ký|phụ tá|đặc phái viên|chánh văn phòng)\s+(?:của\s+)?)(?:Bộ trưởng|Thứ trưởng(?: thứ nhất)?)(?: Bộ)? Quốc phòng\b", RegexOptions.None)]
    private static partial Regex TitleThenName();

    [GeneratedRegex(@"\G(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Phó Đô đốc|Chuẩn Đô đốc|Đô đốc|Đại tá|Tướng|ông|bà|Ngài)\s+")]
    private static partial Regex RankAhead();

    [GeneratedRegex(@"\G" + NameWord + @"(?: (?:" + Particle + " )?" + NameWord + "){0,4}")]
    private static partial Regex Name();

    // "Đại tướng X, Ủy viên …, Bộ trưởng Bộ Quốc phòng": the titles between the commas belong to X, as long
    // as no other officer, "với", "và" or "hội đàm" stands in between. The clause between the commas is a greedy
    // loop on purpose: as a lazy one ({0,160}?) the source-generated engine looped without end on a real page
    // with an officer's name, a comma and no title after it (baomoi 21471920). Only the name is used, so which
    // comma ends the clause does not matter.
    [GeneratedRegex(@"(?:Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Phó Đô đốc|Chuẩn Đô đốc|Đô đốc) (?<name>" + NameWord + @"(?: " + NameWord + @"){1,4})\s*(?:\([^)\n]{0,40}\)\s*)?,\s*(?:(?:(?!Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đô đốc| với | và |hội đàm|tiếp )[^.;:\n]){0,160},\s*)?(?:Bộ trưởng|Thứ trưởng(?: thứ nhất)?) Bộ Quốc phòng")]
    private static partial Regex NameThenTitle();
}
