using System;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>
    /// KPA0008 and KPA0009 (a member read by ToString): wraps a personal member in
    /// <c>Redaction.Redact(value, DataCategory.X)</c>, and a whole annotated object in <c>value.ToRedactedString()</c>
    /// (generated for every type holding personal data).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactValueCodeFix)), Shared]
    public sealed class RedactValueCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "KPA-RedactValue";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Rules.PersonalDataInOutput.Id, Rules.ToStringPrintsPersonalData.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression) continue;
                if (Replacement(expression, diagnostic, model) is not { } replacement) continue;
                var title = diagnostic.Properties.TryGetValue(LeakAnalyzer.KindProperty, out var kind) && kind == LeakAnalyzer.ObjectKind
                    ? "Print it with ToRedactedString()"
                    : "Redact it with Redaction.Redact";
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(expression, replacement))), EquivalenceKey),
                    diagnostic);
            }
        }

        private static ExpressionSyntax? Replacement(ExpressionSyntax expression, Diagnostic diagnostic, SemanticModel model)
        {
            var properties = diagnostic.Properties;
            if (!properties.TryGetValue(LeakAnalyzer.KindProperty, out var kind)) return null;
            var value = expression.WithoutTrivia();
            ExpressionSyntax replacement;
            if (kind == LeakAnalyzer.ObjectKind)
            {
                var receiver = value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ThisExpressionSyntax
                    ? value
                    : SyntaxFactory.ParenthesizedExpression(value);
                replacement = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, SyntaxFactory.IdentifierName("ToRedactedString")));
            }
            else if (kind == LeakAnalyzer.MemberKind && properties.TryGetValue(LeakAnalyzer.CategoryProperty, out var category) && category is not null)
            {
                replacement = RedactCall(value, category, properties.TryGetValue(LeakAnalyzer.RedactionProperty, out var redaction) ? redaction : null,
                    name => Qualify(name, model, expression.SpanStart));
            }
            else
            {
                return null;
            }
            return replacement.WithTriviaFrom(expression).WithAdditionalAnnotations(Simplifier.Annotation);
        }

        /// <summary><c>Redaction.Redact(value, DataCategory.X[, RedactionKind.Y])</c>, names qualified by <paramref name="qualify"/>.</summary>
        internal static ExpressionSyntax RedactCall(ExpressionSyntax value, string category, string? redaction, Func<string, string> qualify)
        {
            var arguments = SyntaxFactory.SeparatedList(new[]
            {
                SyntaxFactory.Argument(value),
                SyntaxFactory.Argument(SyntaxFactory.ParseExpression(qualify("DataCategory") + "." + category)),
            });
            if (redaction is not null)
                arguments = arguments.Add(SyntaxFactory.Argument(SyntaxFactory.ParseExpression(qualify("RedactionKind") + "." + redaction)));
            return SyntaxFactory.InvocationExpression(SyntaxFactory.ParseExpression(qualify("Redaction") + ".Redact"), SyntaxFactory.ArgumentList(arguments));
        }

        /// <summary>
        /// The short name of a vocabulary type where it binds to ours at <paramref name="position"/> (a using is in
        /// scope), else its global name: the fix never changes what the code means.
        /// </summary>
        internal static string Qualify(string typeName, SemanticModel model, int position)
        {
            var found = model.LookupNamespacesAndTypes(position, name: typeName);
            return found.Length == 1 && found[0] is INamedTypeSymbol type && type.ToDisplayString() == "Klivar.PrivacyAnnotations." + typeName
                ? typeName
                : "global::Klivar.PrivacyAnnotations." + typeName;
        }
    }
}
