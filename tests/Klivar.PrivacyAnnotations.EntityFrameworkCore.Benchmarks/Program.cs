// A purge of a 1,000,000-row SQLite database of the sample's schema (accounts, invoices, prospects), timed for the
// package's PurgeAsync and for hand-written ExecuteUpdate/ExecuteDelete of the same rules, on copies of one seeded file,
// interleaved (ours first on odd rounds, hand-written first on even ones). Reports database rows per second, the rows
// each changed (they must match), and the bytes allocated by each purge (flat: no entity is loaded).
using System.Diagnostics;
using System.Globalization;
using Klivar.Platform.Database;
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

async Task<(double, int, long)> Measure(string file, Func<PlatformDb, Task<int>> purge)
{
    using var db = PlatformDb.Open(file);
    await db.Database.OpenConnectionAsync(); // the connection is not what is measured
    GC.Collect();
    var allocated = GC.GetTotalAllocatedBytes(true);
    var clock = Stopwatch.StartNew();
    var changed = await purge(db);
    clock.Stop();
    return (clock.Elapsed.TotalSeconds, changed, GC.GetTotalAllocatedBytes(true) - allocated);
}

async Task<int> Ours(PlatformDb db) => (await db.PurgeAsync(asOf)).TotalRows;

// The same rules, written by hand as a team would without the package, in one transaction.
async Task<int> HandWritten(PlatformDb db)
{
    const string erased = "[redacted]";
    using var transaction = await db.Database.BeginTransactionAsync();
    var changed = await db.Accounts
        .Where(a => a.ContractEndedOn <= asOf && (a.Username != erased || a.EmailAddress != erased || a.PasswordHash != erased || a.Plan != erased))
        .ExecuteUpdateAsync(s => s.SetProperty(a => a.Username, erased).SetProperty(a => a.EmailAddress, erased).SetProperty(a => a.PasswordHash, erased).SetProperty(a => a.Plan, erased));
    DateTime? stamp = asOf;
    changed += await db.Invoices.Where(i => i.ArchivedOn == null && i.ContractEndedOn <= asOf).ExecuteUpdateAsync(s => s.SetProperty(i => i.ArchivedOn, stamp));
    var tenYears = asOf.AddYears(-10);
    changed += await db.Invoices
        .Where(i => i.ContractEndedOn <= tenYears && (i.CustomerName != erased || i.BillingAddress != erased || i.AmountExcludingTax != 0m || i.IssuedOn != default || i.CustomerId != Guid.Empty))
        .ExecuteUpdateAsync(s => s.SetProperty(i => i.CustomerName, erased).SetProperty(i => i.BillingAddress, erased).SetProperty(i => i.AmountExcludingTax, 0m)
            .SetProperty(i => i.IssuedOn, default(DateTime)).SetProperty(i => i.CustomerId, Guid.Empty));
    var threeYears = asOf.AddYears(-3);
    changed += await db.Prospects.Where(p => p.LastContactedOn <= threeYears || p.ConsentWithdrawnOn <= asOf).ExecuteDeleteAsync();
    await transaction.CommitAsync();
    return changed;
}

// 40% accounts, 40% invoices, 20% prospects, dates spread over 15 years so every rule has rows on both sides.
static async Task Seed(string file, int rows)
{
    SqliteConnection.ClearAllPools(); // a pooled connection would keep the old file alive under the new name
    foreach (var part in new[] { file, file + "-wal", file + "-shm" }) File.Delete(part);
    using (var db = PlatformDb.Open(file)) await db.Database.EnsureCreatedAsync();
    using var connection = new SqliteConnection("Data Source=" + file);
    await connection.OpenAsync();
    using var transaction = connection.BeginTransaction();
    var random = new Random(42);
    var start = new DateTime(2011, 1, 1);
    string Day(int offset) => start.AddDays(offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    var accounts = rows * 4 / 10;
    var invoices = rows * 4 / 10;
    var prospects = rows - accounts - invoices;

    using (var insert = Command(connection, transaction, "INSERT INTO Accounts (Id, Username, EmailAddress, PasswordHash, Plan, CreatedOn, ContractEndedOn) VALUES ($id, $u, $e, $p, 'Team', $c, $end)", "$id", "$u", "$e", "$p", "$c", "$end"))
    {
        for (var n = 0; n < accounts; n++)
        {
            var created = random.Next(0, 5000);
            Run(insert, Guid.NewGuid().ToString().ToUpperInvariant(), "user" + n, "user" + n + "@example.com", "AQAAAAIAAYag" + n, Day(created), random.Next(3) == 0 ? DBNull.Value : Day(created + random.Next(0, 600)));
        }
    }
    using (var insert = Command(connection, transaction, "INSERT INTO Invoices (Number, CustomerName, BillingAddress, AmountExcludingTax, IssuedOn, CustomerId, ContractEndedOn, ArchivedOn) VALUES ($n, $name, $a, '90.0', $i, $c, $end, NULL)", "$n", "$name", "$a", "$i", "$c", "$end"))
    {
        for (var n = 0; n < invoices; n++)
        {
            var issued = random.Next(0, 5000);
            Run(insert, "F-" + n.ToString("D8", CultureInfo.InvariantCulture), "Customer " + n, n + " rue de Lyon", Day(issued), Guid.NewGuid().ToString().ToUpperInvariant(), random.Next(4) == 0 ? DBNull.Value : Day(issued + random.Next(0, 400)));
        }
    }
    using (var insert = Command(connection, transaction, "INSERT INTO Prospects (Name, EmailAddress, Company, LastContactedOn, ConsentWithdrawnOn) VALUES ($name, $e, 'Acme', $l, $w)", "$name", "$e", "$l", "$w"))
    {
        for (var n = 0; n < prospects; n++)
        {
            var contact = random.Next(3000, 5650);
            Run(insert, "Prospect " + n, "prospect" + n + "@example.org", Day(contact), random.Next(10) == 0 ? Day(contact + random.Next(0, 200)) : DBNull.Value);
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
