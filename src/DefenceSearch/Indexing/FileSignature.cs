using System.Globalization;

namespace DefenceSearch.Indexing;

/// <summary>The file facts that tell whether a corpus file changed since it was indexed.</summary>
/// <remarks><see cref="Added"/>: when the article first entered the index (Unix seconds), kept across updates.</remarks>
public readonly record struct FileSignature(long Size, long ModifiedTicks, string Hash, long Added)
{
    /// <summary>The signature with the document id, as the index keeps it (<see cref="Schema.Signature"/> doc values).</summary>
    public string Encode(string id) => string.Join('\u0001', id, Size.ToString(CultureInfo.InvariantCulture),
        ModifiedTicks.ToString(CultureInfo.InvariantCulture), Hash, Added.ToString(CultureInfo.InvariantCulture));

    /// <summary>Reads what <see cref="Encode"/> wrote; null for anything else.</summary>
    public static (string Id, FileSignature Signature)? Decode(string value)
    {
        var parts = value.Split('\u0001');
        if (parts.Length != 5
            || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var size)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(parts[4], CultureInfo.InvariantCulture, out var added))
            return null;
        return (parts[0], new FileSignature(size, ticks, parts[3], added));
    }
}
