namespace DefenceSearch.Extraction;

/// <summary>
/// What an article holds of one cooperation area's phrases (Data/areas.json): which phrases, whether the title names
/// the area, and in how many body sentences the phrases stand.
/// </summary>
internal sealed class AreaEvidence
{
    /// <summary>The different phrases found (a phrase inside a longer one just matched is not counted again).</summary>
    public HashSet<string> Phrases { get; } = new(StringComparer.Ordinal);

    /// <summary>The different specific phrases (weight 2) found in the body, outside photo captions (session 19).</summary>
    public HashSet<string> SpecificPhrases { get; } = new(StringComparer.Ordinal);

    /// <summary>The body sentences, outside photo captions, that hold a specific phrase (session 19).</summary>
    public HashSet<int> SpecificSentences { get; } = [];

    /// <summary>Whether the title holds one of the phrases (or a title cue of the area).</summary>
    public bool Title { get; set; }

    /// <summary>The different phrases found in the title.</summary>
    public HashSet<string> TitlePhrases { get; } = new(StringComparer.Ordinal);

    /// <summary>The body sentences holding a phrase.</summary>
    public int Sentences { get; set; }

    /// <summary>The last body sentence counted in <see cref="Sentences"/> (-1 before any).</summary>
    public int LastSentence { get; set; } = -1;

    /// <summary>Whether a specific phrase (weight 2) was found.</summary>
    public bool Specific { get; set; }

    /// <summary>
    /// Whether the title and most of the body name the area's subject and the article holds enough of its phrases
    /// (Data/area-rules.json's densityByArea): then the area is substantial whatever share its phrases take up.
    /// </summary>
    public bool Dense { get; set; }

    /// <summary>
    /// Whether the title names the area's subject (without the rule's exceptions) and the body holds enough of its phrases
    /// in enough sentences for it (Data/area-rules.json's densityByArea "titled"): then the area is substantial with a
    /// smaller share of the body, unless its phrases are all generic.
    /// </summary>
    public bool SubjectTitled { get; set; }

    /// <summary>
    /// Whether the title names the area's subject (Data/area-rules.json's densityByArea words or a designation), whatever the
    /// phrases found: a title's generic phrase counts for generic evidence only beside it (session 18).
    /// </summary>
    public bool SubjectInTitle { get; set; }

    /// <summary>
    /// Whether the title presents a launch or a test and names its technical side (a densityByArea "titled" tier with events:
    /// "Triều Tiên thử động cơ …", "… thử tên lửa đạn đạo bắn trúng mục tiêu") over a body that holds the area's phrases: the
    /// weapon is the subject whatever kind the phrases are (entities-rules.md, session 24's launches and tests, (a)).
    /// </summary>
    public bool TestTitled { get; set; }

    /// <summary>Counts one mention of the area: where it stands (title or a body sentence) and whether it is specific.</summary>
    /// <param name="specific">Whether the phrase is specific (weight 2).</param>
    /// <param name="inBody">Whether it stands in the body (else the title).</param>
    /// <param name="sentence">The number of its body sentence.</param>
    public void Mention(bool specific, bool inBody, int sentence)
    {
        if (specific) Specific = true;
        if (!inBody) Title = true;
        else if (LastSentence != sentence) (Sentences, LastSentence) = (Sentences + 1, sentence);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"phrases {Phrases.Count} title {Title} sentences {Sentences} specific {Specific} dense {Dense} titled {SubjectTitled}: {string.Join(" | ", Phrases)}";
}
