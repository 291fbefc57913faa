using DefenceSearch.Indexing;
using Lucene.Net.Index;

namespace DefenceSearch.Engine;

/// <summary>
/// Copies an index, whichever engine built it, into a new folder written with stock Lucene only (the Lucene46
/// codec, one merged segment, deleted documents dropped), which Lucene's CheckIndex and Luke can open and
/// DefenceSearch can search with the <see cref="IndexEngine.Stock"/> engine.
/// </summary>
public static class StandardExport
{
    /// <summary>Writes the copy of the index at <paramref name="indexPath"/> into <paramref name="targetPath"/>; returns how many documents it holds.</summary>
    /// <exception cref="IndexNotFoundException">There is no index at <paramref name="indexPath"/>.</exception>
    /// <exception cref="IOException">The target folder exists and is not empty (nothing is overwritten).</exception>
    public static int Write(string indexPath, string targetPath)
    {
        var source = Path.GetFullPath(indexPath);
        var target = Path.GetFullPath(targetPath);
        if (!LuceneEngine.IndexExists(source)) throw new IndexNotFoundException($"there is no index at {source}");
        if (System.IO.Directory.Exists(target) && System.IO.Directory.EnumerateFileSystemEntries(target).Any())
            throw new IOException($"the export folder {target} is not empty: give a new or empty folder");
        if (string.Equals(source, target, StringComparison.Ordinal)) throw new IOException("the export folder must not be the index folder");

        System.IO.Directory.CreateDirectory(target);
        // Read through stock Lucene too: the custom codec's name is known to Lucene once any engine is loaded.
        using var from = LuceneEngine.Stock.OpenDirectory(source);
        using var reader = DirectoryReader.Open(from);
        using var to = LuceneEngine.Stock.OpenDirectory(target);
        var config = LuceneEngine.Stock.WriterConfig();
        config.OpenMode = OpenMode.CREATE;
        using var writer = new IndexWriter(to, config);
        writer.AddIndexes(reader);
        var data = new Dictionary<string, string>(reader.IndexCommit.UserData, StringComparer.Ordinal);
        LuceneEngine.Stock.Stamp(data);
        writer.SetCommitData(data);
        writer.Commit();
        return writer.NumDocs;
    }
}
