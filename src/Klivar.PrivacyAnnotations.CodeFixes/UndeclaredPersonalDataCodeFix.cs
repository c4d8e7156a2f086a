using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>
    /// KPA0001 fixes: declare the member as personal data (<c>[PersonalData(DataCategory.&lt;guessed&gt;, &lt;purpose&gt;)]</c>)
    /// or state that it is not (<c>[NotPersonalData("...")]</c>, with a placeholder reason to replace). The purpose is the
    /// assembly's only processing activity when it declares exactly one, else <c>Purpose.PlatformManagement</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredPersonalDataCodeFix)), Shared]
    public sealed class UndeclaredPersonalDataCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the "declare as personal data" action (Fix All groups by it).</summary>
        public const string PersonalDataKey = "KPA0001.PersonalData";

        /// <summary>Equivalence key of the "not personal data" action.</summary>
        public const string NotPersonalDataKey = "KPA0001.NotPersonalData";

        /// <summary>The reason written by the "not personal data" action: meant to be replaced, and easy to find.</summary>
        public const string JustificationPlaceholder = "TODO: say why this is not personal data";

        private const string Namespace = "Klivar.PrivacyAnnotations";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UndeclaredPersonalData.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) =>
                FixAsync(document, diagnostics, context.CodeActionEquivalenceKey == PersonalDataKey, context.CancellationToken));

        /// <inheritdoc />
        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var category = CategoryOf(diagnostic);
                var one = ImmutableArray.Create(diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        $"Declare as personal data ({category})",
                        ct => FixAsync(context.Document, one, personal: true, ct)!,
                        PersonalDataKey),
                    diagnostic);
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Declare as not personal data (state why)",
                        ct => FixAsync(context.Document, one, personal: false, ct)!,
                        NotPersonalDataKey),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool personal, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit || model is null) return document;

            var targets = new Dictionary<SyntaxNode, string>();
            foreach (var diagnostic in diagnostics)
            {
                if (Target(root, diagnostic) is { } target && !targets.ContainsKey(target)) targets.Add(target, CategoryOf(diagnostic));
            }
            if (targets.Count == 0) return document;

            var position = targets.Keys.Min(t => t.SpanStart);
            var names = NamesAt(model, position);
            var purpose = personal ? PurposeArgument(model.Compilation, names.Prefix) : "";
            var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var endOfLine = newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.LineFeed;

            var fixedRoot = unit.ReplaceNodes(targets.Keys, (original, rewritten) =>
            {
                var attribute = personal
                    ? $"{names.Prefix}PersonalData({names.Prefix}DataCategory.{targets[original]}, {purpose})"
                    : $"{names.Prefix}NotPersonalData(\"{JustificationPlaceholder}\")";
                return AddAttribute(rewritten, attribute, endOfLine);
            });

            if (names.NeedsUsing) fixedRoot = AddUsing(fixedRoot, endOfLine);
            return document.WithSyntaxRoot(fixedRoot);
        }

        /// <summary>The declaration the diagnostic is on: a property, a field, or a record's positional parameter.</summary>
        private static SyntaxNode? Target(SyntaxNode root, Diagnostic diagnostic)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                switch (ancestor)
                {
                    case PropertyDeclarationSyntax:
                    case ParameterSyntax:
                        return ancestor;
                    case VariableDeclaratorSyntax declarator when declarator.Parent?.Parent is FieldDeclarationSyntax field:
                        return field;
                }
            }
            return null;
        }

        private static SyntaxNode AddAttribute(SyntaxNode declaration, string attributeText, SyntaxTrivia endOfLine)
        {
            var attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(attributeText.Substring(0, attributeText.IndexOf('('))),
                SyntaxFactory.ParseAttributeArgumentList(attributeText.Substring(attributeText.IndexOf('('))));
            var list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));

            // The new list takes the declaration's leading trivia (comments, indentation); the declaration keeps only
            // its indentation, on the next line. A parameter keeps the attribute on its own line.
            var leading = declaration.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : default;
            var isParameter = declaration is ParameterSyntax;
            list = list.WithLeadingTrivia(leading).WithTrailingTrivia(isParameter ? SyntaxFactory.Space : endOfLine);
            var rest = declaration.WithLeadingTrivia(isParameter || indentation == default ? SyntaxTriviaList.Empty : SyntaxFactory.TriviaList(indentation));

            return rest switch
            {
                PropertyDeclarationSyntax property => property.WithAttributeLists(property.AttributeLists.Insert(0, list)),
                FieldDeclarationSyntax field => field.WithAttributeLists(field.AttributeLists.Insert(0, list)),
                ParameterSyntax parameter => parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, list)),
                _ => declaration,
            };
        }

        /// <summary>
        /// How to spell our names at the declaration: short when <c>Klivar.PrivacyAnnotations</c> is in scope or can be
        /// imported; fully qualified when another <c>PersonalDataAttribute</c> (ASP.NET Core Identity's) is in scope.
        /// </summary>
        private static (string Prefix, bool NeedsUsing) NamesAt(SemanticModel model, int position)
        {
            var inScope = false;
            foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "PersonalDataAttribute"))
            {
                if (symbol.ContainingNamespace?.ToDisplayString() == Namespace) inScope = true;
                else return ("global::" + Namespace + ".", false);
            }
            return ("", !inScope);
        }

        /// <summary>The purpose of the assembly's single processing activity, else <c>Purpose.PlatformManagement</c>.</summary>
        private static string PurposeArgument(Compilation compilation, string prefix)
        {
            var activities = AnnotationReader.ReadAssembly(compilation.Assembly).Activities;
            if (activities.Count == 1)
            {
                var id = activities[0].PurposeId;
                for (var purpose = Purpose.PlatformManagement; purpose <= Purpose.CustomerManagement; purpose++)
                {
                    if (PurposeFacts.Id(purpose) == id) return prefix + "Purpose." + purpose;
                }
                return SyntaxFactory.Literal(id).ToFullString();
            }
            return prefix + "Purpose." + nameof(Purpose.PlatformManagement);
        }

        private static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, SyntaxTrivia endOfLine)
        {
            var directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace))
                .WithUsingKeyword(SyntaxFactory.Token(SyntaxKind.UsingKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithTrailingTrivia(endOfLine);
            var usings = unit.Usings;
            if (usings.Count == 0)
            {
                // Before the first declaration, after any file header, with a blank line between.
                var first = unit.GetLeadingTrivia();
                unit = unit.WithoutLeadingTrivia();
                return unit.WithUsings(SyntaxFactory.SingletonList(directive.WithLeadingTrivia(first).WithTrailingTrivia(endOfLine, endOfLine)));
            }

            // Keep an ordinal order among the plain usings, System first as dotnet_sort_system_directives_first does.
            var index = usings.Count;
            for (var i = 0; i < usings.Count; i++)
            {
                var existing = usings[i];
                if (existing.Alias is not null || !existing.StaticKeyword.IsKind(SyntaxKind.None) || existing.Name is null) continue;
                var name = existing.Name.ToString();
                if (name == "System" || name.StartsWith("System.", System.StringComparison.Ordinal)) continue;
                if (string.CompareOrdinal(name, Namespace) > 0) { index = i; break; }
            }
            if (index == 0)
            {
                // Taking the first place: the file header stays first.
                var header = usings[0].GetLeadingTrivia();
                usings = usings.Replace(usings[0], usings[0].WithLeadingTrivia(SyntaxTriviaList.Empty));
                directive = directive.WithLeadingTrivia(header);
            }
            return unit.WithUsings(usings.Insert(index, directive));
        }

        private static string CategoryOf(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(UndeclaredPersonalDataAnalyzer.CategoryProperty, out var category) && category is not null
                ? category
                : nameof(DataCategory.Identification);
    }
}
