extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0102: Legal basis not allowed by the DPO policy.</summary>
public class KPA0102Tests
{
    [Fact]
    public async Task A_legal_basis_the_policy_does_not_allow_for_the_purpose()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, {|#0:LegalBasis.LegitimateInterests|}, LegitimateInterest = "Running the service", Retention = "during contract")]
            """, Policy,
            new DiagnosticResult(Rules.LegalBasisNotAllowed).WithLocation(0).WithArguments("platform-management", "LegitimateInterests", "Contract"));
    }

    [Fact]
    public async Task Silent_on_a_legal_basis_the_policy_allows()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            """, Policy);
    }
}
