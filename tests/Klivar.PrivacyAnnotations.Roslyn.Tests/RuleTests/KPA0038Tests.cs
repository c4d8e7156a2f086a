using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0038: Consent-based retention does not end on withdrawal; its code fix.</summary>
public class KPA0038Tests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<RetentionGroundAnalyzer>("using Klivar.PrivacyAnnotations;\n" + source, false, expected);

    [Fact]
    public async Task A_consent_based_rule_that_outlives_the_withdrawal_on_the_activity_and_on_a_member()
    {
        await Verify("""
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = {|#0:"during contract"|})]
            [assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent, Retention = "3y after last-contact unless consent-withdrawn")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class Prospect
            {
                // Serves a contract and a consent purpose: its own rule applies to both, so it must end on withdrawal.
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Purpose.CommercialProspecting, Retention = {|#1:"3y after last-contact"|})]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement, Retention = {|#2:"1y unless unsubscribed"|})]
                public string Feedback { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.ConsentRetentionWithoutWithdrawal).WithLocation(0).WithArguments("during contract", "service-improvement"),
            new DiagnosticResult(Rules.ConsentRetentionWithoutWithdrawal).WithLocation(1).WithArguments("3y after last-contact", "commercial-prospecting"),
            new DiagnosticResult(Rules.ConsentRetentionWithoutWithdrawal).WithLocation(2).WithArguments("1y unless unsubscribed", "service-improvement"));
    }

    [Fact]
    public async Task Silent_for_rules_that_end_on_withdrawal_and_for_other_bases()
    {
        await Verify("""
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = "during contract unless consent-withdrawn")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class Account
            {
                // Inherits the activity's rule, checked where it is written.
                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
                public string Feature { get; set; } = "";

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract")]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement, Retention = "6m Unless Consent-Withdrawn")]
                public string Survey { get; set; } = "";
            }
            """);
    }

    [Fact]
    public async Task The_fix_appends_the_withdrawal_to_the_rule_as_written()
    {
        await VerifyFixAsync<RetentionGroundAnalyzer, ConsentWithdrawalCodeFix>("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = {|KPA0038:"During Contract"|})]
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = "During Contract unless consent-withdrawn")]
            """);
    }

    [Fact]
    public async Task No_fix_for_a_rule_that_already_ends_on_another_event()
    {
        var source = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = {|KPA0038:"1y unless unsubscribed"|})]
            """;
        await VerifyFixAsync<RetentionGroundAnalyzer, ConsentWithdrawalCodeFix>(source, source, iterations: 0);
    }
}
