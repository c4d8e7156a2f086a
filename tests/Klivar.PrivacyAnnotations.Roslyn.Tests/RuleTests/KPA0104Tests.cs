extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0104: Data category forbidden by the DPO policy.</summary>
public class KPA0104Tests
{
    [Fact]
    public async Task Forbidden_category_on_a_member_a_parameter_and_a_type()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.PlatformManagement)]
                public string Allergies { get; set; } = "";
                public void Record([PersonalData({|#1:DataCategory.Criminal|}, Purpose.PlatformManagement)] string conviction) { }
            }
            [PersonalData({|#2:DataCategory.Health|}, Purpose.PlatformManagement)]
            public class Diagnosis { public string Code { get; set; } = ""; }
            """, Policy,
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(0).WithArguments("Patient.Allergies", "Health"),
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(1).WithArguments("Record(conviction)", "Criminal"),
            new DiagnosticResult(Rules.ForbiddenCategory).WithLocation(2).WithArguments("Diagnosis", "Health"));
    }
}
