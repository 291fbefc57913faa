namespace DefenceSearch.Searching;

/// <summary>Why a query was read otherwise than typed; the site words it in the user's language.</summary>
public enum QueryNoticeKind
{
    /// <summary>The query was read as typed.</summary>
    None,

    /// <summary>Unbalanced quotes or brackets, lone operators or leading wildcards: searched as plain words (detail: what was wrong).</summary>
    Malformed,

    /// <summary>The query was longer than <see cref="QueryParser.MaxLength"/> characters and was cut at a word (detail: the limit).</summary>
    Truncated,

    /// <summary>No article holds every word, nor every word but one: the articles holding any of them are shown.</summary>
    AnyWordFallback,

    /// <summary>
    /// No article holds every word: the articles holding every other word are shown, leaving out the one found in the most
    /// articles (detail: how many articles are shown; <see cref="QueryNotice.Words"/>: the word left out, as typed).
    /// </summary>
    WordsLeftOut,

    /// <summary>A filter names a value the index does not know (detail: "dimension:value"); nothing matches it.</summary>
    UnknownFilter,

    /// <summary>
    /// The query names a country or minister: it is read as that entity in any spelling (detail: its name); the articles tagged
    /// with it are the result, or, when every article with the words is tagged, they match beside the words.
    /// </summary>
    EntityMatch,
    /// <summary>
    /// The query names a country or minister that no article (of those the filters allow) names in any spelling, nor is
    /// tagged with: the articles shown hold its words apart, and are not about it (detail: its name).
    /// </summary>
    EntityAbsent,
    /// <summary>
    /// The query names a country or minister with which no article (of those the filters allow) is tagged: the articles shown
    /// hold the words typed and are not about it (detail: its name).
    /// </summary>
    EntityUntagged,
    /// <summary>
    /// The query names a country or minister with which no article (of those the filters allow) is tagged, and no article holds
    /// all its words: nothing is shown, or only the articles holding some of them (detail: its name).
    /// </summary>
    EntityNone,
    /// <summary>A word or run inside a longer query names a country: articles tagged with it match there too (detail: "typed → country").</summary>
    CountryWord,
    /// <summary>A run of words inside a longer query names a minister: articles tagged with the minister match there too (detail: "typed → minister").</summary>
    MinisterName,
    /// <summary>
    /// A long query's neighbours were read as two-syllable words ("hop tac", "quoc phong"; <see cref="QueryNotice.Words"/>, as
    /// typed): the articles where each stands together are the result, those with its syllables apart the second tier.
    /// </summary>
    CompoundWords,
    /// <summary>The first tier: articles where the words stand together (detail: how many more hold them apart).</summary>
    WordsTogether,
    /// <summary>The second tier: articles with the words apart (detail: how many hold them together).</summary>
    WordsApart,
    /// <summary>
    /// The first tier of a query naming a country or minister: the articles tagged with it, whatever the spelling (detail: how
    /// many more hold the words without being tagged with it: "ký ức" for "uc").
    /// </summary>
    EntityTagged,
    /// <summary>The second tier of a query naming a country or minister: the articles that hold its words but are not tagged with it (detail: how many are).</summary>
    EntityWordsOnly,

    /// <summary>
    /// The first tier of a keyword query of four or more words that fewer than ten articles hold whole: the articles with every
    /// word (detail: how many more miss one of them, the second tier one click away).
    /// </summary>
    MissingOneWord,
    /// <summary>The second tier of such a query: the articles that miss one of the words (detail: how many hold every word).</summary>
    OneWordMissing,

    /// <summary>
    /// No article spells the syllables typed without marks in a query typed with diacritics as typed ("hải quan" where only
    /// "hải quân" is written): they were read as every spelling (<see cref="QueryNotice.Words"/>: those syllables, as typed).
    /// </summary>
    PlainAsEverySpelling,
    /// <summary>
    /// No article spells a quoted phrase typed with diacritics as typed: it was read in every spelling (<see cref="QueryNotice.Words"/>:
    /// the phrases, as typed). Otherwise a quoted phrase typed with diacritics matches its typed spelling only.
    /// </summary>
    PhraseAsEverySpelling,
    /// <summary>
    /// No article holds a query typed with diacritics as typed, its words typed with marks in their typed spelling (and, when
    /// reading its plain syllables and quoted phrases in every spelling was not enough, those too): every word was read in every
    /// spelling, the typed one ranked first (<see cref="QueryNotice.Words"/>: the words read as typed, as typed). Otherwise a
    /// word typed with marks matches its typed spelling only: "bán" is not "bắn".
    /// </summary>
    MarkedAsEverySpelling,

    /// <summary>A prefix matched more terms than a search may expand to; the most frequent were searched.</summary>
    ExpansionCut,

    /// <summary>The search ran out of time: the results, total and facets count only what it had found.</summary>
    TimedOut,
}
