using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
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
    /// KPA0009 on a record: first, makes it partial (the generator then writes a redacting <c>PrintMembers</c>); else
    /// declares the <c>PrintMembers</c> the compiler would have generated, with every personal
    /// member printed through <c>Redaction.Redact</c>. The record keeps its <c>Name { A = 1, B = ... }</c> shape and
    /// does not depend on generated code.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RedactRecordCodeFix)), Shared]
    public sealed class RedactRecordCodeFix : CodeFixProvider
    {
        private const string EquivalenceKey = "KPA-RedactRecord";
        private const string PartialEquivalenceKey = "KPA-MakeRecordPartial";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.ToStringPrintsPersonalData.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(LeakAnalyzer.KindProperty, out var kind) || kind != LeakAnalyzer.RecordKind) continue;
                var record = root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<RecordDeclarationSyntax>();
                if (record is null) continue;
                var document = context.Document;
                // First fix: let the generator write the redacting PrintMembers. Offered when every declaration that
                // needs the keyword is in this file (a type declared in several files is partial already).
                if (NonPartialDeclarations(record) is { Count: > 0 } declarations)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create("Make it partial (the generator prints personal members redacted)",
                            ct => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNodes(declarations, (_, current) => AddPartial(current)))), PartialEquivalenceKey),
                        diagnostic);
                }
                context.RegisterCodeFix(
                    CodeAction.Create("Print personal members through Redaction.Redact (declare PrintMembers)",
                        ct => AddPrintMembersAsync(document, record, ct), EquivalenceKey),
                    diagnostic);
            }
        }

        private static List<TypeDeclarationSyntax> NonPartialDeclarations(RecordDeclarationSyntax record)
        {
            var result = new List<TypeDeclarationSyntax>();
            foreach (var declaration in record.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
            {
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) result.Add(declaration);
            }
            return result;
        }

        // `partial` goes last among the modifiers, where the compiler requires it.
        private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
        {
            var partial = SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space);
            if (declaration.Modifiers.Count == 0)
            {
                // The keyword starts the declaration: it takes over the leading trivia (indentation, comments).
                var keyword = declaration.Keyword;
                return declaration.WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
                    .WithModifiers(SyntaxFactory.TokenList(partial.WithLeadingTrivia(keyword.LeadingTrivia)));
            }
            return declaration.WithModifiers(declaration.Modifiers.Add(partial));
        }

        private static async Task<Document> AddPrintMembersAsync(Document document, RecordDeclarationSyntax record, CancellationToken cancellationToken)
        {
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (model?.GetDeclaredSymbol(record, cancellationToken) is not INamedTypeSymbol type || root is null) return document;

            var lookup = new PersonalDataLookup();
            var derived = type.BaseType is { IsRecord: true };
            var modifiers = type.IsValueType || type.IsSealed ? "private" : derived ? "protected override" : "protected virtual";
            var body = new StringBuilder();
            if (derived) body.Append("if (base.PrintMembers(builder)) builder.Append(\", \");\n");
            var first = true;
            foreach (var member in type.GetMembers())
            {
                if (!RecordPrinting.IsPrinted(member)) continue;
                var name = SyntaxFacts.GetKeywordKind(member.Name) == SyntaxKind.None ? member.Name : "@" + member.Name;
                var value = name;
                if (lookup.Of(member) is { } personal && VocabularyValues.IsDefined((DataCategory)personal.Annotation.Category))
                {
                    var redaction = personal.Annotation.Redaction;
                    value = RedactValueCodeFix.RedactCall(SyntaxFactory.IdentifierName(name), ((DataCategory)personal.Annotation.Category).ToString(),
                        VocabularyValues.IsExplicit((RedactionKind)redaction) ? ((RedactionKind)redaction).ToString() : null,
                        typeName => RedactValueCodeFix.Qualify(typeName, model, record.SpanStart)).ToFullString();
                }
                body.Append("builder.Append(\"").Append(first ? "" : ", ").Append(member.Name).Append(" = \");\n");
                body.Append("builder.Append(").Append(value).Append(");\n");
                first = false;
            }
            body.Append("return true;\n");

            var method = (MethodDeclarationSyntax)SyntaxFactory.ParseMemberDeclaration(
                modifiers + " bool PrintMembers(global::System.Text.StringBuilder builder)\n{\n" + body + "}\n")!;
            method = method.WithAdditionalAnnotations(Simplifier.Annotation, Formatter.Annotation);

            var updated = record;
            if (record.OpenBraceToken.IsKind(SyntaxKind.None))
            {
                // `record R(...);` has no body yet.
                updated = record.WithSemicolonToken(default)
                    .WithOpenBraceToken(SyntaxFactory.Token(SyntaxKind.OpenBraceToken))
                    .WithCloseBraceToken(SyntaxFactory.Token(SyntaxKind.CloseBraceToken).WithTrailingTrivia(record.SemicolonToken.TrailingTrivia));
            }
            updated = updated.AddMembers(method).WithAdditionalAnnotations(Formatter.Annotation);
            return document.WithSyntaxRoot(root.ReplaceNode(record, updated));
        }
    }
}
