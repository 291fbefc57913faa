using System.Diagnostics;
using System.Text.Json.Serialization;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DefenceSearch.Searching;

/// <summary>
/// The most work one search may do, whatever was typed: how many index terms a prefix (<c>th*</c>) and the
/// whole query may expand to, how many terms a prefix may scan to find them, and how long collecting may
/// run. Past any of them the search answers with what it has and says so in a notice.
/// </summary>
public sealed record SearchBudget
{
    /// <summary>The budget a search gets unless the caller gives another.</summary>
    public static readonly SearchBudget Default = new();

    /// <summary>The most index terms one prefix expands to, per field (the most frequent are kept).</summary>
    public int MaxTermsPerPrefix { get; init; } = 64;

    /// <summary>The most index terms all the prefixes of one query expand to together.</summary>
    public int MaxTermsPerQuery { get; init; } = 256;

    /// <summary>The most dictionary terms one prefix reads, per field and segment, looking for its expansions.</summary>
    public int MaxScannedTermsPerPrefix { get; init; } = 20_000;

    /// <summary>
    /// How long a search may collect matches (all its passes together), or null for no clock. A clock makes the
    /// answer depend on how busy the machine is, so only a server facing the public sets one (the site: 1 s);
    /// the command line, the benchmarks and the tests count work, not time.
    /// </summary>
    public TimeSpan? Time { get; init; }

    /// <summary>
    /// How many matches a search collects (all its passes together) before its clock is read at all. A search that
    /// finds fewer is never cut: the site's first searches after a start compile the search code and took 2 s on the
    /// 38k news, so under the 1 s clock the first journalist of the day was told "0 results, stopped" for a name that
    /// 29 articles hold; a busy machine did the same. Past this floor the clock bounds the rest. 0 reads the clock
    /// from the first match.
    /// </summary>
    public long MatchesBeforeClock { get; init; } = 50_000;
}


/// <summary>The budget of one search as it is spent (one thread).</summary>
internal sealed class BudgetMeter(SearchBudget budget)
{
    private readonly long _deadline = budget.Time is { } time ? Stopwatch.GetTimestamp() + (long)(time.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;

    public SearchBudget Budget { get; } = budget;
    public int TermsExpanded { get; private set; }
    public bool ExpansionCut { get; set; }
    public long Collected { get; set; }
    public bool TimedOut { get; set; }
    public int PlainVariants { get; set; }

    /// <summary>Spelt pairs of neighbouring words counted over the index to read a longer query (<see cref="LongReadings"/>).</summary>
    public int ReadingPairs { get; set; }

    /// <summary>Partial readings of a longer query scored (<see cref="LongReadings"/>).</summary>
    public int ReadingCombinations { get; set; }

    /// <summary>Readings of a longer query counted as a click on each would show (<see cref="LongReadings"/>).</summary>
    public int ReadingsCounted { get; set; }

    /// <summary>Match sets (tiers, their fallbacks, their counts) run over the index: each count or ranked run of one set is one.</summary>
    public int SetsRun { get; set; }

    /// <summary>How many terms the next prefix may take.</summary>
    public int Allowance => Math.Max(0, Math.Min(Budget.MaxTermsPerPrefix, Budget.MaxTermsPerQuery - TermsExpanded));

    public void Spend(int terms) => TermsExpanded += terms;

    /// <summary>The same clock and counters for a second build of the same query: its prefixes draw a fresh allowance.</summary>
    public BudgetMeter ForRetry()
    {
        TermsExpandedBefore += TermsExpanded;
        TermsExpanded = 0;
        return this;
    }

    private int TermsExpandedBefore { get; set; }

    /// <summary>Whether the clock counts yet: not before the search has collected <see cref="SearchBudget.MatchesBeforeClock"/> matches.</summary>
    private bool ClockRuns => Collected >= Budget.MatchesBeforeClock;

    public bool PastDeadline => ClockRuns && Stopwatch.GetTimestamp() > _deadline;

    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>
    /// Whether the search has spent more than <paramref name="share"/> of its clock (never, without a clock). The floor of
    /// matches does not hold here: what asks (a long query's readings) is an extra, left out rather than made to wait.
    /// </summary>
    public bool PastShare(double share) =>
        Budget.Time is { } time && Stopwatch.GetTimestamp() > _started + (long)(time.TotalSeconds * share * Stopwatch.Frequency);

    public SearchWork Work => new() { TermsExpanded = Math.Max(TermsExpanded, TermsExpandedBefore), ExpansionCut = ExpansionCut, Collected = Collected, TimedOut = TimedOut, PlainVariants = PlainVariants, ReadingPairs = ReadingPairs, ReadingCombinations = ReadingCombinations, ReadingsCounted = ReadingsCounted, SetsRun = SetsRun };
}

/// <summary>
/// Passes matches on until the time budget is spent, then stops the search: the segment being scored ends
/// (Lucene's <see cref="CollectionTerminatedException"/>) and the remaining segments are skipped.
/// The clock is read every 256 matches (and at the first), so the check costs nothing measurable.
/// </summary>
internal sealed class BudgetCollector(ICollector inner, BudgetMeter meter) : ICollector
{
    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        if (meter.TimedOut || (meter.TimedOut = meter.PastDeadline)) throw new CollectionTerminatedException();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if ((meter.Collected & 255) == 0 && (meter.TimedOut || meter.PastDeadline))
        {
            meter.TimedOut = true;
            throw new CollectionTerminatedException();
        }
        meter.Collected++;
        inner.Collect(doc);
    }
}
