using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0019: Purpose declared by two processing activities.</summary>
public class KPA0019Tests
{
    [Fact]
    public async Task Two_activities_for_one_purpose()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "10y")]
            [assembly: {|#0:ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "10y")|}]
            """,
            new DiagnosticResult(Rules.DuplicateActivity).WithLocation(0).WithArguments("billing", "Contract"));
    }

    [Fact]
    public async Task Silent_with_one_activity_per_purpose()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "10y")]
            [assembly: ProcessingActivity("billing-archive", LegalBasis.LegalObligation, Retention = "10y")]
            """);
    }
}
