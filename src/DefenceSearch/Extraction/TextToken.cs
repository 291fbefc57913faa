using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>A word of normalised text with its place, its exact (lower, diacritics) and folded forms.</summary>
/// <remarks>
/// <see cref="PunctuationBefore"/>: something other than spaces (or a single joining hyphen, as in "Bê-la-rút")
/// separates it from the previous word; <see cref="DashBefore"/>: that separator holds a hyphen or dash.
/// </remarks>
public readonly record struct TextToken
{
    internal TextToken(WordForms forms, int start, int end, bool punctuationBefore, bool dashBefore)
    {
        Forms = forms;
        Start = start;
        End = end;
        LowerId = forms.LowerId;
        FoldedId = forms.FoldedId;
        SpellingId = TextTokens.SpellingId(forms.LowerId);
        Capitalized = forms.Capitalized;
        PunctuationBefore = punctuationBefore;
        DashBefore = dashBefore;
    }

    internal WordForms Forms { get; }
    /// <summary>Where the word starts in the text (a char index).</summary>
    public int Start { get; }
    /// <summary>Where the word ends in the text (exclusive).</summary>
    public int End { get; }
    /// <summary>The word as written.</summary>
    public string Text => Forms.Text;
    /// <summary>The word in lower case, diacritics kept.</summary>
    public string Lower => Forms.Lower;
    /// <summary>The word in lower case without diacritics, đ as d ("quoc").</summary>
    public string Folded => Forms.Folded;
    /// <summary>Whether the word begins with a capital letter.</summary>
    public bool Capitalized { get; init; }
    /// <summary>Whether something other than spaces (or one joining hyphen) separates it from the previous word.</summary>
    public bool PunctuationBefore { get; }
    /// <summary>Whether that separator holds a hyphen or dash ("kỹ thuật - quân sự").</summary>
    public bool DashBefore { get; }

    // Kept beside the forms, not only in them: the tries read them for every token.
    internal int LowerId { get; }
    internal int FoldedId { get; }
    /// <summary>The id the exact phrase tries compare: <see cref="LowerId"/>, or that of the word's first i/y spelling ("sĩ" for "sỹ").</summary>
    internal int SpellingId { get; }
}
