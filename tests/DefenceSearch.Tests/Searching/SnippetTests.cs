using DefenceSearch.Searching;

namespace DefenceSearch.Tests.Searching;

public class SnippetTests
{
    private static HighlightTerms Terms(params string[] folded) => new(folded, []);

    [Fact]
    public void Neighbouring_matches_share_one_mark_and_folded_words_mark_accented_text()
    {
        var html = Snippets.Build("Đại tướng Ngô Xuân Lịch dẫn đầu đoàn.", Terms("ngo", "xuan", "lich"));
        Assert.Equal("Đại tướng <mark>Ngô Xuân Lịch</mark> dẫn đầu đoàn.", html);
    }

    [Fact]
    public void Text_is_html_encoded_around_and_inside_marks()
    {
        var html = Snippets.Build("<script>alert(1)</script> & quốc phòng \"x\"", Terms("quoc", "phong"));
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("&amp;", html);
        Assert.Contains("<mark>quốc phòng</mark>", html);
    }

    [Fact]
    public void At_most_three_short_passages_are_shown_in_text_order()
    {
        var body = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"Câu số {i} nói về hải quân và nhiều chuyện khác nữa cho dài thêm một chút."));
        var html = Snippets.Build(body, Terms("hai", "quan"));
        var marks = html.Split("<mark>").Length - 1;
        Assert.InRange(marks, 1, 3);
        Assert.True(html.Length < 700, html);
        Assert.Contains("…", html);
    }

    [Fact]
    public void Quoted_phrases_mark_only_where_their_words_stand_together()
    {
        var terms = new HighlightTerms([], [], [["hop", "tac"]]);
        var html = Snippets.Build("Đối tác chiến lược. Hợp tác quốc phòng.", terms);
        Assert.Contains("<mark>Hợp tác</mark>", html);
        Assert.DoesNotContain("<mark>tác</mark>", html);
    }

    [Fact]
    public void Without_a_match_the_lead_is_shown_unmarked() =>
        Assert.Equal("Đoạn mở đầu.", Snippets.Build("Đoạn mở đầu.\nĐoạn hai.", Terms("khong")));

    [Fact]
    public void Highlight_parameter_round_trips()
    {
        var terms = new HighlightTerms(["ngo", "xuan"], ["quoc"], [["an", "ninh", "bien"]]);
        var back = HighlightTerms.FromParameter(terms.ToParameter());
        Assert.Equal("<mark>Ngô Xuân quốc</mark> và <mark>an ninh biển</mark>, an toàn",
            Snippets.Highlight("Ngô Xuân quốc và an ninh biển, an toàn", back));
    }
}
