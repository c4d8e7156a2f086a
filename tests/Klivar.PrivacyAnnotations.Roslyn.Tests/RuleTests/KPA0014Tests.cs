using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0014: Declaration is marked to confirm.</summary>
public class KPA0014Tests
{
    [Fact]
    public async Task Reports_each_to_confirm_note_on_any_declaration()
    {
        await Verify("""
            [assembly: DataController("Klivar SAS", ToConfirm = {|#0:"No DPO named"|})]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y", ToConfirm = {|#1:"Retention assumed"|})]
            [assembly: InternationalTransfer("Hosting", TransferSafeguard.StandardContractualClauses, ToConfirm = {|#2:"Which country?"|})]
            [assembly: Processor("CloudCo", Country = "FR", ToConfirm = {|#3:"Which contract?"|})]
            public class Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging, ToConfirm = {|#4:"Is it really collected?"|})]
                public string IpAddress { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(0).WithArguments("The data controller 'Klivar SAS'", "No DPO named"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(1).WithArguments("Processing activity 'logging'", "Retention assumed"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(2).WithArguments("The transfer to 'Hosting'", "Which country?"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(3).WithArguments("The processor 'CloudCo'", "Which contract?"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(4).WithArguments("'Visit.IpAddress'", "Is it really collected?"));
    }

    [Fact]
    public async Task Is_silent_without_a_note_or_with_a_blank_one()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y", ToConfirm = "  ")]
            [assembly: Processor("CloudCo", Country = "FR", Contract = "Art. 28 DPA")]
            public class Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public string IpAddress { get; set; } = "";
            }
            """);
    }
}
