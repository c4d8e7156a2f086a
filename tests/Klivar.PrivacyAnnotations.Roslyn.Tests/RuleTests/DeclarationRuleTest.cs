using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>The harness of the rules <see cref="DeclarationAnalyzer"/> reports: the runtime's namespace imported, one verifier.</summary>
internal static class DeclarationRuleTest
{
    public const string Controller = """[assembly: DataController("Klivar SAS")]""";

    public static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<DeclarationAnalyzer>("using Klivar.PrivacyAnnotations;\n" + source, false, expected);
}
