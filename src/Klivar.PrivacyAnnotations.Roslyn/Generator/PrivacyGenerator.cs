using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// Generates, from the annotations: per annotated type, retention metadata and redaction helpers; per assembly, the
    /// Art. 30 register (<c>Klivar.PrivacyAnnotations.Generated.PrivacyRegister</c>), which the MSBuild step reads back
    /// from the compiled assembly and writes to disk. It reports no diagnostics (the analyzers own the rules) and never
    /// throws on bad input: what it cannot read stays visible in the register.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class PrivacyGenerator : IIncrementalGenerator
    {
        /// <summary>Tracking names of the pipeline steps, for the incremental tests.</summary>
        public static class Steps
        {
            /// <summary>
            /// The declarations' fingerprint: Unchanged after an edit inside a body, which stops the pipeline there
            /// (no symbol is read, no model is rebuilt).
            /// </summary>
            public const string Declarations = nameof(Declarations);
            /// <summary>One model per annotated type (on itself, a member or a parameter), each once, in ordinal order.</summary>
            public const string AnnotatedTypes = nameof(AnnotatedTypes);
            /// <summary>The annotated types with their unique file names.</summary>
            public const string DistinctTypes = nameof(DistinctTypes);
            /// <summary>The assembly-level declarations.</summary>
            public const string Assembly = nameof(Assembly);
            /// <summary>What each per-type file is generated from.</summary>
            public const string TypeHelpers = nameof(TypeHelpers);
            /// <summary>The register as JSON, null when the assembly declares nothing.</summary>
            public const string RegisterJson = nameof(RegisterJson);
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // Not ForAttributeWithMetadataName: Roslyn re-runs its semantic transform for every annotated declaration on
            // every edit (the compilation changed), which re-binds every annotation. The snapshot stops the pipeline
            // when no declaration changed, so typing in a method body costs one tree's hash (docs/performance.md).
            var declarations = context.CompilationProvider
                .Select(static (compilation, cancellationToken) => DeclarationSnapshot.Of(compilation, cancellationToken))
                .WithComparer(DeclarationSnapshot.ByFingerprint)
                .WithTrackingName(Steps.Declarations);

            var annotated = declarations
                .SelectMany(static (snapshot, cancellationToken) => ReadAnnotatedTypes(snapshot.Compilation, cancellationToken))
                .WithTrackingName(Steps.AnnotatedTypes);

            var distinct = annotated
                .Collect()
                .SelectMany(static (models, _) => Distinct(models))
                .WithTrackingName(Steps.DistinctTypes);

            var assembly = declarations
                .Select(static (snapshot, _) => AnnotationReader.ReadAssembly(snapshot.Compilation.Assembly))
                .WithTrackingName(Steps.Assembly);

            var typeHelpers = distinct
                .Combine(assembly)
                .Select(static (pair, _) => new TypeHelpersInput(pair.Left.Model, pair.Left.HintName, pair.Right))
                .WithTrackingName(Steps.TypeHelpers);

            context.RegisterSourceOutput(typeHelpers, static (output, input) =>
                output.AddSource(input.HintName + ".Privacy.g.cs", TypeHelpersEmitter.Emit(input)));

            var registerJson = distinct
                .Select(static (item, _) => item.Model.Type)
                .Collect()
                .Combine(assembly)
                .Select(static (pair, _) => BuildRegisterJson(pair.Right, pair.Left))
                .WithTrackingName(Steps.RegisterJson);

            context.RegisterSourceOutput(registerJson, static (output, json) =>
            {
                if (json is not null) output.AddSource(RegisterEmitter.HintName, RegisterEmitter.Emit(json));
            });
        }

        /// <summary>
        /// Every type that carries a <c>[PersonalData]</c> (on itself, a property, a field, or a parameter of a constructor
        /// or method, record positional parameters included), each read once, whatever the number of its annotations.
        /// </summary>
        internal static ImmutableArray<HelperTypeModel> ReadAnnotatedTypes(Compilation compilation, CancellationToken cancellationToken)
        {
            if (compilation.GetTypeByMetadataName(KnownNames.PersonalDataAttribute) is null) return ImmutableArray<HelperTypeModel>.Empty;
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var models = ImmutableArray.CreateBuilder<HelperTypeModel>();
            SemanticModel? semanticModel = null;
            foreach (var declaration in DeclarationSnapshot.Candidates(compilation, cancellationToken))
            {
                if (semanticModel?.SyntaxTree != declaration.SyntaxTree) semanticModel = compilation.GetSemanticModel(declaration.SyntaxTree);
                if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type ||
                    type.TypeKind == TypeKind.Error || !seen.Add(type) || !IsAnnotated(type))
                    continue;
                models.Add(HelperModelReader.Read(type));
            }
            return models.ToImmutable();
        }

        /// <summary>The same targets the attribute can be read from: the type, its properties and fields, its constructors' and methods' parameters.</summary>
        private static bool IsAnnotated(INamedTypeSymbol type)
        {
            if (HasPersonalData(type)) return true;
            foreach (var member in type.GetMembers())
            {
                switch (member)
                {
                    case IPropertySymbol or IFieldSymbol when HasPersonalData(member):
                        return true;
                    case IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary } method:
                        foreach (var parameter in method.Parameters)
                        {
                            if (HasPersonalData(parameter)) return true;
                        }
                        break;
                }
            }
            return false;
        }

        private static bool HasPersonalData(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (AnnotationReader.IsPersonalData(attribute)) return true;
            }
            return false;
        }

        /// <summary>The register JSON; null when there is nothing to register (no annotation, no declaration).</summary>
        internal static string? BuildRegisterJson(AssemblyModel assembly, ImmutableArray<TypeModel> types)
        {
            if (types.IsDefaultOrEmpty && assembly.Controller is null && assembly.Activities.Count == 0 && assembly.Transfers.Count == 0)
                return null;
            return PrivacyAnnotations.RegisterJson.Write(RegisterBuilder.Build(assembly, types));
        }

        /// <summary>Each type once (a type annotated in several places is read once per place), sorted, with a unique file name.</summary>
        private static ImmutableArray<(HelperTypeModel Model, string HintName)> Distinct(ImmutableArray<HelperTypeModel> models)
        {
            var byName = new SortedDictionary<string, HelperTypeModel>(StringComparer.Ordinal);
            foreach (var model in models)
            {
                if (!byName.ContainsKey(model.Type.FullyQualifiedName)) byName.Add(model.Type.FullyQualifiedName, model);
            }
            // File names are compared without case: 'User' and 'user' would collide, so later ones get a number.
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var result = ImmutableArray.CreateBuilder<(HelperTypeModel, string)>(byName.Count);
            foreach (var model in byName.Values)
            {
                var baseName = CSharpText.HintName(model.Type.FullName);
                var hint = baseName;
                for (var n = 2; !used.Add(hint); n++) hint = baseName + "_v" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                result.Add((model, hint));
            }
            return result.MoveToImmutable();
        }
    }
}
