extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>The DPO policy file: each rule firing at the declaration that breaks it, silent when the code complies, and
/// a malformed policy reported in the file itself, at the line and column of the problem.</summary>
public class PolicyAnalyzerTests
{
    private const string PolicyPath = "/0/privacy-policy.json";

    private const string Policy = """
        {
          "version": "2026.1",
          "purposes": {
            "logging": { "legalBases": ["LegitimateInterests"], "maxRetention": "1y" },
            "platform-management": { "legalBases": ["Contract"], "maxRetention": "during contract + 10y archive" }
          },
          "maxRetentionByCategory": { "Technical": "1y", "Financial": "during contract + 10y archive" },
          "forbiddenCategories": ["Health", "Criminal"],
          "transfers": { "allowedCountries": ["US", "GB"], "allowedSafeguards": ["StandardContractualClauses", "AdequacyDecision"] },
          "require": { "dataProtectionOfficer": true }
        }
        """;

    private const string Compliant = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses)]

        public class Invoice
        {
            [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive")]
            public string Iban { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public string IpAddress { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")]
            public string DeviceId { get; set; } = "";
        }
        """;

    private static async Task Verify(string source, string? policy, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<PolicyAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences();
        if (policy is not null) test.TestState.AdditionalFiles.Add((PolicyPath, policy));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    [Fact]
    public async Task Code_that_complies_with_the_policy_is_silent()
    {
        await Verify(Compliant, Policy);
    }

    [Fact]
    public async Task Without_a_policy_file_nothing_is_checked()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar")]
            [assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent, Retention = "50y")]
            public class P { [PersonalData(DataCategory.Health, Purpose.CommercialProspecting)] public string Allergy { get; set; } = ""; }
            """, null);
    }

    [Fact]
    public async Task A_file_marked_by_the_PrivacyPolicyFile_metadata_is_the_policy_whatever_its_name()
    {
        var test = new CSharpAnalyzerTest<PolicyAnalyzer, DefaultVerifier>
        {
            TestCode = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
                [assembly: ProcessingActivity({|#0:Purpose.CommercialProspecting|}, LegalBasis.Consent, Retention = "1y")]
                """,
        };
        test.TestState.UseTestReferences();
        test.TestState.AdditionalFiles.Add(("/0/dpo-rules.json", Policy));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/0/dpo-rules.json]\nbuild_metadata.AdditionalFiles.KlivarPrivacyPolicy = true\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeNotAllowed).WithLocation(0).WithArguments("commercial-prospecting", "logging, platform-management"));
        await test.RunAsync();
    }

    [Fact]
    public async Task KPA0101_and_KPA0102_purpose_and_legal_basis_not_allowed()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity({|#0:Purpose.CommercialProspecting|}, LegalBasis.Consent, Retention = "1y")]
            [assembly: ProcessingActivity(Purpose.Logging, {|#1:LegalBasis.Consent|}, Retention = "1y")]
            """, Policy,
            new DiagnosticResult(Rules.PurposeNotAllowed).WithLocation(0).WithArguments("commercial-prospecting", "logging, platform-management"),
            new DiagnosticResult(Rules.LegalBasisNotAllowed).WithLocation(1).WithArguments("logging", "Consent", "LegitimateInterests"));
    }

    [Fact]
    public async Task KPA0103_retention_longer_than_the_category_or_purpose_maximum_at_the_rule_that_states_it()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = {|#0:"2y"|})]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = {|#1:"during contract + 15y archive"|})]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Technical, Purpose.PlatformManagement, Retention = {|#2:"during contract"|})]
                public string DeviceId { get; set; } = "";
                [{|#3:PersonalData(DataCategory.Technical, Purpose.Logging)|}]
                public string IpAddress { get; set; } = "";
            }
            """, Policy,
            new DiagnosticResult(Rules.RetentionAboveLimit).WithLocation(0)
                .WithArguments("Processing activity 'logging'", "its", "2y", "logging", "longer than", "purpose logging", "1y"),
            new DiagnosticResult(Rules.RetentionAboveLimit).WithLocation(1)
                .WithArguments("'Invoice.Iban'", "Financial", "during contract + 15y archive", "platform-management", "longer than", "data category Financial", "during contract + 10y archive"),
            new DiagnosticResult(Rules.RetentionAboveLimit).WithLocation(1)
                .WithArguments("'Invoice.Iban'", "Financial", "during contract + 15y archive", "platform-management", "longer than", "purpose platform-management", "during contract + 10y archive"),
            // "during contract" cannot be shown to stay within "1y": another event starts it.
            new DiagnosticResult(Rules.RetentionAboveLimit).WithLocation(2)
                .WithArguments("'Invoice.DeviceId'", "Technical", "during contract", "platform-management", "measured from another event than (so not provably within)", "data category Technical", "1y"),
            // Inherited from the activity's "2y": the category limit is broken by this member's data.
            new DiagnosticResult(Rules.RetentionAboveLimit).WithLocation(3)
                .WithArguments("'Invoice.IpAddress'", "Technical", "2y", "logging", "longer than", "data category Technical", "1y"));
    }

    [Fact]
    public async Task KPA0104_forbidden_category_on_a_member_a_parameter_and_a_type()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.PlatformManagement)]
                public string Allergies { get; set; } = "";
                public void Record([PersonalData({|#1:DataCategory.Criminal|}, Purpose.PlatformManagement)] string conviction) { }
            }
            [PersonalData({|#2:DataCategory.Health|}, Purpose.PlatformManagement)]
            public class Diagnosis { public string Code { get; set; } = ""; }
            """, Policy,
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(0).WithArguments("Patient.Allergies", "Health"),
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(1).WithArguments("Record(conviction)", "Criminal"),
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(2).WithArguments("Diagnosis", "Health"));
    }

    [Fact]
    public async Task KPA0105_transfer_country_and_safeguard_not_allowed()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: InternationalTransfer("Support desk", {|#0:"IN"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("Group", "US", {|#1:TransferSafeguard.BindingCorporateRules|})]
            """, Policy,
            new DiagnosticResult(Rules.TransferNotAllowed).WithLocation(0).WithArguments("Support desk", "country", "IN", "US, GB"),
            new DiagnosticResult(Rules.TransferNotAllowed).WithLocation(1).WithArguments("Group", "safeguard", "BindingCorporateRules", "StandardContractualClauses, AdequacyDecision"));
    }

    [Fact]
    public async Task KPA0105_a_transfer_without_a_country_is_not_shown_to_go_to_an_allowed_one()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: {|#0:InternationalTransfer("Providers outside the EEA", TransferSafeguard.StandardContractualClauses, ToConfirm = "Which country?")|}]
            """, Policy,
            new DiagnosticResult(Rules.TransferNotAllowed).WithLocation(0)
                .WithArguments("Providers outside the EEA", "country", "(not identified, so not shown to be allowed)", "US, GB"));
    }

    [Fact]
    public async Task KPA0106_sensitive_data_needs_its_activitys_DPIA_status_when_the_policy_requires_it()
    {
        var policy = "{ \"require\": { \"dpiaForSensitiveActivities\": true } }";
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y", Dpia = DpiaStatus.NotRequired, DpiaReason = "Small scale")]
            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.PlatformManagement)]
                public string Allergies { get; set; } = "";
                [PersonalData(DataCategory.NationalIdentifier, Purpose.Logging)]
                public string TaxNumber { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """, policy,
            new DiagnosticResult(Rules.RequiredDeclarationMissing).WithLocation(0)
                .WithArguments("a DPIA status for each activity with special-category, criminal or national-identifier data",
                    "'Patient.Allergies' holds Health data and processing activity 'platform-management' states no Dpia"));
    }

    [Fact]
    public async Task KPA0106_a_named_DPO_is_required()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: {|#0:DataController("Klivar", Email = "privacy@klivar.com")|}]
            """, Policy,
            new DiagnosticResult(Rules.RequiredDeclarationMissing).WithLocation(0)
                .WithArguments("a named data protection officer", "set DataProtectionOfficer on [assembly: DataController] (name and contact)"));
    }

    // ---- malformed policies: KPA0100 in the policy file, at the line and column, and nothing else enforced ----

    private static DiagnosticResult Unreadable(int line, int column, int endColumn, string message) =>
        new DiagnosticResult(Rules.UnreadablePolicy).WithSpan(PolicyPath, line, column, line, endColumn).WithArguments("privacy-policy.json", line, column, message);

    [Fact]
    public async Task KPA0100_wrong_json_names_the_line_and_what_was_expected()
    {
        await Verify(Compliant.Replace("dpo@klivar.com", ""), """
            {
              "version": "1",
              "forbiddenCategories": ["Health",]
            }
            """,
            Unreadable(3, 36, 37, "not valid JSON: expected a value"));
    }

    [Fact]
    public async Task KPA0100_unknown_category_and_negative_period()
    {
        await Verify(Compliant, """
            {
              "maxRetentionByCategory": { "Technical": "-1y", "Biometrics": "1y" },
              "forbiddenCategories": ["Helth"]
            }
            """,
            Unreadable(2, 44, 49, "negative retention period '-1y' for 'Technical': expected a period of zero or more (\"1y\", \"during contract + 10y archive\")"),
            Unreadable(2, 51, 63, "unknown data category 'Biometrics': expected a DataCategory (" + string.Join(", ", Enum.GetNames<runtime::Klivar.PrivacyAnnotations.DataCategory>()) + ")"),
            Unreadable(3, 27, 34, "unknown 'Helth' in 'forbiddenCategories': expected a DataCategory (" + string.Join(", ", Enum.GetNames<runtime::Klivar.PrivacyAnnotations.DataCategory>()) + ")"));
    }

    [Fact]
    public async Task KPA0100_unknown_property_and_unparsable_retention()
    {
        await Verify(Compliant, """
            {
              "purposes": { "logging": { "maxRetention": "1 year" } },
              "forbidden": []
            }
            """,
            Unreadable(2, 46, 54, "retention rule '1 year' for 'maxRetention' does not parse: " + RetentionError("1 year")),
            Unreadable(3, 3, 14, "unknown property 'forbidden' in the policy: expected one of version, purposes, maxRetentionByCategory, forbiddenCategories, transfers, require, review"));
    }

    private static string RetentionError(string text)
    {
        runtime::Klivar.PrivacyAnnotations.RetentionPolicy.TryParse(text, out _, out var error);
        return error!.Message;
    }
}
