using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>Runs every analyzer of the package on (possibly broken) code and returns what threw: AD0001 in a build.</summary>
internal static class AnalyzerCrashes
{
    public static ImmutableArray<DiagnosticAnalyzer> All => typeof(DeclarationAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static async Task<List<string>> RunAsync(string source)
    {
        // Name the assembly explicitly: Create(string) alone would take the source for the assembly name.
        var compilation = TestCompilation.Create(source).AddReferences(AnalyzerTestSetup.Logging);
        Assert.NotEmpty(compilation.SyntaxTrees);
        var errors = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, diagnostic) => { lock (errors) errors.Add(analyzer.GetType().Name + ": " + exception); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers(All, options).GetAllDiagnosticsAsync();
        errors.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.ToString()));
        return errors;
    }
}
