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
    /// Reads an annotated type for the helpers: the shared model (through <see cref="AnnotationReader"/>, the one reader
    /// of the annotations) plus the type's other members and the helper names it already uses.
    /// </summary>
    internal static class HelperModelReader
    {
        public static readonly ImmutableArray<string> HelperNames = ImmutableArray.Create(
            TypeHelpersEmitter.MetadataName, TypeHelpersEmitter.ToRedactedStringName, TypeHelpersEmitter.RedactedName);

        // ForAttributeWithMetadataName runs one transform per annotated member, and each needs its whole containing
        // type: without a memo a type with 15 annotated members was read 15 times per run (N² in members). A type
        // symbol belongs to one compilation and never changes, so its model is read once and reused by the other
        // transforms of the run (and by derived types asking about their base). The table is keyed by reference and
        // holds its keys weakly: it roots no symbol or compilation, and a new compilation's symbols are new keys, so no
        // model outlives the compilation it was read from. It is thread-safe (transforms may run in parallel). A read
        // is made outside the table, so a cancelled run stops in it and stores nothing half-read.
        private static readonly ConditionalWeakTable<INamedTypeSymbol, HelperTypeModel> ReadThisRun = new ConditionalWeakTable<INamedTypeSymbol, HelperTypeModel>();

        /// <summary>The helper model of <paramref name="type"/>, read once per type symbol.</summary>
        /// <exception cref="System.OperationCanceledException"><paramref name="cancellationToken"/> is cancelled.</exception>
        public static HelperTypeModel Read(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (ReadThisRun.TryGetValue(type, out var model)) return model;
            cancellationToken.ThrowIfCancellationRequested();
            var read = ReadUncached(type, cancellationToken);
            // Two transforms may read one type at once: the first model stored is the one both return.
            return ReadThisRun.GetValue(type, _ => read);
        }

        private static HelperTypeModel ReadUncached(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var model = AnnotationReader.ReadType(type);
            var personal = new HashSet<string>();
            foreach (var member in model.Members)
            {
                if (member.Kind != MemberKind.Parameter) personal.Add(member.Name);
            }

            string? subjectKey = null;
            foreach (var member in model.Members)
            {
                if (member.IsSubjectKey && member.Kind != MemberKind.Parameter) subjectKey ??= member.Name;
            }

            // A ref struct cannot be a type argument: no table of its own (KPA0018).
            string? noHelpersReason = type.IsRefLikeType ? "a ref struct cannot be held in the privacy table (KPA0018)" : null;
            var others = ImmutableArray.CreateBuilder<PlainMemberModel>();
            var order = DeclarationOrder(type);
            foreach (var member in type.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.IsStatic || member.IsImplicitlyDeclared) continue;
                if (personal.Contains(member.Name))
                {
                    if (noHelpersReason is null && TypeFacts.ValueTypeOf(member) is { } personalType && WhyNotInTable(personalType) is { } why)
                        noHelpersReason = "personal member '" + member.Name + "' " + why;
                    continue;
                }
                if (member.DeclaredAccessibility < Accessibility.Internal || (TypeFacts.ValueTypeOf(member) is { } valueType && WhyNotInTable(valueType) is not null)) continue;
                if (subjectKey is null && member is IPropertySymbol or IFieldSymbol && AnnotationReader.IsSubjectKey(member)) subjectKey = member.Name;
                switch (member)
                {
                    case IPropertySymbol { IsIndexer: false } property when property.ReturnsByRef == false && property.ReturnsByRefReadonly == false:
                        others.Add(new PlainMemberModel(
                            property.Name,
                            IsPrintable(property.Type, member),
                            property.GetMethod is { } getter && getter.DeclaredAccessibility >= Accessibility.Internal,
                            property.SetMethod is { } setter && setter.DeclaredAccessibility >= Accessibility.Internal,
                            property.IsRequired,
                            TypeFacts.HoldsAnnotatedType(property.Type),
                            AnnotationReader.CodeName(property.Type)));
                        break;
                    case IFieldSymbol { IsConst: false, AssociatedSymbol: null } field:
                        others.Add(new PlainMemberModel(field.Name, IsPrintable(field.Type, member), true, !field.IsReadOnly, field.IsRequired, TypeFacts.HoldsAnnotatedType(field.Type),
                            AnnotationReader.CodeName(field.Type)));
                        break;
                }
            }
            others.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));

            var declared = ImmutableArray.CreateBuilder<string>();
            var inherited = ImmutableArray.CreateBuilder<string>();
            var baseHasRequired = false;
            foreach (var name in HelperNames)
            {
                if (!type.GetMembers(name).IsEmpty) declared.Add(name);
                for (var b = type.BaseType; b is not null; b = b.BaseType)
                {
                    if (!b.GetMembers(name).IsEmpty || GeneratedMembersOf(b, cancellationToken).Contains(name)) { inherited.Add(name); break; }
                }
            }
            for (var b = type.BaseType; b is not null && !baseHasRequired; b = b.BaseType)
            {
                foreach (var member in b.GetMembers())
                {
                    if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }) { baseHasRequired = true; break; }
                }
            }

            return new HelperTypeModel(
                model,
                IsEffectivelyPublic(type),
                baseHasRequired,
                new EquatableArray<PlainMemberModel>(others.ToImmutable()),
                order,
                new EquatableArray<string>(declared.ToImmutable()),
                new EquatableArray<string>(inherited.ToImmutable()),
                RedactedPrinting.DeclarationOf(type),
                RedactedPrinting.SwitchOf(type),
                subjectKey,
                noHelpersReason,
                MemberReach.HasUnsafeAccessors(type));
        }

        // The table reads a member as object? and names its type as a type argument: neither works for a ref struct
        // (Span<T>) or a pointer; a type that does not compile cannot be named (the user's code reports it).
        private static string? WhyNotInTable(ITypeSymbol type)
        {
            if (TypeFacts.CannotBeBoxed(type)) return "is a ref struct or a pointer, which the privacy table cannot hold (KPA0018)";
            return ContainsError(type) ? "has a type that does not compile" : null;
        }

        private static bool ContainsError(ITypeSymbol type) => type switch
        {
            IErrorTypeSymbol => true,
            IArrayTypeSymbol array => ContainsError(array.ElementType),
            INamedTypeSymbol named => named.TypeArguments.Any(ContainsError) || (named.ContainingType is { } outer && ContainsError(outer)),
            _ => type.TypeKind == TypeKind.Error,
        };

        /// <summary>
        /// The helpers this generator adds to a base type declared in source: the compilation it sees does not hold
        /// them yet, but a derived type's helpers hide them and must say <c>new</c>.
        /// </summary>
        private static ImmutableArray<string> GeneratedMembersOf(INamedTypeSymbol baseType, CancellationToken cancellationToken)
        {
            if (!baseType.Locations.Any(l => l.IsInSource) || !TypeFacts.IsAnnotated(baseType)) return ImmutableArray<string>.Empty;
            return TypeHelpersEmitter.GeneratedMemberNames(Read(baseType, cancellationToken));
        }

        /// <summary>
        /// The type's instance properties and fields as declared: by file (the path, so the order does not depend on the
        /// order the compiler was given the files in), then by position in the file, as a record prints them; inherited
        /// members it names in <c>[PersonalData(Members = ...)]</c> first.
        /// </summary>
        private static EquatableArray<string> DeclarationOrder(INamedTypeSymbol type)
        {
            var members = new List<(string Path, int Position, int Index, string Name)>();
            var index = 0;
            foreach (var member in type.GetMembers())
            {
                if (member.IsStatic || member is not (IPropertySymbol or IFieldSymbol { AssociatedSymbol: null })) continue;
                var location = member.Locations.FirstOrDefault(l => l.IsInSource);
                members.Add((location?.SourceTree?.FilePath ?? "", location?.SourceSpan.Start ?? 0, index++, member.Name));
            }
            members.Sort((a, b) =>
            {
                var byPath = string.CompareOrdinal(a.Path, b.Path);
                if (byPath != 0) return byPath;
                return a.Position != b.Position ? a.Position.CompareTo(b.Position) : a.Index.CompareTo(b.Index);
            });
            // Inherited members the type declares by name come first, as a record prints its base's members first.
            var inherited = AnnotationReader.ReadInheritedMembers(type);
            if (inherited.IsEmpty) return new EquatableArray<string>(members.Select(m => m.Name).ToImmutableArray());
            return new EquatableArray<string>(inherited.Select(m => m.Member.Name).Concat(members.Select(m => m.Name)).ToImmutableArray());
        }

        private static bool IsEffectivelyPublic(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.DeclaredAccessibility != Accessibility.Public) return false;
            }
            return true;
        }

        /// <summary>Values a log may show: scalars, and text explicitly declared not personal.</summary>
        private static bool IsPrintable(ITypeSymbol type, ISymbol member)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable) type = nullable.TypeArguments[0];
            if (type.SpecialType is SpecialType.System_String or SpecialType.System_Char)
                return AnnotationReader.ReadNotPersonalData(member) is not null;
            if (type.TypeKind == TypeKind.Enum) return true;
            if (TypeFacts.IsNumeric(type.SpecialType) || type.SpecialType is SpecialType.System_Boolean or SpecialType.System_DateTime) return true;
            return type is INamedTypeSymbol { ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } named &&
                   named.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly";
        }
    }
}
