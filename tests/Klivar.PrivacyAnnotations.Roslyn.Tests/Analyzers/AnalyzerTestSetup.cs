using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>Analyzer and code-fix harnesses on the test references, with Microsoft.Extensions.Logging when asked.</summary>
internal static class AnalyzerTestSetup
{
    /// <summary>Microsoft.Extensions.Logging.Abstractions, netstandard2.0 build (binds against the .NET 8 references).</summary>
    public static readonly MetadataReference Logging = MetadataReference.CreateFromFile(
        Path.Combine(AppContext.BaseDirectory, "TestReferences", "Microsoft.Extensions.Logging.Abstractions.dll"));

    public static void UseTestReferences(this SolutionState state, bool withLogging)
    {
        state.UseTestReferences();
        if (withLogging) state.AdditionalReferences.Add(Logging);
    }

    public static async Task VerifyAsync<TAnalyzer>(string source, bool withLogging = false, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences(withLogging);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static async Task VerifyFixAsync<TAnalyzer, TFix>(string source, string fixedSource, bool withLogging = false,
        int? codeActionIndex = null, string? equivalenceKey = null, int iterations = 1, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionIndex = codeActionIndex,
            CodeActionEquivalenceKey = equivalenceKey,
            NumberOfFixAllIterations = iterations,
        };
        test.TestState.UseTestReferences(withLogging);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }
}
