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
    /// <summary>KPA0016: replaces an anchor name no rule uses with the nearest name a rule does use.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionAnchorCodeFix)), Shared]
    public sealed class RetentionAnchorCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "KPA0016-NearestAnchor";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UnknownRetentionAnchor.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(RetentionAnchorAnalyzer.NearestProperty, out var nearest) || nearest is null) continue;
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal) continue;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(nearest)).WithTriviaFrom(literal);
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create("Use '" + nearest + "'", _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
