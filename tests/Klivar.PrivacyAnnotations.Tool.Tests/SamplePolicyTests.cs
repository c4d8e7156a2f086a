using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// Klivar's DPO policy (samples/Klivar.Platform/privacy-policy.json) on the sample: the sample passes it, and a variant
/// of the sample breaks each rule, reported at the declaration that breaks it.
/// </summary>
public sealed class SamplePolicyTests
{
    [Fact]
    public void The_sample_passes_its_policy_and_its_register_records_the_policy()
    {
        var build = SampleVariant.Original().Build();

        Assert.Empty(build.Findings());
        var policy = build.Register.Policy;
        Assert.NotNull(policy);
        Assert.Equal("privacy-policy.json", policy!.File);
        Assert.Equal("2026.1", policy.Version);
        Assert.Equal(PrivacyPolicy.ComputeHash(File.ReadAllText(SampleVariant.PolicyPath)), policy.Hash);
    }

    public static TheoryData<string, Func<SampleVariant, SampleVariant>, string> Violations() => new()
    {
        {
            "KPA0101 Privacy/Fraud.cs: \"fraud-screening\"",
            v => v.Add("Privacy/Fraud.cs", "using Klivar.PrivacyAnnotations;\n" +
                "[assembly: ProcessingActivity(\"fraud-screening\", LegalBasis.LegitimateInterests, LegitimateInterest = \"Fraud\", Retention = \"1y\")]\n"),
            "a purpose the policy does not list"
        },
        {
            "KPA0102 Privacy/Declarations.cs: LegalBasis.Consent",
            v => v.Edit("Privacy/Declarations.cs", "Purpose.ExercisingRights, LegalBasis.LegalObligation", "Purpose.ExercisingRights, LegalBasis.Consent"),
            "rights requests on consent"
        },
        {
            "KPA0103 Privacy/Declarations.cs: \"2y\"",
            v => v.Edit("Privacy/Declarations.cs", "Retention = \"1y\",", "Retention = \"2y\","),
            "logs kept 2 years"
        },
        {
            "KPA0103 Billing/Invoice.cs: \"during contract + 15y archive for legal-obligation (Code de commerce, art. L123-22)\"",
            v => v.Edit("Billing/Invoice.cs", "during contract + 10y archive", "during contract + 15y archive"),
            "invoices kept 15 years"
        },
        {
            "KPA0104 Accounts/UserAccount.cs: DataCategory.Health",
            v => v.Edit("Accounts/UserAccount.cs", "    public DateTime CreatedOn { get; set; }",
                "    public DateTime CreatedOn { get; set; }\n    [PersonalData(DataCategory.Health, Purpose.PlatformManagement, Retention = \"during contract\")] public string Allergies { get; set; } = \"\";"),
            "health data in the account"
        },
        {
            "KPA0105 Privacy/Declarations.cs: TransferSafeguard.BindingCorporateRules",
            v => v.Edit("Privacy/Declarations.cs", "TransferSafeguard.StandardContractualClauses", "TransferSafeguard.BindingCorporateRules"),
            "a transfer on binding corporate rules"
        },
        {
            "KPA0106 Accounts/UserAccount.cs: DataCategory.NationalIdentifier",
            v => v.EditPolicy("\"dataProtectionOfficer\": false", "\"dataProtectionOfficer\": false, \"dpiaForSensitiveActivities\": true")
                .Edit("Accounts/UserAccount.cs", "    public DateTime CreatedOn { get; set; }",
                    "    public DateTime CreatedOn { get; set; }\n    [PersonalData(DataCategory.NationalIdentifier, Purpose.PlatformManagement, Retention = \"during contract\")] public string TaxNumber { get; set; } = \"\";"),
            "a national identifier in an activity with no DPIA status, under a policy that requires one"
        },
        {
            "KPA0106 Privacy/Declarations.cs: DataController(\"Klivar\",",
            v => v.EditPolicy("\"dataProtectionOfficer\": false", "\"dataProtectionOfficer\": true"),
            "a policy that requires a named DPO"
        },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void A_variant_of_the_sample_breaks_each_rule_at_the_declaration(string expected, Func<SampleVariant, SampleVariant> variant, string what)
    {
        var findings = variant(SampleVariant.Original()).Build().Findings();

        Assert.True(findings.Any(f => f.StartsWith(expected, StringComparison.Ordinal)),
            what + ": expected a finding starting with\n  " + expected + "\nfound:\n  " + string.Join("\n  ", findings));
        // A retention above the policy's limit, or a transfer on another safeguard, also breaks what the published policy
        // states (KPA0107), and says so at the same place.
        var alsoExpected = expected.StartsWith("KPA0103", StringComparison.Ordinal) || expected.StartsWith("KPA0105", StringComparison.Ordinal)
            ? "KPA0107" + expected[7..] : null;
        if (alsoExpected is not null) Assert.Contains(findings, f => f.StartsWith(alsoExpected, StringComparison.Ordinal));
        Assert.All(findings, f => Assert.True(f.StartsWith(expected[..7], StringComparison.Ordinal) || alsoExpected is not null && f.StartsWith("KPA0107", StringComparison.Ordinal), f));
    }

    public static TheoryData<string, Func<SampleVariant, SampleVariant>, string> BrokenCommitments() => new()
    {
        {
            "KPA0107 Customers/CustomerFile.cs: \"during contract + 6y archive for legal-claims (Code civil, art. 2224)\"",
            v => v.Edit("Customers/CustomerFile.cs", "during contract + 5y archive", "during contract + 6y archive"),
            "the customer file kept 6 years in archives, within the 10-year limit of the purpose, but not the 5 years the policy publishes"
        },
        {
            "KPA0107 Customers/CustomerFile.cs: \"during contract + 4y archive for legal-claims (Code civil, art. 2224)\"",
            v => v.Edit("Customers/CustomerFile.cs", "during contract + 5y archive", "during contract + 4y archive"),
            "the customer file kept 4 years: shorter than published is a published text that is untrue too"
        },
        {
            "KPA0107 Privacy/Declarations.cs: \"calendar-year of request + 1y archive for legal-claims (proof of the answer, should the person complain to the CNIL or bring a claim)\"",
            v => v.Edit("Privacy/Declarations.cs", "calendar-year of request + 2y archive", "calendar-year of request + 1y archive"),
            "rights requests archived 1 year instead of the published 2"
        },
        {
            "KPA0107 Privacy/Declarations.cs: \"standard contractual clauses only\"",
            v => v.Edit("Privacy/Declarations.cs", "AdditionalSafeguards = \"a Data Processing Agreement (DPA) in the contract with each provider\"",
                "AdditionalSafeguards = \"standard contractual clauses only\""),
            "a transfer without the Data Processing Agreement the policy promises"
        },
        {
            "KPA0107 privacy-policy.json: { \"published\": \"Customer file\"",
            v => v.Edit("Customers/CustomerFile.cs", "Purpose.PlatformManagement, Retention", "Purpose.PlatformManagement, DataSet = \"Client file\", Retention"),
            "the customer file renamed: the published 5 years are a promise no declaration backs any more"
        },
        {
            "KPA0107 privacy-policy.json: \"transfers\": {",
            v => v.Edit("Privacy/Declarations.cs", "[assembly: InternationalTransfer(\"Service providers operating outside the European Union\",\n" +
                "    TransferSafeguard.StandardContractualClauses,\n    AdditionalSafeguards = \"a Data Processing Agreement (DPA) in the contract with each provider\",\n" +
                "    ToConfirm = \"The policy names no country and no provider: name each destination country, and the activities whose data is transferred\")]", ""),
            "the transfer declaration dropped while the published policy still promises its conditions"
        },
    };

    [Theory]
    [MemberData(nameof(BrokenCommitments))]
    public void A_variant_that_breaks_a_published_commitment_fails_the_build_at_the_declaration(string expected, Func<SampleVariant, SampleVariant> variant, string what)
    {
        var build = variant(SampleVariant.Original()).Build();
        var findings = build.Findings();

        Assert.True(findings.Any(f => f.StartsWith(expected, StringComparison.Ordinal)),
            what + ": expected a finding starting with\n  " + expected + "\nfound:\n  " + string.Join("\n  ", findings));
        Assert.All(findings, f => Assert.StartsWith("KPA0107", f));
        Assert.Contains(build.Diagnostics, d => d.Id == "KPA0107" && d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }

    public static TheoryData<string, string, string> MalformedPolicies() => new()
    {
        { "\"forbiddenCategories\": [", "\"forbiddenCategories\": [,", "not valid JSON: expected a value" },
        { "\"Technical\": \"1y\"", "\"Technical\": \"-1y\"", "negative retention period '-1y' for 'Technical'" },
        { "\"Genetic\", \"Biometric\"", "\"Genetic\", \"Biometrics\"", "unknown 'Biometrics' in 'forbiddenCategories': expected a DataCategory" },
    };

    [Theory]
    [MemberData(nameof(MalformedPolicies))]
    public void A_malformed_sample_policy_is_one_clear_error_in_the_file_and_nothing_else(string find, string replace, string message)
    {
        var build = SampleVariant.Original().EditPolicy(find, replace).Build();

        var diagnostic = Assert.Single(build.Diagnostics, d => d.Id.StartsWith("KPA", StringComparison.Ordinal));
        Assert.Equal("KPA0100", diagnostic.Id);
        Assert.Equal("privacy-policy.json", diagnostic.Location.GetLineSpan().Path);
        var line = File.ReadAllText(SampleVariant.PolicyPath).Replace(find, replace).Split('\n')
            .Select((text, i) => (text, i)).First(l => l.text.Contains(replace, StringComparison.Ordinal)).i;
        Assert.Equal(line, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains("Privacy policy 'privacy-policy.json', line " + (line + 1) + ", column ", diagnostic.GetMessage());
        Assert.Contains(message, diagnostic.GetMessage());
    }
}
