using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0021: Malformed purpose id.</summary>
public class KPA0021Tests
{
    [Fact]
    public async Task A_malformed_custom_purpose_id_on_an_activity_and_on_a_member()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity({|#0:"Fraud_Screening"|}, LegalBasis.LegalObligation, Retention = "5y")]
            public class Payment
            {
                [PersonalData(DataCategory.Financial, {|#1:"Not A Purpose!"|}, Retention = "5y")]
                public string Card { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.InvalidPurposeId).WithLocation(0).WithArguments("Fraud_Screening", "the processing activity"),
            new DiagnosticResult(Rules.InvalidPurposeId).WithLocation(1).WithArguments("Not A Purpose!", "'Payment.Card'"));
    }

    [Fact]
    public async Task Silent_on_a_well_formed_custom_purpose_id()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegalObligation, Retention = "5y")]
            public class Payment
            {
                [PersonalData(DataCategory.Financial, "fraud-screening")]
                public string Card { get; set; } = "";
            }
            """);
    }
}
