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
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnrecordedAnnotationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnrecordablePlacement);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var attributeType = start.Compilation.GetTypeByMetadataName(KnownNames.PersonalDataAttribute);
                if (attributeType is null) return;
                start.RegisterSyntaxNodeAction(node => Analyze(node, attributeType), SyntaxKind.Attribute);
            });
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
