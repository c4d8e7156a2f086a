using System.Collections.Immutable;
using System.Linq;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// KPA0013 for a <c>[PersonalData]</c> the compiler accepts where the register cannot record it: an indexer, a
    /// constant, an event's backing field, a parameter of a local function, lambda, delegate, operator, indexer or
    /// accessor. The register lists properties and fields (static ones marked static), and parameters of methods and
    /// constructors; an annotation anywhere else would be silently left out, a false statement in the register.
    /// KPA0018 for a personal property or field whose value the privacy table cannot hold (a ref struct, a pointer):
    /// its type gets no helpers, which would otherwise go unsaid.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnrecordedAnnotationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnrecordablePlacement, Rules.UnholdablePersonalMember);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var attributeType = KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute);
                if (attributeType is null) return;
                start.RegisterSyntaxNodeAction(node => Analyze(node, attributeType), SyntaxKind.Attribute);
                start.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            // Cheap first: most types hold no ref struct or pointer, and then their annotations are not read at all. A
            // ref struct cannot be held itself, whatever its members.
            var candidates = type.GetMembers().Where(m => !m.IsStatic && TypeFacts.ValueTypeOf(m) is { } t && (type.IsRefLikeType || TypeFacts.CannotBeBoxed(t))).ToList();
            if (candidates.Count == 0) return;
            // The members the generator's table would list as personal: annotated, or covered by the type's annotation.
            var personal = AnnotationReader.ReadType(type).Members.Where(m => m.Kind != MemberKind.Parameter && !m.IsStatic).Select(m => m.Name).ToImmutableHashSet();
            foreach (var member in candidates)
            {
                if (!personal.Contains(member.Name) || member.Locations.FirstOrDefault(l => l.IsInSource) is not { } location) continue;
                var holder = type.IsRefLikeType ? type : TypeFacts.ValueTypeOf(member)!;
                var what = (holder.IsRefLikeType ? "the ref struct '" : "the pointer '") + holder.ToDisplayString() + "'";
                context.ReportDiagnostic(Diagnostic.Create(Rules.UnholdablePersonalMember, location, member.Name, what, type.ToDisplayString()));
            }
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, INamedTypeSymbol attributeType)
        {
            var attribute = (AttributeSyntax)context.Node;
            // Syntax first (cheap): only attributes named like ours, placed where the register cannot record them.
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => "",
            };
            if (name != "PersonalData" && name != "PersonalDataAttribute") return;
            if (attribute.Parent is not AttributeListSyntax list || Unrecorded(list) is not { } where) return;
            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor ||
                !SymbolEqualityComparer.Default.Equals(constructor.ContainingType, attributeType))
                return;
            context.ReportDiagnostic(Diagnostic.Create(Rules.UnrecordablePlacement, attribute.GetLocation(), where));
        }

        /// <summary>What the attribute list annotates, when the register cannot record it; null otherwise.</summary>
        private static string? Unrecorded(AttributeListSyntax list)
        {
            var target = list.Target?.Identifier.ValueText;
            switch (list.Parent)
            {
                case IndexerDeclarationSyntax:
                    return "the indexer 'this[]'";
                case EventFieldDeclarationSyntax eventField when target == "field":
                    return "the backing field of the event '" + Names(eventField.Declaration) + "'";
                case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                    return "the constant '" + Names(field.Declaration) + "'";
                case AccessorDeclarationSyntax when target == "param":
                    return "the value parameter of an accessor";
                case ParameterSyntax parameter:
                    var what = "the parameter '" + parameter.Identifier.ValueText + "'";
                    switch (parameter.Parent is ParameterListSyntax or BracketedParameterListSyntax ? parameter.Parent.Parent : parameter.Parent)
                    {
                        case LocalFunctionStatementSyntax local: return what + " of the local function '" + local.Identifier.ValueText + "'";
                        case LambdaExpressionSyntax: return what + " of a lambda";
                        case AnonymousMethodExpressionSyntax: return what + " of an anonymous method";
                        case DelegateDeclarationSyntax @delegate: return what + " of the delegate '" + @delegate.Identifier.ValueText + "'";
                        case IndexerDeclarationSyntax: return what + " of an indexer";
                        case OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax: return what + " of an operator";
                        default: return null;
                    }
                default:
                    return null;
            }
        }

        private static string Names(VariableDeclarationSyntax declaration) =>
            string.Join(", ", declaration.Variables.Select(v => v.Identifier.ValueText));
    }
}
