using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

/// <summary>
/// A database of its own for one test, on SQLite (a file) or PostgreSQL (a database on the server that
/// <c>KLIVAR_POSTGRES</c> names; <c>.ci/postgres start</c> starts one), with raw SQL to read what it really holds.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>The server the PostgreSQL runs use; null when none is configured (they are then left out, see <see cref="PostgresFactAttribute"/>).</summary>
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("KLIVAR_POSTGRES") is { Length: > 0 } server ? server : null;

    /// <summary>The providers every database test runs on: SQLite always, PostgreSQL when a server is configured.</summary>
    public static TheoryData<string> Providers
    {
        get
        {
            var providers = new TheoryData<string> { Sqlite };
            if (PostgresServer is not null) providers.Add(Postgres);
            return providers;
        }
    }

    private readonly string _connection;

    public TestDatabase(string provider)
    {
        Provider = provider;
        var name = "klivar_" + Guid.NewGuid().ToString("N");
        _connection = provider switch
        {
            Sqlite => "Data Source=" + Path.Combine(Path.GetTempPath(), name + ".db"),
            Postgres => (PostgresServer ?? throw new InvalidOperationException("KLIVAR_POSTGRES is not set")) + ";Database=" + name,
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
    }

    public string Provider { get; }

    public string ConnectionString => _connection;

    public DbContextOptions<T> Options<T>(params IInterceptor[] interceptors) where T : DbContext => Options<T>(null, interceptors);

    /// <summary>Options whose commands give up after <paramref name="timeoutSeconds"/> (a lock another connection holds included).</summary>
    public DbContextOptions<T> Options<T>(int? timeoutSeconds, params IInterceptor[] interceptors) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        if (Provider == Sqlite) builder.UseSqlite(_connection + (timeoutSeconds is { } s ? ";Default Timeout=" + s : ""), o => o.CommandTimeout(timeoutSeconds));
        else builder.UseNpgsql(_connection, o => o.CommandTimeout(timeoutSeconds));
        return builder.AddInterceptors(interceptors).Options;
    }

    public DbConnection Connect()
    {
        DbConnection connection = Provider == Sqlite ? new SqliteConnection(_connection) : new NpgsqlConnection(_connection);
        connection.Open();
        return connection;
    }

    /// <summary>Every value of every table, as invariant text, sorted: what the database holds, whatever the model says.</summary>
    public List<string> RawValues()
    {
        using var connection = Connect();
        var tables = Query(connection, Provider == Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        var values = new List<string>();
        foreach (var table in tables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT * FROM \"" + table + "\"";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!reader.IsDBNull(i)) values.Add(Text(reader.GetValue(i)));
                }
            }
        }
        values.Sort(StringComparer.Ordinal);
        return values;
    }

    public List<string> Query(string sql)
    {
        using var connection = Connect();
        return Query(connection, sql);
    }

    public void Execute(string sql)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Query(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.IsDBNull(0) ? "" : Text(reader.GetValue(0)));
        return rows;
    }

    // Dates as the day and time they hold, whatever kind the provider gives them.
    private static string Text(object value) => value switch
    {
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public void Dispose()
    {
        if (Provider == Sqlite)
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_connection.Substring("Data Source=".Length));
            return;
        }
        NpgsqlConnection.ClearAllPools();
        var database = _connection.Substring(_connection.LastIndexOf("Database=", StringComparison.Ordinal) + "Database=".Length);
        using var server = new NpgsqlConnection(PostgresServer);
        server.Open();
        using var drop = server.CreateCommand();
        drop.CommandText = "DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)";
        drop.ExecuteNonQuery();
    }
}

public static class TestModelConventions
{
    /// <summary>Dates of no time zone on PostgreSQL, as the tests write them (its default, timestamptz, takes UTC dates only).</summary>
    public static void DatesWithoutTimeZone(this ModelConfigurationBuilder configuration, DbContext db)
    {
        if (db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            configuration.Properties<DateTime>().HaveColumnType("timestamp without time zone");
    }
}

/// <summary>A test that needs the PostgreSQL server: skipped, with the reason, when <c>KLIVAR_POSTGRES</c> is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null)
            Skip = "No PostgreSQL server: set KLIVAR_POSTGRES to a connection string (eval \"$(.ci/postgres start)\" starts one); the database tests ran on SQLite only.";
    }
}

/// <summary>Says, as a skipped test, when the database tests ran on SQLite only.</summary>
public sealed class ProvidersTests
{
    [PostgresFact]
    public void The_database_tests_also_run_on_PostgreSQL()
    {
        Assert.Contains(((IEnumerable<object[]>)TestDatabase.Providers).Select(row => row[0]), provider => Equals(provider, TestDatabase.Postgres));
        using var database = new TestDatabase(TestDatabase.Postgres);
        using var db = new DbContext(database.Options<DbContext>());
        Assert.True(db.Database.CanConnect() || db.Database.EnsureCreated());
    }
}
