using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0015: Sensitive data without a DPIA status.</summary>
public class KPA0015Tests
{
    [Fact]
    public async Task Sensitive_criminal_and_national_id_data_need_a_dpia_status()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "1y", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)]
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Contract, Retention = "1y", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
                Dpia = DpiaStatus.NotRequired, DpiaReason = "Aggregated, small scale")]
            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.CustomerManagement)]
                public string Diagnosis { get; set; } = "";
                [PersonalData({|#1:DataCategory.Criminal|}, Purpose.CustomerManagement)]
                public string Record { get; set; } = "";
                [PersonalData({|#2:DataCategory.NationalIdentifier|}, Purpose.CustomerManagement)]
                public string Nir { get; set; } = "";
                [PersonalData(DataCategory.Health, Purpose.ServiceImprovement)]
                public string BloodType { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.SensitiveDataWithoutDpiaStatus).WithLocation(0).WithArguments("Patient.Diagnosis", "Health", "customer-management"),
            new DiagnosticResult(Rules.SensitiveDataWithoutDpiaStatus).WithLocation(1).WithArguments("Patient.Record", "Criminal", "customer-management"),
            new DiagnosticResult(Rules.SensitiveDataWithoutDpiaStatus).WithLocation(2).WithArguments("Patient.Nir", "NationalIdentifier", "customer-management"));
    }
}
