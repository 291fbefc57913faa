using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace DefenceSearch.Benchmarks;

/// <summary>
/// What a user would pick instead: SQLite FTS5 through Microsoft.Data.Sqlite, one table with title and body,
/// tokenize='unicode61 remove_diacritics 2'. Built the way one bulk-loads SQLite: files read and parsed on
/// every core but one writer, one transaction, a 256 MB page cache (Lucene's RAM buffer), then 'optimize'.
/// </summary>
public sealed class Fts5Engine : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _top;
    private readonly SqliteCommand _count;

    private Fts5Engine(SqliteConnection connection)
    {
        _connection = connection;
        _top = connection.CreateCommand();
        _top.CommandText = "SELECT rowid, title, snippet(articles, 1, '<mark>', '</mark>', '…', 24) FROM articles WHERE articles MATCH $q ORDER BY rank LIMIT 10";
        _top.Parameters.Add("$q", SqliteType.Text);
        _top.Prepare();
        _count = connection.CreateCommand();
        _count.CommandText = "SELECT count(*) FROM articles WHERE articles MATCH $q";
        _count.Parameters.Add("$q", SqliteType.Text);
        _count.Prepare();
    }

    public static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    public sealed record BuildResult(int Articles, long Bytes, TimeSpan Insert, TimeSpan Optimize, TimeSpan Total, long IndexBytes);

    /// <param name="withIds">
    /// Adds an unindexed "id" column holding each article's DefenceSearch id (its path in the corpus without the
    /// extension), so <see cref="Ranked"/> can name the articles it finds (the evaluations compare both engines by id).
    /// </param>
    public static BuildResult Build(NewsCorpus corpus, string databasePath, int threads, CancellationToken cancellation, bool withIds = false)
    {
        foreach (var suffix in new[] { "", "-journal", "-wal", "-shm" })
        {
            File.Delete(databasePath + suffix);
        }
        var clock = Stopwatch.StartNew();
        using var connection = Connect(databasePath);
        Execute(connection, "PRAGMA journal_mode=DELETE; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
        Execute(connection, withIds
            ? "CREATE VIRTUAL TABLE articles USING fts5(title, body, id UNINDEXED, tokenize='unicode61 remove_diacritics 2')"
            : "CREATE VIRTUAL TABLE articles USING fts5(title, body, tokenize='unicode61 remove_diacritics 2')");

        var channel = Channel.CreateBounded<(PlainArticle Article, string Id)>(new BoundedChannelOptions(1024) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        long bytes = 0;
        var readers = Task.Run(() =>
        {
            try
            {
                Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads - 1), CancellationToken = cancellation }, file =>
                {
                    var content = File.ReadAllBytes(file);
                    Interlocked.Add(ref bytes, content.Length);
                    var item = (PlainArticle.Read(content), withIds ? IdOf(corpus.Path, file) : "");
                    while (!channel.Writer.TryWrite(item))
                    {
                        channel.Writer.WaitToWriteAsync(cancellation).AsTask().GetAwaiter().GetResult();
                    }
                });
                channel.Writer.Complete();
            }
            catch (Exception e)
            {
                channel.Writer.Complete(e);
            }
        }, cancellation);

        var count = 0;
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = withIds
                ? "INSERT INTO articles(title, body, id) VALUES ($title, $body, $id)"
                : "INSERT INTO articles(title, body) VALUES ($title, $body)";
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            var id = withIds ? insert.Parameters.Add("$id", SqliteType.Text) : null;
            insert.Prepare();
            var reader = channel.Reader;
            while (reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var item))
                {
                    title.Value = item.Article.Title;
                    body.Value = item.Article.Body;
                    if (id is not null) id.Value = item.Id;
                    insert.ExecuteNonQuery();
                    count++;
                }
            }
            transaction.Commit();
        }
        readers.GetAwaiter().GetResult();
        var inserted = clock.Elapsed;
        Execute(connection, "INSERT INTO articles(articles) VALUES('optimize')");
        var total = clock.Elapsed;
        connection.Close();
        SqliteConnection.ClearPool(connection);
        var size = new FileInfo(databasePath).Length;
        return new BuildResult(count, bytes, inserted, total - inserted, total, size);
    }

    public static Fts5Engine Open(string databasePath)
    {
        var connection = Connect(databasePath, readOnly: true);
        Execute(connection, "PRAGMA cache_size=-262144;");
        return new Fts5Engine(connection);
    }

    /// <summary>The site's work in FTS5 terms: top 10 by bm25 with a snippet of the body, and the total. Returns the total.</summary>
    public int Search(string query)
    {
        var match = ToMatch(query);
        _top.Parameters[0].Value = match;
        using (var reader = _top.ExecuteReader())
        {
            while (reader.Read())
            {
                _ = reader.GetInt64(0);
                _ = reader.GetString(1);
                _ = reader.GetString(2);
            }
        }
        _count.Parameters[0].Value = match;
        return Convert.ToInt32(_count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The ids of the best <paramref name="limit"/> articles by FTS5's own bm25 rank, best first (a database built
    /// with ids); none when the query has no word FTS5 can match.
    /// </summary>
    public IReadOnlyList<string> Ranked(string query, int limit)
    {
        var match = ToMatch(query);
        if (match.Length == 0) return [];
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE articles MATCH $q ORDER BY rank LIMIT $n";
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$n", limit);
        var ids = new List<string>(limit);
        using var reader = command.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
    }

    /// <summary>An article's DefenceSearch id: its path under the corpus, without the extension.</summary>
    public static string IdOf(string corpusPath, string file) =>
        DefenceSearch.Indexing.CorpusIndexer.IdOf(System.IO.Path.GetRelativePath(corpusPath, file));

    /// <summary>A DefenceSearch query line in FTS5 syntax: every bare word and "phrase" quoted, implicit AND.</summary>
    public static string ToMatch(string query)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i])) { i++; continue; }
            if (query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                if (end < 0) end = query.Length;
                var phrase = query[(i + 1)..end].Trim();
                if (phrase.Length > 0) parts.Add(Quote(phrase));
                i = end + 1;
                continue;
            }
            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]) && query[i] != '"') i++;
            parts.Add(Quote(query[start..i]));
        }
        return string.Join(' ', parts);
    }

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"") + "\"";

    private static SqliteConnection Connect(string path, bool readOnly = false)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _top.Dispose();
        _count.Dispose();
        _connection.Dispose();
    }

    internal static string Describe() => new StringBuilder()
        .Append("fts5(title, body, tokenize='unicode61 remove_diacritics 2'); bulk load in one transaction, cache_size 256 MB, then 'optimize'")
        .ToString();
}
