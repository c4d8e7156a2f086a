extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>The DPO policy file as a whole: silent when the code complies or without a policy, and which file is the
/// policy. Each rule has its class under RuleTests/.</summary>
public class PolicyAnalyzerTests
{
    [Fact]
    public async Task Code_that_complies_with_the_policy_is_silent()
    {
        await Verify(Compliant, Policy);
    }

    [Fact]
    public async Task Without_a_policy_file_nothing_is_checked()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar")]
            [assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent, Retention = "50y")]
            public class P { [PersonalData(DataCategory.Health, Purpose.CommercialProspecting)] public string Allergy { get; set; } = ""; }
            """, null);
    }

    [Fact]
    public async Task A_file_marked_by_the_PrivacyPolicyFile_metadata_is_the_policy_whatever_its_name()
    {
        var test = new CSharpAnalyzerTest<PolicyAnalyzer, DefaultVerifier>
        {
            TestCode = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
                [assembly: ProcessingActivity({|#0:Purpose.CommercialProspecting|}, LegalBasis.Consent, Retention = "1y")]
                """,
        };
        test.TestState.UseTestReferences();
        test.TestState.AdditionalFiles.Add(("/0/dpo-rules.json", Policy));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n\n[/0/dpo-rules.json]\nbuild_metadata.AdditionalFiles.KlivarPrivacyPolicy = true\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeNotAllowed).WithLocation(0).WithArguments("commercial-prospecting", "logging, platform-management"));
        await test.RunAsync();
    }
}
