using System.Text.RegularExpressions;
using DefenceSearch.Searching;
using DefenceSearch.Web.Infrastructure;
using DefenceSearch.Web.Infrastructure.Indexing;
using DefenceSearch.Web.Infrastructure.Localisation;
using DefenceSearch.Web.Tests.Support;

namespace DefenceSearch.Web.Tests.Infrastructure.Localisation;

public sealed partial class UiStringsTests
{
    [Fact]
    public void Every_string_has_both_languages()
    {
        foreach (var (key, (vi, en)) in UiStrings.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(vi), key);
            Assert.False(string.IsNullOrWhiteSpace(en), key);
        }
    }

    [Fact]
    public void Every_key_the_site_uses_exists()
    {
        var web = Path.Combine(RepoPaths.Root, "src", "DefenceSearch.Web");
        var used = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.NotEmpty(used);
        foreach (var (file, key) in used)
            Assert.True(UiStrings.All.ContainsKey(key), $"{file} uses the missing string \"{key}\"");
        foreach (var dimension in FacetDimensions.All)
        {
            Assert.True(UiStrings.All.ContainsKey("facet." + dimension.Name), dimension.Name);
            if (dimension.ListFilterParameter is not null)
                Assert.True(UiStrings.All.ContainsKey("facet." + dimension.Name + "Filter") && UiStrings.All.ContainsKey("facet." + dimension.Name + "Placeholder"), dimension.Name);
        }
    }

    [Fact]
    public void Every_notice_the_library_gives_is_worded_in_both_languages()
    {
        foreach (var kind in Enum.GetValues<QueryNoticeKind>().Where(k => k != QueryNoticeKind.None))
        {
            var notice = new QueryNotice(kind, "<b>42</b>");
            Assert.NotEqual(Ui.English.Notice(notice), Ui.Vietnamese.Notice(notice));
            Assert.DoesNotContain("notice.", Ui.English.Notice(notice));
            Assert.DoesNotContain("notice.", Ui.Vietnamese.Notice(notice));
        }
        Assert.Equal("The query was longer than 256 characters and was cut.", Ui.English.Notice(new QueryNotice(QueryNoticeKind.Truncated, "256")));
        Assert.Equal("Truy vấn dài hơn 256 ký tự nên đã được cắt bớt.", Ui.Vietnamese.Notice(new QueryNotice(QueryNoticeKind.Truncated, "256")));
    }

    [Fact]
    public void Every_tier_link_the_library_gives_is_worded_in_both_languages()
    {
        // The links come from the library's one table (TierLink), which the command line's hints read too.
        foreach (var kind in TierLink.Kinds)
        {
            var key = DefenceSearch.Web.Pages.Search.IndexModel.TierKey(TierLink.Of(kind)!);
            Assert.True(UiStrings.All.ContainsKey(key), key);
            Assert.NotEqual(Ui.English.Format(key, "3"), Ui.Vietnamese.Format(key, "3"));
        }
    }

    [Fact]
    public void The_notice_of_a_word_left_out_names_it_and_the_count()
    {
        var notice = new QueryNotice(QueryNoticeKind.WordsLeftOut, "1") { Words = ["tham"] };

        Assert.Equal("No article holds all the words; showing the articles without “tham” (1).", Ui.English.Notice(notice));
        Assert.Equal("Không có bài nào chứa tất cả các từ; đang hiển thị các bài không có “tham” (1 bài).", Ui.Vietnamese.Notice(notice));
    }

    [GeneratedRegex("(?:(?:T|ui)(?:\\[|\\.Format\\()|IndexProblem\\()\"([a-zA-Z0-9.]+)\"[\\],)]")]
    private static partial Regex Key();
}
