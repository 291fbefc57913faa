using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// The runtime's allocation samples (one event per ~100 KB allocated) by type, small and large object heap
/// apart: what to cut when searches allocate too much or collect gen 2 too often.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const long GcKeyword = 0x1;
    public readonly ConcurrentDictionary<(string Type, bool Large), long> Samples = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? e.Payload[t] as string ?? "?" : "?";
        var large = e.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(e.Payload[k], System.Globalization.CultureInfo.InvariantCulture) == 1;
        Samples.AddOrUpdate((type, large), 1, (_, n) => n + 1);
    }
}
