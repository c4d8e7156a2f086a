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
    /// KPA0001 and KPA0012 fixes: declare the member as personal data
    /// (<c>[PersonalData(DataCategory.&lt;guessed&gt;, &lt;purpose&gt;)]</c>; a person key as <c>Identification</c>) or state
    /// that it is not (<c>[NotPersonalData("...")]</c>, with a placeholder reason to replace). The purpose is always one
    /// the assembly declares, so the fix never turns a warning into a KPA0002 error: the purpose the type's other
    /// annotated members use, else the assembly's only activity's. When it cannot choose, it says so visibly
    /// (<see cref="PurposeToConfirm"/>): with several activities it lists every declared purpose for a person to trim;
    /// with none it writes no attribute, only the marker, and the warning stays until an activity is declared.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UndeclaredPersonalDataCodeFix)), Shared]
    public sealed class UndeclaredPersonalDataCodeFix : CodeFixProvider
    {
        /// <summary>Equivalence key of the "declare as personal data" action (Fix All groups by it).</summary>
        public const string PersonalDataKey = "KPA0001.PersonalData";

        /// <summary>Equivalence key of the "not personal data" action.</summary>
        public const string NotPersonalDataKey = "KPA0001.NotPersonalData";

        /// <summary>
        /// Equivalence key of the declaration <c>klivar-privacy adopt</c> writes across a code base: the same attribute
        /// as <see cref="PersonalDataKey"/>, with a <c>ToConfirm</c> note (<see cref="AdoptionNote"/>), since nobody chose
        /// its category, purposes or retention. Offered to Fix All only, not as a light-bulb action.
        /// </summary>
        public const string PersonalDataToConfirmKey = "KPA0001.PersonalDataToConfirm";

        /// <summary>The note on each declaration written under <see cref="PersonalDataToConfirmKey"/>.</summary>
        public const string AdoptionNote =
            "Proposed by klivar-privacy adopt from the member's name and type: confirm the category, the purposes and the retention (the activity's unless stated), then remove this note";

        /// <summary>The reason written by the "not personal data" action: meant to be replaced, and easy to find.</summary>
        public const string JustificationPlaceholder = "TODO: say why this is not personal data";

        /// <summary>
        /// The marker written where the fix could not choose the purpose: inside the attribute when it lists every
        /// declared purpose, or above the member when the assembly declares no processing activity yet.
        /// </summary>
        public const string PurposeToConfirm = "TODO(klivar): confirm the purpose";

        private const string Namespace = "Klivar.PrivacyAnnotations";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Rules.UndeclaredPersonalData.Id, Rules.PersonalDataLinkNotDeclared.Id);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() =>
            FixAllProvider.Create((context, document, diagnostics) =>
                FixAsync(document, diagnostics, context.CodeActionEquivalenceKey != NotPersonalDataKey, context.CancellationToken,
                    context.CodeActionEquivalenceKey == PersonalDataToConfirmKey ? AdoptionNote : null));

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                var category = CategoryOf(diagnostic);
                var one = ImmutableArray.Create(diagnostic);
                // Once marked for a person to choose the purpose, the declaring fix has done what it can.
                if (root is null || Target(root, diagnostic) is not { } target || !IsMarked(target))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Declare as personal data ({category})",
                            ct => FixAsync(context.Document, one, personal: true, ct)!,
                            PersonalDataKey),
                        diagnostic);
                }
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Declare as not personal data (state why)",
                        ct => FixAsync(context.Document, one, personal: false, ct)!,
                        NotPersonalDataKey),
                    diagnostic);
            }
        }

        private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, bool personal, CancellationToken cancellationToken, string? toConfirm = null)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit || model is null) return document;

            var targets = new Dictionary<SyntaxNode, string>();
            foreach (var diagnostic in diagnostics)
            {
                // A member already marked for a person to choose its purpose has had its fix.
                if (Target(root, diagnostic) is { } target && !targets.ContainsKey(target) && !(personal && IsMarked(target))) targets.Add(target, CategoryOf(diagnostic));
            }
            if (targets.Count == 0) return document;

            var position = targets.Keys.Min(t => t.SpanStart);
            var names = NamesAt(model, position);
            var declared = personal ? DeclaredPurposes(model.Compilation) : new List<string>();
            var purposes = new Dictionary<SyntaxNode, List<string>?>();
            foreach (var target in targets.Keys)
                purposes[target] = personal ? ChoosePurposes(model, target, declared, cancellationToken) : null;
            var newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
            var endOfLine = newLine.IsKind(SyntaxKind.EndOfLineTrivia) ? newLine : SyntaxFactory.LineFeed;

            var usesAttribute = !personal || declared.Count > 0;
            var fixedRoot = unit.ReplaceNodes(targets.Keys, (original, rewritten) =>
            {
                if (!personal) return AddAttribute(rewritten, $"{names.Prefix}NotPersonalData(\"{JustificationPlaceholder}\")", endOfLine);
                if (declared.Count == 0) return AddMarker(rewritten, endOfLine);

                var chosen = purposes[original] ?? declared;
                // The attribute takes either built-in purposes or purpose ids: a mix is written as ids throughout.
                var asIds = chosen.Any(id => BuiltIn(id) is null);
                var arguments = string.Join(", ", chosen.Select(id => asIds ? SyntaxFactory.Literal(id).ToFullString() : names.Prefix + "Purpose." + BuiltIn(id)));
                // Several activities and no hint from the type: every declared purpose, for a person to trim.
                if (purposes[original] is null) arguments += " /* " + PurposeToConfirm + ": keep the ones that apply */";
                if (toConfirm is not null) arguments += ", ToConfirm = " + SymbolDisplay.FormatLiteral(toConfirm, quote: true);
                return AddAttribute(rewritten, $"{names.Prefix}PersonalData({names.Prefix}DataCategory.{targets[original]}, {arguments})", endOfLine);
            });

            if (names.NeedsUsing && usesAttribute) fixedRoot = AddUsing(fixedRoot, endOfLine);
            return document.WithSyntaxRoot(fixedRoot);
        }

        /// <summary>The purpose ids the assembly's processing activities declare, in declaration order, each once.</summary>
        internal static List<string> DeclaredPurposes(Compilation compilation)
        {
            var ids = new List<string>();
            foreach (var activity in AnnotationReader.ReadAssembly(compilation.Assembly).Activities)
            {
                if (!ids.Contains(activity.PurposeId)) ids.Add(activity.PurposeId);
            }
            return ids;
        }

        /// <summary>
        /// The purposes to write, all declared by the assembly: those the type's other annotated members (or the type
        /// itself) use when they agree, else the only activity's; null when the fix cannot choose.
        /// </summary>
        private static List<string>? ChoosePurposes(SemanticModel model, SyntaxNode target, List<string> declared, CancellationToken cancellationToken) =>
            ChoosePurposes(model.GetDeclaredSymbol(target is FieldDeclarationSyntax field ? field.Declaration.Variables[0] : target, cancellationToken)?.ContainingType, declared, cancellationToken);

        /// <inheritdoc cref="ChoosePurposes(SemanticModel, SyntaxNode, List{string}, CancellationToken)"/>
        internal static List<string>? ChoosePurposes(INamedTypeSymbol? type, List<string> declared, CancellationToken cancellationToken)
        {
            if (declared.Count == 0) return null;
            if (type is not null)
            {
                List<string>? used = null;
                var agree = true;
                foreach (var symbol in type.GetMembers().Append<ISymbol>(type))
                {
                    foreach (var attribute in symbol.GetAttributes())
                    {
                        // A purpose the fix only proposed (marked to confirm) is no hint: it would lose its mark.
                        if (!AnnotationReader.IsPersonalData(attribute) || AnnotationReader.ReadPersonalData(attribute) is not { } annotation ||
                            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).ToFullString().Contains(PurposeToConfirm) == true)
                            continue;
                        var ids = annotation.PurposeIds.Where(declared.Contains).Distinct().ToList();
                        if (ids.Count == 0) continue;
                        if (used is null) used = ids;
                        else agree &= used.SequenceEqual(ids);
                    }
                }
                if (used is not null && agree) return used;
            }
            return declared.Count == 1 ? declared : null;
        }

        /// <summary>The built-in purpose whose id this is, or null for a team's own purpose id.</summary>
        internal static Purpose? BuiltIn(string id)
        {
            for (var purpose = Purpose.PlatformManagement; purpose <= Purpose.CustomerManagement; purpose++)
            {
                if (PurposeFacts.Id(purpose) == id) return purpose;
            }
            return null;
        }

        /// <summary>No processing activity to take a purpose from: a visible marker above the member, no attribute.</summary>
        private static SyntaxNode AddMarker(SyntaxNode declaration, SyntaxTrivia endOfLine)
        {
            var marker = SyntaxFactory.Comment("/* " + PurposeToConfirm + ": declare an [assembly: ProcessingActivity] first, then this member's [PersonalData] */");
            var leading = declaration.GetLeadingTrivia();
            var indentation = leading.Count > 0 && leading.Last().IsKind(SyntaxKind.WhitespaceTrivia) ? leading.Last() : default;
            var added = declaration is ParameterSyntax
                ? SyntaxFactory.TriviaList(marker, SyntaxFactory.Space)
                : indentation == default ? SyntaxFactory.TriviaList(marker, endOfLine) : SyntaxFactory.TriviaList(marker, endOfLine, indentation);
            return declaration.WithLeadingTrivia(leading.AddRange(added));
        }

        private static bool IsMarked(SyntaxNode declaration) =>
            declaration.GetLeadingTrivia().Any(t => t.IsKind(SyntaxKind.MultiLineCommentTrivia) && t.ToString().Contains(PurposeToConfirm));

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

        internal static SyntaxNode AddAttribute(SyntaxNode declaration, string attributeText, SyntaxTrivia endOfLine)
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
                TypeDeclarationSyntax type => type.WithAttributeLists(type.AttributeLists.Insert(0, list)),
                FieldDeclarationSyntax field => field.WithAttributeLists(field.AttributeLists.Insert(0, list)),
                ParameterSyntax parameter => parameter.WithAttributeLists(parameter.AttributeLists.Insert(0, list)),
                _ => declaration,
            };
        }

        /// <summary>
        /// How to spell our names at the declaration: short when <c>Klivar.PrivacyAnnotations</c> is in scope or can be
        /// imported; fully qualified when another <c>PersonalDataAttribute</c> (ASP.NET Core Identity's) is in scope.
        /// </summary>
        internal static (string Prefix, bool NeedsUsing) NamesAt(SemanticModel model, int position)
        {
            var inScope = false;
            foreach (var symbol in model.LookupNamespacesAndTypes(position, name: "PersonalDataAttribute"))
            {
                if (symbol.ContainingNamespace?.ToDisplayString() == Namespace) inScope = true;
                else return ("global::" + Namespace + ".", false);
            }
            return ("", !inScope);
        }

        internal static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, SyntaxTrivia endOfLine)
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
