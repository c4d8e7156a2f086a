using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0002: Purpose has no processing activity with a legal basis.</summary>
public class KPA0002Tests
{
    [Fact]
    public async Task Purpose_with_no_activity()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Logging, {|#0:Purpose.Billing|}, Retention = "10y")]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Identification, {|#1:"fraud-screening"|}, Retention = "1y")]
                public string Name { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(0).WithArguments("billing"),
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("fraud-screening"));
    }

    [Fact]
    public async Task Transfer_purposes_with_no_activity()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses, Purposes = {|#0:new[] { Purpose.Logging, Purpose.Billing }|})]
            [assembly: InternationalTransfer("CRM", "US", TransferSafeguard.StandardContractualClauses, PurposeIds = {|#1:new[] { "crm" }|})]
            """,
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(0).WithArguments("billing"),
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("crm"));
    }
}
