using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>
    /// A fix that replaces the string literal a diagnostic sits on with the text the analyzer computed and passed in
    /// the diagnostic's properties: the analyzer knows the right text, the fix only writes it.
    /// </summary>
    public abstract class StringLiteralCodeFix : CodeFixProvider
    {
        private readonly string _propertyName;
        private readonly string _equivalenceKey;

        /// <summary>Creates the fix.</summary>
        /// <param name="diagnosticId">The diagnostic it fixes.</param>
        /// <param name="propertyName">The diagnostic property that holds the replacement text.</param>
        /// <param name="equivalenceKey">The key that groups the fix in Fix All.</param>
        private protected StringLiteralCodeFix(string diagnosticId, string propertyName, string equivalenceKey)
        {
            FixableDiagnosticIds = ImmutableArray.Create(diagnosticId);
            _propertyName = propertyName;
            _equivalenceKey = equivalenceKey;
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <summary>The fix's title in the light-bulb menu.</summary>
        /// <param name="replacement">The text the literal becomes.</param>
        private protected abstract string Title(string replacement);

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(_propertyName, out var text) || text is null) continue;
                // Only a plain string literal is rewritten: a constant or an interpolation is the team's to edit.
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal
                    || !literal.IsKind(SyntaxKind.StringLiteralExpression)) continue;
                var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text)).WithTriviaFrom(literal);
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(Title(text), _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal, replacement))), _equivalenceKey),
                    diagnostic);
            }
        }
    }
}
