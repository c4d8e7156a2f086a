using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// A type declared in a file, as far as other files' models can depend on it: its metadata name, a hash of its
    /// header (attributes, modifiers, type parameters, record parameters, base list, constraints; an enum's members), a
    /// hash of its members' declarations (without bodies or initializers), the names of the attributes on it, its
    /// properties and fields and its constructors' and methods' parameters, and the simple names in its base list.
    /// <c>MayBeAnnotated</c>: a class, struct, record or interface (what <c>[PersonalData]</c> can make a model of).
    /// </summary>
    internal sealed record TypeShape(string MetadataName, string Name, bool MayBeAnnotated, long Header, long Members,
        EquatableArray<string> AttributeNames, EquatableArray<string> BaseNames);

    /// <summary>
    /// What one file declares, read from syntax alone; equal after an edit inside a method body. <c>Own</c> hashes all
    /// of the file but its bodies (the file's models can change only when it changes); the rest is what other files'
    /// models can depend on: its types, the aliases it declares (local, and <c>global</c>), its <c>global using</c>
    /// directives, its <c>const</c> fields (attribute arguments may name them) and its assembly-level attributes. The
    /// handle of the compilation it was read from rides along, outside equality.
    /// </summary>
    internal sealed class TreeShape : IEquatable<TreeShape>
    {
        public TreeShape(string path, EquatableArray<TypeShape> types, long own, EquatableArray<string> localAliases, long globalUsings, EquatableArray<string> globalAliases,
            long constants, long assemblyAttributes, bool hasAssemblyAttributes, CompilationHandle handle)
        {
            Path = path;
            Types = types;
            Own = own;
            LocalAliases = localAliases;
            GlobalUsings = globalUsings;
            GlobalAliases = globalAliases;
            Constants = constants;
            AssemblyAttributes = assemblyAttributes;
            HasAssemblyAttributes = hasAssemblyAttributes;
            Handle = handle;
        }

        /// <summary>The file's path.</summary>
        public string Path { get; }
        public EquatableArray<TypeShape> Types { get; }
        public long Own { get; }
        public EquatableArray<string> LocalAliases { get; }
        public long GlobalUsings { get; }
        public EquatableArray<string> GlobalAliases { get; }
        public long Constants { get; }
        public long AssemblyAttributes { get; }
        public bool HasAssemblyAttributes { get; }

        /// <summary>The compilation the file was read from (not part of equality).</summary>
        public CompilationHandle Handle { get; }

        public bool Equals(TreeShape? other) =>
            other is not null && Own == other.Own && Path == other.Path && AssemblyAttributes == other.AssemblyAttributes && HasAssemblyAttributes == other.HasAssemblyAttributes &&
            GlobalUsings == other.GlobalUsings && Constants == other.Constants && Types.Equals(other.Types) &&
            LocalAliases.Equals(other.LocalAliases) && GlobalAliases.Equals(other.GlobalAliases);

        public override bool Equals(object? obj) => Equals(obj as TreeShape);

        public override int GetHashCode() => Own.GetHashCode();
    }

    /// <summary>
    /// The generator's syntax-only reading of a file: its declarations' shape (<see cref="TreeShape"/>), and which of
    /// its type declarations may carry <c>[PersonalData]</c>, by the attributes' names (the semantic read confirms).
    /// </summary>
    internal static class DeclarationShapes
    {
        private const string PersonalData = "PersonalData";
        private const string PersonalDataAttribute = "PersonalDataAttribute";

        public static TreeShape Read(FileHandle file, CancellationToken cancellationToken)
        {
            var root = file.Tree.GetRoot(cancellationToken);
            var types = ImmutableArray.CreateBuilder<TypeShape>();
            var globalUsings = Hash.Start;
            var globalAliases = ImmutableArray.CreateBuilder<string>();
            var localAliases = new SortedSet<string>(StringComparer.Ordinal);
            var constants = Hash.Start;
            var assemblyAttributes = Hash.Start;
            var hasAssemblyAttributes = false;
            if (root is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.None)) continue;
                    globalUsings = Hash.Tokens(globalUsings, directive);
                    if (directive.Alias is { } alias) globalAliases.Add(alias.Name.Identifier.ValueText);
                }
                foreach (var list in unit.AttributeLists)
                {
                    assemblyAttributes = Hash.Tokens(assemblyAttributes, list);
                    hasAssemblyAttributes |= list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true;
                }
            }
            foreach (var node in DeclarationNodes(root))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case BaseTypeDeclarationSyntax type:
                        types.Add(ReadType(type));
                        break;
                    case DelegateDeclarationSyntax @delegate:
                        types.Add(new TypeShape(MetadataName(@delegate, @delegate.Identifier.ValueText, @delegate.Arity), @delegate.Identifier.ValueText, false,
                            Hash.Tokens(Hash.Start, @delegate), 0, EquatableArray<string>.Empty, EquatableArray<string>.Empty));
                        break;
                    case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        constants = Hash.Tokens(constants, field);
                        break;
                }
            }
            foreach (var node in root.DescendantNodesAndSelf(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                var usings = node switch
                {
                    CompilationUnitSyntax compilationUnit => compilationUnit.Usings,
                    BaseNamespaceDeclarationSyntax ns => ns.Usings,
                    _ => default,
                };
                foreach (var directive in usings)
                {
                    if (directive.Alias is { } alias) localAliases.Add(alias.Name.Identifier.ValueText);
                }
            }
            // The whole file but what runs: an edit inside a body leaves it equal.
            var own = Hash.Start;
            foreach (var token in root.DescendantTokens(static n => n is not (BlockSyntax or ArrowExpressionClauseSyntax or GlobalStatementSyntax)))
                own = Hash.Text(own, token.Text);
            return new TreeShape(file.Tree.FilePath, new EquatableArray<TypeShape>(types.ToImmutable()), own, new EquatableArray<string>(localAliases.ToImmutableArray()), globalUsings,
                new EquatableArray<string>(globalAliases.ToImmutable()), constants, assemblyAttributes, hasAssemblyAttributes, file.Handle);
        }

        /// <summary>
        /// The types of the file that may carry <c>[PersonalData]</c> (or an alias of it), on the type, one of its
        /// properties or fields, a parameter of one of its constructors or methods, or a record's positional parameter;
        /// by the attributes' names, so only these are bound.
        /// </summary>
        public static IEnumerable<TypeShape> Candidates(TreeShape file, EquatableArray<string> globalAliases)
        {
            foreach (var type in file.Types)
            {
                if (!type.MayBeAnnotated) continue;
                foreach (var name in type.AttributeNames)
                {
                    if (name is PersonalData or PersonalDataAttribute || IsAlias(name, file.LocalAliases) || IsAlias(name, globalAliases))
                    {
                        yield return type;
                        break;
                    }
                }
            }
        }

        private static bool IsAlias(string name, EquatableArray<string> aliases)
        {
            foreach (var alias in aliases)
            {
                if (alias == name || (alias.Length == name.Length + 9 && alias.StartsWith(name, StringComparison.Ordinal) && alias.EndsWith("Attribute", StringComparison.Ordinal))) return true;
            }
            return false;
        }

        /// <summary>The namespaces, types and their members, never descending into a member's body.</summary>
        private static IEnumerable<SyntaxNode> DeclarationNodes(SyntaxNode root) =>
            root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                .Where(static n => n is MemberDeclarationSyntax);

        private static TypeShape ReadType(BaseTypeDeclarationSyntax type)
        {
            var header = Hash.Start;
            header = Hash.Tokens(header, type.AttributeLists);
            header = Hash.Tokens(header, type.Modifiers);
            header = Hash.Text(header, type.Kind().ToString());
            header = Hash.Text(header, type.Identifier.ValueText);
            if (type.BaseList is { } baseList) header = Hash.Tokens(header, baseList);
            var arity = 0;
            var members = Hash.Start;
            var attributeNames = new SortedSet<string>(StringComparer.Ordinal);
            AddNames(attributeNames, type.AttributeLists);
            switch (type)
            {
                case TypeDeclarationSyntax declaration:
                    if (declaration.TypeParameterList is { } typeParameters)
                    {
                        header = Hash.Tokens(header, typeParameters);
                        arity = typeParameters.Parameters.Count;
                    }
                    if (declaration.ParameterList is { } parameters)
                    {
                        header = Hash.Tokens(header, parameters);
                        foreach (var parameter in parameters.Parameters) AddNames(attributeNames, parameter.AttributeLists);
                    }
                    foreach (var clause in declaration.ConstraintClauses) header = Hash.Tokens(header, clause);
                    foreach (var member in declaration.Members)
                    {
                        if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax) continue; // shapes of their own
                        members = MemberTokens(members, member);
                        switch (member)
                        {
                            case PropertyDeclarationSyntax property:
                                AddNames(attributeNames, property.AttributeLists);
                                break;
                            case FieldDeclarationSyntax field:
                                AddNames(attributeNames, field.AttributeLists);
                                break;
                            case BaseMethodDeclarationSyntax method:
                                foreach (var parameter in method.ParameterList.Parameters) AddNames(attributeNames, parameter.AttributeLists);
                                break;
                        }
                    }
                    break;
                case EnumDeclarationSyntax @enum:
                    foreach (var member in @enum.Members) header = Hash.Tokens(header, member);
                    break;
            }

            var bases = ImmutableArray.CreateBuilder<string>();
            if (type.BaseList is { } list)
            {
                foreach (var baseType in list.Types) bases.Add(LastIdentifier(baseType.Type));
            }
            return new TypeShape(MetadataName(type, type.Identifier.ValueText, arity), type.Identifier.ValueText, type is TypeDeclarationSyntax, header, members,
                new EquatableArray<string>(attributeNames.ToImmutableArray()), new EquatableArray<string>(bases.ToImmutable()));
        }

        // A member's declaration without what runs: bodies, expression bodies, and initializers other than a constant's.
        private static long MemberTokens(long hash, MemberDeclarationSyntax member)
        {
            var isConst = member is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword);
            foreach (var token in member.DescendantTokens(n => !IsCode(n, isConst)))
                hash = Hash.Text(hash, token.Text);
            return hash;
        }

        private static bool IsCode(SyntaxNode node, bool isConst) => node switch
        {
            BlockSyntax or ArrowExpressionClauseSyntax => true,
            EqualsValueClauseSyntax => !isConst && node.Parent is VariableDeclaratorSyntax or PropertyDeclarationSyntax,
            _ => false,
        };

        private static void AddNames(SortedSet<string> names, SyntaxList<AttributeListSyntax> lists)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes) names.Add(LastIdentifier(attribute.Name));
            }
        }

        // The name GetTypeByMetadataName takes: Shop.Outer`1+Inner.
        private static string MetadataName(SyntaxNode declaration, string name, int arity)
        {
            var text = new System.Text.StringBuilder(Arity(name, arity));
            for (var node = declaration.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax outer:
                        text.Insert(0, Arity(outer.Identifier.ValueText, outer.TypeParameterList?.Parameters.Count ?? 0) + "+");
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        text.Insert(0, ns.Name.ToString() + ".");
                        break;
                }
            }
            return text.ToString();
        }

        private static string Arity(string name, int arity) =>
            arity > 0 ? name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : name;

        internal static string LastIdentifier(TypeSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => "",
        };

        /// <summary>64-bit FNV-1a over token texts, each followed by a separator.</summary>
        internal static class Hash
        {
            public const long Start = unchecked((long)14695981039346656037UL);
            private const long Prime = 1099511628211L;

            public static long Text(long hash, string text)
            {
                unchecked
                {
                    foreach (var c in text) hash = (hash ^ c) * Prime;
                    return (hash ^ 0xFFFF) * Prime;
                }
            }

            public static long Value(long hash, long value)
            {
                unchecked
                {
                    for (var i = 0; i < 8; i++)
                    {
                        hash = (hash ^ (value & 0xFF)) * Prime;
                        value >>= 8;
                    }
                    return hash;
                }
            }

            public static long Tokens(long hash, SyntaxNode node)
            {
                foreach (var token in node.DescendantTokens()) hash = Text(hash, token.Text);
                return hash;
            }

            public static long Tokens<TNode>(long hash, SyntaxList<TNode> nodes) where TNode : SyntaxNode
            {
                foreach (var node in nodes) hash = Tokens(hash, node);
                return hash;
            }

            public static long Tokens(long hash, SyntaxTokenList tokens)
            {
                foreach (var token in tokens) hash = Text(hash, token.Text);
                return hash;
            }
        }
    }
}
