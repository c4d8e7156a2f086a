using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// What the models depend on, reduced to a fingerprint: every tree's declarations (its tokens outside method,
    /// accessor and initializer bodies, and every preprocessor directive), the references and the options. An edit
    /// inside a body (most keystrokes) leaves the fingerprint equal, so the generator reads no symbol and redoes no
    /// model: the steps after this one stay cached. Roslyn would otherwise re-run every semantic transform (those of
    /// <c>ForAttributeWithMetadataName</c> included) on every edit, because the compilation changed.
    /// </summary>
    /// <remarks>
    /// The compilation is held weakly: the snapshot is compared by fingerprint only, so an equal snapshot never reaches
    /// the steps that read the compilation, and a new one is read in the same run, while its compilation is alive.
    /// The pipeline therefore keeps no compilation alive.
    /// </remarks>
    internal sealed class DeclarationSnapshot
    {
        /// <summary>The simple names a <c>[PersonalData]</c> can be written with (aliases are added per compilation).</summary>
        private static readonly ImmutableArray<string> PersonalDataNames = ImmutableArray.Create("PersonalData", "PersonalDataAttribute");

        /// <summary>Each tree is walked once in its life (trees are immutable; an edit makes a new tree).</summary>
        private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> Trees = new ConditionalWeakTable<SyntaxTree, TreeDeclarations>();

        private readonly WeakReference<Compilation> _compilation;

        private DeclarationSnapshot(Compilation compilation, ulong fingerprint)
        {
            _compilation = new WeakReference<Compilation>(compilation);
            Fingerprint = fingerprint;
        }

        /// <summary>Equal when nothing a model reads has changed.</summary>
        public ulong Fingerprint { get; }

        /// <summary>Compares snapshots by fingerprint: an equal one stops the pipeline here.</summary>
        public static IEqualityComparer<DeclarationSnapshot> ByFingerprint { get; } = new FingerprintComparer();

        /// <summary>The compilation this snapshot was taken of (alive whenever a step that reads it runs).</summary>
        public Compilation Compilation =>
            _compilation.TryGetTarget(out var compilation) ? compilation : throw new InvalidOperationException("The compilation of a declaration snapshot was read after it was collected.");

        public static DeclarationSnapshot Of(Compilation compilation, CancellationToken cancellationToken)
        {
            var hash = new Fnv();
            hash.Add(compilation.AssemblyName ?? "");
            hash.Add((int)compilation.Options.NullableContextOptions);
            foreach (var reference in compilation.ExternalReferences)
            {
                // By identity: a host that gives new reference objects only costs a re-read, never a stale model.
                hash.Add(RuntimeHelpers.GetHashCode(reference));
            }
            foreach (var tree in compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                hash.Add(Declarations(tree, cancellationToken).Fingerprint);
            }
            return new DeclarationSnapshot(compilation, hash.Value);
        }

        /// <summary>
        /// The type declarations that may carry a <c>[PersonalData]</c> (on themselves, a member or a parameter), by
        /// attribute name, aliases included: a cheap syntactic filter before symbols are read.
        /// </summary>
        public static IEnumerable<TypeDeclarationSyntax> Candidates(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(PersonalDataNames, StringComparer.Ordinal);
            foreach (var tree in compilation.SyntaxTrees)
            {
                foreach (var alias in Declarations(tree, cancellationToken).PersonalDataAliases) names.Add(alias);
            }
            foreach (var tree in compilation.SyntaxTrees)
            {
                var declarations = Declarations(tree, cancellationToken);
                if (!declarations.AttributeNames.Overlaps(names)) continue;
                foreach (var type in declarations.Types(tree.GetRoot(cancellationToken)))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (MayCarry(type, names)) yield return type;
                }
            }
        }

        private static TreeDeclarations Declarations(SyntaxTree tree, CancellationToken cancellationToken) =>
            Trees.GetValue(tree, t => TreeDeclarations.Read(t, cancellationToken));

        private static bool MayCarry(TypeDeclarationSyntax type, HashSet<string> names)
        {
            if (Names(type.AttributeLists, names)) return true;
            if (type.ParameterList is { } primary && Parameters(primary, names)) return true;
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax or FieldDeclarationSyntax when Names(member.AttributeLists, names):
                        return true;
                    case MethodDeclarationSyntax method when Parameters(method.ParameterList, names):
                    case ConstructorDeclarationSyntax constructor when Parameters(constructor.ParameterList, names):
                        return true;
                }
            }
            return false;
        }

        private static bool Parameters(ParameterListSyntax list, HashSet<string> names)
        {
            foreach (var parameter in list.Parameters)
            {
                if (Names(parameter.AttributeLists, names)) return true;
            }
            return false;
        }

        private static bool Names(SyntaxList<AttributeListSyntax> lists, HashSet<string> names)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (names.Contains(RightmostName(attribute.Name))) return true;
                }
            }
            return false;
        }

        private static string RightmostName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };

        /// <summary>One tree's declaration fingerprint and the attribute names it uses.</summary>
        private sealed class TreeDeclarations
        {
            private TreeDeclarations(ulong fingerprint, HashSet<string> attributeNames, ImmutableArray<string> personalDataAliases)
            {
                Fingerprint = fingerprint;
                AttributeNames = attributeNames;
                PersonalDataAliases = personalDataAliases;
            }

            public ulong Fingerprint { get; }

            public HashSet<string> AttributeNames { get; }

            public ImmutableArray<string> PersonalDataAliases { get; }

            public IEnumerable<TypeDeclarationSyntax> Types(SyntaxNode root)
            {
                foreach (var node in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    if (node is TypeDeclarationSyntax type) yield return type;
                }
            }

            public static TreeDeclarations Read(SyntaxTree tree, CancellationToken cancellationToken)
            {
                var hash = new Fnv();
                hash.Add(tree.FilePath);
                hash.Add(tree.Options.GetHashCode());
                var attributeNames = new HashSet<string>(StringComparer.Ordinal);
                var aliases = ImmutableArray.CreateBuilder<string>();
                var root = tree.GetRoot(cancellationToken);
                foreach (var token in root.DescendantTokens(IsDeclarationLevel))
                {
                    hash.Add(token.RawKind);
                    hash.Add(token.ValueText);
                    if (token.ContainsDirectives) AddDirectives(ref hash, token.LeadingTrivia);
                }
                foreach (var node in root.DescendantNodes(IsDeclarationLevel))
                {
                    switch (node)
                    {
                        case AttributeSyntax attribute:
                            attributeNames.Add(RightmostName(attribute.Name));
                            break;
                        case UsingDirectiveSyntax { Alias: { } alias, Name: { } target } when PersonalDataNames.Contains(RightmostName(target)):
                            aliases.Add(alias.Name.Identifier.ValueText);
                            break;
                        case SyntaxNode body when !IsDeclarationLevel(body) && body.ContainsDirectives:
                            // #nullable, #if... inside a body still apply to the declarations after it.
                            foreach (var trivia in body.DescendantTrivia(descendIntoTrivia: true))
                            {
                                if (trivia.IsDirective) hash.Add(trivia.ToString());
                            }
                            break;
                    }
                }
                return new TreeDeclarations(hash.Value, attributeNames, aliases.ToImmutable());
            }

            private static void AddDirectives(ref Fnv hash, SyntaxTriviaList trivia)
            {
                foreach (var item in trivia)
                {
                    if (item.IsDirective) hash.Add(item.ToString());
                }
            }

            /// <summary>
            /// False for the bodies of methods, accessors, operators and local functions, and for the initializers of
            /// properties and non-constant fields: nothing in them changes a declaration. Constant initializers,
            /// parameter defaults and attribute arguments are declarations.
            /// </summary>
            private static bool IsDeclarationLevel(SyntaxNode node) => node switch
            {
                BlockSyntax or ArrowExpressionClauseSyntax => node.Parent is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or BasePropertyDeclarationSyntax or LocalFunctionStatementSyntax),
                EqualsValueClauseSyntax => !(node.Parent is PropertyDeclarationSyntax ||
                                             node.Parent is VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } && !field.Modifiers.Any(SyntaxKind.ConstKeyword)),
                _ => true,
            };
        }

        /// <summary>64-bit FNV-1a: stable within a process, which is all a fingerprint needs.</summary>
        private struct Fnv
        {
            private ulong _value;

            public ulong Value => _value == 0 ? 14695981039346656037UL : _value;

            public void Add(string text)
            {
                Add(text.Length);
                foreach (var c in text) Mix(c);
            }

            public void Add(int value)
            {
                Mix((ulong)(uint)value);
            }

            public void Add(ulong value)
            {
                Mix(value & 0xFFFFFFFF);
                Mix(value >> 32);
            }

            private void Mix(ulong value)
            {
                if (_value == 0) _value = 14695981039346656037UL;
                _value = (_value ^ value) * 1099511628211UL;
            }
        }

        private sealed class FingerprintComparer : IEqualityComparer<DeclarationSnapshot>
        {
            public bool Equals(DeclarationSnapshot? x, DeclarationSnapshot? y) => x?.Fingerprint == y?.Fingerprint;

            public int GetHashCode(DeclarationSnapshot obj) => obj.Fingerprint.GetHashCode();
        }
    }
}
