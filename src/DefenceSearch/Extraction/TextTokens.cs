using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using DefenceSearch.Text;

namespace DefenceSearch.Extraction;

/// <summary>
/// The forms of one distinct word, computed once: as written, lower case (diacritics kept) and folded,
/// with the ids of the last two (<see cref="TextTokens.IdOf"/>), which the phrase tries compare.
/// </summary>
internal sealed class WordForms(string text, string lower, string folded, int lowerId, int foldedId)
{
    public readonly string Text = text;
    public readonly string Lower = lower;
    public readonly string Folded = folded;
    public readonly int LowerId = lowerId;
    public readonly int FoldedId = foldedId;
    public readonly bool Capitalized = char.IsUpper(text[0]);

    /// <summary>Whether the folded form differs from the lower one (the index holds both then).</summary>
    public readonly bool FoldedDiffers = !ReferenceEquals(folded, lower) && !string.Equals(folded, lower, StringComparison.Ordinal);
}

/// <summary>Splits normalised text into <see cref="TextToken"/>s, sharing each distinct word's forms and ids.</summary>
public static class TextTokens
{
    // Words repeat (Vietnamese has a few thousand syllables): their forms are computed once, looked up by span.
    private const int MaxCachedWords = 400_000;
    private static readonly ConcurrentDictionary<string, WordForms> Forms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, WordForms>.AlternateLookup<ReadOnlySpan<char>> FormsBySpan =
        Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    // Forms.Count takes every lock of the dictionary: the indexing threads queued on it. Counted here instead.
    private static int _cached;

    // Every lower or folded form of a cached word, and every word of a phrase trie, has a number: the tries
    // compare numbers, not strings. Numbers are never reused, so a cached word's ids never go stale.
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _lastId;

    /// <summary>The id of a lower-case or folded form, made when it has none yet.</summary>
    internal static int IdOf(string form) => Ids.GetOrAdd(form, static _ => Interlocked.Increment(ref _lastId));

    // Past the cache's size, a word's forms get no new ids: a form without one is in no trie (-1 matches nothing).
    private static int FindId(string form) => Ids.TryGetValue(form, out var id) ? id : -1;

    // Per lower-case id, one more than the id of the first spelling of the same word (spellings.json's sameWord: "sỹ" → "sĩ"),
    // 0 for a word with no other spelling. Replaced whole (copy on write): readers never lock.
    private static int[] _sameWord = [];
    private static readonly Lock SameWordLock = new();

    /// <summary>
    /// Joins the spellings of one word (<c>Data/spellings.json</c>'s sameWord groups, "sĩ"/"sỹ", "kỹ"/"kĩ", "Mỹ"/"Mĩ") for the
    /// phrase tries (<see cref="SpellingId"/>, which each token keeps: <see cref="TextToken.SpellingId"/>): a phrase written one
    /// way matches the text written the other. Join before tokenizing the text the tries read. The index keeps
    /// each spelling as written.
    /// </summary>
    internal static void JoinSpellings(IEnumerable<string[]> groups)
    {
        lock (SameWordLock)
        {
            var table = (int[])_sameWord.Clone();
            foreach (var group in groups)
            {
                if (group.Length < 2) continue;
                var first = IdOf(VietnameseText.ExactForm(group[0]));
                foreach (var other in group.Skip(1))
                {
                    var id = IdOf(VietnameseText.ExactForm(other));
                    if (id >= table.Length) Array.Resize(ref table, Math.Max(id + 1, table.Length * 2));
                    table[id] = first + 1;
                }
            }
            Volatile.Write(ref _sameWord, table);
        }
    }

    /// <summary>The id the phrase tries compare for a lower-case id: that of the word's first spelling (<see cref="JoinSpellings"/>).</summary>
    internal static int SpellingId(int lowerId)
    {
        var table = Volatile.Read(ref _sameWord);
        return (uint)lowerId < (uint)table.Length && table[lowerId] != 0 ? table[lowerId] - 1 : lowerId;
    }

    // Each thread keeps the words it met in a table of its own: a shared dictionary's look-up was a tenth of indexing.
    [ThreadStatic] private static ThreadForms? _threadForms;

    private static WordForms FormsOf(ReadOnlySpan<char> word, uint hash, ThreadForms local)
    {
        if (local.Find(word, hash) is { } known) return known;
        var forms = FormsOf(word);
        local.Add(forms, hash);
        return forms;
    }

    private static WordForms FormsOf(ReadOnlySpan<char> word)
    {
        if (FormsBySpan.TryGetValue(word, out var forms)) return forms;
        var text = word.ToString();
        var lower = text.ToLowerInvariant();
        var folded = VietnameseText.FoldLower(lower);
        if (Volatile.Read(ref _cached) >= MaxCachedWords) return new WordForms(text, lower, folded, FindId(lower), FindId(folded));
        forms = new WordForms(text, lower, folded, IdOf(lower), IdOf(folded));
        if (Forms.TryAdd(text, forms)) Interlocked.Increment(ref _cached);
        return forms;
    }

    /// <summary>Splits normalised text into words; hyphens and punctuation separate words.</summary>
    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4); // about one word every five characters
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary><see cref="Tokenize(string)"/> into a list the caller reuses (cleared first).</summary>
    internal static void Tokenize(string text, List<TextToken> tokens)
    {
        tokens.Clear();
        // Read once a call, not once a character or word: the thread's table (thread-static) and the word-character bits.
        var local = _threadForms ??= new ThreadForms();
        var wordChars = VietnameseText.WordCharTable;
        var i = 0;
        var lastEnd = 0;
        while (i < text.Length)
        {
            if (!VietnameseText.HasBit(wordChars, text[i])) { i++; continue; }
            var start = i;
            var hash = ThreadForms.Seed;
            while (i < text.Length && VietnameseText.HasBit(wordChars, text[i])) hash = ThreadForms.Hash(hash, text[i++]);
            var forms = FormsOf(text.AsSpan(start, i - start), hash, local);
            var punctuation = false;
            var dash = false;
            for (var k = lastEnd; k < start; k++)
            {
                if (IsDash(text[k])) dash = true;
                if (!char.IsWhiteSpace(text[k]) || text[k] == '\n') punctuation = true;
            }
            if (tokens.Count > 0 && start - lastEnd == 1 && IsDash(text[lastEnd])) punctuation = false;
            tokens.Add(new TextToken(forms, start, i, punctuation || tokens.Count == 0, dash));
            lastEnd = i;
        }
    }

    /// <summary>The tokens as a span: no copy for the lists <see cref="Tokenize(string)"/> makes.</summary>
    internal static ReadOnlySpan<TextToken> AsSpan(IReadOnlyList<TextToken> tokens) => tokens switch
    {
        List<TextToken> list => CollectionsMarshal.AsSpan(list),
        TextToken[] array => array,
        _ => tokens.ToArray(),
    };

    private static bool IsDash(char c) => c is '-' or '‐' or '‑' or '–' or '—';

    /// <summary>
    /// One thread's words: an open-addressing table keyed by a hash computed while the word is scanned. It stops
    /// growing at <see cref="MaxEntries"/> (the frequent words come first); later words go to the shared dictionary.
    /// </summary>
    private sealed class ThreadForms
    {
        private const int MaxEntries = 1 << 17;
        public const uint Seed = 2166136261;

        // Hash, text and forms side by side: a look-up reads one entry and the text's characters (it read four
        // places when hashes and forms were apart, and was a twelfth of indexing).
        private struct Entry
        {
            public int Hash;
            public string? Text;
            public WordForms Forms;
        }

        private Entry[] _entries = new Entry[1 << 10];
        private int _shift = 32 - 10;
        private int _count;

        // FNV's low bits mix poorly (bit k depends on the characters' low k bits only): the slot comes from the
        // high bits of the hash times the golden ratio instead.
        private int SlotOf(int hash) => (int)(((uint)hash * 2654435769u) >> _shift);

        public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619; // FNV-1a over UTF-16 code units

        public WordForms? Find(ReadOnlySpan<char> word, uint hash)
        {
            var entries = _entries;
            var mask = entries.Length - 1;
            for (var i = SlotOf((int)hash); ; i = (i + 1) & mask)
            {
                ref var entry = ref entries[i];
                if (entry.Text is null) return null;
                if (entry.Hash == (int)hash && word.SequenceEqual(entry.Text)) return entry.Forms;
            }
        }

        public void Add(WordForms forms, uint hash)
        {
            if (_count >= MaxEntries) return;
            if (2 * (_count + 1) > _entries.Length) Grow();
            Insert(forms, (int)hash);
            _count++;
        }

        private void Insert(WordForms forms, int hash)
        {
            var mask = _entries.Length - 1;
            var i = SlotOf(hash);
            while (_entries[i].Text is not null) i = (i + 1) & mask;
            _entries[i] = new Entry { Hash = hash, Text = forms.Text, Forms = forms };
        }

        private void Grow()
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            _shift--;
            foreach (var e in old)
                if (e.Text is not null) Insert(e.Forms, e.Hash);
        }
    }
}
