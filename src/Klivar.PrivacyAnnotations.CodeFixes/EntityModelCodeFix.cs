using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>
    /// KPA0036 fix: declares what the EF Core model configures, where a declaration can live. A shadow property has no
    /// member: it is named on its entity type, in the <c>[PersonalData(DataCategory.X, ..., Members = new[] { ... })]</c>
    /// of its category (added to, or written). A class member the model makes personal (a column of a type a person
    /// owns, a foreign key to a person) gets its own <c>[PersonalData]</c>. The purpose is chosen as KPA0001's fix
    /// chooses it, always one the assembly declares; with no processing activity declared the fix is not offered.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EntityModelCodeFix)), Shared]
    public sealed class EntityModelCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the declaring action.</summary>
        public const string DeclareKey = "KPA0036.Declare";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UndeclaredModelPersonalData.Id);

        /// <inheritdoc />
        public override FixAllProvider? GetFixAllProvider() => null;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            if (compilation is null || UndeclaredPersonalDataCodeFix.DeclaredPurposes(compilation).Count == 0) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (Resolve(compilation, diagnostic) is not { } target) continue;
                var title = target.ShadowName is { } name
                    ? $"Declare '{name}' on '{target.Type.Name}' as personal data ({CategoryOf(diagnostic)})"
                    : $"Declare '{target.Member!.Name}' as personal data ({CategoryOf(diagnostic)})";
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => FixAsync(context.Document.Project.Solution, diagnostic, ct), DeclareKey),
                    diagnostic);
            }
        }

        private sealed class Target
        {
            public Target(INamedTypeSymbol type, string? shadowName, ISymbol? member)
            {
                Type = type;
                ShadowName = shadowName;
                Member = member;
            }

            public INamedTypeSymbol Type { get; }

            public string? ShadowName { get; }

            public ISymbol? Member { get; }
        }

        private static Target? Resolve(Compilation compilation, Diagnostic diagnostic)
        {
            var properties = diagnostic.Properties;
            if (properties.TryGetValue(EntityModelAnalyzer.MemberProperty, out var memberId) && memberId is not null)
            {
                var member = DocumentationCommentId.GetFirstSymbolForDeclarationId(memberId, compilation);
                return member is { ContainingType: { } type } && !member.DeclaringSyntaxReferences.IsEmpty ? new Target(type, null, member) : null;
            }
            if (properties.TryGetValue(EntityModelAnalyzer.EntityProperty, out var entityId) && entityId is not null &&
                properties.TryGetValue(EntityModelAnalyzer.NameProperty, out var name) && name is not null &&
                DocumentationCommentId.GetFirstSymbolForDeclarationId(entityId, compilation) is INamedTypeSymbol entity &&
                !entity.DeclaringSyntaxReferences.IsEmpty)
                return new Target(entity, name, null);
            return null;
        }

        private static async Task<Solution> FixAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var document = solution.GetDocument(diagnostic.Location.SourceTree);
            if (document is null) return solution;
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null || Resolve(compilation, diagnostic) is not { } target) return solution;

            // The declaration lives with the member, or on the type's first declaration: maybe another document.
            var reference = (target.Member ?? target.Type).DeclaringSyntaxReferences[0];
            var declaringDocument = solution.GetDocument(reference.SyntaxTree);
            if (declaringDocument is null) return solution;
            var root = await declaringDocument.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await declaringDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit || model is null) return solution;
            var node = root.FindNode(reference.Span);
            SyntaxNode? declaration = target.Member is null
                ? node.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault()
                : node.AncestorsAndSelf().FirstOrDefault(n => n is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);
            if (declaration is null) return solution;

            var category = CategoryOf(diagnostic);
            var names = UndeclaredPersonalDataCodeFix.NamesAt(model, declaration.SpanStart);
            var declared = UndeclaredPersonalDataCodeFix.DeclaredPurposes(model.Compilation);
            var chosen = UndeclaredPersonalDataCodeFix.ChoosePurposes(target.Type, declared, cancellationToken);
            var asIds = (chosen ?? declared).Any(id => UndeclaredPersonalDataCodeFix.BuiltIn(id) is null);
            var purposes = string.Join(", ", (chosen ?? declared).Select(id => asIds ? SyntaxFactory.Literal(id).ToFullString() : names.Prefix + "Purpose." + UndeclaredPersonalDataCodeFix.BuiltIn(id)));
            if (chosen is null) purposes += " /* " + UndeclaredPersonalDataCodeFix.PurposeToConfirm + ": keep the ones that apply */";
            var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var endOfLine = newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.LineFeed;

            SyntaxNode fixedRoot;
            if (target.ShadowName is { } shadow && declaration is TypeDeclarationSyntax type && MembersOf(type, model, category, cancellationToken) is { } existing)
            {
                // The type already names members of this category: the shadow property joins them.
                var literal = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(shadow));
                var grown = existing.WithExpressions(existing.Expressions.Add(literal));
                fixedRoot = unit.ReplaceNode(existing, grown);
            }
            else
            {
                var text = target.ShadowName is { } name
                    ? $"{names.Prefix}PersonalData({names.Prefix}DataCategory.{category}, {purposes}, Members = new[] {{ {SyntaxFactory.Literal(name).ToFullString()} }})"
                    : $"{names.Prefix}PersonalData({names.Prefix}DataCategory.{category}, {purposes})";
                fixedRoot = unit.ReplaceNode(declaration, UndeclaredPersonalDataCodeFix.AddAttribute(declaration, text, endOfLine));
                if (names.NeedsUsing) fixedRoot = UndeclaredPersonalDataCodeFix.AddUsing((CompilationUnitSyntax)fixedRoot, endOfLine);
            }
            return solution.WithDocumentSyntaxRoot(declaringDocument.Id, fixedRoot);
        }

        /// <summary>The <c>Members = new[] { ... }</c> initializer of the type's <c>[PersonalData]</c> of this category, if any.</summary>
        private static InitializerExpressionSyntax? MembersOf(TypeDeclarationSyntax type, SemanticModel model, string category, CancellationToken cancellationToken)
        {
            foreach (var attribute in type.AttributeLists.SelectMany(l => l.Attributes))
            {
                if (attribute.ArgumentList is not { } arguments || arguments.Arguments.Count == 0) continue;
                if (model.GetSymbolInfo(attribute, cancellationToken).Symbol?.ContainingType?.ToDisplayString() != "Klivar.PrivacyAnnotations.PersonalDataAttribute") continue;
                if (!arguments.Arguments[0].Expression.ToString().EndsWith("DataCategory." + category, System.StringComparison.Ordinal)) continue;
                foreach (var argument in arguments.Arguments)
                {
                    if (argument.NameEquals?.Name.Identifier.ValueText != "Members") continue;
                    return argument.Expression switch
                    {
                        ImplicitArrayCreationExpressionSyntax implicitArray => implicitArray.Initializer,
                        ArrayCreationExpressionSyntax array => array.Initializer,
                        CollectionExpressionSyntax => null,
                        _ => null,
                    };
                }
            }
            return null;
        }

        private static string CategoryOf(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(UndeclaredPersonalDataAnalyzer.CategoryProperty, out var category) && category is not null
                ? category
                : "Identification";
    }
}
