// A purge of a 1,000,000-row SQLite database (subscribers with an owned home address and a unique e-mail, orders with an
// owned shipping address and a NOT NULL foreign key to their subscriber, leads with a unique e-mail), timed for the
// package's PurgeAsync and for hand-written ExecuteUpdate/ExecuteDelete of the same rules, on copies of one seeded file,
// interleaved (ours first on odd rounds, hand-written first on even ones). Reports database rows per second, the rows
// each changed (they must match), and the bytes allocated by each purge (flat: no entity is loaded).
using System.Diagnostics;
using System.Globalization;
using Klivar.PrivacyAnnotations.EntityFrameworkCore.Benchmarks;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var asOf = new DateTime(2026, 6, 30);
var folder = Path.Combine(Path.GetTempPath(), "klivar-purge-bench-" + Environment.ProcessId);
Directory.CreateDirectory(folder);
var seeded = Path.Combine(folder, "seeded.db");

try
{
    var seedTime = Stopwatch.StartNew();
    await Seed(seeded, rows);
    Console.WriteLine($"Seeded {rows:N0} rows in {seedTime.Elapsed.TotalSeconds:F1} s ({new FileInfo(seeded).Length / 1_048_576} MiB)");

    // Warm-up on a small file, not counted: EF builds its model and compiles its queries once per process.
    var warm = Path.Combine(folder, "warm.db");
    await Seed(warm, 2_000);
    await Measure(warm, Ours);
    await Seed(warm, 2_000);
    await Measure(warm, HandWritten);

    var ours = new List<(double Seconds, int Changed, long Allocated)>();
    var hand = new List<(double Seconds, int Changed, long Allocated)>();
    for (var round = 0; round < rounds; round++)
    {
        var a = Path.Combine(folder, "a.db");
        var b = Path.Combine(folder, "b.db");
        SqliteConnection.ClearAllPools();
        foreach (var copy in new[] { a, b }) foreach (var part in new[] { copy + "-wal", copy + "-shm" }) File.Delete(part);
        File.Copy(seeded, a, true);
        File.Copy(seeded, b, true);
        if (round % 2 == 0)
        {
            ours.Add(await Measure(a, Ours));
            hand.Add(await Measure(b, HandWritten));
        }
        else
        {
            hand.Add(await Measure(b, HandWritten));
            ours.Add(await Measure(a, Ours));
        }
        Console.WriteLine($"round {round + 1}: ours {ours[^1].Seconds:F2} s ({ours[^1].Changed:N0} changed, {ours[^1].Allocated / 1024:N0} KiB allocated), hand-written {hand[^1].Seconds:F2} s ({hand[^1].Changed:N0} changed, {hand[^1].Allocated / 1024:N0} KiB allocated)");
        if (ours[^1].Changed != hand[^1].Changed) throw new InvalidOperationException("the two purges changed different numbers of rows");
    }

    var oursMedian = ours.Select(r => r.Seconds).Order().ElementAt(rounds / 2);
    var handMedian = hand.Select(r => r.Seconds).Order().ElementAt(rounds / 2);
    Console.WriteLine();
    Console.WriteLine($"median: ours {rows / oursMedian:N0} rows/s, hand-written {rows / handMedian:N0} rows/s, ratio {oursMedian / handMedian:F2} (budget 1.5)");
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(folder, true);
}

async Task<(double, int, long)> Measure(string file, Func<BenchDb, Task<int>> purge)
{
    using var db = BenchDb.Open(file);
    await db.Database.OpenConnectionAsync(); // the connection is not what is measured
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(true);
    var clock = Stopwatch.StartNew();
    var changed = await purge(db);
    clock.Stop();
    return (clock.Elapsed.TotalSeconds, changed, GC.GetTotalAllocatedBytes(true) - allocated);
}

async Task<int> Ours(BenchDb db) => (await db.PurgeAsync(asOf)).TotalRows;

// The same rules, written by hand as a team would without the package, in one transaction: the unique e-mail gets
// the row's key in its erased value, the owned addresses are columns of their owner's table.
async Task<int> HandWritten(BenchDb db)
{
    const string erased = "[redacted]";
    using var transaction = await db.Database.BeginTransactionAsync();
    var changed = await db.Subscribers
        .Where(x => x.ContractEndedOn <= asOf && (x.Email != "[redacted " + x.Id.ToString() + "]" || x.Name != erased || x.Home.Street != erased || x.Home.City != erased))
        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Email, x => "[redacted " + x.Id.ToString() + "]").SetProperty(x => x.Name, erased)
            .SetProperty(x => x.Home.Street, erased).SetProperty(x => x.Home.City, erased));
    DateTime? stamp = asOf;
    changed += await db.Orders.Where(o => o.ArchivedOn == null && o.ContractEndedOn <= asOf).ExecuteUpdateAsync(s => s.SetProperty(o => o.ArchivedOn, stamp));
    var tenYears = asOf.AddYears(-10);
    changed += await db.Orders.Where(o => o.ContractEndedOn <= tenYears && (o.BilledTo != erased || o.ShipTo.Street != erased || o.ShipTo.City != erased))
        .ExecuteUpdateAsync(s => s.SetProperty(o => o.BilledTo, erased).SetProperty(o => o.ShipTo.Street, erased).SetProperty(o => o.ShipTo.City, erased));
    var threeYears = asOf.AddYears(-3);
    changed += await db.Leads.Where(l => l.LastContactedOn <= threeYears || l.ConsentWithdrawnOn <= asOf).ExecuteDeleteAsync();
    await transaction.CommitAsync();
    return changed;
}

// 40% subscribers, 40% orders, 20% leads, dates spread over 15 years so every rule has rows on both sides.
static async Task Seed(string file, int rows)
{
    SqliteConnection.ClearAllPools(); // a pooled connection would keep the old file alive under the new name
    foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
    using (var db = BenchDb.Open(file)) await db.Database.EnsureCreatedAsync();
    using var connection = new SqliteConnection("Data Source=" + file);
    await connection.OpenAsync();
    using var transaction = connection.BeginTransaction();
    var random = new Random(42);
    var start = new DateTime(2011, 1, 1);
    string Day(int offset) => start.AddDays(offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    var subscribers = rows * 4 / 10;
    var orders = rows * 4 / 10;
    var leads = rows - subscribers - orders;
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

static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
{
    var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = sql;
    foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
    command.Prepare();
    return command;
}

static void Run(SqliteCommand command, params object[] values)
{
    for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
    command.ExecuteNonQuery();
}
