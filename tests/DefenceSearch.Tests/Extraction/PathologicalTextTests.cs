using DefenceSearch.Documents;
using DefenceSearch.Extraction;
using DefenceSearch.Reference;

namespace DefenceSearch.Tests.Extraction;

/// <summary>Real sentences that once stopped extraction: each article is read and extracted within seconds.</summary>
public sealed class PathologicalTextTests
{
    /// <summary>
    /// From baomoi 21471920: an admiral's name, a comma, and no minister's title in the next 160 characters. The
    /// compiled (source-generated) engine looped on the lazy clause between the commas, growing its backtracking
    /// stack until it overflowed (minutes, 9 GB), which failed the whole index run over ../shared/data.
    /// </summary>
    private const string AdmiralWithoutTitle =
        "Tư lệnh Bộ Chỉ huy Thái bình dương của Mỹ, Đô đốc Harry Harris, hồi tháng trước tuyên bố chiếc tàu khu trục mới nhất của " +
        "Hải quân Mỹ mang tên Zumwalt có thể được triển khai tại khu vực gần Hàn Quốc để răn đe các hành động gây hấn của Triều Tiên.";

    [Theory]
    [InlineData(AdmiralWithoutTitle)]
    [InlineData("Mỹ điều tàu khu trục tới Hàn Quốc\n" + AdmiralWithoutTitle + "\nBộ Quốc phòng Hàn Quốc cho biết.")]
    [InlineData("Tin quân sự\nĐại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, tiếp Đô đốc Harry Harris, " + AdmiralWithoutTitle)]
    public async Task Extraction_finishes_within_seconds(string text)
    {
        var reader = new ArticleReader(ReferenceData.Default);
        var extractor = new EntityExtractor(ReferenceData.Default);
        var work = Task.Run(() => extractor.Extract(reader.Parse(text, "pathological")));
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(finished == work, "extraction did not finish within 10 s");
        Assert.DoesNotContain((await work).Ministers, m => m.Name.Contains("Harris", StringComparison.Ordinal));
    }
}
