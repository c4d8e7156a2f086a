using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0006: International transfer without a valid safeguard.</summary>
public class KPA0006Tests
{
    [Fact]
    public async Task A_transfer_without_a_country_needs_a_note_to_confirm()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
            [assembly: {|#0:InternationalTransfer("Hosting", TransferSafeguard.StandardContractualClauses)|}]
            [assembly: InternationalTransfer("Support", TransferSafeguard.StandardContractualClauses, ToConfirm = {|#1:"Which country?"|})]
            [assembly: InternationalTransfer("Backup", {|#2:TransferSafeguard.AdequacyDecision|}, ToConfirm = {|#3:"Which country?"|})]
            """,
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(0).WithArguments("Hosting", "an unidentified country",
                "the country is not identified: name it (ISO 3166-1 alpha-2), or say what must be confirmed with ToConfirm = \"...\" so the register shows it as open"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(1).WithArguments("The transfer to 'Support'", "Which country?"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(2).WithArguments("Backup", "an unidentified country",
                "an adequacy decision is for a named country: name the country, or rely on StandardContractualClauses, BindingCorporateRules or a Derogation (Art. 46-49)"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(3).WithArguments("The transfer to 'Backup'", "Which country?"));
    }

    [Fact]
    public async Task Unknown_eea_and_unadequate_countries()
    {
        await Verify(Controller + """
            [assembly: InternationalTransfer("A", {|#0:"XX"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("B", {|#1:"us"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("C", {|#2:"FR"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("D", "CN", {|#3:TransferSafeguard.AdequacyDecision|})]
            [assembly: InternationalTransfer("E", "CN", TransferSafeguard.BindingCorporateRules)]
            [assembly: InternationalTransfer("F", "JP", TransferSafeguard.AdequacyDecision)]
            [assembly: InternationalTransfer("G", "GB", TransferSafeguard.AdequacyDecision)]
            """,
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(0)
                .WithArguments("A", "XX", "'XX' is not an ISO 3166-1 alpha-2 country code, so the register cannot say where the data goes"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(1)
                .WithArguments("B", "us", "'us' is not an ISO 3166-1 alpha-2 country code (write it 'US'), so the register cannot say where the data goes"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(2)
                .WithArguments("C", "FR", "'FR' is in the European Economic Area, so this is not a third-country transfer (GDPR Chapter V does not apply): remove the declaration"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(3)
                .WithArguments("D", "CN", "the European Commission has no adequacy decision for 'CN' (as of 2026): rely on StandardContractualClauses, BindingCorporateRules or a Derogation (Art. 46-49)"));
    }

    [Fact]
    public void The_country_lists_are_consistent()
    {
        Assert.Equal(249, Countries.Iso3166Alpha2.Count);
        Assert.Equal(30, Countries.Eea.Count);
        Assert.All(Countries.Eea, c => Assert.Contains(c, Countries.Iso3166Alpha2));
        Assert.All(Countries.Adequate, c => Assert.Contains(c, Countries.Iso3166Alpha2));
        Assert.All(Countries.Adequate, c => Assert.DoesNotContain(c, Countries.Eea));
        Assert.DoesNotContain("XK", Countries.Iso3166Alpha2);
        Assert.DoesNotContain("UK", Countries.Iso3166Alpha2);
    }
}
