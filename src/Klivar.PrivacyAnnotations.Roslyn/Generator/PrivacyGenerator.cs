using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
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
            /// <summary>One model per annotated declaration (a type or member carrying <c>[PersonalData]</c>).</summary>
            public const string AnnotatedTypes = nameof(AnnotatedTypes);
            /// <summary>Records whose positional parameters carry <c>[property: PersonalData]</c>.</summary>
            public const string RecordProperties = nameof(RecordProperties);
            /// <summary>The annotated types, each once, in ordinal order.</summary>
            public const string DistinctTypes = nameof(DistinctTypes);
            /// <summary>The assembly-level declarations.</summary>
            public const string Assembly = nameof(Assembly);
            /// <summary>What each per-type file is generated from.</summary>
            public const string TypeHelpers = nameof(TypeHelpers);
            /// <summary>The DPO policy file's stamp (name, version, hash), null without one.</summary>
            public const string Policy = nameof(Policy);
            /// <summary>The register as JSON, null when the assembly declares nothing.</summary>
            public const string RegisterJson = nameof(RegisterJson);
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var annotated = context.SyntaxProvider
                .ForAttributeWithMetadataName(
                    KnownNames.PersonalDataAttribute,
                    static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax
                        or Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax
                        or Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax
                        or Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax,
                    static (context, cancellationToken) => RuntimeIsReferenced(context.SemanticModel.Compilation)
                        ? ReadAnnotatedType(context.TargetSymbol, cancellationToken)
                        : null)
                .Where(static model => model is not null)
                .Select(static (model, _) => model!)
                .WithTrackingName(Steps.AnnotatedTypes);

            // [property: PersonalData] on a record's positional parameter belongs to the property, which has no syntax
            // of its own: ForAttributeWithMetadataName never sees it, so these parameters are found by syntax.
            var recordProperties = context.SyntaxProvider
                .CreateSyntaxProvider(
                    static (node, _) => IsPropertyTargetedRecordParameter(node),
                    static (context, cancellationToken) =>
                        RuntimeIsReferenced(context.SemanticModel.Compilation) &&
                        context.SemanticModel.GetDeclaredSymbol(context.Node.Parent!.Parent!, cancellationToken) is INamedTypeSymbol type
                            ? ReadAnnotatedType(type, cancellationToken)
                            : null)
                .Where(static model => model is not null && model.Type.Members.Count > 0)
                .Select(static (model, _) => model!)
                .WithTrackingName(Steps.RecordProperties);

            var distinct = annotated
                .Collect()
                .Combine(recordProperties.Collect())
                .SelectMany(static (pair, _) => Distinct(pair.Left.AddRange(pair.Right)))
                .WithTrackingName(Steps.DistinctTypes);

            var assembly = context.CompilationProvider
                .Select(static (compilation, _) => RuntimeIsReferenced(compilation)
                    ? AnnotationReader.ReadAssembly(compilation.Assembly)
                    : new AssemblyModel(compilation.Assembly.Name, null, EquatableArray<ActivityModel>.Empty, EquatableArray<TransferModel>.Empty))
                .WithTrackingName(Steps.Assembly);

            var typeHelpers = distinct
                .Combine(assembly)
                .Select(static (pair, _) => new TypeHelpersInput(pair.Left.Model, pair.Left.HintName, pair.Right))
                .WithTrackingName(Steps.TypeHelpers);

            context.RegisterSourceOutput(typeHelpers, static (output, input) =>
                output.AddSource(input.HintName + ".Privacy.g.cs", TypeHelpersEmitter.Emit(input)));

            // The record's version and date come from MSBuild (PrivacyRegisterVersion, PrivacyRegisterDate): see docs/ci.md.
            var record = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => new RecordStamp(
                    options.GlobalOptions.TryGetValue("build_property.PrivacyRegisterVersion", out var version) ? version : null,
                    options.GlobalOptions.TryGetValue("build_property.PrivacyRegisterDate", out var date) ? date : null));

            // The policy's hash and version go into the register; the policy itself is enforced by PolicyAnalyzer. With
            // several policy files (an error the analyzer reports) the first in path order is stamped, so the output is stable.
            var policy = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => PolicyFile.IsPolicy(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => (Path: pair.Left.Path, Stamp: PolicyFile.Stamp(pair.Left, cancellationToken)))
                .Collect()
                .Select(static (files, _) => files.IsDefaultOrEmpty ? null : files.OrderBy(f => f.Path, StringComparer.Ordinal).First().Stamp)
                .WithTrackingName(Steps.Policy);

            var registerJson = distinct
                .Select(static (item, _) => item.Model.Type)
                .Collect()
                .Combine(assembly)
                .Combine(record)
                .Combine(policy)
                .Select(static (pair, _) => BuildRegisterJson(pair.Left.Left.Right, pair.Left.Left.Left, pair.Left.Right.Version, pair.Left.Right.Date, pair.Right))
                .WithTrackingName(Steps.RegisterJson);

            context.RegisterSourceOutput(registerJson, static (output, json) =>
            {
                if (json is not null) output.AddSource(RegisterEmitter.HintName, RegisterEmitter.Emit(json));
            });
        }

        // The generated code calls these runtime types. A look-alike PersonalDataAttribute declared in the project
        // itself (no package) made the generator emit code that referenced them and broke the build.
        private static readonly string[] RuntimeTypes =
        {
            "Klivar.PrivacyAnnotations.ProcessingRegister", "Klivar.PrivacyAnnotations.RegisterJson", "Klivar.PrivacyAnnotations.Redaction",
            "Klivar.PrivacyAnnotations.PrivacyTypeMetadata", "Klivar.PrivacyAnnotations.PersonalDataUse",
        };

        // Every transform asks (once per annotated member): answer once per compilation. Weak keys root no compilation.
        private static readonly ConditionalWeakTable<Compilation, object> RuntimeReferenced = new ConditionalWeakTable<Compilation, object>();

        private static readonly ConditionalWeakTable<Compilation, object>.CreateValueCallback LookUpRuntime = static compilation => LooksUpRuntime(compilation);

        /// <summary>True when the compilation references the runtime library the generated code needs.</summary>
        internal static bool RuntimeIsReferenced(Compilation compilation) => (bool)RuntimeReferenced.GetValue(compilation, LookUpRuntime);

        private static object LooksUpRuntime(Compilation compilation)
        {
            foreach (var name in RuntimeTypes)
            {
                if (compilation.GetTypeByMetadataName(name) is null) return false;
            }
            return true;
        }

        /// <summary>The register JSON; null when there is nothing to register (no annotation, no declaration).</summary>
        internal static string? BuildRegisterJson(AssemblyModel assembly, ImmutableArray<TypeModel> types, string? version = null, string? date = null, PolicyStamp? policy = null)
        {
            if (types.IsDefaultOrEmpty && assembly.Controller is null && assembly.Activities.Count == 0 && assembly.Transfers.Count == 0 && assembly.Processors.Count == 0)
                return null;
            return PrivacyAnnotations.RegisterJson.Write(RegisterBuilder.Build(assembly, types, version, date, policy));
        }

        /// <summary>The record's version and date, as MSBuild gives them (either may be absent).</summary>
        private sealed record RecordStamp(string? Version, string? Date);

        private static bool IsPropertyTargetedRecordParameter(SyntaxNode node)
        {
            if (node is not Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax { Parent.Parent: Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax } parameter)
                return false;
            foreach (var list in parameter.AttributeLists)
            {
                if (list.Target is { } target && target.Identifier.ValueText is "property" or "field") return true;
            }
            return false;
        }

        /// <summary>The model of the type that declares the annotated symbol; null when there is none to read.</summary>
        internal static HelperTypeModel? ReadAnnotatedType(ISymbol target, CancellationToken cancellationToken)
        {
            var type = target switch
            {
                INamedTypeSymbol named => named,
                IParameterSymbol parameter => parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.Ordinary } method ? method.ContainingType : null,
                _ => target.ContainingType,
            };
            if (type is null || type.TypeKind == TypeKind.Error) return null;
            // A type the parser could not name ("partial class { }") cannot be written back into code: the compiler
            // reports it (CS1001), and emitting ".Privacy.g.cs" for it only added errors of our own.
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.Name.Length == 0) return null;
            }
            cancellationToken.ThrowIfCancellationRequested();
            return HelperModelReader.Read(type);
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
