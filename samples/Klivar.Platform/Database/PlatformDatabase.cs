using System.Globalization;
using Klivar.Platform.Accounts;
using Klivar.Platform.Billing;
using Klivar.Platform.Prospecting;
using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;

namespace Klivar.Platform.Database;

/// <summary>Klivar's platform database: subscribers, their invoices, prospects. SQLite, a file beside the app.</summary>
public sealed class PlatformDb(DbContextOptions<PlatformDb> options) : DbContext(options)
{
    public DbSet<UserAccount> Accounts => Set<UserAccount>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Prospect> Prospects => Set<Prospect>();

    public static PlatformDb Open(string file) => new(new DbContextOptionsBuilder<PlatformDb>().UseSqlite("Data Source=" + file).Options);

    public static PlatformDb OpenPostgres(string connectionString) => new(new DbContextOptionsBuilder<PlatformDb>().UseNpgsql(connectionString).Options);

    // The platform's dates are calendar days with no time zone; PostgreSQL's default for DateTime (timestamp with time
    // zone) would take UTC dates only.
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        if (Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
            configuration.Properties<DateTime>().HaveColumnType("timestamp without time zone");
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        // Which column holds the date of each event the retention rules count from: the generated constants, no typos.
        model.Entity<UserAccount>()
            .HasRetentionAnchor(PrivacyAnchors.Collection, a => a.CreatedOn)
            .HasRetentionAnchor(PrivacyAnchors.Contract, a => a.ContractEndedOn);
        model.Entity<Invoice>(invoice =>
        {
            invoice.HasKey(i => i.Number);
            invoice.HasRetentionAnchor(PrivacyAnchors.Contract, i => i.ContractEndedOn).HasArchiveMarker(i => i.ArchivedOn);
        });
        model.Entity<Prospect>()
            .HasRetentionAnchor(PrivacyAnchors.LastContact, p => p.LastContactedOn)
            .HasRetentionAnchor(PrivacyAnchors.ConsentWithdrawn, p => p.ConsentWithdrawnOn)
            .DeleteRowsWhenErased();
    }
}

/// <summary>The rights and retention part of the demo: an access request, an erasure request and a purge run on SQLite.</summary>
public static class DatabaseDemo
{
    public static readonly Guid Jeanne = new("6f1d2c3b-0000-4000-8000-000000000042");
    private static readonly Guid Marc = new("6f1d2c3b-0000-4000-8000-000000000043");
    private static readonly Guid Former = new("6f1d2c3b-0000-4000-8000-000000000044");

    public const string FileName = "klivar-platform.db";

    public static async Task RunAsync(DateTime asOf, string? postgres = null)
    {
        var file = Path.Combine(AppContext.BaseDirectory, FileName);
        PlatformDb Open() => postgres is null ? PlatformDb.Open(file) : PlatformDb.OpenPostgres(postgres);
        using (var db = Open())
        {
            await db.Database.EnsureCreatedAsync();
            await SeedAsync(db);
        }
        // Same text on every run: the database is created by the first one, and the demo rows are reset by each.
        Console.WriteLine(postgres is null
            ? $"The platform database: SQLite, {FileName} beside the app (created on the first run; the demo rows are reset on each run)."
            : "The platform database: PostgreSQL, from the connection string given (created on the first run; the demo rows are reset on each run).");
        Console.WriteLine();

        using (var db = Open())
        {
            var export = await db.ExportSubjectAsync(Jeanne);
            Console.WriteLine($"Access request (Art. 15, Art. 20) from subscriber {Jeanne}: {export.Items.Count} records, from the subject marks across the model");
            foreach (var item in export.Items)
            {
                var purposes = item.Members.SelectMany(m => m.Uses).Select(u => $"{u.PurposeId}, {u.LegalBasis}, {u.Retention}").Distinct();
                Console.WriteLine($"  {ShortName(item.TypeName),-12} {string.Join(", ", item.Members.Select(m => m.Name))} ({string.Join("; ", purposes)})");
            }
            var json = Path.Combine(AppContext.BaseDirectory, "access-request.json");
            await File.WriteAllTextAsync(json, export.ToJson());
            Console.WriteLine($"  the answer, one JSON document: {Path.GetRelativePath(Environment.CurrentDirectory, json).Replace('\\', '/')}");
            Console.WriteLine();
        }

        using (var db = Open())
        {
            var report = await db.EraseSubjectAsync(Jeanne, asOf);
            Console.WriteLine($"Erasure request (Art. 17) from subscriber {Jeanne} on {Day(asOf)}, in one transaction:");
            foreach (var outcome in report.Outcomes)
            {
                var name = ShortName(outcome.TypeName);
                if (outcome.Erased.Count > 0) Console.WriteLine($"  {name,-12} erased {string.Join(", ", outcome.Erased)}");
                foreach (var reason in outcome.Kept.GroupBy(k => k.Reason))
                    Console.WriteLine($"  {name,-12} kept {string.Join(", ", reason.Select(k => k.Member))}: {reason.Key}");
            }
            Console.WriteLine();
        }

        using (var db = Open())
        {
            Console.WriteLine($"A purge run on {Day(asOf)}: set-based statements per retention rule, no row loaded");
            Console.WriteLine($"  before: {await CountsAsync(db)}");
            var dry = await db.PurgeAsync(asOf, new PurgeOptions { DryRun = true });
            Console.WriteLine($"  dry run: {dry.TotalRows} rows would change, nothing changed: {await CountsAsync(db)}");
            var run = await db.PurgeAsync(asOf);
            foreach (var step in run.Steps) Console.WriteLine($"  {step.Phase.ToString().ToLowerInvariant(),-7} {step.Entity,-11} {step.Rows} rows: {string.Join(", ", step.Members)} where {step.Rule}");
            Console.WriteLine($"  after:  {await CountsAsync(db)}");
            Console.WriteLine();
        }
    }

    private static async Task<string> CountsAsync(PlatformDb db)
    {
        var accounts = await db.Accounts.CountAsync();
        var erasedAccounts = await db.Accounts.CountAsync(a => a.Username == "[redacted]" || a.Username.EndsWith("***"));
        var invoices = await db.Invoices.CountAsync();
        var archived = await db.Invoices.CountAsync(i => i.ArchivedOn != null);
        var erasedInvoices = await db.Invoices.CountAsync(i => i.CustomerName == "[redacted]");
        var prospects = await db.Prospects.CountAsync();
        return $"{accounts} accounts ({erasedAccounts} erased), {invoices} invoices ({archived} archived, {erasedInvoices} erased), {prospects} prospects";
    }

    // Klivar's data sets: subscribers and their invoices, and prospects; reset on each run so the output does not change.
    private static async Task SeedAsync(PlatformDb db)
    {
        await db.Invoices.ExecuteDeleteAsync();
        await db.Accounts.ExecuteDeleteAsync();
        await db.Prospects.ExecuteDeleteAsync();
        db.Accounts.AddRange(
            new UserAccount { Id = Jeanne, Username = "jeanne.martin", EmailAddress = "jeanne.martin@example.com", PasswordHash = "AQAAAAIAAYagAAAAEHc3Fh0kq", Plan = "Team", CreatedOn = new(2024, 9, 2), ContractEndedOn = new(2026, 1, 31) },
            new UserAccount { Id = Marc, Username = "marc.petit", EmailAddress = "marc.petit@example.com", PasswordHash = "AQAAAAIAAYagAAAAEKq81x", Plan = "Solo", CreatedOn = new(2025, 2, 1) },
            new UserAccount { Id = Former, Username = "lea.bernard", EmailAddress = "lea.bernard@example.com", PasswordHash = "AQAAAAIAAYagAAAAEPz02", Plan = "Team", CreatedOn = new(2019, 3, 4), ContractEndedOn = new(2025, 5, 31) });
        db.Invoices.AddRange(
            new Invoice { Number = "F-2025-0131", CustomerId = Jeanne, CustomerName = "Jeanne Martin", BillingAddress = "12 rue des Lilas, 69003 Lyon", AmountExcludingTax = 290m, IssuedOn = new(2025, 1, 31), ContractEndedOn = new(2026, 1, 31) },
            new Invoice { Number = "F-2026-0131", CustomerId = Jeanne, CustomerName = "Jeanne Martin", BillingAddress = "12 rue des Lilas, 69003 Lyon", AmountExcludingTax = 290m, IssuedOn = new(2026, 1, 31), ContractEndedOn = new(2026, 1, 31) },
            new Invoice { Number = "F-2025-0201", CustomerId = Marc, CustomerName = "Marc Petit", BillingAddress = "4 place Bellecour, 69002 Lyon", AmountExcludingTax = 90m, IssuedOn = new(2025, 2, 1) },
            new Invoice { Number = "F-2014-0412", CustomerId = new("6f1d2c3b-0000-4000-8000-000000000007"), CustomerName = "Bruno Caron", BillingAddress = "8 quai de Saône, 69001 Lyon", AmountExcludingTax = 150m, IssuedOn = new(2014, 4, 12), ContractEndedOn = new(2015, 6, 30) });
        db.Prospects.AddRange(
            new Prospect { Name = "Alice Roux", EmailAddress = "alice.roux@example.org", Company = "Roux Conseil", LastContactedOn = new(2023, 3, 1) },
            new Prospect { Name = "Hugo Lenoir", EmailAddress = "hugo.lenoir@example.org", Company = "Lenoir SAS", LastContactedOn = new(2025, 11, 10), ConsentWithdrawnOn = new(2026, 2, 1) },
            new Prospect { Name = "Nina Faure", EmailAddress = "nina.faure@example.org", Company = "Faure & fils", LastContactedOn = new(2025, 11, 10) });
        await db.SaveChangesAsync();
    }

    private static string ShortName(string type) => type[(type.LastIndexOf('.') + 1)..];

    private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
