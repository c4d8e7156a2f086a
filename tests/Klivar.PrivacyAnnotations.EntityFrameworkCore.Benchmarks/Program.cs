// A purge of a 1,000,000-row database (subscribers with an owned home address and a unique e-mail, orders with an
// owned shipping address and a NOT NULL foreign key to their subscriber, leads with a unique e-mail), timed for the
// package's PurgeAsync and for hand-written ExecuteUpdate/ExecuteDelete of the same rules, on copies of one seeded
// database, interleaved (ours first on odd rounds, hand-written first on even ones). Reports database rows per second,
// the rows each changed (they must match), and the bytes allocated by each purge (flat: no entity is loaded).
//
//   dotnet run -c Release -- [rows] [rounds] [sqlite|postgres]
//
// SQLite works on files in a temporary folder; PostgreSQL on databases of the server KLIVAR_POSTGRES names
// (eval "$(.ci/postgres start)"), copied from the seeded one as templates.
using System.Diagnostics;
using System.Globalization;
using Klivar.PrivacyAnnotations.EntityFrameworkCore.Benchmarks;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
BenchStore store = args.Length > 2 && args[2] == "postgres"
    ? new PostgresStore(Environment.GetEnvironmentVariable("KLIVAR_POSTGRES") ?? throw new InvalidOperationException("KLIVAR_POSTGRES names no server: eval \"$(.ci/postgres start)\""))
    : new SqliteStore();
// UTC: PostgreSQL's timestamp with time zone takes no other kind, and a team's hand-written statements would say so too.
var asOf = new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc);

try
{
    var seedTime = Stopwatch.StartNew();
    await store.SeedAsync("seeded", rows);
    Console.WriteLine($"{store.Name}: seeded {rows:N0} rows in {seedTime.Elapsed.TotalSeconds:F1} s ({store.SizeOf("seeded") / 1_048_576} MiB)");

    // Warm-up on a small database, not counted: EF builds its model and compiles its queries once per process.
    await store.SeedAsync("warm", 2_000);
    await Measure("warm", Ours);
    await store.SeedAsync("warm", 2_000);
    await Measure("warm", HandWritten);

    var ours = new List<(double Seconds, int Changed, long Allocated)>();
    var hand = new List<(double Seconds, int Changed, long Allocated)>();
    for (var round = 0; round < rounds; round++)
    {
        await store.CopyAsync("seeded", "a");
        await store.CopyAsync("seeded", "b");
        if (round % 2 == 0)
        {
            ours.Add(await Measure("a", Ours));
            hand.Add(await Measure("b", HandWritten));
        }
        else
        {
            hand.Add(await Measure("b", HandWritten));
            ours.Add(await Measure("a", Ours));
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
    store.Dispose();
}

async Task<(double, int, long)> Measure(string name, Func<BenchDb, Task<int>> purge)
{
    using var db = store.Open(name);
    db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
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

