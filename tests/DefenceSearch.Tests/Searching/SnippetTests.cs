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

    [Fact]
    public void Words_typed_with_diacritics_mark_their_own_spelling_and_others_only_where_it_is_absent()
    {
        var terms = new HighlightTerms(["biển", "đông"], []);
        // "hoạt động", "đồng minh" and "biện pháp" fold to the same letters but are not what was typed.
        Assert.Equal("Hoạt động ở [Biển Đông] của đồng minh, biện pháp.",
            Snippets.Highlight("Hoạt động ở Biển Đông của đồng minh, biện pháp.", terms).ToString());
        // Tone placement and case do not matter.
        Assert.Equal("[BIỂN ĐÔNG]", Snippets.Highlight("BIỂN ĐÔNG", terms).ToString());
        // A text holding no word in the typed spelling was found through the others: they are marked there.
        Assert.Equal("Thị trường [biến động] mạnh.", Snippets.Highlight("Thị trường biến động mạnh.", terms).ToString());
        Assert.Equal("[hoà bình] và [hòa] giải", Snippets.Highlight("hoà bình và hòa giải", new HighlightTerms(["hòa", "bình"], [])).ToString());
    }

    [Fact]
    public void Run_words_are_marked_where_they_stand_together_and_alone_only_where_they_never_do()
    {
        var terms = new HighlightTerms([], [], runs: [["bien", "dong"]]);
        Assert.Equal("Các đồng minh ở [Biển Đông]; giá [biến động]; biển lặng.",
            Snippets.Highlight("Các đồng minh ở Biển Đông; giá biến động; biển lặng.", terms).ToString());
        // Side by side in the query's order, with nothing but a space between: not across a comma, nor around another word.
        Assert.Equal("[tàu ngầm] và tàu cá, ngầm; ngầm tàu", Snippets.Highlight("tàu ngầm và tàu cá, ngầm; ngầm tàu", new HighlightTerms([], [], runs: [["tau", "ngam"]])).ToString());
        Assert.Equal("[Biển Đông], biển Hoa Đông, Luật Biển, đồng thời",
            Snippets.Highlight("Biển Đông, biển Hoa Đông, Luật Biển, đồng thời", terms).ToString());
        // A text where they never stand together marks them alone (the article was found through them).
        Assert.Equal("[Biển] ở phía [đông]", Snippets.Highlight("Biển ở phía đông", terms).ToString());
    }

    [Fact]
    public void A_run_keeps_names_and_other_words_marked_alone()
    {
        var terms = new HighlightTerms(["úc", "quốc", "phòng", "mua"], [], names: ["úc"]).WithRuns([["úc", "quốc", "phòng"]]);
        Assert.Equal("[Úc], [mua], [quốc phòng]; Trung Quốc có kế hoạch phòng ngừa",
            Snippets.Highlight("Úc, mua, quốc phòng; Trung Quốc có kế hoạch phòng ngừa", terms).ToString());
        Assert.Contains("[mua]", Snippets.Highlight("họ mua", terms).ToString()); // not in the run: marked alone
        // In a text where "quốc phòng" never stands, "quốc" alone is what matched.
        Assert.Equal("Trung [Quốc] tăng chi", Snippets.Highlight("Trung Quốc tăng chi", terms).ToString());
    }

    [Fact]
    public void A_name_marks_its_own_spelling_only()
    {
        var terms = new HighlightTerms([], [], names: ["mỹ"]);
        Assert.Equal("Quân đội [Mỹ] ăn mỳ Quảng", Snippets.Highlight("Quân đội Mỹ ăn mỳ Quảng", terms).ToString());
        Assert.Equal("mỳ Quảng", Snippets.Highlight("mỳ Quảng", terms).ToString()); // even where the name is absent
    }

    [Fact]
    public void Typed_spellings_runs_and_names_round_trip_through_the_parameter()
    {
        var terms = new HighlightTerms(["đông", "ngo"], ["quoc"], [["an", "ninh", "biển"]], [["tàu", "ngầm"]], ["mỹ"]);
        var back = HighlightTerms.FromParameter(terms.ToParameter());
        const string text = "Ngô đông động quốc an ninh biển tàu ngầm tàu Mỹ mỳ";
        Assert.Equal(Snippets.Highlight(text, terms).ToString(), Snippets.Highlight(text, back).ToString());
        Assert.Equal("[Ngô đông] động [quốc an ninh biển tàu ngầm] tàu [Mỹ] mỳ", Snippets.Highlight(text, back).ToString());
    }

    [Fact]
    public void The_passages_show_every_matched_word_they_can_not_the_same_words_three_times()
    {
        var body = "Bộ trưởng Quốc phòng Mỹ nói về quốc phòng. Ngân sách quốc phòng tăng mạnh cho quốc phòng. "
            + "Chính sách quốc phòng mới của quốc phòng. Trong năm qua, thủ tướng Úc cảnh báo về căng thẳng. "
            + "Quốc phòng và quốc phòng, quốc phòng nữa.";
        var snippet = Snippets.Build(body, new HighlightTerms(["úc", "quốc", "phòng"], [])).ToString();
        Assert.Contains("[Úc]", snippet); // said once, beside passages repeating "quốc phòng"
        Assert.Contains("[Quốc phòng]", snippet);
    }

    [Fact]
    public void A_country_inside_a_place_name_is_not_marked_where_it_stands_alone_too()
    {
        // A query read as India ("an do"): the Indian Ocean holds its name (country-exceptions.json notCountries, session 12).
        var terms = new HighlightTerms([], [], [["ấn", "độ"]], placeNames: ["Ấn Độ Dương", "vịnh Thái Lan"]).WithRuns([["an", "do"]]);
        Assert.Equal("Hải quân [Ấn Độ] tuần tra Ấn Độ Dương.", Snippets.Highlight("Hải quân Ấn Độ tuần tra Ấn Độ Dương.", terms).ToString());
        // An article that holds the words only inside the place name was found through them: they stay marked.
        Assert.Equal("Tàu tuần tra [Ấn Độ] Dương.", Snippets.Highlight("Tàu tuần tra Ấn Độ Dương.", terms).ToString());
        // Without place names every mention is marked, as before.
        var plain = new HighlightTerms([], [], [["ấn", "độ"]]);
        Assert.Equal("[Ấn Độ] và [Ấn Độ] Dương", Snippets.Highlight("Ấn Độ và Ấn Độ Dương", plain).ToString());
    }

    [Fact]
    public void On_the_article_page_a_country_is_not_marked_inside_a_place_name_where_the_article_names_it_elsewhere()
    {
        // The search read "an do" as India and wrote ?hl= for the article link; the article page reads it back with the place
        // names and marks the article's title and paragraphs one by one, judged over the whole article as the snippet is.
        var search = new HighlightTerms([], [], [["ấn", "độ"]], names: ["india"], placeNames: ["Ấn Độ Dương"]).WithRuns([["an", "do"]]);
        var hl = search.ToParameter();
        var terms = HighlightTerms.FromParameter(hl, ["Ấn Độ Dương", "vịnh Thái Lan"]);
        const string title = "Hải quân Ấn Độ tăng cường hiện diện", paragraph = "Tàu chiến tuần tra Ấn Độ Dương.";
        var article = terms.ForArticle([title, paragraph]);
        Assert.Equal("Hải quân [Ấn Độ] tăng cường hiện diện", Snippets.Highlight(title, article).ToString());
        Assert.Equal("Tàu chiến tuần tra Ấn Độ Dương.", Snippets.Highlight(paragraph, article).ToString());
        // An article that holds India only inside the Indian Ocean was found through it: the marks stay.
        var ocean = terms.ForArticle(["Bão trên biển", paragraph]);
        Assert.Equal("Tàu chiến tuần tra [Ấn Độ] Dương.", Snippets.Highlight(paragraph, ocean).ToString());
        // Without place names (an older link, or a page that has none) every mention is marked, as before.
        Assert.Equal("Tàu chiến tuần tra [Ấn Độ] Dương.", Snippets.Highlight(paragraph, HighlightTerms.FromParameter(hl).ForArticle([title, paragraph])).ToString());
        // A parameter that names no country (a quoted phrase typed by the user) does not take the place names.
        var typed = HighlightTerms.FromParameter("ấn_độ", ["Ấn Độ Dương"]).ForArticle([title, paragraph]);
        Assert.Equal("Tàu chiến tuần tra [Ấn Độ] Dương.", Snippets.Highlight(paragraph, typed).ToString());
        // A country named only by phrases (South Africa, "Nam Phi") still says so in the parameter.
        var southAfrica = new HighlightTerms([], [], [["nam", "phi"]], placeNames: ["mũi Nam Phi"]).ToParameter();
        Assert.Equal("=nam_phi", southAfrica);
        Assert.Equal("Du thuyền qua mũi Nam Phi, [Nam Phi]", Snippets.Highlight("Du thuyền qua mũi Nam Phi, Nam Phi",
            HighlightTerms.FromParameter(southAfrica, ["mũi Nam Phi"])).ToString());
    }
}
