using DefenceSearch.Extraction;
using DefenceSearch.Reference;
using DefenceSearch.Tests.Support;

namespace DefenceSearch.Tests.Extraction;

/// <summary>
/// The publication date on short made-up Vietnamese articles, one rule a test: what is taken (metadata, a
/// dateline, the lead's day with its year), what never is (plans, births, anniversaries, names, background,
/// the future), and how relative days resolve.
/// </summary>
public sealed class DateExtractorTests
{
    private static readonly DateOnly IndexDay = new(2026, 12, 5);

    internal static PublicationDate? Date(string body, DateOnly? indexDay = null) =>
        DateExtractor.Default.Extract(Seeds.Reader.Parse("Tiêu đề bài viết\n" + body + "\n", "x"), indexDay ?? IndexDay);

    [Fact]
    public void Stated_metadata_wins_over_the_text()
    {
        var article = Seeds.Reader.Parse("---\ntitle: Tin\ndate: 2018-11-15\n---\nSáng 3/2, đoàn tới thăm. Năm nay (2017) đã có nhiều hoạt động.\n", "x", ".md");
        var d = DateExtractor.Default.Extract(article, IndexDay);
        Assert.Equal((new DateOnly(2018, 11, 15), DatePrecision.Day, DateEvidenceKind.Metadata), (d!.Date, d.Precision, d.Kind));
    }

    [Fact]
    public void A_place_dateline_dates_the_article_to_the_day()
    {
        var d = Date("Hà Nội, ngày 15/3/2017\nBộ Quốc phòng tổ chức hội nghị.");
        Assert.Equal((new DateOnly(2017, 3, 15), DatePrecision.Day, DateEvidenceKind.Dateline), (d!.Date, d.Precision, d.Kind));
        Assert.Contains("15/3/2017", d.Span, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weekday_dateline_with_its_time_dates_the_article()
    {
        var d = Date("Thứ Hai, 25/06/2018 10:32\nHai bên ký biên bản ghi nhớ.");
        Assert.Equal((new DateOnly(2018, 6, 25), DateEvidenceKind.Dateline), (d!.Date, d.Kind));
    }

    [Fact]
    public void A_lead_day_takes_its_year_from_what_the_text_treats_as_the_current_year()
    {
        var d = Date("Sáng 27/6, tại Hà Nội, hai bộ trưởng hội đàm. Năm nay (2017), hợp tác tăng mạnh.");
        Assert.Equal((new DateOnly(2017, 6, 27), DatePrecision.Day, DateEvidenceKind.Lead), (d!.Date, d.Precision, d.Kind));
        Assert.Equal("Sáng 27/6", d.Span);
    }

    [Fact]
    public void A_lead_day_takes_its_year_from_a_visit_dated_in_full_around_it()
    {
        var d = Date("Sáng 15/11, đoàn đại biểu Belarus đang ở thăm chính thức Việt Nam từ ngày 14 đến 17/11/2018 đã tới Bộ Quốc phòng.");
        Assert.Equal(new DateOnly(2018, 11, 15), d!.Date);
    }

    [Fact]
    public void Today_or_yesterday_followed_by_a_comma_and_ngay_dates_the_article()
    {
        var today = Date("Hôm nay, ngày 8/2/2017, YouTube ra mắt tính năng phát trực tiếp từ thiết bị di động cho người dùng có nhiều người theo dõi.");
        Assert.Equal((new DateOnly(2017, 2, 8), DateEvidenceKind.Lead), (today?.Date, today?.Kind));
        Assert.Equal(new DateOnly(2017, 6, 9),
            Date("Hôm qua, ngày 8/6/2017, Văn phòng Chính phủ đã có thông báo kết luận của Phó Thủ tướng về việc điều chỉnh giá điện.")?.Date);
    }

    [Fact]
    public void This_year_in_a_series_of_years_is_not_the_year_of_writing() =>
        // A 2021 report of intakes: "năm nay 2020" is the last year of the series, not the article's year.
        Assert.Null(Date("Trường tuyển sinh từ năm 2017. Cụ thể, năm 2017 được 200 em, năm 2018 được 300, 2019 là 396, và năm nay 2020 được 700 em."));

    [Fact]
    public void A_lead_day_without_any_year_in_the_text_gives_no_date() =>
        Assert.Null(Date("Sáng 27/6, tại Hà Nội, hai bộ trưởng hội đàm về hợp tác quốc phòng."));

    [Fact]
    public void Today_and_yesterday_in_the_lead_resolve_against_the_year_of_the_text()
    {
        Assert.Equal(new DateOnly(2017, 7, 12), Date("Hôm nay (12/7), đội tuyển hội quân. Doanh thu năm nay (2017) tăng.")!.Date);
        Assert.Equal(new DateOnly(2017, 7, 12), Date("Hôm qua (11/7), đội tuyển hội quân. Doanh thu năm nay (2017) tăng.")!.Date);
    }

    [Fact]
    public void Last_year_and_this_year_name_the_articles_own_year()
    {
        var last = Date("Sản lượng cao hơn năm ngoái (2016) nhờ thời tiết thuận lợi.");
        Assert.Equal((2017, DatePrecision.Year, DateEvidenceKind.Text), (last!.Year, last.Precision, last.Kind));
        Assert.Equal(2017, Date("Giá lúa năm nay (2017) cao hơn mọi năm.")!.Year);
    }

    [Fact]
    public void A_period_label_of_a_report_is_not_the_current_year() =>
        Assert.Null(Date("Sáng 24/4, tổng cục công bố số liệu: dư nợ tăng lên 286 nghìn tỷ đồng trong 11 tháng đầu năm 2020."));

    [Fact]
    public void Plans_and_horizons_never_give_a_year() =>
        Assert.Null(Date("Sáng 15/3, hội thảo bàn quy hoạch đến năm 2030, tầm nhìn 2045, kế hoạch giai đoạn 2021-2025 và mục tiêu năm nay (2026)."));

    [Fact]
    public void Birth_years_and_lifespans_never_give_a_year() =>
        Assert.Null(Date("Chiều 25/5, TAND tuyên phạt Hoàng Minh Đức (SN 1990) và Trần Văn Bình, sinh năm 1985. Nhà thơ (1890-1969) được nhắc tới."));

    [Fact]
    public void An_anniversary_never_gives_its_first_year()
    {
        var d = Date("Sáng 27/7, lễ kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017) diễn ra trang trọng.");
        Assert.NotEqual(1947, d?.Year);
        Assert.Null(d);
    }

    [Fact]
    public void Names_of_laws_tournaments_and_models_never_give_a_year() =>
        Assert.Null(Date("Sáng 12/7, Văn phòng Chủ tịch nước công bố Luật Du lịch 2017. Đội tuyển chuẩn bị cho SEA Games 2019; mẫu xe đời 2020 ra mắt."));

    [Fact]
    public void Background_events_never_give_a_year() =>
        Assert.Null(Date("Sáng 5/6, công an cho biết vụ việc bắt đầu hồi 2015. Tháng 11/2016, ông A bị bắt. Ngày 15/1/2016, ông B bị khởi tố."));

    [Fact]
    public void A_full_date_opening_the_lead_with_ngay_is_an_event_not_the_day_of_writing() =>
        Assert.Null(Date("Ngày 28/12/2017, UBND tỉnh ban hành quyết định công nhận làng nghề."));

    [Fact]
    public void A_background_date_is_refused_when_the_text_goes_on_to_later_years() =>
        Assert.Null(Date("Chiều 26/4/1986, lò phản ứng phát nổ. Phóng xạ vẫn rò rỉ cho đến năm 2019, nhiều người sống trong vùng năm 2021."));

    [Fact]
    public void A_day_announced_as_coming_is_not_the_day_of_writing()
    {
        var d = Date("Ngày 24/5 tới, đội bóng đá trận chung kết. Giải năm nay (2017) rất hấp dẫn.");
        Assert.NotEqual(DatePrecision.Day, d?.Precision);
    }

    [Fact]
    public void Future_dates_are_refused()
    {
        Assert.Null(Date("Hà Nội, ngày 15/3/2030\nBộ Quốc phòng tổ chức hội nghị."));
        Assert.Null(Date("Thứ Hai, 25/06/2018 10:32\nHai bên ký kết.", new DateOnly(2018, 6, 1)));
        var future = Seeds.Reader.Parse("---\ntitle: Tin\ndate: 2031-01-01\n---\nNội dung.\n", "x", ".md");
        Assert.Null(DateExtractor.Default.Extract(future, IndexDay));
    }

    [Fact]
    public void The_most_frequent_year_is_no_date() =>
        Assert.Null(Date("Chuyến thăm mở đầu kế hoạch năm 2019, năm 2019 và năm 2019. Năm 2019 là năm quan trọng."));

    [Fact]
    public void A_named_ministers_tenure_is_no_date()
    {
        var facts = new EntityExtractor(ReferenceData.Default).Extract(
            Seeds.Reader.Parse("Tiêu đề\nNgày 6/2, Bộ trưởng Quốc phòng Mỹ James Mattis tới Tokyo. Trước đó, vào năm 2015, Mỹ từng thử tên lửa.\n", "x"), 2026);
        Assert.Null(facts.Year);
        Assert.Null(facts.Published);
    }

    [Fact]
    public void Stored_values_read_back_at_their_precision()
    {
        Assert.Equal(DatePrecision.Month, PublicationDate.Parse("2017-06", "lead", "x")!.Precision);
        Assert.Equal(("2017", "2017"), (PublicationDate.Parse("2017", "text", "năm nay (2017)")!.Value, PublicationDate.Parse("2017", "text", "")!.Display));
        Assert.Equal("27/6/2017", PublicationDate.Parse("2017-06-27", "dateline", "")!.Display);
        Assert.Null(PublicationDate.Parse("not a date", "lead", ""));
    }

    private static LeadDay? Stated(string body)
    {
        var date = DateExtractor.Default.Extract(Seeds.Reader.Parse("Tiêu đề bài viết\n" + body + "\n", "x"), IndexDay, out var leadDay);
        Assert.Null(date);
        return leadDay;
    }

    [Fact]
    public void An_undated_lead_keeps_the_day_it_states_without_a_year()
    {
        var day = Stated("Sáng 27/6, tại Hà Nội, hai bộ trưởng hội đàm về hợp tác quốc phòng.");
        Assert.Equal(("--06-27", "27/6", "Sáng 27/6"), (day?.Value, day?.Display, day?.Span));
        Assert.Equal("--05-12", Stated("Tin tức. Ngày 12-5, Bộ Quốc phòng tổ chức hội nghị.")?.Value);
        // "hôm qua (11/7)" was written on 12/7; the bracket the match stops before is closed in the span.
        var yesterday = Stated("Chiều qua (11/7), đội tuyển hội quân tại Hà Nội.");
        Assert.Equal(("--07-12", "Chiều qua (11/7)"), (yesterday?.Value, yesterday?.Span));
    }

    [Fact]
    public void A_day_in_the_body_a_plan_or_an_anniversary_is_no_stated_day()
    {
        // Past the lead (title and first two paragraphs): an event of the story.
        Assert.Null(Stated("Hai bộ trưởng hội đàm.\nHợp tác tăng mạnh.\nSáng 27/6, đoàn tới thăm Học viện."));
        // "ngày 12/5" inside a sentence names an event, not the lead's day.
        Assert.Null(Stated("Bộ Quốc phòng cho biết hội nghị đã bàn về ngày 12/5 và các hoạt động khác."));
        Assert.Null(Stated("Theo kế hoạch, đoàn sẽ tới thăm vào sáng 27/6."));
        Assert.Null(Stated("Ngày 24/5 tới, hai bên ký kết biên bản ghi nhớ."));
        Assert.Null(Stated("Kỷ niệm ngày 27/7, các đơn vị dâng hương tại nghĩa trang."));
        Assert.Null(Stated("Nhân dịp kỷ niệm, tối 27/7 các đơn vị thắp nến tri ân tại nghĩa trang."));
    }

    [Fact]
    public void A_dated_article_keeps_its_date_and_no_stated_day()
    {
        var date = DateExtractor.Default.Extract(Seeds.Reader.Parse("Tiêu đề bài viết\nSáng 27/6, tại Hà Nội, hai bộ trưởng hội đàm. Năm nay (2017), hợp tác tăng mạnh.\n", "x"), IndexDay, out var leadDay);
        Assert.Equal((new DateOnly(2017, 6, 27), DateEvidenceKind.Lead), (date?.Date, date?.Kind));
        Assert.Null(leadDay);
    }

    [Fact]
    public void Stored_stated_days_read_back()
    {
        var day = new LeadDay(2, 29, "Sáng 29/2");
        Assert.Equal(day, LeadDay.Parse(day.Stored));
        Assert.Equal("--02-29", LeadDay.Parse("--02-29")?.Value);
        Assert.Null(LeadDay.Parse("--02-30"));
        Assert.Null(LeadDay.Parse("2017-06-27"));
    }
}
