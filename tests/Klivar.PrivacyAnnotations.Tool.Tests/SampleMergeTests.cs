using System.Reflection;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// The merge on the two sample assemblies' real registers, as their builds wrote them: Klivar.Platform (the whole
/// policy) and Klivar.Billing (the invoicing service, which declares the same controller and two of the activities).
/// </summary>
public sealed class SampleMergeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klivar-sample-merge-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static string RegisterOf(string assembly)
    {
        var dir = typeof(SampleMergeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == assembly).Value!;
        var path = Path.Combine(dir, assembly + ".privacy-register.json");
        Assert.True(File.Exists(path), $"The build of {assembly} wrote no register at {path}.");
        return path;
    }

    [Fact]
    public void The_two_samples_merge_without_conflict_into_one_register_for_klivar()
    {
        var platform = RegisterOf("Klivar.Platform");
        var billing = RegisterOf("Klivar.Billing");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = Cli.Run(new[] { "merge", platform, billing, "--output", _dir, "--name", "Klivar" }, stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal("", stderr.ToString());
        var merged = RegisterJson.Read(File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-register.json")));
        Assert.Equal("Klivar.Billing+Klivar.Platform", merged.Assembly);
        Assert.Equal("SIREN 909 093 148", merged.Controller!.Identifier);
        // The six activities of the policy, each once: the two the invoicing service shares are merged.
        Assert.Equal(
            new[] { "commercial-prospecting", "contact-form", "exercising-rights", "logging", "platform-management", "service-improvement" },
            merged.Activities.Select(a => a.Id));

        var platformManagement = merged.Activities.Single(a => a.Id == "platform-management");
        var types = platformManagement.Fields.Select(f => f.Type).Distinct().ToList();
        Assert.Contains("Klivar.Billing.Invoicing.Invoice", types);
        Assert.Contains("Klivar.Billing.Invoicing.PaymentMethod", types);
        Assert.Contains("Klivar.Platform.Accounts.UserAccount", types);
        Assert.Contains("Klivar.Platform.Customers.CustomerFile", types);
        Assert.Contains("Encrypted at rest: PaymentMethod.Iban", platformManagement.TechnicalEvidence);
        Assert.DoesNotContain("Encrypted at rest: PaymentMethod.Iban", platformManagement.SecurityMeasures);
        // Retention entries are unioned, each once.
        var rules = platformManagement.Retention.Select(r => r.AppliesTo + " " + r.Text).ToList();
        Assert.Equal(rules.Distinct().Count(), rules.Count);
        Assert.Contains("Identification during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)", rules);

        var logging = merged.Activities.Single(a => a.Id == "logging");
        Assert.Contains(logging.Fields, f => f.Type == "Klivar.Billing.Logging.InvoiceAuditEntry");
        Assert.Contains(logging.Fields, f => f.Type == "Klivar.Platform.Logging.AccessLogEntry");

        // The samples carry points to confirm: the merged notice is a draft, and named so.
        Assert.False(File.Exists(Path.Combine(_dir, "Klivar.privacy-notice.md")));
        var notice = File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-notice.draft.md"));
        Assert.Contains("  - Payment method: the duration of the contract, then 10 years in archive", notice);
        Assert.Contains("  - Invoice audit entry: 1 year", notice);
    }

    [Fact]
    public void The_published_merge_states_only_the_policys_facts_and_keeps_every_point_to_confirm_in_english_and_french()
    {
        var platformTexts = Path.Combine(SampleDirectory("Klivar.Platform"), "Privacy", "Klivar.Platform.privacy-texts.fr.json");
        var billingTexts = Path.Combine(SampleDirectory("Klivar.Billing"), "Privacy", "Klivar.Billing.privacy-texts.fr.json");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = Cli.Run(new[]
        {
            "merge", RegisterOf("Klivar.Platform"), RegisterOf("Klivar.Billing"), "--output", _dir, "--name", "Klivar",
            "--languages", "en;fr", "--texts", platformTexts, "--texts", billingTexts, "--version", "2026.2", "--date", "2026-12-07",
        }, stdout, stderr);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal("", stderr.ToString());
        var merged = RegisterJson.Read(File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-register.json")));
        Assert.Equal("2026.2", merged.Version);
        Assert.Equal("2026-12-07", merged.Date);
        Assert.Equal(new[] { "Klivar.Billing", "Klivar.Platform" }, merged.MergedFrom);
        // The policy names no DPO: neither input names one nor confirms there is none, so the merged register does not either.
        Assert.Null(merged.Controller!.DataProtectionOfficer);
        Assert.False(merged.Controller.NoDataProtectionOfficer);
        // The policy names no country and no internal team: the merged register names none either.
        var transfers = merged.Activities.SelectMany(a => a.Transfers).ToList();
        Assert.NotEmpty(transfers);
        Assert.All(transfers, t => Assert.Null(t.Country));
        Assert.All(transfers, t => Assert.Contains("names no country", t.ToConfirm));
        Assert.All(merged.Activities, a => Assert.Empty(a.InternalRecipients.Concat(a.Recipients)));

        var english = File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-register.md"));
        Assert.Contains("- **The controller Klivar:** No data protection officer is named, and nobody has confirmed that none is designated", english);
        Assert.Contains("2026.2", english);
        Assert.DoesNotContain("(US,", english);

        var french = File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-register.fr.md"));
        Assert.StartsWith("# Registre des activités de traitement", french);
        Assert.Contains("- **Date de cette version :** 2026-12-07", french);
        Assert.DoesNotContain("(non traduit)", french);
        // Points remain to confirm: the French notice is a draft too, titled and named so.
        Assert.StartsWith("# Projet de politique de confidentialité : Klivar\n", File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-notice.draft.fr.md")));
        Assert.False(File.Exists(Path.Combine(_dir, "Klivar.privacy-notice.fr.md")));
        Assert.True(File.Exists(Path.Combine(_dir, "Klivar.privacy-register.fr.csv")));
        var frenchJson = RegisterJson.Read(File.ReadAllText(Path.Combine(_dir, "Klivar.privacy-register.fr.json")));
        Assert.NotNull(frenchJson.Policy);
        Assert.Equal(merged.Controller.ToConfirm is null, frenchJson.Controller!.ToConfirm is null);
    }

    [Fact]
    public void A_sample_register_edited_to_send_its_data_to_the_US_is_a_conflict_and_never_published_as_fact()
    {
        Directory.CreateDirectory(_dir);
        var edited = Path.Combine(_dir, "Klivar.Billing.privacy-register.json");
        var json = File.ReadAllText(RegisterOf("Klivar.Billing"));
        Assert.Contains("\"country\": null", json);
        File.WriteAllText(edited, json.Replace("\"country\": null", "\"country\": \"US\""));

        var refused = new StringWriter();
        Assert.Equal(2, Cli.Run(new[] { "merge", RegisterOf("Klivar.Platform"), edited, "--output", Path.Combine(_dir, "refused") }, new StringWriter(), refused));
        Assert.Contains("error: declared differently: activity 'logging': transfers[Service providers operating outside the European Union] differs", refused.ToString());
        Assert.False(Directory.Exists(Path.Combine(_dir, "refused")));

        var output = Path.Combine(_dir, "kept");
        var warned = new StringWriter();
        Assert.Equal(0, Cli.Run(new[] { "merge", RegisterOf("Klivar.Platform"), edited, "--output", output, "--allow-conflicts" }, new StringWriter(), warned));
        var merged = RegisterJson.Read(File.ReadAllText(Path.Combine(output, "merged.privacy-register.json")));
        var us = merged.Activities.SelectMany(a => a.Transfers).Where(t => t.Country == "US").ToList();
        Assert.NotEmpty(us);
        Assert.All(us, t => Assert.Contains("Described differently by the merged registers (Klivar.Billing: US", t.ToConfirm));
        var notice = File.ReadAllText(Path.Combine(output, "merged.privacy-notice.draft.md"));
        Assert.Contains("Described differently by the merged registers", notice);
    }

    private static string SampleDirectory(string assembly) => Path.GetFullPath(Path.Combine(
        typeof(SampleMergeTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == assembly).Value!, "..", "..", ".."));

    [Fact]
    public void A_sample_register_edited_to_declare_logging_on_consent_is_a_conflict()
    {
        Directory.CreateDirectory(_dir);
        var edited = Path.Combine(_dir, "Klivar.Billing.privacy-register.json");
        var json = File.ReadAllText(RegisterOf("Klivar.Billing"));
        Assert.Contains("\"legalBasis\": \"LegitimateInterests\"", json);
        File.WriteAllText(edited, json.Replace("\"legalBasis\": \"LegitimateInterests\"", "\"legalBasis\": \"Consent\""));
        var stderr = new StringWriter();

        var exit = Cli.Run(new[] { "merge", RegisterOf("Klivar.Platform"), edited, "--output", Path.Combine(_dir, "out") }, new StringWriter(), stderr);

        Assert.Equal(Cli.ConflictsFound, exit);
        Assert.Contains("activity 'logging': legalBasis differs: \"Consent\" in Klivar.Billing; \"LegitimateInterests\" in Klivar.Platform", stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(_dir, "out")));
    }
}
