using DefenceSearch.Searching;
using Xunit.Abstractions;

namespace DefenceSearch.Tests.Integration;

/// <summary>
/// The readings of long queries typed without diacritics over the real articles: each counted as a click on it shows, so a
/// reading with a compound no article writes so ("quận sự", "quan sự", "biển giới", "vụ khí") never outcounts the right one.
/// </summary>
[Collection(SharedDataCollection.Name)]
public sealed class LongReadingSharedDataTests(SharedDataFixture data, ITestOutputHelper output)
{
    [Theory]
    [InlineData("hop tac dao tao quan su", "hợp tác đào tạo quân sự")]
    [InlineData("doi dau trung quoc an do bien gioi", "đối đầu trung quốc ấn độ biên giới")]
    [InlineData("nga ban vu khi", "nga bán vũ khí")]
    [InlineData("my ban vu khi saudi arabia", "mỹ bán vũ khí saudi arabia")]
    public void The_right_reading_comes_first_and_its_count_is_what_a_click_shows(string typed, string reading)
    {
        var r = data.Index.Search(new SearchRequest { Query = typed });
        output.WriteLine(string.Join(" · ", r.Readings.Select(x => $"{x.Text} ({x.Articles})")));

        Assert.NotEmpty(r.Readings);
        Assert.Equal(reading, r.Readings[0].Query);
        // No reading spells a compound as no article writes it side by side.
        Assert.DoesNotContain(r.Readings, x => x.Query.Contains("quận sự", StringComparison.Ordinal) || x.Query.Contains("quan sự", StringComparison.Ordinal)
            || x.Query.Contains("biển giới", StringComparison.Ordinal) || x.Query.Contains("vụ khí", StringComparison.Ordinal));
        Assert.All(r.Readings, x => Assert.True(x.Articles <= r.Readings[0].Articles));
        // Bounded work, reported.
        Assert.InRange(r.Work.ReadingsCounted, 1, LongReadings.MaxCounted);
        Assert.InRange(r.Work.ReadingPairs, 1, (LongReadings.MaxWords - 1) * LongReadings.MaxPairSpellings);

        // A click on the first reading shows the count offered (those that miss one word are a second tier, never counted in).
        var click = data.Index.Search(new SearchRequest { Query = r.Readings[0].Query });
        Assert.Equal(r.Readings[0].Articles, click.Total);
    }
}
