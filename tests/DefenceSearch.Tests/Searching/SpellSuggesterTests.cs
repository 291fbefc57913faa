using DefenceSearch.Engine;
using DefenceSearch.Reference;
using DefenceSearch.Searching;
using DefenceSearch.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DefenceSearch.Tests.Searching;

/// <summary>
/// The did-you-mean's work is bounded: a long garbage query walks the term dictionary for a few words only, a word
/// asked again comes from the cache, and the suggestions stay what they were.
/// </summary>
public sealed class SpellSuggesterTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    private static readonly IReadOnlySet<string> StopWords = ReferenceData.Default.StopWords;

    // A reader of its own: its cache starts empty whatever other tests searched.
    private DirectoryReader OpenReader()
    {
        LuceneEngine.RegisterCodecs();
        return DirectoryReader.Open(FSDirectory.Open(seeds.IndexPath));
    }

    private static (string? Suggestion, SpellSuggester.Work Work) Suggest(IndexReader reader, params string[] words)
    {
        var work = new SpellSuggester.Work();
        return (SpellSuggester.Suggest(reader, string.Join(' ', words), words, StopWords, work), work);
    }

    [Fact]
    public void A_long_garbage_query_walks_the_dictionary_for_a_few_words_and_then_asks_the_cache()
    {
        using var reader = OpenReader();
        // 60 different words the index does not hold ("xqaazvk", "xqbazvk", …).
        var garbage = Enumerable.Range(0, 60).Select(i => $"xq{(char)('a' + i % 26)}{(char)('a' + i / 26)}zvk").ToArray();
        var first = Suggest(reader, garbage).Work;
        Assert.Equal(SpellSuggester.MaxWordsCorrected, first.Walked);
        var again = Suggest(reader, garbage).Work;
        Assert.Equal((SpellSuggester.MaxWordsCorrected, SpellSuggester.MaxWordsCorrected), (again.Walked, again.Cached));
    }

    [Fact]
    public void A_word_longer_than_any_typo_is_not_looked_up()
    {
        using var reader = OpenReader();
        var (suggestion, work) = Suggest(reader, "quocphongngoxuanlichquoc");
        Assert.Null(suggestion);
        Assert.Equal(0, work.Walked);
    }

    [Fact]
    public void A_cached_correction_gives_the_same_suggestion()
    {
        using var reader = OpenReader();
        var first = Suggest(reader, "ngo", "xuan", "lihc");
        var again = Suggest(reader, "ngo", "xuan", "lihc");
        Assert.Equal(("ngo xuan lich", 1, 0), (first.Suggestion, first.Work.Walked, first.Work.Cached));
        Assert.Equal(("ngo xuan lich", 0, 1), (again.Suggestion, again.Work.Walked, again.Work.Cached));
    }
}
