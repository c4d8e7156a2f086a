using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0005: Special-category data without an Article 9 condition.</summary>
public class KPA0005Tests
{
    [Fact]
    public async Task Special_category_without_condition()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "1y", Dpia = DpiaStatus.Required)]
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Contract, Retention = "1y", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent, Dpia = DpiaStatus.Required)]
            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.CustomerManagement)]
                public string Diagnosis { get; set; } = "";
                [PersonalData({|#1:DataCategory.Criminal|}, Purpose.CustomerManagement)]
                public string Record { get; set; } = "";
                [PersonalData(DataCategory.Health, Purpose.ServiceImprovement)]
                public string BloodType { get; set; } = "";
                [PersonalData(DataCategory.NationalIdentifier, Purpose.CustomerManagement)]
                public string Nir { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.SpecialCategoryWithoutCondition).WithLocation(0).WithArguments("Patient.Diagnosis", "Health", "Art. 9", "customer-management"),
            new DiagnosticResult(Rules.SpecialCategoryWithoutCondition).WithLocation(1).WithArguments("Patient.Record", "Criminal", "Art. 10", "customer-management"));
    }
}
