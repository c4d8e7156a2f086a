using System.Linq;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>How the generated helpers read or write a personal member.</summary>
    internal enum Reach
    {
        /// <summary>They cannot: the member is left out of the table (read), or listed as one erasure cannot set (write).</summary>
        None,
        /// <summary>By name (<c>o.Email</c>): the helpers sit inside a partial type, or the member is internal or wider.</summary>
        Direct,
        /// <summary>Through an <c>[UnsafeAccessor]</c> method of the extension class (.NET 8 and later).</summary>
        UnsafeAccessor,
    }

    /// <summary>
    /// What the generated helpers can reach of a personal member. Helpers of a partial type sit inside it and reach every
    /// member; those of another type sit in an extension class beside it and reach members accessible in the assembly,
    /// and the others through <c>[UnsafeAccessor]</c> where the target framework has it and it fits (a non-generic class:
    /// a struct's accessor takes it by reference, and .NET 8 has no generic accessors). The generator writes what this
    /// says; the analyzer (KPA0023, KPA0024) reports what it cannot reach, so the two agree.
    /// </summary>
    internal static class MemberReach
    {
        public const string UnsafeAccessorAttribute = "System.Runtime.CompilerServices.UnsafeAccessorAttribute";

        /// <summary>The compilation's runtime honours <c>[UnsafeAccessor]</c> (a referenced library defines it, not a source polyfill).</summary>
        public static bool HasUnsafeAccessors(Compilation compilation) =>
            KnownTypes.Find(compilation, UnsafeAccessorAttribute) is { DeclaredAccessibility: Accessibility.Public } attribute &&
            attribute.Locations.All(l => l.IsInMetadata);

        /// <summary>The same question, asked of a type declared in source (the compilation it belongs to).</summary>
        public static bool HasUnsafeAccessors(INamedTypeSymbol type) =>
            type.ContainingAssembly is ISourceAssemblySymbol source && HasUnsafeAccessors(source.Compilation);

        /// <summary>
        /// The type gets its helpers in an extension class beside it: not partial, and one the extension class can name
        /// (null); otherwise why it gets none, or "" for a partial type (helpers inside it).
        /// </summary>
        public static string? NoExtensionClassReason(TypeModel type)
        {
            if (type.Keyword == "interface") return "an interface has no instances to redact";
            if (type.IsStatic) return "a static type has no instances";
            if (type.IsFileLocal) return "a file-local type cannot be extended from another file";
            if (type.IsPartial) return "";
            if (!type.IsAccessibleFromNamespace) return "declare it and its containing types partial: it is not accessible from its namespace";
            if (type.ContainingTypes.Any(t => t.TypeParameters.Length > 0)) return "declare it and its containing types partial: it is nested in a generic type";
            return null;
        }

        /// <summary>Why an extension class of <paramref name="type"/> cannot use <c>[UnsafeAccessor]</c>; null when it can.</summary>
        public static string? WhyNoUnsafeAccessor(TypeModel type, bool unsafeAccessors)
        {
            if (!unsafeAccessors) return "the target framework has no [UnsafeAccessor], which came with .NET 8";
            if (type.IsValueType) return "[UnsafeAccessor] does not fit a struct here";
            if (type.TypeParameters.Length > 0) return "[UnsafeAccessor] does not fit a generic type here";
            return null;
        }

        /// <summary>How the helpers read the member.</summary>
        public static Reach Read(TypeModel type, MemberModel member, bool unsafeAccessors)
        {
            if (type.IsPartial || member.IsReadableOutside) return Reach.Direct;
            // An explicit interface implementation has no name of its own to give [UnsafeAccessor].
            if (member.Interface is not null) return Reach.None;
            return member.IsTypeNameableOutside && WhyNoUnsafeAccessor(type, unsafeAccessors) is null ? Reach.UnsafeAccessor : Reach.None;
        }

        /// <summary>
        /// How the helpers write the member; <see cref="Reach.None"/> when it cannot be written at all
        /// (<see cref="MemberModel.NotWritableReason"/>) or not from where they sit. An init-only member of a record or
        /// struct is written through <c>with</c>, which needs its init accessor accessible.
        /// </summary>
        public static Reach Write(TypeModel type, MemberModel member, bool unsafeAccessors)
        {
            if (!member.CanWrite || member.NotWritableReason is not null) return Reach.None;
            if (type.IsPartial || member.IsWritableOutside) return Reach.Direct;
            if (member.IsInitOnly || member.Interface is not null) return Reach.None;
            return member.IsTypeNameableOutside && Read(type, member, unsafeAccessors) != Reach.None && WhyNoUnsafeAccessor(type, unsafeAccessors) is null
                ? Reach.UnsafeAccessor : Reach.None;
        }

        /// <summary>
        /// Why the helpers of a non-partial type cannot read or write the member, for the diagnostic and the generated
        /// file's comment; null when they can (or when the member cannot be written at all: KPA0023's case).
        /// </summary>
        public static string? WhyUnreachable(TypeModel type, MemberModel member, bool unsafeAccessors)
        {
            var cannotRead = Read(type, member, unsafeAccessors) == Reach.None;
            var cannotWrite = !cannotRead && member.CanWrite && member.NotWritableReason is null && Write(type, member, unsafeAccessors) == Reach.None;
            if (!cannotRead && !cannotWrite) return null;
            var what = member.Kind == MemberKind.Field ? "a non-public field"
                : cannotRead ? "a property with a non-public getter"
                : member.IsInitOnly ? "a property with a non-public init accessor"
                : "a property with a non-public setter";
            var why = !member.IsTypeNameableOutside ? "its type is not accessible outside '" + type.Name + "'"
                : member.IsInitOnly && cannotWrite ? "an init accessor is set only through 'with', which needs it accessible"
                : WhyNoUnsafeAccessor(type, unsafeAccessors) ?? "";
            return what + (cannotRead ? " the generated helpers cannot read" : " the generated helpers cannot set") + " (" + why + ")";
        }
    }
}
