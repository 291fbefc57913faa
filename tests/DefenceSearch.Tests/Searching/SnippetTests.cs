using DefenceSearch.Searching;

namespace DefenceSearch.Tests.Searching;

public class SnippetTests
{
    private static HighlightTerms Terms(params string[] folded) => new(folded, []);

    [Fact]
    public void Neighbouring_matches_share_one_mark_and_folded_words_mark_accented_text()
    {
        var snippet = Snippets.Build("Đại tướng Ngô Xuân Lịch dẫn đầu đoàn.", Terms("ngo", "xuan", "lich"));
        Assert.Equal("Đại tướng Ngô Xuân Lịch dẫn đầu đoàn.", snippet.Text);
        Assert.Equal([new SnippetMark(10, 13)], snippet.Marks);
        Assert.Equal("Đại tướng [Ngô Xuân Lịch] dẫn đầu đoàn.", snippet.ToString());
    }

    [Fact]
    public void Text_stays_text_and_its_json_form_is_html_encoded_around_and_inside_marks()
    {
        var snippet = Snippets.Build("<script>alert(1)</script> & quốc phòng \"x\"", Terms("quoc", "phong", "alert"));
        Assert.Equal("<script>[alert](1)</script> & [quốc phòng] \"x\"", snippet.ToString()); // no HTML from the library
        var json = System.Text.Json.JsonSerializer.Serialize(snippet, SearchResponse.JsonOptions);
        Assert.DoesNotContain("<script>", json);
        Assert.Contains("&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt;", json);
        Assert.Contains("&amp;", json);
        Assert.Contains("<mark>quốc phòng</mark>", json);
        Assert.Equal(snippet, System.Text.Json.JsonSerializer.Deserialize<Snippet>(json, SearchResponse.JsonOptions)); // the API's form reads back
    }

    [Fact]
    public void At_most_three_short_passages_are_shown_in_text_order()
    {
        var body = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"Câu số {i} nói về hải quân và nhiều chuyện khác nữa cho dài thêm một chút."));
        var snippet = Snippets.Build(body, Terms("hai", "quan"));
        Assert.InRange(snippet.Marks.Count, 1, 3);
        Assert.True(snippet.Text.Length < 700, snippet.Text);
        Assert.Contains("…", snippet.Text);
    }

    [Fact]
    public void Quoted_phrases_mark_only_where_their_words_stand_together()
    {
        var terms = new HighlightTerms([], [], [["hop", "tac"]]);
        var snippet = Snippets.Build("Đối tác chiến lược. Hợp tác quốc phòng.", terms).ToString();
        Assert.Contains("[Hợp tác]", snippet);
        Assert.DoesNotContain("[tác]", snippet);
    }

    [Fact]
    public void Without_a_match_the_lead_is_shown_unmarked() =>
        Assert.Equal(new Snippet("Đoạn mở đầu.", []), Snippets.Build("Đoạn mở đầu.\nĐoạn hai.", Terms("khong")));

    [Fact]
    public void Highlight_parameter_round_trips()
    {
        var terms = new HighlightTerms(["ngo", "xuan"], ["quoc"], [["an", "ninh", "bien"]]);
        var back = HighlightTerms.FromParameter(terms.ToParameter());
        Assert.Equal("[Ngô Xuân quốc] và [an ninh biển], an toàn",
            Snippets.Highlight("Ngô Xuân quốc và an ninh biển, an toàn", back).ToString());
    }
}
