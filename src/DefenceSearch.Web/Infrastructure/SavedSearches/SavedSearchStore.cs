using DefenceSearch.Web.Infrastructure.Configuration;
using Microsoft.Data.Sqlite;

namespace DefenceSearch.Web.Infrastructure.SavedSearches;

/// <summary>
/// Saved searches in SQLite (WAL). Every read and write names the owner, so one owner can never see or
/// change another's; the feed token alone opens the feed, for readers without cookies.
/// </summary>
public sealed class SavedSearchStore
{
    /// <summary>The longest name kept.</summary>
    public const int MaxNameLength = 100;
    /// <summary>The most saved searches one owner keeps.</summary>
    public const int MaxPerOwner = 500;
    /// <summary>The random bytes of a feed token (192 bits).</summary>
    public const int FeedTokenBytes = 24;

    /// <summary>The longest stored query string (its canonical form); longer saves are refused.</summary>
    public const int MaxQueryLength = 4096;

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly Lazy<bool> _initialized;

    /// <summary>A store in the database <paramref name="paths"/> names.</summary>
    /// <param name="paths">The site's paths.</param>
    /// <param name="time">The clock of saves and openings.</param>
    public SavedSearchStore(SitePaths paths, TimeProvider time)
    {
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = paths.Database,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            DefaultTimeout = 10,
            Pooling = true,
        }.ToString();
        _initialized = new Lazy<bool>(() => Initialize(paths.Database));
    }

    /// <summary>An owner's saved searches, newest first.</summary>
    /// <param name="owner">The owner key.</param>
    public IReadOnlyList<SavedSearch> List(string owner)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT id, name, query, feed_token, created, last_opened FROM saved_search WHERE owner = $owner ORDER BY created DESC, id DESC",
            ("$owner", owner));
        return Read(command);
    }

    /// <summary>One of an owner's saved searches, or null when the owner has none of that id.</summary>
    /// <param name="owner">The owner key.</param>
    /// <param name="id">The saved search's id.</param>
    public SavedSearch? Get(string owner, long id)
    {
        using var connection = Open();
        using var command = Command(connection, "SELECT id, name, query, feed_token, created, last_opened FROM saved_search WHERE owner = $owner AND id = $id",
            ("$owner", owner), ("$id", id));
        return Read(command).FirstOrDefault();
    }

    /// <summary>Saves a search; null when the owner already has <see cref="MaxPerOwner"/>.</summary>
    public SavedSearch? Create(string owner, string name, string query)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var token = OwnerKeys.NewToken(FeedTokenBytes);
        using var connection = Open();
        using var count = Command(connection, "SELECT COUNT(*) FROM saved_search WHERE owner = $owner", ("$owner", owner));
        if (Convert.ToInt64(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= MaxPerOwner) return null;
        if (query.Length > MaxQueryLength) throw new ArgumentException($"a stored query holds at most {MaxQueryLength} characters", nameof(query));
        // Ids are random (53 bits, exact in JavaScript), not sequential: one id tells nothing of the others.
        long id = 0;
        for (var attempt = 0; ; attempt++)
        {
            id = RandomId();
            using var insert = Command(connection,
                "INSERT OR IGNORE INTO saved_search (id, owner, name, query, feed_token, created, last_opened) VALUES ($id, $owner, $name, $query, $token, $now, $now)",
                ("$id", id), ("$owner", owner), ("$name", CleanName(name)), ("$query", query), ("$token", token), ("$now", now));
            if (insert.ExecuteNonQuery() == 1) break;
            if (attempt >= 5) throw new InvalidOperationException("no free saved-search id");
            token = OwnerKeys.NewToken(FeedTokenBytes);
        }
        return new SavedSearch(id, CleanName(name), query, token, DateTimeOffset.FromUnixTimeSeconds(now), DateTimeOffset.FromUnixTimeSeconds(now));
    }

    /// <summary>Marks a saved search opened now; returns it as it was before (null when it is not this owner's).</summary>
    public SavedSearch? Open(string owner, long id)
    {
        var found = Get(owner, id);
        if (found is null) return null;
        using var connection = Open();
        using var command = Command(connection, "UPDATE saved_search SET last_opened = $now WHERE owner = $owner AND id = $id",
            ("$owner", owner), ("$id", id), ("$now", _time.GetUtcNow().ToUnixTimeSeconds()));
        command.ExecuteNonQuery();
        return found;
    }

    /// <summary>Renames one of an owner's saved searches; false when the owner has none of that id.</summary>
    /// <param name="owner">The owner key.</param>
    /// <param name="id">The saved search's id.</param>
    /// <param name="name">The new name (cleaned).</param>
    public bool Rename(string owner, long id, string name)
    {
        using var connection = Open();
        using var command = Command(connection, "UPDATE saved_search SET name = $name WHERE owner = $owner AND id = $id",
            ("$owner", owner), ("$id", id), ("$name", CleanName(name)));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Deletes one of an owner's saved searches; false when the owner has none of that id.</summary>
    /// <param name="owner">The owner key.</param>
    /// <param name="id">The saved search's id.</param>
    public bool Delete(string owner, long id)
    {
        using var connection = Open();
        using var command = Command(connection, "DELETE FROM saved_search WHERE owner = $owner AND id = $id", ("$owner", owner), ("$id", id));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>The saved search a feed token opens, or null.</summary>
    /// <param name="token">The token from the feed's address.</param>
    public SavedSearch? ByFeedToken(string token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100) return null;
        using var connection = Open();
        using var command = Command(connection, "SELECT id, name, query, feed_token, created, last_opened FROM saved_search WHERE feed_token = $token",
            ("$token", token));
        return Read(command).FirstOrDefault();
    }

    /// <summary>A random id in [2^20, 2^53).</summary>
    public static long RandomId()
    {
        Span<byte> bytes = stackalloc byte[8];
        System.Security.Cryptography.RandomNumberGenerator.Fill(bytes);
        return (BitConverter.ToInt64(bytes) & ((1L << 53) - 1)) | (1L << 20);
    }

    /// <summary>A name as stored: control characters dropped, spaces collapsed, at most <see cref="MaxNameLength"/> characters.</summary>
    /// <param name="name">The name typed.</param>
    public static string CleanName(string? name)
    {
        var text = new string((name ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        return text.Length > MaxNameLength ? text[..MaxNameLength].TrimEnd() : text;
    }

    private SqliteConnection Open()
    {
        _ = _initialized.Value;
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private bool Initialize(string path)
    {
        var folder = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS saved_search (
                id          INTEGER PRIMARY KEY AUTOINCREMENT,
                owner       TEXT    NOT NULL,
                name        TEXT    NOT NULL,
                query       TEXT    NOT NULL,
                feed_token  TEXT    NOT NULL UNIQUE,
                created     INTEGER NOT NULL,
                last_opened INTEGER NOT NULL
            );
            CREATE INDEX IF NOT EXISTS saved_search_owner ON saved_search (owner);
            """;
        command.ExecuteNonQuery();
        return true;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static List<SavedSearch> Read(SqliteCommand command)
    {
        var result = new List<SavedSearch>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new SavedSearch(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(4)),
                DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(5))));
        }
        return result;
    }
}
