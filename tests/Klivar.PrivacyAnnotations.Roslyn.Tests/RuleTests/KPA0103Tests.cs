extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0103: Retention longer than the DPO policy allows.</summary>
public class KPA0103Tests
{
    [Fact]
    public async Task Retention_longer_than_the_category_or_purpose_maximum_at_the_rule_that_states_it()
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
}
