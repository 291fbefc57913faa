using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Lucene.Net.Analysis.Miscellaneous;

namespace DefenceSearch.Text;

/// <summary>
/// The Vietnamese text rules every part of DefenceSearch shares: NFC, the Ð look-alike, one canonical
/// tone placement (hòa = hoà, thủy = thuỷ, khỏe = khoẻ) and accent folding (đ → d).
/// </summary>
public static class VietnameseText
{
    // Tone marks: grave (huyền), acute (sắc), tilde (ngã), hook above (hỏi), dot below (nặng).
    private static readonly char[] ToneMarks = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    private const int TableSize = 0x1F00;
    private static readonly byte[] ToneOfChar = new byte[TableSize];
    private static readonly char[] ToneStripped = new char[TableSize];
    private static readonly Dictionary<(char Base, byte Tone), char> Composed = [];

    // For a toned a, e or y (either case, any vowel shape): that bare letter; 0 for every other character.
    private static readonly char[] TonedFinal = new char[TableSize];

    // char.ToLowerInvariant of every UTF-16 code unit, computed once: the same answers without a call
    // into ICU for every non-ASCII letter (the indexer lower-cases every character of every article).
    private static readonly char[] LowerOfChar = BuildLowerTable();

    private static char[] BuildLowerTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    // char.IsLetter and IsWordChar of every UTF-16 code unit, one bit each: every character of every
    // article goes through them, most of them outside Latin-1 where the framework looks further.
    private static readonly ulong[] LetterBits = BuildBits(char.IsLetter);
    private static readonly ulong[] WordCharBits = BuildBits(c =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark);

    private static ulong[] BuildBits(Func<char, bool> test)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
            if (test((char)c)) bits[c >> 6] |= 1UL << (c & 63);
        return bits;
    }

    /// <summary>Exactly <see cref="char.IsLetter(char)"/>, from a table.</summary>
    internal static bool IsLetter(char c) => HasBit(LetterBits, c);

    /// <summary>Whether the character's bit is set in a table of one bit per UTF-16 code unit (as BuildBits makes).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static bool HasBit(ulong[] bits, char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;

    /// <summary>
    /// Whether text is NFC without asking ICU: every character is one that no normalisation changes or combines
    /// (Latin up to U+02FF, Latin Extended Additional U+1E00–U+1EFF where Vietnamese letters are, punctuation
    /// U+2002–U+20CF). False means "ask ICU", not "not NFC".
    /// </summary>
    internal static bool SurelyNfc(ReadOnlySpan<char> text)
    {
        // Vietnamese letters (U+1EA0-U+1EF9) come every few characters: test whole vectors against the three ranges
        // rather than stopping at each of them.
        var chars = MemoryMarshal.Cast<char, ushort>(text);
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                var v = Vector256.Create(chars.Slice(i, Vector256<ushort>.Count));
                var ok = Vector256.LessThanOrEqual(v, Vector256.Create((ushort)0x02FF))
                    | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x1E00), Vector256.Create((ushort)0xFF))
                    | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0x2002), Vector256.Create((ushort)(0x20CF - 0x2002)));
                if (ok != Vector256<ushort>.AllBitsSet) return false;
            }
        }
        for (; i < chars.Length; i++)
        {
            if (chars[i] is not (<= 0x02FF or >= 0x1E00 and <= 0x1EFF or >= 0x2002 and <= 0x20CF)) return false;
        }
        return true;
    }

    /// <summary>Exactly <see cref="char.ToLowerInvariant(char)"/>, from a table.</summary>
    public static char ToLowerInvariant(char c) => LowerOfChar[c];

    static VietnameseText()
    {
        for (var c = 0; c < TableSize; c++) ToneStripped[c] = (char)c;
        foreach (var (from, to) in new[] { (0x00C0, 0x024F), (0x1EA0, 0x1EF9) })
        {
            for (var c = from; c <= to; c++)
            {
                var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
                var toneIndex = -1;
                var rest = new StringBuilder();
                foreach (var d in decomposed)
                {
                    var t = Array.IndexOf(ToneMarks, d);
                    if (t >= 0) toneIndex = t; else rest.Append(d);
                }
                if (toneIndex < 0) continue;
                var baseText = rest.ToString().Normalize(NormalizationForm.FormC);
                if (baseText.Length != 1) continue;
                ToneOfChar[c] = (byte)(toneIndex + 1);
                ToneStripped[c] = baseText[0];
                Composed[(baseText[0], (byte)(toneIndex + 1))] = (char)c;
            }
        }
        for (var c = 0; c < TableSize; c++)
            if (ToneOfChar[c] != 0 && Bare((char)c) is 'a' or 'e' or 'y') TonedFinal[c] = Bare((char)c);
    }

    /// <summary>NFC, then the look-alikes (Ð U+00D0, ð U+00F0) become Đ/đ, then canonical tone placement.</summary>
    /// <remarks>Text that is already normal (nearly all of it: the indexer normalises whole files once) comes back as is, without a copy.</remarks>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        string nfc;
        try
        {
            nfc = SurelyNfc(text) || text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            nfc = WithoutLoneSurrogates(text).Normalize(NormalizationForm.FormC);
        }
        if (!NeedsRewrite(nfc)) return nfc;
        var chars = nfc.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\u00D0') chars[i] = '\u0110';
            else if (chars[i] == '\u00F0') chars[i] = '\u0111';
        }
        CanonicalizeTones(chars, 0, chars.Length);
        return new string(chars);
    }

    /// <summary>Lone surrogates cannot be normalised: they are dropped, the rest kept.</summary>
    /// <remarks>A method of its own: a lambda over <c>text</c> in <see cref="Normalize"/> made every call allocate its closure.</remarks>
    private static string WithoutLoneSurrogates(string text) =>
        new(text.Where((c, i) => !char.IsSurrogate(c) || (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) || (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]))).ToArray());

    /// <summary>Whether NFC text holds a look-alike Ð/ð or a syllable whose tone <see cref="CanonicalizeSyllable"/> would move.</summary>
    private static bool NeedsRewrite(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny('\u00D0', '\u00F0') >= 0) return true;
        // Only a syllable whose last letter is a toned a, e or y can change. They come every few letters in
        // Vietnamese, so one pass with a table beats restarting a vectorised search after each of them.
        var finals = TonedFinal;
        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= TableSize || finals[c] == 0) continue;
            if (i + 1 < text.Length && IsLetter(text[i + 1])) continue;
            // Cheap part of MovedTone first: the letter before must be the o of oa/oe or the u of uy.
            if (Bare(text[i - 1]) != (finals[c] == 'y' ? 'u' : 'o')) continue;
            var start = i;
            while (start > 0 && IsLetter(text[start - 1])) start--;
            if (MovedTone(text[start..(i + 1)], out _)) return true;
        }
        return false;
    }

    /// <summary>Moves the tone of every open syllable ending in oa, oe, uy (not after q) onto its first vowel.</summary>
    public static void CanonicalizeTones(char[] buffer, int start, int length)
    {
        var end = start + length;
        var i = start;
        while (i < end)
        {
            if (!IsLetter(buffer[i])) { i++; continue; }
            var wordStart = i;
            while (i < end && IsLetter(buffer[i])) i++;
            CanonicalizeSyllable(buffer, wordStart, i - wordStart);
        }
    }

    /// <summary>Canonical tone placement for one syllable held in buffer[start..start+length).</summary>
    public static void CanonicalizeSyllable(char[] buffer, int start, int length)
    {
        if (!MovedTone(buffer.AsSpan(start, length), out var moved)) return;
        var last = start + length - 1;
        buffer[last] = StripTone(buffer[last]);
        buffer[last - 1] = moved;
    }

    /// <summary>
    /// Whether the syllable ends in oa, oe or uy (not after q or another vowel) with the tone on its last
    /// letter; <paramref name="moved"/> is then the letter before it carrying that tone.
    /// </summary>
    private static bool MovedTone(ReadOnlySpan<char> word, out char moved)
    {
        moved = default;
        var length = word.Length;
        if (length < 2) return false;
        var last = length - 1;
        var tone = ToneOf(word[last]);
        if (tone == 0 || ToneOf(word[last - 1]) != 0) return false;
        var a = Bare(word[last - 1]);
        var b = Bare(word[last]);
        var pair = (a == 'o' && (b == 'a' || b == 'e')) || (a == 'u' && b == 'y');
        if (!pair) return false;
        if (length >= 3)
        {
            var before = Bare(word[last - 2]);
            if (before == 'q' || IsVowel(before)) return false;
        }
        return Composed.TryGetValue((word[last - 1], tone), out moved);
    }

    private static byte ToneOf(char c) => c < TableSize ? ToneOfChar[c] : (byte)0;

    /// <summary>The letter without its tone mark, vowel shape kept (ờ → ơ, Ấ → Â).</summary>
    public static char StripTone(char c) => c < TableSize ? ToneStripped[c] : c;

    // Lower-case letter without tone and vowel marks, for syllable-shape tests.
    private static char Bare(char c)
    {
        var lower = LowerOfChar[StripTone(c)];
        return lower switch
        {
            'ă' or 'â' => 'a',
            'ê' => 'e',
            'ô' or 'ơ' => 'o',
            'ư' => 'u',
            _ => lower,
        };
    }

    private static bool IsVowel(char bare) => bare is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>Lower case and canonical tone, diacritics kept: the "exact" searchable form of a word.</summary>
    public static string ExactForm(string word) => Normalize(word).ToLowerInvariant(); // Normalize places tones; case does not move them

    /// <summary>Lower case, accents folded to ASCII (đ → d): the "folded" searchable form of a word.</summary>
    public static string Fold(string text)
    {
        var lower = Normalize(text).ToLowerInvariant();
        return FoldLower(lower);
    }

    /// <summary>Folds text that is already normalised and lower case.</summary>
    public static string FoldLower(string lower)
    {
        if (IsAscii(lower)) return lower;
        var input = lower.ToCharArray();
        var output = new char[input.Length * 4];
        var n = ASCIIFoldingFilter.FoldToASCII(input, 0, output, 0, input.Length);
        return new string(output, 0, n);
    }

    /// <summary>Whether every character is ASCII (nothing to fold).</summary>
    public static bool IsAscii(string s)
    {
        foreach (var c in s) if (c > 0x7F) return false;
        return true;
    }

    /// <inheritdoc cref="IsAscii(string)"/>
    public static bool IsAscii(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (c > 0x7F) return false;
        return true;
    }

    /// <summary>A word character for DefenceSearch's tokenisation: letters, digits and combining marks.</summary>
    public static bool IsWordChar(char c) => HasBit(WordCharBits, c);

    /// <summary>The bits behind <see cref="IsWordChar"/>, for loops that test every character (<see cref="HasBit"/>).</summary>
    internal static ulong[] WordCharTable => WordCharBits;

    /// <summary>ASCII slug: "Ngô Xuân Lịch" → "ngo-xuan-lich".</summary>
    public static string Slug(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        var dash = false;
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c)) { sb.Append(c); dash = false; }
            else if (!dash && sb.Length > 0) { sb.Append('-'); dash = true; }
        }
        return sb.ToString().TrimEnd('-');
    }

    /// <summary>
    /// How closely a variant's diacritics agree with the typed word's, over the letters the user marked:
    /// 1 for the same word, 0 when none of the typed marks are present.
    /// </summary>
    public static double DiacriticAgreement(string typed, string variant)
    {
        if (typed.Length != variant.Length) return 0;
        var marked = 0;
        var agree = 0;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] <= 0x7F) continue;
            marked++;
            if (typed[i] == variant[i]) agree += 2;
            else if (StripTone(typed[i]) == StripTone(variant[i])) agree += 1; // same letter, other tone
        }
        return marked == 0 ? 1 : agree / (2.0 * marked);
    }
}
