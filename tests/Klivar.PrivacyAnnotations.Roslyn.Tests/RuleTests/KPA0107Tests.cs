extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0107: Declaration breaks a commitment of the published privacy policy.</summary>
public class KPA0107Tests
{
    private const string Published = """
        {
          "purposes": {
            "logging": { "legalBases": ["LegitimateInterests"], "maxRetention": "2y" },
            "platform-management": { "legalBases": ["Contract"], "maxRetention": "during contract + 10y archive" }
          },
          "commitments": {
            "retention": [
              { "published": "Logging system", "purpose": "logging", "retention": "1y" },
              { "published": "Customer file", "dataSets": ["Customer file"], "retention": "during contract + 5y archive" }
            ],
            "transfers": { "safeguards": ["StandardContractualClauses"], "additionalSafeguard": "Data Processing Agreement" }
          }
        }
        """;

    // One commitment at a time, for the tests of a declaration that breaks it: the others would be reported as promises
    // the test's code does not back.
    private const string LoggingCommitment = """{ "retention": [ { "published": "Logging system", "purpose": "logging", "retention": "1y" } ] }""";
    private const string CustomerFileCommitment = """{ "retention": [ { "published": "Customer file", "dataSets": ["Customer file"], "retention": "during contract + 5y archive" } ] }""";
    private const string TransferCommitment = """{ "transfers": { "safeguards": ["StandardContractualClauses"], "additionalSafeguard": "Data Processing Agreement" } }""";

    private static string PublishedOnly(string commitments) => "{ \"commitments\": " + commitments + " }";

    private const string Kept = """
        using Klivar.PrivacyAnnotations;
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses, AdditionalSafeguards = "a Data Processing Agreement (DPA)")]

        public class CustomerFile
        {
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
            public string CompanyName { get; set; } = "";
        }

        public class AccessLog
        {
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public string IpAddress { get; set; } = "";
        }

        public class UserAccount
        {
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
            public string Username { get; set; } = "";
        }
        """;

    [Fact]
    public async Task Code_that_keeps_every_published_commitment_is_silent()
    {
        await Verify(Kept, Published);
    }

    [Fact]
    public async Task A_published_period_no_declaration_backs_any_more_is_reported_in_the_policy_file()
    {
        // The customer file renamed: its data set is now "Client record", and nothing keeps the published 5 years.
        await Verify(Kept.Replace("public class CustomerFile", "public class ClientRecord"), Published,
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithSpan(PolicyPath, 9, 22, 9, 37).WithArguments("The code", "'Customer file'",
                "no annotated member belongs to the data set 'Customer file': the published period 'during contract + 5y archive' is a promise the code " +
                "no longer backs; restore the declaration, or have the DPO change the published policy and remove the commitment"));
    }

    [Fact]
    public async Task A_project_that_backs_only_part_of_a_shared_policy_reports_no_unbacked_commitment_but_still_each_broken_one()
    {
        var test = new CSharpAnalyzerTest<PolicyAnalyzer, DefaultVerifier>
        {
            TestCode = Kept.Replace("public class CustomerFile", "public class ClientRecord").Replace("Retention = \"1y\")]", "Retention = {|#0:\"2y\"|})]"),
        };
        test.TestState.UseTestReferences();
        test.TestState.AdditionalFiles.Add((PolicyPath, Published));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.PrivacyPolicyBacksEveryCommitment = false\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(0).WithArguments("Processing activity 'logging'", "'Logging system'",
            "it keeps the data '2y', longer than the published '1y'"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Published_transfer_conditions_with_no_transfer_declared_are_reported_in_the_policy_file()
    {
        var withoutTransfer = string.Join("\n", Kept.Split('\n').Where(line => !line.Contains("InternationalTransfer", StringComparison.Ordinal)));
        await Verify(withoutTransfer, Published,
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithSpan(PolicyPath, 11, 5, 11, 16).WithArguments("The code", "transfers",
                "no [assembly: InternationalTransfer] is declared, so the published transfer conditions are a promise the code no longer backs; " +
                "declare the transfers, or have the DPO change the published policy and remove the commitment"));
    }

    [Fact]
    public async Task A_purpose_wide_period_is_backed_by_its_activity_and_a_data_set_period_by_any_member_of_the_data_set()
    {
        // No member serves logging any more, but its activity still declares the purpose: the published year is still kept.
        var withoutLogMember = Kept.Replace("[PersonalData(DataCategory.Technical, Purpose.Logging)]", "");
        await Verify(withoutLogMember, Published);
        // The customer file's member moved to a type of another name that states the data set.
        await Verify(Kept.Replace("public class CustomerFile", "public class ClientRecord")
            .Replace("Purpose.PlatformManagement, Retention = \"during contract + 5y archive\")]", "Purpose.PlatformManagement, Retention = \"during contract + 5y archive\", DataSet = \"Customer file\")]"), Published);
    }

    [Fact]
    public async Task A_data_set_kept_longer_or_shorter_than_published_fails_even_within_the_limit()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class CustomerFile
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = {|#0:"during contract + 6y archive"|})]
                public string CompanyName { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {|#1:"during contract + 4y archive"|})]
                public string Email { get; set; } = "";
            }

            [{|#2:PersonalData(DataCategory.Identification, Purpose.PlatformManagement, DataSet = "Customer file")|}]
            public class ArchivedCustomer
            {
                public string Name { get; set; } = "";
            }
            """, PublishedOnly(CustomerFileCommitment),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(0).WithArguments("'CustomerFile.CompanyName' (Customer file, platform-management)",
                "'Customer file'", "it keeps the data 'during contract + 6y archive', longer than the published 'during contract + 5y archive'"),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(1).WithArguments("'CustomerFile.Email' (Customer file, platform-management)",
                "'Customer file'", "it keeps the data 'during contract + 4y archive', shorter than the published 'during contract + 5y archive'"),
            // A data set named by DataSet, whose retention comes from its activity, is held to the published period too.
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(2).WithArguments("'ArchivedCustomer' (Customer file, platform-management)",
                "'Customer file'", "it keeps the data 'during contract', shorter than the published 'during contract + 5y archive'"));
    }

    [Fact]
    public async Task A_purpose_kept_otherwise_than_published_fails_at_the_activity_and_at_a_member_that_sets_its_own()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = {|#0:"18m"|})]

            public class AccessLog
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public string IpAddress { get; set; } = "";
                [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = {|#1:"6m"|})]
                public string DeviceId { get; set; } = "";
            }
            """, PublishedOnly(LoggingCommitment),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(0).WithArguments("Processing activity 'logging'", "'Logging system'",
                "it keeps the data '18m', longer than the published '1y'"),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(1).WithArguments("'AccessLog.DeviceId' (Access log, logging)", "'Logging system'",
                "it keeps the data '6m', shorter than the published '1y'"));
    }

    [Fact]
    public async Task A_transfer_on_other_terms_than_published_fails()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: InternationalTransfer("Group", "US", {|#0:TransferSafeguard.BindingCorporateRules|}, AdditionalSafeguards = "Data Processing Agreement")]
            [assembly: {|#1:InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses)|}]
            """, PublishedOnly(TransferCommitment),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(0).WithArguments("Transfer to 'Group'", "transfers",
                "it relies on BindingCorporateRules, the policy promises StandardContractualClauses"),
            new DiagnosticResult(Rules.PublishedCommitmentBroken).WithLocation(1).WithArguments("Transfer to 'Hosting'", "transfers",
                "its AdditionalSafeguards do not name the Data Processing Agreement the policy promises with every transfer"));
    }

    [Fact]
    public async Task A_commitment_that_names_no_data_or_no_period_is_an_error_in_the_policy()
    {
        await Verify(Kept, """
            {
              "commitments": { "retention": [ { "published": "Billing", "retention": "10y" }, { "published": "Logs", "purpose": "logging" } ] }
            }
            """,
            Unreadable(2, 35, 36, "expected 'purpose' or 'dataSets': which data the commitment covers"),
            Unreadable(2, 83, 84, "expected 'retention': the period the published policy states (\"during contract + 5y archive\")"));
    }
}
