using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// One compilation seen by the generator, numbered in the order the runs see them. Held weakly: a file's entry that
    /// stays cached keeps the handle of the run that last changed it, and must not keep that compilation alive.
    /// </summary>
    internal sealed class CompilationHandle
    {
        private static long LastGeneration;

        private readonly WeakReference<Compilation> _compilation;

        public CompilationHandle(Compilation compilation)
        {
            _compilation = new WeakReference<Compilation>(compilation);
            Generation = Interlocked.Increment(ref LastGeneration);
        }

        /// <summary>Higher for a later compilation.</summary>
        public long Generation { get; }

        /// <summary>The compilation; null once it has been collected (never during the run that made the handle).</summary>
        public Compilation? Compilation => _compilation.TryGetTarget(out var compilation) ? compilation : null;

        public ImmutableArray<FileHandle> Files()
        {
            var compilation = Compilation;
            if (compilation is null) return ImmutableArray<FileHandle>.Empty;
            var files = ImmutableArray.CreateBuilder<FileHandle>();
            foreach (var tree in compilation.SyntaxTrees) files.Add(new FileHandle(tree, this));
            return files.ToImmutable();
        }
    }

    /// <summary>A file of the compilation, equal to another while its syntax tree is the same (an unedited file).</summary>
    internal sealed class FileHandle : IEquatable<FileHandle>
    {
        public FileHandle(SyntaxTree tree, CompilationHandle handle)
        {
            Tree = tree;
            Handle = handle;
        }

        public SyntaxTree Tree { get; }

        /// <summary>The compilation the file was last seen changed in.</summary>
        public CompilationHandle Handle { get; }

        public bool Equals(FileHandle? other) => other is not null && ReferenceEquals(Tree, other.Tree);

        public override bool Equals(object? obj) => Equals(obj as FileHandle);

        public override int GetHashCode() => Tree.GetHashCode();
    }

    /// <summary>
    /// What an annotated type's model can depend on outside its own file, reduced to a value that an edit inside a
    /// method body, or one that adds a member to a type of one file, leaves equal: every type's header and the names of
    /// the attributes it carries; the members of the types other types derive from and of partial types declared in
    /// several files; constants; global usings; and the compilation's assembly name, options, language version and
    /// references. A new value re-reads every file's annotated types; an equal one re-reads the edited file's only.
    /// Computed on every run, from syntax and the compilation's references and options alone: it binds nothing.
    /// </summary>
    internal sealed class DeclarationsVersion : IEquatable<DeclarationsVersion>
    {
        private readonly long _hash;
        private readonly string _assemblyName;
        private readonly CompilationOptions? _options;
        private readonly LanguageVersion _languageVersion;
        private readonly ImmutableArray<MetadataReference> _references;

        private DeclarationsVersion(long hash, EquatableArray<string> globalAliases, Compilation? compilation, CompilationHandle handle)
        {
            _hash = hash;
            GlobalAliases = globalAliases;
            Handle = handle;
            _assemblyName = compilation?.AssemblyName ?? "";
            _options = compilation?.Options;
            _languageVersion = compilation is CSharpCompilation csharp ? csharp.LanguageVersion : LanguageVersion.Default;
            _references = compilation?.ExternalReferences ?? ImmutableArray<MetadataReference>.Empty;
        }

        /// <summary>The aliases declared by <c>global using</c> directives: a file's attributes may use them.</summary>
        public EquatableArray<string> GlobalAliases { get; }

        /// <summary>The compilation this value was computed from (not part of its equality).</summary>
        public CompilationHandle Handle { get; }

        /// <summary>The compilation of the current run, from the handles of the inputs a transform ran for.</summary>
        /// <remarks>
        /// An input that compares equal keeps the value, and so the handle, it had when it last changed; a transform runs
        /// because one of its inputs changed in this run, and that input's handle is the newest.
        /// </remarks>
        public static Compilation? Newest(CompilationHandle first, CompilationHandle second) =>
            (first.Generation >= second.Generation ? first : second).Compilation;

        /// <summary>The version of the files' declarations with the compilation's references and options.</summary>
        public static DeclarationsVersion Of((long Hash, EquatableArray<string> GlobalAliases) declarations, CompilationHandle handle) =>
            new DeclarationsVersion(declarations.Hash, declarations.GlobalAliases, handle.Compilation, handle);

        /// <summary>The hash of what other files' models can depend on, and the global aliases: computed only when a file's shape changes.</summary>
        public static (long Hash, EquatableArray<string> GlobalAliases) HashOf(ImmutableArray<TreeShape> files, CancellationToken cancellationToken)
        {
            // Types whose members other files' models read: bases (by simple name, as syntax gives it) and partial types
            // declared in more than one file.
            var bases = new HashSet<string>(StringComparer.Ordinal);
            var declaredIn = new Dictionary<string, int>(StringComparer.Ordinal);
            var aliases = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var alias in file.GlobalAliases) aliases.Add(alias);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var type in file.Types)
                {
                    foreach (var name in type.BaseNames) bases.Add(name);
                    if (seen.Add(type.MetadataName)) declaredIn[type.MetadataName] = declaredIn.TryGetValue(type.MetadataName, out var count) ? count + 1 : 1;
                }
            }

            var hash = DeclarationShapes.Hash.Start;
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash = DeclarationShapes.Hash.Value(hash, file.GlobalUsings);
                hash = DeclarationShapes.Hash.Value(hash, file.Constants);
                foreach (var type in file.Types)
                {
                    hash = DeclarationShapes.Hash.Text(hash, type.MetadataName);
                    hash = DeclarationShapes.Hash.Value(hash, type.Header);
                    foreach (var name in type.AttributeNames) hash = DeclarationShapes.Hash.Text(hash, name);
                    if (bases.Contains(type.Name) || declaredIn[type.MetadataName] > 1) hash = DeclarationShapes.Hash.Value(hash, type.Members);
                }
            }
            return (hash, new EquatableArray<string>(aliases.ToImmutableArray()));
        }

        public bool Equals(DeclarationsVersion? other) =>
            other is not null &&
            _hash == other._hash &&
            GlobalAliases.Equals(other.GlobalAliases) &&
            _assemblyName == other._assemblyName &&
            _languageVersion == other._languageVersion &&
            Equals(_options, other._options) &&
            _references.SequenceEqual(other._references, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => Equals(obj as DeclarationsVersion);

        public override int GetHashCode() => _hash.GetHashCode();

        private sealed class ReferenceEqualityComparer : IEqualityComparer<MetadataReference>
        {
            public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

            public bool Equals(MetadataReference? x, MetadataReference? y) => ReferenceEquals(x, y);

            public int GetHashCode(MetadataReference obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }
}
