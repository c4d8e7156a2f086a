using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>
/// Issue 15: assembly-level diagnostics that depend on other files (a duplicate purpose, a transfer's undeclared purpose)
/// must refresh when another file is edited. The IDE recomputes a document's semantic diagnostics when any file of the
/// project changes, but its syntax diagnostics only when that document changes: these are semantic diagnostics.
/// </summary>
public class CrossFileDiagnosticsTests
{
    private const string Controller = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme")]
        """;

    [Fact]
    public async Task Declaring_the_purpose_in_another_file_clears_KPA0002_on_the_transfer()
    {
        const string transfer = """
            using Klivar.PrivacyAnnotations;
            [assembly: InternationalTransfer("Mailer Inc", "US", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.Billing })]
            """;
        var before = TestCompilation.Create(transfer, Controller);
        Assert.Contains(await SemanticDiagnosticsOf(before, 0), d => d.Id == "KPA0002");

        // Edit the other file only: the purpose is now declared.
        var after = Edit(before, 1, Controller + "\n[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = \"10y\")]\n");
        Assert.DoesNotContain(await SemanticDiagnosticsOf(after, 0), d => d.Id == "KPA0002");
    }

    [Fact]
    public async Task Removing_the_first_activity_in_another_file_clears_the_duplicate_purpose()
    {
        const string first = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
            """;
        const string second = """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Acme")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegalObligation, Retention = "1y")]
            """;
        var before = TestCompilation.Create(first, second);
        Assert.Contains(await SemanticDiagnosticsOf(before, 1), d => d.Id == "KPA0019" && d.GetMessage().Contains("already has a processing activity"));

        var after = Edit(before, 0, "using Klivar.PrivacyAnnotations;\n");
        Assert.DoesNotContain(await SemanticDiagnosticsOf(after, 1), d => d.Id == "KPA0019");
    }

    /// <summary>What the IDE shows for one document after an edit elsewhere: its semantic diagnostics, recomputed.</summary>
    private static async Task<ImmutableArray<Diagnostic>> SemanticDiagnosticsOf(Compilation compilation, int treeIndex)
    {
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new DeclarationAnalyzer());
        var withAnalyzers = compilation.WithAnalyzers(analyzers);
        var tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        return await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
    }

    private static Compilation Edit(CSharpCompilation compilation, int treeIndex, string newText)
    {
        var old = compilation.SyntaxTrees.ElementAt(treeIndex);
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
    }
}
