using System;
using System.Collections.Generic;
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
    /// KPA0017: a <c>[LoggerMessage]</c> parameter marked <c>[LogProperties]</c> whose type (its bases, nested
    /// <c>[LogProperties]</c> members, a record's positional parameters, in source or in a referenced assembly) has
    /// personal members without a data classification: Microsoft's logging generator writes them as they are.
    /// </summary>
    /// <remarks>
    /// The logging generator marks the method's implementing part <c>[GeneratedCode]</c>, which makes the whole partial
    /// method generated code to the analyzer driver: symbol actions never see it and diagnostics inside it are dropped.
    /// This analyzer therefore reads the user's declaration (the part without a body) and reports on generated code too;
    /// it looks at nothing else, so the generated files themselves are never examined.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LogPropertiesAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnclassifiedLogProperty);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                if (KnownTypes.FindRuntime(compilation, KnownNames.PersonalDataAttribute) is null) return;
                var analysis = new Analysis(compilation);
                if (analysis.SeesLogProperties) start.RegisterSyntaxNodeAction(analysis.AnalyzeMethod, SyntaxKind.MethodDeclaration);
            });
        }

        private sealed class Analysis
        {
            private readonly PersonalDataLookup _lookup = new PersonalDataLookup();
            private readonly INamedTypeSymbol? _loggerMessageAttribute;
            private readonly INamedTypeSymbol? _logProperties;
            private readonly INamedTypeSymbol? _dataClassification;

            public Analysis(Compilation compilation)
            {
                _loggerMessageAttribute = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
                _logProperties = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.LogPropertiesAttribute");
                _dataClassification = KnownTypes.Find(compilation, "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute");
            }

            /// <summary>Microsoft.Extensions.Telemetry's [LogProperties] is referenced: KPA0017 has something to check.</summary>
            public bool SeesLogProperties => _logProperties is not null && _loggerMessageAttribute is not null;

            public void AnalyzeMethod(SyntaxNodeAnalysisContext context)
            {
                var declaration = (MethodDeclarationSyntax)context.Node;
                // The user's declaration of a [LoggerMessage] method: attributes, no body (the generator writes the body),
                // an attributed parameter. Only those are bound.
                if (declaration.AttributeLists.Count == 0 || declaration.Body is not null || declaration.ExpressionBody is not null || !HasAttributedParameter(declaration)) return;
                if (context.SemanticModel.GetDeclaredSymbol(declaration, context.CancellationToken) is not IMethodSymbol method) return;
                if (method.PartialDefinitionPart is not null || !HasAttribute(method, _loggerMessageAttribute)) return;
                foreach (var parameter in method.Parameters)
                {
                    if (!HasAttribute(parameter, _logProperties)) continue;
                    var missing = new List<(string Member, string Category)>();
                    CollectUnclassified(parameter.Type, parameter.Type.Name, missing, 0);
                    if (missing.Count == 0) continue;
                    var categories = new SortedSet<string>(StringComparer.Ordinal);
                    foreach (var item in missing) categories.Add("[" + item.Category + "Data]");
                    var names = new List<string>();
                    foreach (var item in missing) names.Add(item.Member + " (" + item.Category + ")");
                    context.ReportDiagnostic(Diagnostic.Create(Rules.UnclassifiedLogProperty, parameter.Locations.FirstOrDefault() ?? Location.None,
                        parameter.Name, string.Join(", ", names), string.Join(", ", categories)));
                }
            }

            private static bool HasAttributedParameter(MethodDeclarationSyntax declaration)
            {
                foreach (var parameter in declaration.ParameterList.Parameters)
                {
                    if (parameter.AttributeLists.Count > 0) return true;
                }
                return false;
            }

            // The properties [LogProperties] logs: public instance properties of the type and its bases; a property that
            // is itself [LogProperties] is followed (a few levels: the logging generator stops too). A record's
            // positional property counts as classified by the classification on its parameter too: the logging
            // generator reads it there, in source or in a referenced assembly.
            private void CollectUnclassified(ITypeSymbol type, string path, List<(string Member, string Category)> missing, int depth)
            {
                if (depth > 4) return;
                for (var t = type as INamedTypeSymbol; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
                {
                    foreach (var member in t.GetMembers())
                    {
                        if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, DeclaredAccessibility: Accessibility.Public } property) continue;
                        var positional = t.IsRecord ? AnnotationReader.PositionalParameterOf(property) : null;
                        // [LogProperties] is followed on the property only: the logging generator ignores it on a positional
                        // parameter and logs the value through its ToString (KPA0009's concern).
                        if (HasAttribute(property, _logProperties))
                            CollectUnclassified(property.Type, path + "." + property.Name, missing, depth + 1);
                        else if (_lookup.Of(property) is { } value && !HasAttribute(property, _dataClassification) && !HasAttribute(positional, _dataClassification))
                            missing.Add((path + "." + property.Name, value.Annotation.CategoryName));
                    }
                }
            }

            // An attribute of the given class or one derived from it.
            private static bool HasAttribute(ISymbol? symbol, INamedTypeSymbol? attributeType)
            {
                if (symbol is null || attributeType is null) return false;
                foreach (var attribute in symbol.GetAttributes())
                {
                    for (var c = attribute.AttributeClass; c is not null; c = c.BaseType)
                    {
                        if (SymbolEqualityComparer.Default.Equals(c, attributeType)) return true;
                    }
                }
                return false;
            }
        }
    }
}
