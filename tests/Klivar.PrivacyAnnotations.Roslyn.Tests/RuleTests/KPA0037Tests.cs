using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0037: Archive phase without a ground.</summary>
public class KPA0037Tests
{
    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<RetentionGroundAnalyzer>("using Klivar.PrivacyAnnotations;\n" + source, false, expected);

    [Fact]
    public async Task An_archive_phase_without_a_ground_on_a_member_a_type_and_an_activity()
    {
        await Verify("""
            [assembly: ProcessingActivity(Purpose.ExercisingRights, LegalBasis.LegalObligation, Retention = {|#0:"calendar-year of request + 2y archive"|})]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = {|#1:"during contract then P10Y archive"|})]
            public class Invoice
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = {|#2:"during contract + 5y archive"|})]
                public string CustomerName { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.ArchiveWithoutGround).WithLocation(0).WithArguments("calendar-year of request + 2y archive", "2 years"),
            new DiagnosticResult(Rules.ArchiveWithoutGround).WithLocation(1).WithArguments("during contract then P10Y archive", "10 years"),
            new DiagnosticResult(Rules.ArchiveWithoutGround).WithLocation(2).WithArguments("during contract + 5y archive", "5 years"));
    }

    [Fact]
    public async Task Silent_when_each_archive_phase_states_its_ground_or_there_is_none()
    {
        await Verify("""
            [assembly: ProcessingActivity(Purpose.ExercisingRights, LegalBasis.LegalObligation, Retention = "calendar-year of request + 2y archive for legal-claims (Code civil, art. 2224)")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)")]
                public string Iban { get; set; } = "";

                // Unreadable: KPA0003's, not this rule's.
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archives")]
                public string Bic { get; set; } = "";
            }
            """);
    }
}
