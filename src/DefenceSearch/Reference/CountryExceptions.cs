namespace DefenceSearch.Reference;

/// <summary>
/// Phrases that hold a country name without naming the country, weak names that are pronouns at a sentence start, and
/// short names that begin a person's name when a capitalised Vietnamese word follows ("Mỹ Tâm", "Anh Tuấn").
/// </summary>
/// <param name="NotCountries">Phrases that hold a country's name without naming it ("vịnh Thái Lan", "tiếng Anh").</param>
/// <param name="NotAtSentenceStart">Weak names that do not name the country at the start of a sentence.</param>
/// <param name="BeforeVietnameseName">Short names that start a person's name when a capitalised Vietnamese word follows, or null.</param>
/// <param name="TitleWordsBeforeCountry">Title words that may stand before a country's name and still let it name the country, or null.</param>
/// <param name="WordsBeforeCountry">Lower-case words that are never part of a person's name, so that a short name after them
/// ("Báo Nga:", "Nếu Mỹ …", "Mặc Mỹ dọa") is the country even when they are capitalised; none when null.</param>
/// <param name="LanguageWords">Words after which country names listed with commas, "và" or "hoặc" are languages ("3 ngoại ngữ
/// Anh, Đức và Italy", "3 thứ tiếng Anh, Pháp"); none when null.</param>
/// <param name="LanguagePhraseStarts">First words of <paramref name="NotCountries"/> phrases that are languages ("tiếng Anh"), after
/// which such a list goes on ("tiếng Anh, Pháp và Đức"); none when null.</param>
/// <param name="SizeComparisons">Phrases after which the countries up to the sentence's end are only a comparison of size
/// or kind ("tương đương diện tích của Vương quốc Bỉ", "Không giống như ở nước Mỹ"); none when null.</param>
/// <param name="BrandMarks">Characters that, glued to a country's name, make it a brand ("Vietnam+"); none when null.</param>
/// <param name="NotGivenNames">
/// Words without marks, shaped like a Vietnamese syllable, that after a short name start a new sentence or a common word
/// rather than a person's name ("… chú rể Mỹ Theo …", "Anh The Guardian"), in lower case; or null.
/// </param>
/// <param name="PlacesBeforeCountry">Seas, oceans and regions that may stand right before a short name and leave it the country
/// ("Hạm đội Thái Bình Dương Nga", "Hạm đội Biển Đen Nga"): the capitalised word before it ends no person's name; none when null.</param>
/// <param name="PlacesInCountry">Cities that name only one country and are named as the scene of its events ("Raqqa", "Aleppo"
/// in Syria), each with the country's key: the article is tagged with the country, as if it named it; the city is no
/// name of the country for queries. None when null.</param>
/// <param name="LikenessCues">Phrases after which a country within the next few words of the sentence is only a likeness, a
/// paint scheme or a disguise ("F-16 đóng giả chiến đấu cơ Nga", "mang màu sơn và dấu hiệu không quân Nga"); none when null.</param>
/// <param name="HomeCountry">The key of the country whose own news the archive is ("VN"): a domestic article is not tagged
/// with it when it is named only at the end of a firm's, newspaper's or road's name; null for none.</param>
/// <param name="HomeNameHeads">Words that begin such a name ("Tổng công ty …", "Báo …", "tuyến đường …"), in lower case; none when
/// null.</param>
/// <param name="HomeNameStops">Words that no such name holds ("tại", "của": "ngân hàng thương mại số 1 tại Việt Nam" is no name);
/// none when null.</param>
/// <param name="LowerCaseHomeNameHeads">Heads that begin such a name in lower case too when a capitalised word follows them ("báo
/// Giáo dục Việt Nam", "công ty Xổ số Điện toán Việt Nam"), in lower case; not syllables that end common compounds ("hội" of
/// "xã hội"). None when null.</param>
/// <param name="SchoolSubjects">School subjects ("Toán", "Ngữ văn", "Lý"), capitalised, beside which a short name listed as a
/// whole item is the language taught ("khối D (Toán, Văn, Anh)"); none when null.</param>
/// <param name="PersonTitles">Lower-case words that title a person ("ông", "bà", "anh", "bé"), after which a short or weak name
/// is a given name ("ông Mỹ", "bà Nga"), not the country; none when null.</param>
/// <param name="PersonTitleCompounds">Lower-case words that, right before a person title, make it part of a common noun ("đàn"
/// of "đàn ông", "anh" of "anh em", "các"), after which a short name is a nationality again; none when null.</param>
/// <param name="WarPhraseStarts">First words of <paramref name="NotCountries"/> phrases that name a war ("kháng chiến", "chiến
/// tranh"), after which the next enemy, after a comma or "và", is part of the name ("kháng chiến chống Pháp, chống Mỹ"); none
/// when null.</param>
/// <param name="WarListWords">The words that may stand before that next enemy ("chống", "đế quốc", "thực dân", "và"); none when
/// null.</param>
/// <param name="SeaCompounds">Words that, right before "biển" (sea), make it part of another noun: "bờ biển" (a coast), "cảnh sát
/// biển" and "bảo vệ bờ biển" (a coast guard), "phòng vệ biển" (a navy), "vận tải biển" (shipping). A sea's name of
/// <paramref name="NotCountries"/> that begins there ("biển Nhật Bản") is then no sea: the country after it is named ("lực lượng
/// bảo vệ bờ biển Nhật Bản", the Japan Coast Guard). None when null.</param>
/// <param name="CompetitionHeads">Words that, right before a country's name (or "nước" and the name), begin a sports competition's
/// name ("Siêu cúp Anh", "Cúp Liên đoàn Anh", "Cúp Nhà vua Tây Ban Nha", "giải hạng Nhất Anh"), which is no mention of the country
/// (as "Ngoại hạng Anh", a league, in <paramref name="NotCountries"/>). None when null.</param>
/// <param name="SplitCompounds">Two-word compounds ("chế tạo", "học tập") whose first word can end a word of
/// <paramref name="NotCountries"/> that begins with a country's name ("Pháp chế", legislation; "Mỹ học", aesthetics): when the
/// compound follows, the name is the country ("Mirage do Pháp chế tạo", made by France; "sang Mỹ học tập"). None when null.</param>
/// <param name="ComparisonCues">Phrases right before a country's name, or before "nước", "đất nước" or "ở" and the name, that make
/// it only the term of a comparison ("có nền kinh tế lớn hơn cả đất nước Hà Lan", "có khả năng hơn cả Mỹ", a ranking's "xếp sau", "chỉ đứng sau Nhật"): that name is no
/// mention, and the rest of the sentence is read as usual. None when null.</param>
/// <param name="ComparisonOwnerCues">Phrases that open the term of a comparison which ends with its owner, "của" and a country's name,
/// in the same clause within a few words ("sánh ngang với các hệ thống Shtil-2 hiện đại của Nga", "giống như tàu sân bay Kuznetsov
/// của Nga", "gấp gần 4 lần hệ thống Patriot của Mỹ"): that name is no mention. A "#" stands for a number ("gấp # lần"). Session 17.
/// None when null.</param>
/// <param name="DistanceCues">Words right before a country's name that is followed by a number, making the name a reference point
/// of a distance ("cách Hồng Kông 240 km về phía Đông Nam"): that name is no mention. Session 17. None when null.</param>
/// <param name="DistanceApproximators">Lower-case words that may stand between such a name and its number ("cách Hong Kong khoảng
/// 300 km", "gần", "hơn"). Session 19 (they were written in the code before). None when null.</param>
/// <param name="VietnameseSurnames">Vietnamese family names, capitalised ("Nguyễn", "Trần"): a full name that one of them begins
/// and a short name of <paramref name="BeforeVietnameseName"/> ends ("Nguyễn Anh Đức") makes that short name, standing alone
/// elsewhere in the article, the person ("Hưng rủ Đức đi trộm"), not the country, unless a word of
/// <paramref name="NamesakeCountryCues"/> stands right before it or a country's name beside it in a list. Session 18. None when null.</param>
/// <param name="NamesakeCountryCues">Lower-case words after which such a short name stays the country ("sang Đức", "ở Đức", "người
/// Đức", "nước Đức"). Session 18. None when null.</param>
/// <param name="TitleNameHeads">Lower-case words that begin a beauty pageant's name or a title won in it ("hoa hậu", "á hậu",
/// "hoa khôi"), in any case: the home country ending such a name with only capitalised words between ("Á hậu Việt Nam 2014",
/// "Hoa hậu Hoàn vũ Việt Nam", "Hoa khôi Phụ nữ Việt Nam qua ảnh", "thi hoa hậu Việt Nam") is no mention of it, as a firm's name;
/// "Hoa hậu Phạm Hương đại diện Việt Nam" names it. Session 19. None when null.</param>
/// <param name="ArtistTitles">Lower-case titles of artists that end with a word of <paramref name="TitleWordsBeforeCountry"/> ("ca sĩ",
/// "nhạc sĩ", "nghệ sĩ"): a short name after one that begins a Vietnamese name is the person ("ca sĩ Mỹ Linh", "nhạc sĩ Anh Quân"),
/// while "binh sĩ Mỹ" stays the country and "ca sĩ Mỹ Ariana Grande" too (a foreign name). Session 20. None when null.</param>
/// <param name="ExtentCues">Lower-case words right before "từ" that open a range describing an extent, a link or a coverage
/// ("trải dài từ Tehran tới Damascus và Lebanon", "nối từ London đến Gibraltar"): the countries from "từ" to the end of the list after
/// "tới"/"đến" are its ends, no mention. Session 20. None when null.</param>
/// <param name="TitlesAtSentenceStart">Short names that are also a person's title ("Anh", Mr.): at the start of a sentence, before a
/// capitalised word that begins no country's name, they title that person ("Anh Warmbier đã bị tuyên phạt", "Anh Zhang là một nhân
/// viên"), not the country. Session 20. None when null.</param>
/// <param name="LocationCues">Lower-case words right before a country's name (or before "nước", "các nước" and the name) that place
/// something by its neighbours ("Djibouti nằm gần các nước Somali, Yemen, Ethiopia", "Kaliningrad nằm giữa Ba Lan và Litva"): that
/// country and the list it opens are a location's reference points, no mention. Session 21. None when null.</param>
public sealed record CountryExceptions(string[] NotCountries, string[] NotAtSentenceStart, string[]? BeforeVietnameseName = null, string[]? TitleWordsBeforeCountry = null,
    string[]? WordsBeforeCountry = null, string[]? LanguageWords = null, string[]? SizeComparisons = null, string[]? BrandMarks = null,
    string[]? LanguagePhraseStarts = null, string[]? NotGivenNames = null, string[]? PlacesBeforeCountry = null,
    Dictionary<string, string>? PlacesInCountry = null, string[]? LikenessCues = null,
    string? HomeCountry = null, string[]? HomeNameHeads = null, string[]? HomeNameStops = null, string[]? LowerCaseHomeNameHeads = null,
    string[]? SchoolSubjects = null, string[]? PersonTitles = null, string[]? PersonTitleCompounds = null,
    string[]? WarPhraseStarts = null, string[]? WarListWords = null, string[]? SeaCompounds = null,
    string[]? CompetitionHeads = null, string[]? SplitCompounds = null, string[]? ComparisonCues = null,
    string[]? ComparisonOwnerCues = null, string[]? DistanceCues = null, string[]? VietnameseSurnames = null, string[]? NamesakeCountryCues = null,
    string[]? TitleNameHeads = null, string[]? DistanceApproximators = null, string[]? ArtistTitles = null, string[]? ExtentCues = null,
    string[]? TitlesAtSentenceStart = null, string[]? LocationCues = null);
