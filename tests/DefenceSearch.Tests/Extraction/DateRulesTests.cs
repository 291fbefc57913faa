using DefenceSearch.Extraction;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// Data/dates.json, one test per kind of phrase: every phrase of the file does what its kind says, so an entry
/// added by an editor is tested too.
/// </summary>
public sealed class DateRulesTests
{
    private static readonly DateRules Rules = DateRules.Default;
    private static readonly DateOnly Later = new(2031, 1, 1);

    // A sentence that dates its article to 2017 by itself; each veto phrase put before it must take that away.
    private const string CurrentYearSentence = "năm nay (2017) kinh tế tăng trưởng.";

    private static PublicationDate? Date(string body) => DateExtractorTests.Date(body, Later);

    private static string Capitalised(string phrase) => char.ToUpperInvariant(phrase[0]) + phrase[1..];

    [Fact]
    public void Every_kind_holds_phrases_in_lower_case()
    {
        foreach (var list in new[] { Rules.LeadDay, Rules.Yesterday, Rules.CurrentYear, Rules.LastYear, Rules.Plan, Rules.Birth, Rules.Anniversary, Rules.Name, Rules.Background, Rules.Weekday, Rules.Future, Rules.EventDay, Rules.FutureBefore, Rules.RecentPast })
        {
            Assert.NotEmpty(list);
            Assert.All(list, p => Assert.Equal(p.Trim().ToLowerInvariant(), p));
        }
    }

    [Fact]
    public void Each_lead_day_word_opens_the_day_of_writing()
    {
        Assert.All(Rules.LeadDay, word =>
            Assert.Equal(new DateOnly(2017, 5, 12), Date($"{Capitalised(word)} 12/5, đoàn đại biểu tới thăm. Trong {CurrentYearSentence}")?.Date));
    }

    [Fact]
    public void Each_yesterday_word_dates_the_article_a_day_later()
    {
        Assert.All(Rules.Yesterday, word =>
            Assert.Equal(new DateOnly(2017, 5, 13), Date($"{Capitalised(word)} (12/5), đoàn đại biểu tới thăm. Trong {CurrentYearSentence}")?.Date));
    }

    [Fact]
    public void Each_event_day_word_counts_only_at_the_start_of_a_sentence()
    {
        Assert.All(Rules.EventDay, word =>
        {
            Assert.Equal(new DateOnly(2017, 5, 12), Date($"{Capitalised(word)} 12/5, đoàn tới thăm. Trong {CurrentYearSentence}")?.Date);
            Assert.NotEqual(DatePrecision.Day, Date($"Đoàn đã tới thăm nhà máy vào {word} 12/5 theo lời mời. Trong {CurrentYearSentence}")?.Precision);
        });
    }

    [Fact]
    public void Each_current_year_phrase_names_the_articles_year()
    {
        Assert.All(Rules.CurrentYear, phrase =>
        {
            var d = Date($"Báo cáo cho biết {phrase} (2017) sản lượng tăng.");
            Assert.Equal((2017, DatePrecision.Year, DateEvidenceKind.Text), (d?.Year, d?.Precision, d?.Kind));
        });
    }

    [Fact]
    public void Each_last_year_phrase_names_the_year_before_the_articles()
    {
        Assert.All(Rules.LastYear, phrase => Assert.Equal(2017, Date($"Sản lượng cao hơn {phrase} (2016) nhờ thời tiết.")?.Year));
    }

    [Fact]
    public void The_current_year_sentence_alone_dates_the_article() =>
        Assert.Equal(2017, Date("Báo cáo nêu: " + CurrentYearSentence)?.Year);

    [Fact]
    public void Each_plan_phrase_takes_the_year_away() => AssertVetoes(Rules.Plan);

    [Fact]
    public void Each_birth_phrase_takes_the_year_away() => AssertVetoes(Rules.Birth);

    [Fact]
    public void Each_anniversary_phrase_takes_the_year_away() => AssertVetoes(Rules.Anniversary);

    [Fact]
    public void Each_name_phrase_takes_the_year_away() => AssertVetoes(Rules.Name);

    [Fact]
    public void Each_background_phrase_takes_the_year_away() => AssertVetoes(Rules.Background);

    [Fact]
    public void Each_weekday_opens_a_dateline()
    {
        Assert.All(Rules.Weekday, day =>
        {
            var d = Date($"{Capitalised(day)}, 25/06/2018 10:32\nHai bên ký biên bản ghi nhớ.");
            Assert.Equal((new DateOnly(2018, 6, 25), DateEvidenceKind.Dateline), (d?.Date, d?.Kind));
        });
    }

    [Fact]
    public void Each_future_word_makes_a_lead_day_not_the_day_of_writing()
    {
        Assert.All(Rules.Future, word =>
            Assert.NotEqual(DatePrecision.Day, Date($"Sáng 24/5 {word}, đội tuyển sẽ lên đường. Trong {CurrentYearSentence}")?.Precision));
    }

    [Fact]
    public void Each_future_before_word_makes_a_later_lead_day_in_its_sentence_a_plan()
    {
        Assert.All(Rules.FutureBefore, word =>
        {
            // The same day without the word is the day of writing; with it, a day the sentence plans.
            Assert.Equal(DatePrecision.Day, Date($"Tỉnh tổ chức bắn pháo hoa vào đêm 30/4 tại Cửa Việt. Trong {CurrentYearSentence}")?.Precision);
            Assert.NotEqual(DatePrecision.Day, Date($"Tỉnh {word} tổ chức bắn pháo hoa vào đêm 30/4 tại Cửa Việt. Trong {CurrentYearSentence}")?.Precision);
        });
    }

    [Fact]
    public void Each_recent_past_word_makes_a_lead_day_not_the_day_of_writing()
    {
        Assert.All(Rules.RecentPast, word =>
        {
            Assert.NotEqual(DatePrecision.Day, Date($"Ngày 27/4 {word}, hai bên tổ chức hội thảo. Trong {CurrentYearSentence}")?.Precision);
            var date = DateExtractor.Default.Extract(Seeds.Reader.Parse($"Tiêu đề\nSáng 27/4 {word}, hai bên tổ chức hội thảo.\n", "x"), Later, out var leadDay);
            Assert.Null(date);
            Assert.Null(leadDay);
        });
    }

    private static void AssertVetoes(IEnumerable<string> phrases) =>
        Assert.All(phrases, phrase => Assert.Null(Date($"Báo cáo nêu {phrase} {CurrentYearSentence}")));
}
