using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>
/// Assembly-level diagnostics that depend on other files (a duplicate purpose, a transfer's undeclared purpose)
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

    [Fact]
    public async Task A_policy_breach_on_an_assembly_declaration_is_a_semantic_diagnostic_that_an_edit_elsewhere_refreshes()
    {
        const string policy = """{ "purposes": { "logging": { "legalBases": ["LegitimateInterests"] } } }""";
        const string activity = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Consent, Retention = "1y")]
            """;
        const string member = """
            using Klivar.PrivacyAnnotations;
            public class Entry { [PersonalData(DataCategory.Technical, Purpose.Logging)] public string Ip { get; set; } = ""; }
            """;
        var before = TestCompilation.Create(activity, member, Controller);
        var analyzer = new PolicyAnalyzer();
        Assert.Contains(await SemanticDiagnosticsOf(before, 0, analyzer, policy), d => d.Id == "KPA0102");

        // The policy reads the whole compilation; the analyzer must not answer from a syntax-tree action.
        var after = Edit(before, 0, "using Klivar.PrivacyAnnotations;\n[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\")]\n");
        Assert.DoesNotContain(await SemanticDiagnosticsOf(after, 0, analyzer, policy), d => d.Id == "KPA0102");
    }

    /// <summary>What the IDE shows for one document after an edit elsewhere: its semantic diagnostics, recomputed.</summary>
    private static async Task<ImmutableArray<Diagnostic>> SemanticDiagnosticsOf(Compilation compilation, int treeIndex, DiagnosticAnalyzer? analyzer = null, string? policy = null)
    {
        var analyzers = ImmutableArray.Create(analyzer ?? new DeclarationAnalyzer());
        var additional = policy is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new PolicyText(policy));
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new AnalyzerOptions(additional));
        var tree = compilation.SyntaxTrees.ElementAt(treeIndex);
        return await withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
    }

    private static Compilation Edit(CSharpCompilation compilation, int treeIndex, string newText)
    {
        var old = compilation.SyntaxTrees.ElementAt(treeIndex);
        return compilation.ReplaceSyntaxTree(old, old.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(newText)));
    }

    private sealed class PolicyText(string content) : AdditionalText
    {
        public override string Path => "/0/privacy-policy.json";
        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) => Microsoft.CodeAnalysis.Text.SourceText.From(content);
    }
}
