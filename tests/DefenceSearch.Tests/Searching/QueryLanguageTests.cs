using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DefenceSearch.Tests.Searching;

public class QueryParserTests
{
    [Theory]
    [InlineData("\"hop tac", "unbalanced quote")]
    [InlineData("(nga OR my", "unbalanced bracket")]
    [InlineData("nga OR", "OR")]
    [InlineData("OR nga", "OR")]
    [InlineData("*phong", "wildcard")]
    [InlineData("nga~2", "fuzzy")]
    [InlineData("nga^3", "boost")]
    [InlineData("year:[2016 TO 2018]", "year")]
    public void Malformed_input_becomes_plain_words_with_a_notice(string input, string detailPart)
    {
        var parsed = QueryParser.Parse(input);
        Assert.Equal(QueryNoticeKind.Malformed, parsed.Notice);
        Assert.Contains(detailPart, parsed.NoticeDetail, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_long_query_is_cut_at_the_documented_limit()
    {
        var parsed = QueryParser.Parse(string.Join(' ', Enumerable.Repeat("quốc phòng", 20_000)));
        Assert.Equal(QueryNoticeKind.Truncated, parsed.Notice);
        Assert.True(parsed.Text.Length <= QueryParser.MaxLength);
    }

    [Fact]
    public void Operators_phrases_and_fields_parse_to_their_meaning()
    {
        var root = Assert.IsType<AndNode>(QueryParser.Parse("\"quốc phòng\" -nga (belarus OR canada) title:hợp country:BY").Root);
        Assert.IsType<PhraseNode>(root.Items[0]);
        Assert.IsType<NotNode>(root.Items[1]);
        Assert.Equal(2, Assert.IsType<OrNode>(root.Items[2]).Items.Count);
        Assert.Equal("hợp", Assert.IsType<TitleWordNode>(root.Items[3]).Word);
        Assert.Equal(new FilterNode("country", "BY"), root.Items[4]);
    }

    [Fact]
    public void Control_characters_and_direction_marks_are_dropped()
    {
        var parsed = QueryParser.Parse("ng\u0000o\u200F xu\u202Ean");
        Assert.Equal(QueryNoticeKind.None, parsed.Notice);
        Assert.Equal("ngo xuan", parsed.Text);
    }
}

/// <summary>Hostile input never escapes the library as an exception.</summary>
public sealed class HostileQueryTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    public static readonly string[] Fragments =
    [
        "\"", "(", ")", "[", "]", "{", "}", " OR ", " AND ", " NOT ", "-", "*", "?", "~", "^2", ":", "title:", "country:", "minister:",
        "year:", "area:", "foo:", "[2016 TO 2018]", "\u0000", "\u200F", "\u202E", "🙂", "\uD800", "ngô", "xuân", "lịch", "quoc", "phong",
        " ", "  ", "\t", "\n", "Đ", "Ð", "hoà", "<script>", "&amp;", "'", "\\", "/", "%", "#", "!", "||", "&&", "OR", "AND", "NOT",
    ];

    public static Arbitrary<string> HostileStrings() =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 10_000, Arbitrary = [typeof(HostileQueryTests)])]
    public void Generated_queries_never_throw_and_stay_within_the_query_limits(string query)
    {
        var r = seeds.Index.Search(new SearchRequest { Query = query });
        Assert.True(r.Total >= 0);
        var parsed = QueryParser.Parse(query);
        Assert.True(parsed.Text.Length <= QueryParser.MaxLength, $"{parsed.Text.Length} characters searched for {query}");
        if (parsed.Root is AndNode and) Assert.True(and.Items.Count <= QueryParser.MaxClauses, $"{and.Items.Count} clauses for {query}");
        Assert.InRange(r.Work.TermsExpanded, 0, SearchBudget.Default.MaxTermsPerQuery);
    }

    [Theory]
    [InlineData(-5, 0)]
    [InlineData(0, -1)]
    [InlineData(100000, 100000)]
    [InlineData(int.MaxValue, int.MaxValue)]
    public void Out_of_range_pages_and_sizes_are_brought_into_range(int page, int size)
    {
        var r = seeds.Index.Search(new SearchRequest { Query = "quoc phong", Page = page, Size = size }.WithSelected("country", ["ZZ", "<b>"]).WithSelected("area", ["nope"]).WithSelected("year", ["abc"]));
        Assert.InRange(r.Size, 1, SearchRequest.MaxSize);
        Assert.InRange(r.Page, 1, SearchRequest.MaxPage);
    }

    [Fact]
    public void A_100_kb_query_is_searched_after_cutting()
    {
        var r = seeds.Index.Search(new SearchRequest { Query = new string('a', 50_000) + " ngo xuan lich " + new string('b', 50_000) });
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.Truncated);
    }

    [Fact]
    public void Unknown_filter_values_match_nothing_and_say_so()
    {
        var r = seeds.Index.Search(new SearchRequest { Query = "country:Atlantis" });
        Assert.Equal(0, r.Total);
        Assert.Contains(r.Notices, n => n.Kind == QueryNoticeKind.UnknownFilter);
    }
}
