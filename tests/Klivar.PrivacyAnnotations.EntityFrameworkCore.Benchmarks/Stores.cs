using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Benchmarks;

// Where the benchmark's databases live: seeded once, copied for each purge.
internal abstract class BenchStore : IDisposable
{
    public abstract string Name { get; }
    public abstract Task SeedAsync(string name, int rows);
    public abstract Task CopyAsync(string from, string to);
    public abstract BenchDb Open(string name);
    public abstract long SizeOf(string name);
    public abstract void Dispose();

    // 40% subscribers, 40% orders, 20% leads, dates spread over 15 years so every rule has rows on both sides.
    protected static (int Subscribers, int Orders, int Leads) Split(int rows) => (rows * 4 / 10, rows * 4 / 10, rows - rows * 4 / 10 * 2);
}

internal sealed class SqliteStore : BenchStore
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "klivar-purge-bench-" + Environment.ProcessId);

    public SqliteStore() => Directory.CreateDirectory(_folder);

    public override string Name => "SQLite";

    private string File(string name) => Path.Combine(_folder, name + ".db");

    public override BenchDb Open(string name) => new(new DbContextOptionsBuilder<BenchDb>().UseSqlite("Data Source=" + File(name)).Options);

    public override long SizeOf(string name) => new FileInfo(File(name)).Length;

    public override Task CopyAsync(string from, string to)
    {
        SqliteConnection.ClearAllPools();
        foreach (var part in new[] { File(to) + "-wal", File(to) + "-shm" }) System.IO.File.Delete(part);
        System.IO.File.Copy(File(from), File(to), true);
        return Task.CompletedTask;
    }

    public override async Task SeedAsync(string name, int rows)
    {
        var file = File(name);
        SqliteConnection.ClearAllPools(); // a pooled connection would keep the old file alive under the new name
        foreach (var part in new[] { file, file + "-wal", file + "-shm" }) System.IO.File.Delete(part);
        using (var db = Open(name)) await db.Database.EnsureCreatedAsync();
        using var connection = new SqliteConnection("Data Source=" + file);
        await connection.OpenAsync();
        using var transaction = connection.BeginTransaction();
        var random = new Random(42);
        var start = new DateTime(2011, 1, 1);
        string Day(int offset) => start.AddDays(offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var (subscribers, orders, leads) = Split(rows);
        var ended = new string?[subscribers + 1];

        using (var insert = Command(connection, transaction, "INSERT INTO Subscribers (Id, Email, Name, Home_Street, Home_City, CreatedOn, ContractEndedOn) VALUES ($id, $e, $n, $s, $c, $on, $end)", "$id", "$e", "$n", "$s", "$c", "$on", "$end"))
        {
            for (var n = 1; n <= subscribers; n++)
            {
                var created = random.Next(0, 5000);
                ended[n] = random.Next(3) == 0 ? null : Day(created + random.Next(0, 600));
                Run(insert, n, "user" + n + "@example.com", "User " + n, n + " rue de Lyon", "Lyon", Day(created), (object?)ended[n] ?? DBNull.Value);
            }
        }
        using (var insert = Command(connection, transaction, "INSERT INTO Orders (SubscriberId, Total, BilledTo, ShipTo_Street, ShipTo_City, PlacedOn, ContractEndedOn, ArchivedOn) VALUES ($s, '90.0', $b, $st, $c, $on, $end, NULL)", "$s", "$b", "$st", "$c", "$on", "$end"))
        {
            for (var n = 0; n < orders; n++)
            {
                var subscriber = random.Next(1, subscribers + 1);
                Run(insert, subscriber, "User " + subscriber, n + " quai de Saône", "Lyon", Day(random.Next(0, 5000)), (object?)ended[subscriber] ?? DBNull.Value);
            }
        }
        using (var insert = Command(connection, transaction, "INSERT INTO Leads (Email, LastContactedOn, ConsentWithdrawnOn) VALUES ($e, $l, $w)", "$e", "$l", "$w"))
        {
            for (var n = 0; n < leads; n++)
            {
                var contact = random.Next(3000, 5650);
                Run(insert, "lead" + n + "@example.org", Day(contact), random.Next(10) == 0 ? Day(contact + random.Next(0, 200)) : DBNull.Value);
            }
        }
        await transaction.CommitAsync();
        // EF Core creates SQLite files in WAL mode: fold the log into the file, so a copy of the file holds every row.
        using (var checkpoint = connection.CreateCommand())
        {
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await checkpoint.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
    }

    public override void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, true);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        command.ExecuteNonQuery();
    }
}

// Databases of one PostgreSQL server; a copy is CREATE DATABASE ... TEMPLATE, a file copy inside the server.
internal sealed class PostgresStore(string server) : BenchStore
{
    private readonly string _prefix = "klivar_bench_" + Environment.ProcessId + "_";
    private readonly HashSet<string> _made = new();

    public override string Name => "PostgreSQL";

    private string Connection(string name) => server + ";Database=" + _prefix + name;

    public override BenchDb Open(string name) => new(new DbContextOptionsBuilder<BenchDb>().UseNpgsql(Connection(name)).Options);

    public override long SizeOf(string name) => (long)Scalar("SELECT pg_database_size('" + _prefix + name + "')")!;

    public override Task CopyAsync(string from, string to)
    {
        NpgsqlConnection.ClearAllPools();
        Execute("DROP DATABASE IF EXISTS " + _prefix + to + " WITH (FORCE)");
        Execute("CREATE DATABASE " + _prefix + to + " TEMPLATE " + _prefix + from);
        _made.Add(to);
        return Task.CompletedTask;
    }

    public override async Task SeedAsync(string name, int rows)
    {
        NpgsqlConnection.ClearAllPools();
        Execute("DROP DATABASE IF EXISTS " + _prefix + name + " WITH (FORCE)");
        _made.Add(name);
        using (var db = Open(name)) await db.Database.EnsureCreatedAsync();
        var (subscribers, orders, leads) = Split(rows);
        using var connection = new NpgsqlConnection(Connection(name));
        await connection.OpenAsync();
        // The same shape as the SQLite seed, generated inside the server.
        foreach (var sql in new[]
        {
            "SELECT setseed(0.42)",
            $@"INSERT INTO ""Subscribers"" (""Id"", ""Email"", ""Name"", ""Home_Street"", ""Home_City"", ""CreatedOn"", ""ContractEndedOn"")
               SELECT n, 'user' || n || '@example.com', 'User ' || n, n || ' rue de Lyon', 'Lyon', c,
                      CASE WHEN random() < 1.0 / 3 THEN NULL ELSE c + floor(random() * 600)::int * interval '1 day' END
               FROM (SELECT n, timestamptz '2011-01-01 00:00:00+00' + floor(random() * 5000)::int * interval '1 day' AS c FROM generate_series(1, {subscribers}) n) s",
            $@"INSERT INTO ""Orders"" (""SubscriberId"", ""Total"", ""BilledTo"", ""ShipTo_Street"", ""ShipTo_City"", ""PlacedOn"", ""ContractEndedOn"", ""ArchivedOn"")
               SELECT s.""Id"", 90.0, 'User ' || s.""Id"", o.n || ' quai de Saône', 'Lyon', o.placed, s.""ContractEndedOn"", NULL
               FROM (SELECT n, 1 + floor(random() * {subscribers})::int AS subscriber, timestamptz '2011-01-01 00:00:00+00' + floor(random() * 5000)::int * interval '1 day' AS placed
                     FROM generate_series(1, {orders}) n) o JOIN ""Subscribers"" s ON s.""Id"" = o.subscriber",
            $@"INSERT INTO ""Leads"" (""Email"", ""LastContactedOn"", ""ConsentWithdrawnOn"")
               SELECT 'lead' || n || '@example.org', l, CASE WHEN random() < 0.1 THEN l + floor(random() * 200)::int * interval '1 day' END
               FROM (SELECT n, timestamptz '2011-01-01 00:00:00+00' + (3000 + floor(random() * 2650))::int * interval '1 day' AS l FROM generate_series(1, {leads}) n) x",
            "ANALYZE",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 3600;
            await command.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        foreach (var name in _made) Execute("DROP DATABASE IF EXISTS " + _prefix + name + " WITH (FORCE)");
    }

    private void Execute(string sql) => Scalar(sql);

    private object? Scalar(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 3600;
        return command.ExecuteScalar();
    }
}
