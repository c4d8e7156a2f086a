using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0007: Legitimate interest is not stated.</summary>
public class KPA0007Tests
{
    [Fact]
    public async Task Legitimate_interests_without_the_interest()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, {|#0:LegalBasis.LegitimateInterests|})]
            [assembly: ProcessingActivity(Purpose.Billing, {|#1:LegalBasis.LegitimateInterests|}, LegitimateInterest = "  ")]
            [assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.LegitimateInterests, LegitimateInterest = "Answering people who write to us")]
            """,
            new DiagnosticResult(Rules.LegitimateInterestNotStated).WithLocation(0).WithArguments("logging"),
            new DiagnosticResult(Rules.LegitimateInterestNotStated).WithLocation(1).WithArguments("billing"));
    }
}
