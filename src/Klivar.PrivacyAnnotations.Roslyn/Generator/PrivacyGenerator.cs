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
            /// <summary>Per file, read from syntax alone: what other files' models can depend on (<see cref="TreeShape"/>).</summary>
            public const string Declarations = nameof(Declarations);
            /// <summary>The compilation's declarations, as far as a model can depend on them: changes with no edit inside a body.</summary>
            public const string DeclarationsVersion = nameof(DeclarationsVersion);
            /// <summary>Per file, the models of its annotated types: read anew only for an edited file, or when the declarations version changes.</summary>
            public const string AnnotatedTypes = nameof(AnnotatedTypes);
            /// <summary>The annotated types, each once, in ordinal order.</summary>
            public const string DistinctTypes = nameof(DistinctTypes);
            /// <summary>The assembly-level declarations.</summary>
            public const string Assembly = nameof(Assembly);
            /// <summary>The assembly-level declarations (controller, activities, transfers, processors, <c>[RedactedToString]</c>), in declaration order.</summary>
            public const string AssemblyDeclarations = nameof(AssemblyDeclarations);
            /// <summary>The activities' purpose ids and retention: all a type's file takes from the assembly.</summary>
            public const string ActivityRetentions = nameof(ActivityRetentions);
            /// <summary>What the compilation's language and framework allow the generated code to use.</summary>
            public const string LanguageSupport = nameof(LanguageSupport);
            /// <summary>The types whose tables the module initializer lists.</summary>
            public const string TableIndex = nameof(TableIndex);
            /// <summary>The <c>[assembly: RedactedToString]</c> switch.</summary>
            public const string PrintingSwitch = nameof(PrintingSwitch);
            /// <summary>What each per-type file is generated from.</summary>
            public const string TypeHelpers = nameof(TypeHelpers);
            /// <summary>The DPO policy file's stamp (name, version, hash), null without one.</summary>
            public const string Policy = nameof(Policy);
            /// <summary>The privacy baseline's members of this assembly, in file order.</summary>
            public const string Baseline = nameof(Baseline);
            /// <summary>The register as JSON, null when the assembly declares nothing.</summary>
            public const string RegisterJson = nameof(RegisterJson);
        }

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // The annotated types, read file by file so that a keystroke costs the edited file's work only. Each file's
            // syntax gives its declarations' shape (unchanged by an edit inside a body) and its candidate types; the
            // semantic read of a file's types runs again only when the file changed or the declarations its models can
            // depend on did (another file's type header, a base type's or a multi-file partial type's members, the
            // attributes a type carries, constants, global usings, the compilation's references and options).
            var compilation = context.CompilationProvider
                .Select(static (compilation, _) => new CompilationHandle(compilation));

            var files = compilation
                .SelectMany(static (handle, _) => handle.Files());

            var shapes = files
                .Select(static (file, cancellationToken) => DeclarationShapes.Read(file, cancellationToken))
                .WithTrackingName(Steps.Declarations);

            // Collected once: the declarations version and the assembly-level attributes both read all files' shapes,
            // and each per-file node costs the driver a pass over every file on every run.
            var allShapes = shapes.Collect();

            var declarations = allShapes
                .Select(static (files, cancellationToken) => DeclarationsVersion.HashOf(files, cancellationToken))
                .Combine(compilation)
                .Select(static (pair, _) => DeclarationsVersion.Of(pair.Left, pair.Right))
                .WithTrackingName(Steps.DeclarationsVersion);

            var annotatedByFile = shapes
                .Combine(declarations)
                .Select(static (pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(Steps.AnnotatedTypes);

            // Collected once, and read whole by the register and the table index: every node over the types one by one
            // costs the driver a pass over all of them on every run, even when nothing changed.
            var allDistinct = annotatedByFile
                .Collect()
                .Select(static (models, _) => new EquatableArray<(HelperTypeModel Model, string HintName)>(Distinct(models)));

            var distinct = allDistinct
                .SelectMany(static (types, _) => types.Items)
                .WithTrackingName(Steps.DistinctTypes);

            // The assembly's declarations, bound only when a file's assembly-level attributes or the declarations version
            // change: an edit elsewhere reads none of them.
            var assemblyDeclarations = allShapes
                .Select(static (files, _) => AssemblyAttributesPart.Of(files))
                .Combine(declarations)
                .Select(static (pair, cancellationToken) => ReadAssemblyDeclarations(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(Steps.AssemblyDeclarations);
            var assemblyName = context.CompilationProvider.Select(static (compilation, _) => compilation.AssemblyName ?? "");

            var assembly = assemblyName
                .Combine(assemblyDeclarations)
                .Select(static (pair, _) => new AssemblyModel(pair.Left, pair.Right.Controller, pair.Right.Activities, pair.Right.Transfers, pair.Right.Processors, pair.Right.Security))
                .WithTrackingName(Steps.Assembly);

            // A type's file needs only the activities' retention (its members' fallback): the controller, the transfers
            // and the rest of an activity are the register's alone, so editing them re-emits no type's file.
            var retentions = assembly
                .Select(static (model, _) => ActivityRetentions(model))
                .WithTrackingName(Steps.ActivityRetentions);

            // [assembly: RedactedToString(false)]: read where it is written, like the other assembly declarations.
            var printingSwitch = assemblyDeclarations
                .Select(static (declarations, _) => declarations.PrintingSwitch)
                .WithTrackingName(Steps.PrintingSwitch);

            var typeHelpers = distinct
                .Combine(retentions.Combine(printingSwitch))
                .Select(static (pair, _) => new TypeHelpersInput(pair.Left.Model, pair.Left.HintName, pair.Right.Left, pair.Right.Right))
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

            // The privacy baseline's members of this assembly: listed in the register as points to confirm.
            var baseline = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Where(static pair => BaselineFile.IsBaseline(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Select(static (pair, cancellationToken) => (Path: pair.Left.Path, Text: pair.Left.GetText(cancellationToken)?.ToString() ?? ""))
                .Collect()
                .Combine(assemblyName)
                .Select(static (pair, _) => BaselineMembers(pair.Left, pair.Right))
                .WithTrackingName(Steps.Baseline);

            var registerJson = allDistinct
                .Select(static (types, _) => new EquatableArray<TypeModel>(types.Items.Select(static item => item.Model.Type).ToImmutableArray()))
                .Combine(assembly)
                .Combine(record)
                .Combine(policy)
                .Combine(baseline)
                .Select(static (pair, cancellationToken) => BuildRegisterJson(pair.Left.Left.Left.Right, pair.Left.Left.Left.Left.Items, pair.Left.Left.Right.Version, pair.Left.Left.Right.Date, pair.Left.Right, pair.Right, cancellationToken))
                .WithTrackingName(Steps.RegisterJson);

            // Looked up again only with a new declarations version (a polyfill declared in source is a type header).
            var canEmbed = declarations
                .Select(static (version, _) => version.Handle.Compilation is { } current ? RegisterEmitter.Options.Of(current) : new RegisterEmitter.Options(false, true, false))
                .WithTrackingName(Steps.LanguageSupport);

            // The run-time lookup of the tables (PrivacyTypes): the types with a table, listed by a module initializer.
            var tableIndex = allDistinct
                .Select(static (types, _) => new EquatableArray<string>(types.Items.Select(static item => TypeHelpersEmitter.TableReference(item.Model)).Where(static r => r is not null).Select(static r => r!).ToImmutableArray()))
                .Combine(canEmbed)
                .Select(static (pair, _) => new TableIndex(pair.Left, pair.Right))
                .WithTrackingName(Steps.TableIndex);

            context.RegisterSourceOutput(registerJson.Combine(tableIndex), static (output, pair) =>
            {
                if (pair.Left is not null) output.AddSource(RegisterEmitter.HintName, RegisterEmitter.Emit(pair.Left, pair.Right));
            });
        }

        /// <summary>The files' assembly-level attributes, as far as the pipeline compares them, and the newest file's compilation.</summary>
        private sealed class AssemblyAttributesPart : IEquatable<AssemblyAttributesPart>
        {
            public static AssemblyAttributesPart Of(ImmutableArray<TreeShape> files)
            {
                var hash = DeclarationShapes.Hash.Start;
                var any = false;
                CompilationHandle? newest = null;
                foreach (var file in files)
                {
                    hash = DeclarationShapes.Hash.Value(hash, file.AssemblyAttributes);
                    any |= file.HasAssemblyAttributes;
                    if (newest is null || file.Handle.Generation > newest.Generation) newest = file.Handle;
                }
                return new AssemblyAttributesPart(hash, any, newest);
            }

            private AssemblyAttributesPart(long hash, bool any, CompilationHandle? handle)
            {
                Hash = hash;
                Any = any;
                Handle = handle;
            }

            public long Hash { get; }
            public bool Any { get; }
            /// <summary>The compilation of the newest file (not part of equality); null without files.</summary>
            public CompilationHandle? Handle { get; }

            public bool Equals(AssemblyAttributesPart? other) => other is not null && Hash == other.Hash && Any == other.Any;

            public override bool Equals(object? obj) => Equals(obj as AssemblyAttributesPart);

            public override int GetHashCode() => Hash.GetHashCode();
        }

        /// <summary>The assembly's declarations and its <c>[RedactedToString]</c> switch.</summary>
        private sealed record AssemblyDeclarationsModel(
            ControllerModel? Controller,
            EquatableArray<ActivityModel> Activities,
            EquatableArray<TransferModel> Transfers,
            EquatableArray<ProcessorModel> Processors,
            bool? PrintingSwitch,
            SecurityModel? Security = null);

        private static readonly AssemblyDeclarationsModel NoAssemblyDeclarations = new AssemblyDeclarationsModel(
            null, EquatableArray<ActivityModel>.Empty, EquatableArray<TransferModel>.Empty, EquatableArray<ProcessorModel>.Empty, null);

        /// <summary>The assembly-level declarations, in the order they are written (files in compilation order).</summary>
        private static AssemblyDeclarationsModel ReadAssemblyDeclarations(AssemblyAttributesPart files, DeclarationsVersion declarations, CancellationToken cancellationToken)
        {
            var newest = files.Handle is { } handle && handle.Generation > declarations.Handle.Generation ? handle : declarations.Handle;
            if (!files.Any || newest.Compilation is not { } compilation || !RuntimeIsReferenced(compilation)) return NoAssemblyDeclarations;
            ControllerModel? controller = null;
            bool? printing = null;
            var activities = ImmutableArray.CreateBuilder<ActivityModel>();
            var transfers = ImmutableArray.CreateBuilder<TransferModel>();
            var processors = ImmutableArray.CreateBuilder<ProcessorModel>();
            SecurityModel? security = null;
            foreach (var attribute in compilation.Assembly.GetAttributes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (AnnotationReader.Is(attribute, KnownNames.DataControllerAttribute)) controller ??= AnnotationReader.ReadController(attribute);
                else if (AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute)) { if (AnnotationReader.ReadActivity(attribute) is { } activity) activities.Add(activity); }
                else if (AnnotationReader.Is(attribute, KnownNames.InternationalTransferAttribute)) { if (AnnotationReader.ReadTransfer(attribute) is { } transfer) transfers.Add(transfer); }
                else if (AnnotationReader.Is(attribute, KnownNames.ProcessorAttribute)) { if (AnnotationReader.ReadProcessor(attribute) is { } processor) processors.Add(processor); }
                else if (AnnotationReader.Is(attribute, KnownNames.RedactedToStringAttribute)) printing ??= RedactedPrinting.ReadSwitch(attribute);
                else if (AnnotationReader.Is(attribute, KnownNames.SecurityMeasuresAttribute)) security ??= AnnotationReader.ReadSecurity(attribute);
            }
            return new AssemblyDeclarationsModel(controller, new EquatableArray<ActivityModel>(activities.ToImmutable()), new EquatableArray<TransferModel>(transfers.ToImmutable()),
                new EquatableArray<ProcessorModel>(processors.ToImmutable()), printing, security);
        }

        /// <summary>The activities reduced to what a type's members fall back on: purpose id and retention.</summary>
        private static EquatableArray<ActivityModel> ActivityRetentions(AssemblyModel assembly)
        {
            var result = ImmutableArray.CreateBuilder<ActivityModel>();
            foreach (var activity in assembly.Activities)
            {
                if (!string.IsNullOrWhiteSpace(activity.Retention))
                    result.Add(new ActivityModel(activity.PurposeId, 0, null, null, EquatableArray<string>.Empty, activity.Retention, EquatableArray<string>.Empty, null, 0, EquatableArray<string>.Empty));
            }
            return new EquatableArray<ActivityModel>(result.ToImmutable());
        }

        // The generated code calls these runtime types. A look-alike PersonalDataAttribute declared in the project
        // itself (no package) made the generator emit code that referenced them and broke the build.
        private static readonly string[] RuntimeTypes =
        {
            "Klivar.PrivacyAnnotations.ProcessingRegister", "Klivar.PrivacyAnnotations.RegisterJson", "Klivar.PrivacyAnnotations.Redaction",
            "Klivar.PrivacyAnnotations.PrivacyTypeMetadata", "Klivar.PrivacyAnnotations.PersonalDataUse",
            "Klivar.PrivacyAnnotations.PrivacyTypeMetadata`1", "Klivar.PrivacyAnnotations.PrivacyTableBuilder`1", "Klivar.PrivacyAnnotations.PrivacyTypes",
            "Klivar.PrivacyAnnotations.PackedRegisterAttribute",
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
                if (KnownTypes.Find(compilation, name) is null) return false;
            }
            return true;
        }

        /// <summary>The register JSON; null when there is nothing to register (no annotation, no declaration).</summary>
        internal static string? BuildRegisterJson(AssemblyModel assembly, ImmutableArray<TypeModel> types, string? version = null, string? date = null, PolicyStamp? policy = null,
            EquatableArray<BaselineMemberModel> baseline = default, CancellationToken cancellationToken = default)
        {
            if (types.IsDefaultOrEmpty && assembly.Controller is null && assembly.Activities.Count == 0 && assembly.Transfers.Count == 0 && assembly.Processors.Count == 0 &&
                baseline.Count == 0)
                return null;
            cancellationToken.ThrowIfCancellationRequested();
            return PrivacyAnnotations.RegisterJson.Write(RegisterBuilder.Build(assembly, types, version, date, policy, baseline));
        }

        /// <summary>The entries of the baseline files (in path order) that belong to this assembly.</summary>
        private static EquatableArray<BaselineMemberModel> BaselineMembers(ImmutableArray<(string Path, string Text)> files, string assemblyName)
        {
            if (files.IsDefaultOrEmpty) return EquatableArray<BaselineMemberModel>.Empty;
            var members = ImmutableArray.CreateBuilder<BaselineMemberModel>();
            foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                foreach (var entry in PrivacyBaseline.Parse(file.Text).Entries)
                {
                    if (entry.Assembly == assemblyName) members.Add(new BaselineMemberModel(entry.Type, entry.Member, entry.Rule, entry.Category));
                }
            }
            return new EquatableArray<BaselineMemberModel>(members.ToImmutable());
        }

        /// <summary>The record's version and date, as MSBuild gives them (either may be absent).</summary>
        private sealed record RecordStamp(string? Version, string? Date);

        /// <summary>
        /// The models of the annotated types a file declares: its candidate types (by the attributes' names), read through
        /// the shared model and kept when they carry an annotation (on the type, or on a member or parameter it reads).
        /// </summary>
        private static EquatableArray<HelperTypeModel> ReadFile(TreeShape file, DeclarationsVersion declarations, CancellationToken cancellationToken)
        {
            var models = ImmutableArray.CreateBuilder<HelperTypeModel>();
            Compilation? compilation = null;
            foreach (var candidate in DeclarationShapes.Candidates(file, declarations.GlobalAliases))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (compilation is null)
                {
                    compilation = DeclarationsVersion.Newest(file.Handle, declarations.Handle);
                    if (compilation is null || !RuntimeIsReferenced(compilation)) return EquatableArray<HelperTypeModel>.Empty;
                }
                foreach (var type in TypesNamed(compilation, candidate.MetadataName, file.Path))
                {
                    if (ReadAnnotatedType(type, cancellationToken) is { } model && (model.Type.TypeAnnotations.Count > 0 || model.Type.Members.Count > 0))
                        models.Add(model);
                }
            }
            return new EquatableArray<HelperTypeModel>(models.ToImmutable());
        }

        /// <summary>
        /// The source type of a metadata name (<c>Shop.Outer`1+Inner</c>); when the name does not lead to a single type (a
        /// file-local type, or a type declared twice, which the compiler reports), the types of that name declared in the file.
        /// </summary>
        private static IEnumerable<INamedTypeSymbol> TypesNamed(Compilation compilation, string metadataName, string path)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } type) return new[] { type };
            var nested = metadataName.Split('+');
            var dot = nested[0].LastIndexOf('.');
            INamespaceOrTypeSymbol container = compilation.Assembly.GlobalNamespace;
            if (dot > 0)
            {
                foreach (var part in nested[0].Substring(0, dot).Split('.'))
                {
                    if (container.GetMembers(part).OfType<INamespaceSymbol>().FirstOrDefault() is not { } ns) return Array.Empty<INamedTypeSymbol>();
                    container = ns;
                }
            }
            nested[0] = nested[0].Substring(dot + 1);
            IEnumerable<INamespaceOrTypeSymbol> level = new[] { container };
            foreach (var segment in nested)
            {
                var tick = segment.IndexOf('`');
                var name = tick < 0 ? segment : segment.Substring(0, tick);
                var arity = tick < 0 ? 0 : int.Parse(segment.Substring(tick + 1), System.Globalization.CultureInfo.InvariantCulture);
                level = level.SelectMany(c => c.GetTypeMembers(name, arity)).ToList();
            }
            return level.OfType<INamedTypeSymbol>().Where(t => t.DeclaringSyntaxReferences.Any(r => r.SyntaxTree.FilePath == path)).ToList();
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
            return HelperModelReader.Read(type, cancellationToken);
        }

        /// <summary>Each type once (a type annotated in several places is read once per place), sorted, with a unique file name.</summary>
        private static ImmutableArray<(HelperTypeModel Model, string HintName)> Distinct(ImmutableArray<EquatableArray<HelperTypeModel>> files)
        {
            var byName = new SortedDictionary<string, HelperTypeModel>(StringComparer.Ordinal);
            foreach (var models in files)
            {
                foreach (var model in models)
                {
                    if (!byName.ContainsKey(model.Type.FullyQualifiedName)) byName.Add(model.Type.FullyQualifiedName, model);
                }
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
