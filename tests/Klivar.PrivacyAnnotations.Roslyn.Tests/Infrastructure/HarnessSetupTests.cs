using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;

public class HarnessSetupTests
{
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    private sealed class NothingAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray<DiagnosticDescriptor>.Empty;
        public override void Initialize(AnalysisContext context) { context.EnableConcurrentExecution(); context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None); }
    }

    [Fact]
    public async Task The_harness_compiles_against_the_runtime_library_without_downloads()
    {
        var test = new CSharpAnalyzerTest<NothingAnalyzer, DefaultVerifier>
        {
            TestCode = """
                using Klivar.PrivacyAnnotations;
                public class User
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "1y")]
                    public string Email { get; set; } = "";
                    public System.Collections.Generic.List<int> Items { get; } = new();
                }
                """,
        };
        test.TestState.UseTestReferences();
        await test.RunAsync();
    }
}
