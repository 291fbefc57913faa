using DefenceSearch.Benchmarks;
using Microsoft.Data.Sqlite;

namespace DefenceSearch.Evaluation;

/// <summary>
/// SQLite FTS5 as the benchmark sets it up (<see cref="Fts5Engine"/>: one table of title and body,
/// tokenize='unicode61 remove_diacritics 2', the query made by <see cref="Fts5Engine.ToMatch"/>, every word
/// required, ordered by bm25), with the article id as an unindexed column so the ranking can be judged.
/// </summary>
public sealed class Fts5Ranking : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _top;

    private Fts5Ranking(SqliteConnection connection)
    {
        _connection = connection;
        _top = connection.CreateCommand();
        _top.CommandText = "SELECT id FROM articles WHERE articles MATCH $q ORDER BY rank LIMIT $n";
        _top.Parameters.Add("$q", SqliteType.Text);
        _top.Parameters.Add("$n", SqliteType.Integer);
    }

    public static Fts5Ranking Build(NewsCorpus corpus, string databasePath)
    {
        File.Delete(databasePath);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144;");
        Execute(connection, "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, title, body, tokenize='unicode61 remove_diacritics 2')");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO articles(id, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            foreach (var file in corpus.Files)
            {
                var article = PlainArticle.Read(File.ReadAllBytes(file));
                id.Value = DefenceSearch.Indexing.CorpusIndexer.IdOf(Path.GetRelativePath(corpus.Path, file).Replace('\\', '/'));
                title.Value = article.Title;
                body.Value = article.Body;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        Execute(connection, "INSERT INTO articles(articles) VALUES('optimize')");
        return new Fts5Ranking(connection);
    }

    /// <summary>The ids of the best <paramref name="size"/> articles by FTS5's bm25, best first (every word required).</summary>
    public IReadOnlyList<string> Search(string query, int size)
    {
        var match = Fts5Engine.ToMatch(query);
        if (match.Length == 0) return [];
        _top.Parameters[0].Value = match;
        _top.Parameters[1].Value = size;
        var ids = new List<string>();
        using var reader = _top.ExecuteReader();
        while (reader.Read()) ids.Add(reader.GetString(0));
        return ids;
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
        _connection.Dispose();
        SqliteConnection.ClearPool(_connection);
    }
}
