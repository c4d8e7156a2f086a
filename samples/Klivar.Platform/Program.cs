// Klivar's privacy policy, run. What this prints comes from code the generator compiled into this assembly: the
// register (PrivacyRegister.Register), the redaction helpers (ToRedactedString) and the retention metadata
// (PrivacyMetadata) a purge job uses. Dates and values are fixed, so the output is the same on every run.
using System.Globalization;
using Klivar.Platform.Accounts;
using Klivar.Platform.Billing;
using Klivar.Platform.Customers;
using Klivar.Platform.Logging;
using Klivar.Platform.Prospecting;
using Klivar.Platform.Rights;
using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.Generated;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

PrintRegister(PrivacyRegister.Register);
PrintRedactedLog();
PrintPurgeRun(asOf: new DateTime(2026, 6, 30));
// SQLite by default (a file beside the app); `-- --postgres "<connection string>"` runs the same demo on PostgreSQL.
var postgres = args.Length == 2 && args[0] == "--postgres" ? args[1] : null;
await Klivar.Platform.Database.DatabaseDemo.RunAsync(asOf: new DateTime(2026, 6, 30), postgres);
PrintRegisterFiles();

static void PrintRegister(ProcessingRegister register)
{
    var c = register.Controller!;
    Console.WriteLine($"Record of processing activities of {register.Assembly} (GDPR Art. 30), compiled into the assembly");
    Console.WriteLine($"Controller: {c.Name}, {c.Identifier}, {c.Email}");
    Console.WriteLine($"Data protection officer: {c.DataProtectionOfficer ?? "none designated (to confirm)"}");
    Console.WriteLine();
    Console.WriteLine($"{register.Activities.Count} activities, their legal basis and how long their data is kept:");
    foreach (var a in register.Activities)
    {
        var basis = a.LegalBasis + (a.LegitimateInterest is null ? "" : $" ({a.LegitimateInterest.TrimEnd('.')})");
        Console.WriteLine($"- {a.Name}: {basis}");
        // Retention per data set ("Customer file"), with the rule its members follow in this activity.
        foreach (var set in a.Fields.GroupBy(f => f.DataSet).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rules = set
                .Select(f => a.Retention.FirstOrDefault(r => r.AppliesTo == f.Category && r.Text == f.Retention)?.Description ?? "not stated")
                .Distinct()
                .OrderBy(r => r, StringComparer.Ordinal);
            Console.WriteLine($"    {set.Key,-20} {string.Join("; ", rules)}");
        }
    }
    Console.WriteLine();
}

static void PrintRedactedLog()
{
    var account = new UserAccount
    {
        Id = new Guid("6f1d2c3b-0000-4000-8000-000000000042"),
        Username = "jeanne.martin",
        EmailAddress = "jeanne.martin@example.com",
        PasswordHash = "AQAAAAIAAYagAAAAEHc3Fh0kq",
        Plan = "Team",
        CreatedOn = new DateTime(2024, 9, 2),
    };
    var access = new AccessLogEntry("203.0.113.42", "Firefox", "128.0", "Linux", "jeanne.martin", "sign-in", new DateTime(2026, 6, 30, 9, 15, 0));

    Console.WriteLine("Log lines, personal data redacted by the generated helpers:");
    Console.WriteLine($"  2026-06-30 09:15:00 INF Signed in: {access.ToRedactedString()}");
    Console.WriteLine($"  2026-06-30 09:15:01 INF Account loaded: {account.ToRedactedString()}");
    Console.WriteLine();
}

static void PrintPurgeRun(DateTime asOf)
{
    Console.WriteLine($"A purge run on {Day(asOf)}, from the generated retention metadata and each record's dates:");
    var collected = new DateTime(2024, 1, 15);
    Review("Prospect", "last contact 2023-03-01", Prospect.PrivacyMetadata,
        new RetentionAnchors(collected).With("last-contact", new DateTime(2023, 3, 1)), asOf);
    Review("Prospect", "last contact 2025-11-10, consent withdrawn 2026-02-01", Prospect.PrivacyMetadata,
        new RetentionAnchors(collected).With("last-contact", new DateTime(2025, 11, 10)).With("consent-withdrawn", new DateTime(2026, 2, 1)), asOf);
    Review("Prospect", "last contact 2025-11-10", Prospect.PrivacyMetadata,
        new RetentionAnchors(collected).With("last-contact", new DateTime(2025, 11, 10)), asOf);
    Review("AccessLogEntry", "collected 2025-05-01", AccessLogEntry.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2025, 5, 1)), asOf);
    Review("AccessLogEntry", "collected 2026-01-15", AccessLogEntry.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2026, 1, 15)), asOf);
    Review("UserAccount", "contract running", UserAccount.PrivacyMetadata,
        new RetentionAnchors(collected), asOf);
    Review("UserAccount", "contract ended 2026-01-31", UserAccount.PrivacyMetadata,
        new RetentionAnchors(collected).With("contract", new DateTime(2026, 1, 31)), asOf);
    Review("CustomerFile", "contract ended 2024-03-31", CustomerFile.PrivacyMetadata,
        new RetentionAnchors(collected).With("contract", new DateTime(2024, 3, 31)), asOf);
    Review("Invoice", "contract ended 2019-12-31", Invoice.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2015, 1, 5)).With("contract", new DateTime(2019, 12, 31)), asOf);
    Review("Invoice", "contract ended 2015-06-30", Invoice.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2012, 4, 2)).With("contract", new DateTime(2015, 6, 30)), asOf);
    Review("RightsRequest", "request 2024-05-10", RightsRequest.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2024, 5, 10)).With("request", new DateTime(2024, 5, 10)), asOf);
    Review("RightsRequest", "request 2023-02-01", RightsRequest.PrivacyMetadata,
        new RetentionAnchors(new DateTime(2023, 2, 1)).With("request", new DateTime(2023, 2, 1)), asOf);
    Console.WriteLine();
}

static void Review(string type, string dates, PrivacyTypeMetadata metadata, RetentionAnchors anchors, DateTime asOf)
{
    var decisions = metadata.Review(anchors, asOf);
    // The outcome for the record: the least advanced member decides (data still needed is not erased).
    var status = decisions.Min(d => d.Status);
    var action = status switch
    {
        RetentionStatus.Erase => "ERASE  ",
        RetentionStatus.Archived => "ARCHIVE",
        _ => "keep   ",
    };
    var schedule = metadata.Uses[0].ScheduleFor(anchors);
    var members = string.Join(", ", decisions.Where(d => d.Status == status).Select(d => d.Member));
    Console.WriteLine($"  {action} {type,-15} {dates,-54} {schedule}: {members}");
}

static void PrintRegisterFiles()
{
    Console.WriteLine("Register files written by the build beside the assembly:");
    foreach (var suffix in new[]
    {
        ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.md",
        ".privacy-register.fr.json", ".privacy-register.fr.md", ".privacy-register.fr.csv", ".privacy-notice.fr.md",
    })
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Klivar.Platform" + suffix);
        // While points remain to confirm, the notice is a draft and its name says so.
        var draft = Path.Combine(AppContext.BaseDirectory, "Klivar.Platform" + suffix.Replace(".privacy-notice", ".privacy-notice.draft"));
        if (!File.Exists(path) && File.Exists(draft)) path = draft;
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/');
        Console.WriteLine(File.Exists(path) ? $"  {shown}" : $"  {shown} (missing: was the build step turned off?)");
    }

    // Show the register as the DPO reads it: the summary table of the Markdown file the build wrote.
    var markdown = Path.Combine(AppContext.BaseDirectory, "Klivar.Platform.privacy-register.md");
    if (!File.Exists(markdown)) return;
    Console.WriteLine();
    Console.WriteLine("From Klivar.Platform.privacy-register.md:");
    var inSummary = false;
    foreach (var line in File.ReadLines(markdown))
    {
        if (line.StartsWith("## ", StringComparison.Ordinal)) inSummary = line == "## Activities";
        if (inSummary && line.Length > 0) Console.WriteLine("  " + line);
    }
}

static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
