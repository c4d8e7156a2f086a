using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0010: No data controller is declared.</summary>
public class KPA0010Tests
{
    [Fact]
    public async Task On_the_first_assembly_declaration()
    {
        await Verify("""
            [assembly: {|#0:ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")|}]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.MissingController).WithLocation(0).WithArguments("TestProject"));
    }

    [Fact]
    public async Task On_the_first_annotation_when_nothing_is_declared_at_assembly_level()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<DeclarationAnalyzer, DefaultVerifier>();
        test.TestState.Sources.Add(("/b.cs", "using Klivar.PrivacyAnnotations;\npublic class B { [PersonalData(DataCategory.Contact, {|#1:Purpose.Logging|})] public string E = \"\"; }"));
        test.TestState.Sources.Add(("/a.cs", "using Klivar.PrivacyAnnotations;\npublic class A { [{|#0:PersonalData(DataCategory.Contact, {|#2:Purpose.Logging|})|}] public string E = \"\"; }"));
        test.TestState.UseTestReferences(false);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.MissingController).WithLocation(0).WithArguments("TestProject"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("logging"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(2).WithArguments("logging"));
        await test.RunAsync();
    }

    [Fact]
    public async Task Is_silent_with_no_annotation()
    {
        await Verify("public class Plain { public string Email { get; set; } = \"\"; }");
    }
}
