extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0106: Declaration required by the DPO policy is missing.</summary>
public class KPA0106Tests
{
    [Fact]
    public async Task Sensitive_data_needs_its_activitys_DPIA_status_when_the_policy_requires_it()
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
    public async Task A_named_DPO_is_required()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: {|#0:DataController("Klivar", Email = "privacy@klivar.com")|}]
            """, Policy,
            new DiagnosticResult(Rules.RequiredDeclarationMissing).WithLocation(0)
                .WithArguments("a named data protection officer", "set DataProtectionOfficer on [assembly: DataController] (name and contact)"));
    }
}
