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
    /// A type declared in a file, as far as other files' models can depend on it: its name, a hash of its header
    /// (attributes, modifiers, type parameters, record parameters, base list, constraints; an enum's members), a hash
    /// of its members' declarations (without bodies or initializers), the names of the attributes on it and its
    /// members, and the simple names in its base list.
    /// </summary>
    internal sealed record TypeShape(string FullName, string Name, long Header, long Members, long AttributeNames, EquatableArray<string> BaseNames);

    /// <summary>
    /// What one file declares that the models of other files' types can depend on, read from syntax alone: an edit
    /// inside a method body leaves it equal. <c>GlobalUsings</c> hashes the <c>global using</c> directives,
    /// <c>Constants</c> the <c>const</c> fields (attribute arguments may name them).
    /// </summary>
    internal sealed record TreeShape(EquatableArray<TypeShape> Types, long GlobalUsings, EquatableArray<string> GlobalAliases, long Constants);

    /// <summary>
    /// The generator's syntax-only reading of a file: its declarations' shape (<see cref="TreeShape"/>), and which of
    /// its type declarations may carry <c>[PersonalData]</c>, by the attributes' names (the semantic read confirms).
    /// </summary>
    internal static class DeclarationShapes
    {
        private const string PersonalData = "PersonalData";
        private const string PersonalDataAttribute = "PersonalDataAttribute";

        public static TreeShape Read(SyntaxNode root, CancellationToken cancellationToken)
        {
            var types = ImmutableArray.CreateBuilder<TypeShape>();
            var globalUsings = Hash.Start;
            var globalAliases = ImmutableArray.CreateBuilder<string>();
            var constants = Hash.Start;
            if (root is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.None)) continue;
                    globalUsings = Hash.Tokens(globalUsings, directive);
                    if (directive.Alias is { } alias) globalAliases.Add(alias.Name.Identifier.ValueText);
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
                        types.Add(new TypeShape(FullName(@delegate, @delegate.Identifier.ValueText, @delegate.Arity), @delegate.Identifier.ValueText,
                            Hash.Tokens(Hash.Start, @delegate), 0, 0, EquatableArray<string>.Empty));
                        break;
                    case FieldDeclarationSyntax field when field.Modifiers.Any(SyntaxKind.ConstKeyword):
                        constants = Hash.Tokens(constants, field);
                        break;
                }
            }
            return new TreeShape(new EquatableArray<TypeShape>(types.ToImmutable()), globalUsings, new EquatableArray<string>(globalAliases.ToImmutable()), constants);
        }

        /// <summary>
        /// The type declarations of the file that may be annotated: <c>[PersonalData]</c> (or an alias of it, or of its
        /// namespace) on the type, one of its properties or fields, a parameter of one of its constructors or methods,
        /// or a record's positional parameter (<c>[property: PersonalData]</c>).
        /// </summary>
        public static ImmutableArray<TypeDeclarationSyntax> Candidates(SyntaxNode root, EquatableArray<string> globalAliases, CancellationToken cancellationToken)
        {
            var aliases = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in globalAliases) aliases.Add(alias);
            foreach (var node in root.DescendantNodesAndSelf(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax))
            {
                var usings = node switch
                {
                    CompilationUnitSyntax unit => unit.Usings,
                    BaseNamespaceDeclarationSyntax ns => ns.Usings,
                    _ => default,
                };
                foreach (var directive in usings)
                {
                    if (directive.Alias is { } alias) aliases.Add(alias.Name.Identifier.ValueText);
                }
            }

            var result = ImmutableArray.CreateBuilder<TypeDeclarationSyntax>();
            foreach (var node in DeclarationNodes(root))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is TypeDeclarationSyntax type && MayBeAnnotated(type, aliases)) result.Add(type);
            }
            return result.ToImmutable();
        }

        private static bool MayBeAnnotated(TypeDeclarationSyntax type, HashSet<string> aliases)
        {
            if (Names(type.AttributeLists, aliases)) return true;
            if (type.ParameterList is { } parameters && Parameters(parameters, aliases)) return true;
            foreach (var member in type.Members)
            {
                switch (member)
                {
                    case PropertyDeclarationSyntax property when Names(property.AttributeLists, aliases):
                    case FieldDeclarationSyntax field when Names(field.AttributeLists, aliases):
                    case BaseMethodDeclarationSyntax { ParameterList: { } list } when Parameters(list, aliases):
                        return true;
                }
            }
            return false;
        }

        private static bool Parameters(ParameterListSyntax list, HashSet<string> aliases)
        {
            foreach (var parameter in list.Parameters)
            {
                if (Names(parameter.AttributeLists, aliases)) return true;
            }
            return false;
        }

        private static bool Names(SyntaxList<AttributeListSyntax> lists, HashSet<string> aliases)
        {
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = LastIdentifier(attribute.Name);
                    if (name is PersonalData or PersonalDataAttribute || aliases.Contains(name) || aliases.Contains(name + "Attribute")) return true;
                    // An alias of the namespace: [Privacy.PersonalData] is caught above; an alias used as a qualifier
                    // of something else is not ours.
                }
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

            var names = Hash.Start;
            foreach (var name in attributeNames) names = Hash.Text(names, name);
            var bases = ImmutableArray.CreateBuilder<string>();
            if (type.BaseList is { } list)
            {
                foreach (var baseType in list.Types) bases.Add(LastIdentifier(baseType.Type));
            }
            return new TypeShape(FullName(type, type.Identifier.ValueText, arity), type.Identifier.ValueText, header, members, names,
                new EquatableArray<string>(bases.ToImmutable()));
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

        private static string FullName(SyntaxNode declaration, string name, int arity)
        {
            var parts = new List<string> { arity > 0 ? name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture) : name };
            for (var node = declaration.Parent; node is not null; node = node.Parent)
            {
                switch (node)
                {
                    case TypeDeclarationSyntax outer:
                        var outerArity = outer.TypeParameterList?.Parameters.Count ?? 0;
                        parts.Add(outerArity > 0 ? outer.Identifier.ValueText + "`" + outerArity.ToString(System.Globalization.CultureInfo.InvariantCulture) : outer.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        parts.Add(ns.Name.ToString());
                        break;
                }
            }
            parts.Reverse();
            return string.Join(".", parts);
        }

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
