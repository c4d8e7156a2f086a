using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>
    /// KPA0002: declares the missing <c>[assembly: ProcessingActivity(purpose, basis)]</c>, one action per legal basis.
    /// Choosing a legal basis is a decision for a person, not a tool (a command-line run applies the first action), so
    /// what the fix writes is marked <c>ToConfirm</c>: the register and the notice draft show it as open and KPA0014
    /// reports it until someone confirms it. It also writes a placeholder retention (also to confirm), so the next
    /// build does not fail on KPA0004. The declaration goes beside the existing ones, else into the file where the
    /// purpose is used. Fix All declares each missing purpose once per project.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddProcessingActivityCodeFix)), Shared]
    public sealed class AddProcessingActivityCodeFix : CodeFixProvider
    {
        private const string KeyPrefix = "KPA0002:";

        /// <summary>The retention the fix writes for a person to confirm: short, so an unconfirmed guess keeps data the least.</summary>
        internal const string PlaceholderRetention = "1y";

        /// <summary>The note the fix writes: what was chosen by the tool and must be decided by a person.</summary>
        internal static string ToConfirmNote(LegalBasis basis) =>
            "Written by a code fix: the legal basis (" + basis + ") and the retention (" + PlaceholderRetention +
            ") are placeholders, not decisions; confirm both with the DPO, then remove this note";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.PurposeWithoutLegalBasis.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => new DeclareAllPurposes();

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DeclarationAnalyzer.PurposeIdProperty, out var purposeId) || purposeId is null) continue;
                for (var basis = LegalBasis.Consent; basis <= LegalBasis.LegitimateInterests; basis++)
                {
                    var chosen = basis;
                    var document = context.Document;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Declare [assembly: ProcessingActivity(" + PurposeExpression(purposeId) + ", LegalBasis." + chosen + ")], to confirm",
                            ct => DeclareAsync(document.Project.Solution, document.Project.Id, document.Id, new[] { purposeId }, chosen, ct),
                            KeyPrefix + chosen),
                        diagnostic);
                }
            }
            return Task.CompletedTask;
        }

        private static async Task<Solution> DeclareAsync(Solution solution, ProjectId projectId, DocumentId fallback, IReadOnlyCollection<string> purposeIds, LegalBasis basis, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            var compilation = project is null ? null : await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (project is null || compilation is null) return solution;

            var declared = new HashSet<string>(AnnotationReader.ReadAssembly(compilation.Assembly).Activities.Select(a => a.PurposeId), StringComparer.Ordinal);
            var missing = purposeIds.Where(id => !declared.Contains(id)).Distinct(StringComparer.Ordinal).OrderBy(id => id, StringComparer.Ordinal).ToList();
            if (missing.Count == 0) return solution;

            var document = DocumentWithDeclarations(project, compilation, cancellationToken) ?? project.GetDocument(fallback);
            if (document is null || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax root) return solution;

            // The file's own line ending, so the new lines match the ones around them.
            var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            if (!endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)) endOfLine = SyntaxFactory.ElasticCarriageReturnLineFeed;
            var lists = missing.Select(id => SyntaxFactory.ParseCompilationUnit(
                    "[assembly: global::Klivar.PrivacyAnnotations.ProcessingActivity(" + QualifiedPurposeExpression(id) +
                    ", global::Klivar.PrivacyAnnotations.LegalBasis." + basis + ", Retention = \"" + PlaceholderRetention + "\", ToConfirm = " +
                    SymbolDisplay.FormatLiteral(ToConfirmNote(basis), quote: true) + ")]")
                .AttributeLists[0]
                .WithTrailingTrivia(endOfLine)
                .WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation));
            return solution.WithDocumentSyntaxRoot(document.Id, root.AddAttributeLists(lists.ToArray()));
        }

        /// <summary>The document holding the first existing [assembly: ProcessingActivity], where declarations live together.</summary>
        private static Document? DocumentWithDeclarations(Project project, Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                if (AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute) && attribute.ApplicationSyntaxReference is { } reference &&
                    project.GetDocument(reference.SyntaxTree) is { } document)
                    return document;
            }
            return null;
        }

        private static string PurposeExpression(string purposeId) =>
            PurposeFacts.TryFromId(purposeId, out var purpose) ? "Purpose." + purpose : SymbolDisplay.FormatLiteral(purposeId, quote: true);

        private static string QualifiedPurposeExpression(string purposeId) =>
            PurposeFacts.TryFromId(purposeId, out var purpose) ? "global::Klivar.PrivacyAnnotations.Purpose." + purpose : SymbolDisplay.FormatLiteral(purposeId, quote: true);

        /// <summary>Declares every purpose the scope lacks, once per project, with the legal basis the user picked.</summary>
        private sealed class DeclareAllPurposes : FixAllProvider
        {
            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() =>
                new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var key = fixAllContext.CodeActionEquivalenceKey;
                if (key is null || !key.StartsWith(KeyPrefix, StringComparison.Ordinal) ||
                    !Enum.TryParse<LegalBasis>(key.Substring(KeyPrefix.Length), out var basis))
                    return Task.FromResult<CodeAction?>(null);

                return Task.FromResult<CodeAction?>(CodeAction.Create(
                    "Declare every missing processing activity with LegalBasis." + basis + ", to confirm",
                    async ct =>
                    {
                        var solution = fixAllContext.Solution;
                        var projects = fixAllContext.Scope == FixAllScope.Solution ? solution.Projects.ToList() : new List<Project> { fixAllContext.Project };
                        foreach (var project in projects)
                        {
                            var diagnostics = fixAllContext.Scope == FixAllScope.Document && fixAllContext.Document is { } only
                                ? await fixAllContext.GetDocumentDiagnosticsAsync(only).ConfigureAwait(false)
                                : await fixAllContext.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
                            var ordered = diagnostics
                                .Where(d => d.Location.IsInSource && d.Properties.ContainsKey(DeclarationAnalyzer.PurposeIdProperty))
                                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                                .ThenBy(d => d.Location.SourceSpan.Start)
                                .ToList();
                            if (ordered.Count == 0 || project.GetDocument(ordered[0].Location.SourceTree) is not { } first) continue;
                            var purposes = ordered.Select(d => d.Properties[DeclarationAnalyzer.PurposeIdProperty]!).ToList();
                            solution = await DeclareAsync(solution, project.Id, first.Id, purposes, basis, ct).ConfigureAwait(false);
                        }
                        return solution;
                    },
                    key));
            }
        }
    }
}
