extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0101: Purpose not allowed by the DPO policy.</summary>
public class KPA0101Tests
{
    [Fact]
    public async Task A_purpose_the_policy_does_not_list_beside_a_basis_it_does_not_allow()
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
}
