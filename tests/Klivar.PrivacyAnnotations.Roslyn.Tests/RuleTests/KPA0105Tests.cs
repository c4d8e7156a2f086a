extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0105: Transfer not allowed by the DPO policy.</summary>
public class KPA0105Tests
{
    [Fact]
    public async Task Transfer_country_and_safeguard_not_allowed()
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
    public async Task A_transfer_without_a_country_is_not_shown_to_go_to_an_allowed_one()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: {|#0:InternationalTransfer("Providers outside the EEA", TransferSafeguard.StandardContractualClauses, ToConfirm = "Which country?")|}]
            """, Policy,
            new DiagnosticResult(Rules.TransferNotAllowed).WithLocation(0)
                .WithArguments("Providers outside the EEA", "country", "(not identified, so not shown to be allowed)", "US, GB"));
    }
}
