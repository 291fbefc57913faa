namespace DefenceSearch.Engine;

/// <summary>Which Lucene pieces build and read an index. An index records the engine that built it.</summary>
public enum IndexEngine
{
    /// <summary>
    /// DefenceSearch's own pieces: stored fields kept uncompressed as UTF-16, a fresh index inverted by each indexing
    /// thread in memory and written a segment at a time, files read through pointers into memory maps.
    /// </summary>
    Custom,

    /// <summary>
    /// Stock Lucene only: the Lucene46 codec, <c>MMapDirectory</c>, and the writer's own inversion. Any Lucene 4.x tool
    /// (CheckIndex, Luke) opens the index; building and searching it cost more.
    /// </summary>
    Stock,
}
