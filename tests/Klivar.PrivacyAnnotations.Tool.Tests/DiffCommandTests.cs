using System.Reflection;
using System.Text.Json;
using Klivar.PrivacyAnnotations.Tool.Tests.Rendering;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// <c>klivar-privacy diff</c> on real registers, built by the generator from variants of the Klivar.Platform sample:
/// each kind of change in each format, the exit codes, the review list from a policy, folders, bad input.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klivar-diff-" + Guid.NewGuid().ToString("N"));
    private static readonly Lazy<SampleBuild> Original = new(() => SampleVariant.Original().Build());

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    /// <summary>A pull request that changes everything a reviewer must see, one edit per change kind.</summary>
    private static SampleVariant Everything() => SampleVariant.Original()
        // activity-added
        .Add("Privacy/Fraud.cs", """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "Fraud", Retention = "1y",
                Recipients = new[] { "Fraud team" })]
            """)
        // activity-removed (and its data)
        .Remove("Rights/RightsRequest.cs")
        .Edit("Privacy/Declarations.cs", "[assembly: ProcessingActivity(Purpose.ExercisingRights,", "/*[assembly: ProcessingActivity(Purpose.ExercisingRights,")
        .Edit("Privacy/Declarations.cs", "confirm it and name the limitation period\")]", "confirm it and name the limitation period\")]*/")
        // legal-basis-changed, activity-changed (the legitimate interest now stated)
        .Edit("Privacy/Declarations.cs", "[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent,",
            "[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.LegitimateInterests, LegitimateInterest = \"Direct marketing to customers\",")
        // special-category-added, field-added
        .Add("Health/MedicalNote.cs", """
            using Klivar.PrivacyAnnotations;
            namespace Klivar.Platform.Health;
            public sealed class MedicalNote { [PersonalData(DataCategory.Health, Purpose.PlatformManagement, Retention = "during contract")] public string Allergies { get; set; } = ""; }
            """)
        // data-category-added (not special)
        .Add("Logging/Geo.cs", """
            using Klivar.PrivacyAnnotations;
            namespace Klivar.Platform.Logging;
            public sealed class GeoTrace { [PersonalData(DataCategory.Location, Purpose.Logging)] public string City { get; set; } = ""; }
            """)
        // field-removed, data-category-removed (the only Content data of service improvement? no: of support)
        .Remove("Support/SupportRequest.cs")
        // retention-longer
        .Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 15y archive")
        // retention-shorter
        .Edit("Privacy/Declarations.cs", "Retention = \"1y\",", "Retention = \"6m\",")
        // recipient-added (an internal one)
        .Edit("Privacy/Declarations.cs", "DataSubjects = new[] { \"Prospects\" },", "DataSubjects = new[] { \"Prospects\" }, InternalRecipients = new[] { \"Klivar sales\" },")
        // processor-added, processor-changed (the Art. 28 contract now named)
        .Add("Privacy/Mailing.cs", """
            using Klivar.PrivacyAnnotations;
            [assembly: Processor("Mail delivery service", Country = "IE", Contract = "DPA 2026-03", Purposes = new[] { Purpose.CommercialProspecting })]
            """)
        .Edit("Privacy/Declarations.cs", "Country = \"mainly within the European Union\",", "Country = \"mainly within the European Union\", Contract = \"Hosting DPA\",")
        // dpia-changed, security-measure-added (a checklist item)
        .Edit("Privacy/Declarations.cs", "SecurityChecklist = new[] { SecurityMeasure.Traceability })]",
            "SecurityChecklist = new[] { SecurityMeasure.Traceability, SecurityMeasure.Encryption }, Dpia = DpiaStatus.NotRequired, DpiaReason = \"No large-scale monitoring\")]")
        // data-subject-added
        .Edit("Privacy/Declarations.cs", "DataSubjects = new[] { \"Platform users\", \"Beta testers\" }", "DataSubjects = new[] { \"Platform users\", \"Beta testers\", \"Partners\" }")
        // transfer-added
        .Add("Privacy/Support.cs", """
            using Klivar.PrivacyAnnotations;
            [assembly: InternationalTransfer("Support desk", "IN", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.ContactForm })]
            """)
        // transfer-changed
        .Edit("Privacy/Declarations.cs", "TransferSafeguard.StandardContractualClauses,", "TransferSafeguard.BindingCorporateRules,")
        // controller-changed
        .Edit("Privacy/Declarations.cs", "Email = \"avotreecoute@klivar.com\",", "Email = \"avotreecoute@klivar.com\", DataProtectionOfficer = \"dpo@klivar.com\",")
        // policy-changed
        .EditPolicy("\"version\": \"2026.1\"", "\"version\": \"2026.2\"");

    private static readonly string[] EverythingKinds =
    {
        "activity-added", "activity-removed", "activity-changed", "legal-basis-changed", "data-category-added", "special-category-added",
        "data-category-removed", "data-subject-added", "retention-longer", "retention-shorter", "recipient-added",
        "processor-added", "processor-changed", "dpia-changed",
        "transfer-added", "transfer-changed", "security-measure-added", "field-added", "field-removed", "controller-changed", "policy-changed",
    };

    private static readonly Lazy<SampleBuild> EverythingBuild = new(() => Everything().Build());

    private (int Exit, string Out, string Err) Diff(SampleBuild before, SampleBuild after, params string[] options)
    {
        var basePath = before.Save(Path.Combine(_dir, "base"));
        var headPath = after.Save(Path.Combine(_dir, "head"));
        return Run(new[] { "diff", basePath, headPath }.Concat(options).ToArray());
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("text")]
    [InlineData("md")]
    [InlineData("json")]
    public void Each_change_kind_is_reported_in_each_format(string format)
    {
        var (exit, output, error) = Diff(Original.Value, EverythingBuild.Value, "--format", format);

        Assert.True(exit == DiffCommand.NeedsReview, error + output);
        var kinds = format switch
        {
            "json" => JsonDocument.Parse(output).RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()!).ToHashSet(),
            "md" => EverythingKinds.Where(k => output.Contains("`" + k + "`", StringComparison.Ordinal)).ToHashSet(),
            _ => EverythingKinds.Where(k => output.Contains("(" + k + ")\n", StringComparison.Ordinal)).ToHashSet(),
        };
        Assert.Equal(EverythingKinds.OrderBy(k => k), kinds.Intersect(EverythingKinds).OrderBy(k => k));
    }

    [Fact]
    public void The_reverse_diff_reports_each_removal()
    {
        var (exit, json, _) = Diff(EverythingBuild.Value, Original.Value, "--format", "json");

        Assert.Equal(DiffCommand.NeedsReview, exit); // exercising-rights comes back: a new activity
        var kinds = JsonDocument.Parse(json).RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ToHashSet();
        foreach (var kind in new[] { "activity-removed", "recipient-removed", "processor-removed", "transfer-removed", "data-subject-removed",
                     "security-measure-removed", "data-category-removed", "field-removed", "retention-shorter", "retention-longer" })
            Assert.Contains(kind, kinds);
    }

    [Fact]
    public void The_text_says_each_change_in_a_reviewers_words()
    {
        var (_, text, _) = Diff(Original.Value, EverythingBuild.Value);

        Assert.Contains("Platform management (platform-management):\n", text);
        Assert.Contains("[review] Financial data (Billing) kept longer: 'during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)' (the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)) → " +
                        "'during contract + 15y archive for legal-obligation (Code de commerce, art. L123-22)' (the duration of the contract, then 15 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)) (retention-longer)", text);
        Assert.Contains("[review] Data category added: Health (special category, Art. 9), data sets Medical note, kept the duration of the contract (special-category-added)", text);
        Assert.Contains("  Data category removed: Content, data sets Support request, kept the duration of the contract (data-category-removed)", text);
        Assert.Contains("  Field Invoice.IssuedOn (Financial, data set Billing): retention 'during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)' → 'during contract + 15y archive for legal-obligation (Code de commerce, art. L123-22)' (field-changed)", text);
        Assert.Contains("  Field removed: SupportRequest.Question (Content, kept during contract, redaction Erase, data set Support request) (field-removed)", text);
        Assert.Contains("Logging system (logging):\n", text);
        Assert.Contains("  Technical data (Access log entry) kept shorter: '1y' (1 year) → '6m' (6 months) (retention-shorter)", text);
        Assert.Contains("  Data category added: Location, data sets Geo trace, kept 6 months (data-category-added)", text);
        Assert.Contains("  DPIA: 'NotStated' → 'NotRequired: No large-scale monitoring' (dpia-changed)", text);
        Assert.Contains("  Security checklist item added: Encryption (security-measure-added)", text);
        Assert.Contains("[review] Legal basis: 'Consent' → 'LegitimateInterests' (legal-basis-changed)", text);
        Assert.Contains("  Internal recipient added: Klivar sales (recipient-added)", text);
        Assert.Contains("[review] Processor (Art. 28) added: Mail delivery service (IE, contract: DPA 2026-03) (processor-added)", text);
        Assert.Contains("  Processor (Art. 28) Service providers hosting Klivar's data changed: contract none → 'Hosting DPA' (processor-changed)", text);
        Assert.Contains("[review] New processing activity 'Fraud screening' on LegitimateInterests (Art. 6(1)(f)) (activity-added)", text);
        Assert.Contains("  Recipient added: Fraud team (recipient-added)", text);
        Assert.Contains("Processing activity 'Exercising rights' removed (activity-removed)", text);
        Assert.Contains("[review] Transfer outside the EEA added: Support desk (IN, StandardContractualClauses) (transfer-added)", text);
        Assert.Contains("[review] Transfer outside the EEA to Service providers operating outside the European Union (country not identified) changed: " +
                        "safeguard 'StandardContractualClauses' → 'BindingCorporateRules' (transfer-changed)", text);
        Assert.Contains("Service improvement (service-improvement):\n  Data subjects added: Partners (data-subject-added)", text);
        Assert.Contains("Controller:\n  Data protection officer: none → 'dpo@klivar.com' (controller-changed)", text);
        Assert.Contains("DPO policy:\n  DPO policy: privacy-policy.json version 2026.1 (sha256:", text);
        Assert.DoesNotContain("Redacted in logs", text);
    }

    [Fact]
    public void The_Markdown_is_a_table_and_the_diagram_of_what_changed()
    {
        var (_, md, _) = Diff(Original.Value, EverythingBuild.Value, "--format", "md");

        Assert.StartsWith("## Privacy register changes\n\nKlivar.Platform → Klivar.Platform: **", md);
        Assert.Contains("| ⚠️ **review** | Platform management (platform-management) | Financial data (Billing) kept longer: ", md);
        // One picture per activity changed, under its name; an activity added or removed drawn whole.
        var charts = System.Text.RegularExpressions.Regex.Matches(md, "^\\*\\*([^*\\n]+)\\*\\*\\n\\n```mermaid\\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline | System.Text.RegularExpressions.RegexOptions.Multiline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.NotEmpty(charts);
        foreach (var (title, chart) in charts) Assert.True(MermaidGrammar.Check(chart).Count == 0, title + ": " + string.Join("; ", MermaidGrammar.Check(chart)));
        string Added(string chart) => chart.Split('\n').SingleOrDefault(l => l.StartsWith("  class ", StringComparison.Ordinal) && l.EndsWith(" added", StringComparison.Ordinal)) ?? "";
        string IdOf(string chart, string label) => MermaidGrammar.Labels(chart).Single(l => l.Value == label).Key;

        Assert.Contains("Fraud screening (added)", charts.Keys);
        Assert.Contains("Commercial prospecting (removed)", charts.Keys);
        Assert.Contains("Commercial prospecting (added)", charts.Keys);
        var fraud = charts["Fraud screening (added)"];
        Assert.Equal(MermaidGrammar.Edges(fraud), MermaidGrammar.StyledEdges(fraud, "stroke:#22863a"));

        var platform = charts["Platform management"];
        Assert.Contains(IdOf(platform, "Health data (Art. 9)"), Added(platform));
        var contact = charts["Contact form"];
        var desk = IdOf(contact, "Outside the EU: Support desk (IN, the Standard Contractual Clauses approved by the European Commission)");
        Assert.Contains(desk, Added(contact));
        Assert.Contains("a1 ==> " + desk, MermaidGrammar.StyledEdges(contact, "stroke:#22863a"));
        Assert.Contains(IdOf(charts["Commercial prospecting (added)"], "Mail delivery service (processor, IE)"), Added(charts["Commercial prospecting (added)"]));
        Assert.Contains("a1 ==> " + IdOf(platform, "Outside the EU: Service providers operating outside the European Union (country not identified, binding corporate rules approved by a supervisory authority)"),
            MermaidGrammar.StyledEdges(platform, "stroke:#22863a"));
        Assert.Contains("a1 ==> " + IdOf(platform, "Outside the EU: Service providers operating outside the European Union (country not identified, the Standard Contractual Clauses approved by the European Commission)"),
            MermaidGrammar.StyledEdges(platform, "stroke:#cb2431"));
        Assert.DoesNotContain("StandardContractualClauses", string.Concat(charts.Values));
    }

    [Fact]
    public void The_JSON_lists_each_change_with_its_before_and_after()
    {
        var (_, json, _) = Diff(Original.Value, EverythingBuild.Value, "--format", "json");

        var root = JsonDocument.Parse(json).RootElement;
        var changes = root.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(changes.Count, root.GetProperty("changeCount").GetInt32());
        Assert.Equal(changes.Count(c => c.GetProperty("needsReview").GetBoolean()), root.GetProperty("needReview").GetInt32());
        var longer = changes.Single(c => c.GetProperty("kind").GetString() == "retention-longer");
        Assert.Equal("platform-management", longer.GetProperty("activity").GetString());
        Assert.Equal("retention", longer.GetProperty("field").GetString());
        Assert.Equal("during contract + 15y archive for legal-obligation (Code de commerce, art. L123-22)", longer.GetProperty("after").GetString());
        Assert.True(longer.GetProperty("needsReview").GetBoolean());
        Assert.Equal(RegisterChangeKinds.ReviewByDefault, root.GetProperty("reviewKinds").EnumerateArray().Select(k => k.GetString()));
    }

    // ---- exit codes ----

    [Fact]
    public void Exit_0_when_nothing_changed()
    {
        var (exit, text, _) = Diff(Original.Value, SampleVariant.Original().Build());
        Assert.Equal(DiffCommand.NoChange, exit);
        Assert.Contains("No change to the privacy register.", text);
    }

    [Fact]
    public void Exit_1_for_changes_no_one_must_review_and_2_once_one_needs_the_DPO()
    {
        var subjects = SampleVariant.Original().Edit("Privacy/Declarations.cs", "DataSubjects = new[] { \"Prospects\" }", "DataSubjects = new[] { \"Prospects\", \"Partners\" }").Build();
        var (exit, text, _) = Diff(Original.Value, subjects);
        Assert.Equal(DiffCommand.Changes, exit);
        Assert.Contains("1 change to the privacy register; none needs the DPO's review.", text);

        var longer = SampleVariant.Original().Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 11y archive").Build();
        Assert.Equal(DiffCommand.NeedsReview, Diff(Original.Value, longer).Exit);

        var shorter = SampleVariant.Original().Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 6y archive").Build();
        Assert.Equal(DiffCommand.Changes, Diff(Original.Value, shorter).Exit);
    }

    [Fact]
    public void The_policys_review_list_decides_what_needs_review()
    {
        var recipients = SampleVariant.Original().Edit("Privacy/Declarations.cs", "DataSubjects = new[] { \"Prospects\" },",
            "DataSubjects = new[] { \"Prospects\" }, InternalRecipients = new[] { \"Klivar sales\" },").Build();
        var longer = SampleVariant.Original().Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 11y archive").Build();
        Directory.CreateDirectory(_dir);
        var policy = Path.Combine(_dir, "privacy-policy.json");
        File.WriteAllText(policy, "{ \"version\": \"7\", \"review\": [\"recipient-added\"] }");

        var (exit, text, _) = Diff(Original.Value, recipients, "--policy", policy);
        Assert.Equal(DiffCommand.NeedsReview, exit);
        Assert.Contains("Review list: DPO policy privacy-policy.json version 7.", text);
        Assert.Equal(DiffCommand.Changes, Diff(Original.Value, longer, "--policy", policy).Exit);
    }

    [Fact]
    public void A_broken_policy_file_is_an_error_naming_the_line_not_a_silent_default()
    {
        Directory.CreateDirectory(_dir);
        var policy = Path.Combine(_dir, "privacy-policy.json");
        File.WriteAllText(policy, "{\n  \"review\": [\"retention-longr\"]\n}");

        var (exit, _, error) = Diff(Original.Value, Original.Value, "--policy", policy);

        Assert.Equal(DiffCommand.Error, exit);
        Assert.Contains(policy + "(2,14): error KPA0100: unknown 'retention-longr' in 'review'", error);
    }

    [Fact]
    public void Bad_input_is_exit_3_with_a_message()
    {
        Directory.CreateDirectory(_dir);
        var notRegister = Path.Combine(_dir, "x.privacy-register.json");
        File.WriteAllText(notRegister, "{ \"oops\": ");
        var existing = Original.Value.Save(Path.Combine(_dir, "ok"));

        Assert.Equal(DiffCommand.Error, Run("diff", existing).Exit);
        Assert.Contains("'" + Path.Combine(_dir, "missing.json") + "' is neither a register file nor a folder", Run("diff", existing, Path.Combine(_dir, "missing.json")).Err);
        var bad = Run("diff", existing, notRegister);
        Assert.Equal(DiffCommand.Error, bad.Exit);
        Assert.Contains("is not a privacy register: Invalid register JSON at line 1, column 11", bad.Err);
        Assert.Equal(DiffCommand.Error, Run("diff", existing, existing, "--format", "html").Exit);
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "empty")).FullName;
        Assert.Contains("holds no *.privacy-register.json file", Run("diff", existing, empty).Err);
    }

    [Fact]
    public void Folders_of_registers_are_merged_per_side_and_the_report_can_go_to_a_file()
    {
        var billing = typeof(DiffCommandTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Klivar.Billing").Value!;
        var baseDir = Path.Combine(_dir, "base");
        var headDir = Path.Combine(_dir, "head");
        foreach (var dir in new[] { baseDir, headDir })
        {
            Directory.CreateDirectory(Path.Combine(dir, "billing"));
            File.Copy(Path.Combine(billing, "Klivar.Billing.privacy-register.json"), Path.Combine(dir, "billing", "Klivar.Billing.privacy-register.json"));
        }
        Original.Value.Save(baseDir);
        SampleVariant.Original().Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 15y archive").Build().Save(headDir);
        var report = Path.Combine(_dir, "out", "diff.md");

        var (exit, stdout, _) = Run("diff", baseDir, headDir, "--format", "md", "--output", report);

        Assert.Equal(DiffCommand.NeedsReview, exit);
        Assert.Contains("need", stdout);
        var md = File.ReadAllText(report);
        Assert.Contains("Klivar.Billing+Klivar.Platform → Klivar.Billing+Klivar.Platform", md);
        Assert.Matches(@"Financial data \([^)]+\) kept longer", md);
    }
}
