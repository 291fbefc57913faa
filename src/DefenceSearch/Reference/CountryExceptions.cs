namespace DefenceSearch.Reference;

/// <summary>
/// Phrases that hold a country name without naming the country, weak names that are pronouns at a sentence start, and
/// short names that begin a person's name when a capitalised Vietnamese word follows ("Mỹ Tâm", "Anh Tuấn").
/// </summary>
/// <param name="NotCountries">Phrases that hold a country's name without naming it ("vịnh Thái Lan", "tiếng Anh").</param>
/// <param name="NotAtSentenceStart">Weak names that do not name the country at the start of a sentence.</param>
/// <param name="BeforeVietnameseName">Short names that start a person's name when a capitalised Vietnamese word follows, or null.</param>
/// <param name="TitleWordsBeforeCountry">Title words that may stand before a country's name and still let it name the country, or null.</param>
/// <param name="NotGivenNames">
/// Words without marks, shaped like a Vietnamese syllable, that after a short name start a new sentence or a common word
/// rather than a person's name ("… chú rể Mỹ Theo …", "Anh The Guardian"), in lower case; or null.
/// </param>
public sealed record CountryExceptions(string[] NotCountries, string[] NotAtSentenceStart, string[]? BeforeVietnameseName = null,
    string[]? TitleWordsBeforeCountry = null, string[]? NotGivenNames = null);
