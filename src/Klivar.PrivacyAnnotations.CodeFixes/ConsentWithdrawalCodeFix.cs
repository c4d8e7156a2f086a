using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>KPA0038: ends a consent-based retention rule on the withdrawal (<c>during contract unless consent-withdrawn</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsentWithdrawalCodeFix)), Shared]
    public sealed class ConsentWithdrawalCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "KPA0038-UnlessConsentWithdrawn";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.ConsentRetentionWithoutWithdrawal.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(RetentionGroundAnalyzer.FixedTextProperty, out var text) || text is null) continue;
                // Only a plain string literal is rewritten: a constant or an interpolation is the team's to edit.
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression)) continue;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal);
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create("End retention when consent is withdrawn", _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
