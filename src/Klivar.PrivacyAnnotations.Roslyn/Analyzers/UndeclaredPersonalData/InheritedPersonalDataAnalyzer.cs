using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// KPA0035: a type of the compilation that derives from a class of another assembly (ASP.NET Core Identity's
    /// <c>IdentityUser</c>) and inherits personal data from it, not named in a <c>[PersonalData(Members = ...)]</c> on
    /// the type. A member counts when Identity marks it <c>[PersonalData]</c>/<c>[ProtectedPersonalData]</c>, or when
    /// KPA0001 or KPA0012 would report it were it declared on the type (with the built-in words; a project's
    /// <c>.editorconfig</c> words apply to its own members). Reported once, on the first type of the compilation below
    /// the referenced base.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class InheritedPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.InheritedPersonalDataNotDeclared);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;
                var model = new PersonLinkModel(NameClassifier.Default, start.Compilation);
                start.RegisterSymbolAction(symbolContext => Analyze(symbolContext, model), SymbolKind.NamedType);
            });
        }

        private static void Analyze(SymbolAnalysisContext context, PersonLinkModel model)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            // Only the first type of the compilation below a referenced class: its own base is not in source.
            if (type.TypeKind != TypeKind.Class || type.BaseType is not { SpecialType: SpecialType.None } baseType || !baseType.DeclaringSyntaxReferences.IsEmpty) return;
            var typeContext = model.ContextOf(type);
            if ((typeContext & TypeContext.NotDataHolder) != 0 || AnnotationReader.ReadNotPersonalData(type) is not null) return;

            var named = NamedMembers(type);
            var found = new List<(string Name, string Category)>();
            var seen = new HashSet<string>();
            for (var b = baseType; b is not null && b.SpecialType == SpecialType.None; b = b.BaseType)
            {
                foreach (var member in b.GetMembers())
                {
                    if (member.IsStatic || member.DeclaredAccessibility != Accessibility.Public || !seen.Add(member.Name)) continue;
                    if (named.Contains(member.Name) || !type.GetMembers(member.Name).IsEmpty) continue;
                    if (TypeFacts.ValueTypeOf(member) is not { } valueType) continue;
                    // Declared in its own assembly with this package, or said not to be personal there.
                    if (AnnotationReader.ReadPersonalDataList(member).Count > 0 || AnnotationReader.ReadNotPersonalData(member) is not null) continue;
                    if (CategoryOf(member, valueType, typeContext, model) is { } category) found.Add((member.Name, category));
                }
            }
            if (found.Count == 0) return;

            var location = type.Locations.FirstOrDefault(l => l.IsInSource);
            if (location is null) return;
            context.ReportDiagnostic(Diagnostic.Create(
                Rules.InheritedPersonalDataNotDeclared, location,
                type.Name,
                baseType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat),
                string.Join(", ", found.Select(f => f.Name + " (" + f.Category + ")")),
                string.Join(", ", found.Select(f => "nameof(" + f.Name + ")"))));
        }

        /// <summary>The category a member would be reported with, or null: Identity's mark, the name rules, the person keys.</summary>
        private static string? CategoryOf(ISymbol member, ITypeSymbol valueType, TypeContext typeContext, PersonLinkModel model)
        {
            var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
            if (kind == ValueKind.Other) return null;
            var match = NameClassifier.Default.Classify(member.Name, typeContext, kind);
            if (match is { } m) return m.Category.ToString();
            if (model.KeyOf(member.Name, kind, typeContext) is not null) return nameof(DataCategory.Identification);
            return HasIdentityMark(member) ? nameof(DataCategory.Identification) : null;
        }

        private static bool HasIdentityMark(ISymbol member)
        {
            foreach (var attribute in member.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "PersonalDataAttribute" or "ProtectedPersonalDataAttribute" } attributeClass &&
                    attributeClass.ContainingNamespace is { Name: "Identity", ContainingNamespace: { Name: "AspNetCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } })
                    return true;
            }
            return false;
        }

        /// <summary>The inherited members the type and its source bases name in <c>[PersonalData(Members = ...)]</c>.</summary>
        private static HashSet<string> NamedMembers(INamedTypeSymbol type)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var attribute in type.GetAttributes())
            {
                if (AnnotationReader.IsPersonalData(attribute) && AnnotationReader.NamedMembers(attribute) is { } list) names.UnionWith(list);
            }
            return names;
        }
    }
}
