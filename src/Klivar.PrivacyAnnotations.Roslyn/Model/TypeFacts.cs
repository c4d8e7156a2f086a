using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>Facts about member types that both the generator and the analyzers ask.</summary>
    internal static class TypeFacts
    {
        /// <summary>True for the built-in integral and floating-point types, and decimal.</summary>
        public static bool IsNumeric(SpecialType type)
        {
            switch (type)
            {
                case SpecialType.System_SByte:
                case SpecialType.System_Byte:
                case SpecialType.System_Int16:
                case SpecialType.System_UInt16:
                case SpecialType.System_Int32:
                case SpecialType.System_UInt32:
                case SpecialType.System_Int64:
                case SpecialType.System_UInt64:
                case SpecialType.System_Single:
                case SpecialType.System_Double:
                case SpecialType.System_Decimal:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>
        /// An uploaded or streamed file (ASP.NET Core's <c>IFormFile</c>, Blazor's <c>IBrowserFile</c>, a
        /// <c>System.IO.Stream</c>): raw content like a <c>byte[]</c>, whatever it is a picture or a scan of.
        /// </summary>
        public static bool IsFileContent(INamedTypeSymbol type)
        {
            switch (type.Name)
            {
                case "IFormFile":
                    return InNamespace(type.ContainingNamespace, "Http", "AspNetCore");
                case "IBrowserFile":
                    return InNamespace(type.ContainingNamespace, "Forms", "Components");
                case "Stream":
                case "MemoryStream":
                case "FileStream":
                    return InNamespace(type.ContainingNamespace, "IO", "System");
                default:
                    return false;
            }

            // The innermost two namespace names (Microsoft.AspNetCore.Http: Http in AspNetCore).
            static bool InNamespace(INamespaceSymbol? ns, string innermost, string parent) =>
                ns is { Name: var name } && name == innermost && ns.ContainingNamespace is { Name: var outer } && outer == parent;
        }

        /// <summary>The type of a property (not an indexer) or a field (not an event's or a property's backing field); null for other members.</summary>
        public static ITypeSymbol? ValueTypeOf(ISymbol member) => member switch
        {
            IPropertySymbol { IsIndexer: false } property => property.Type,
            IFieldSymbol { AssociatedSymbol: null } field => field.Type,
            _ => null,
        };

        /// <summary>
        /// A ref struct (<c>Span&lt;T&gt;</c>) or a pointer: a value the privacy table cannot hold (it reads members as
        /// <c>object?</c> and names their type as a type argument), so the member's type gets no helpers (KPA0018).
        /// </summary>
        public static bool CannotBeBoxed(ITypeSymbol type) =>
            type.IsRefLikeType || type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer;

        /// <summary>The type itself, or one of its properties or fields, carries <c>[PersonalData]</c>.</summary>
        public static bool IsAnnotated(INamedTypeSymbol type)
        {
            if (AnnotationReader.ReadPersonalDataList(type).Count > 0 || !AnnotationReader.ReadInheritedMembers(type).IsEmpty) return true;
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol or IFieldSymbol && AnnotationReader.ReadPersonalDataList(member).Count > 0) return true;
            }
            return false;
        }

        // A member holding an annotated object (Address on Customer), or a collection of them (List<Address>, Address[]):
        // run-time tools (logging, export) follow it.
        public static bool HoldsAnnotatedType(ITypeSymbol type) =>
            IsAnnotatedObjectType(type) || (ElementType(type) is { } element && IsAnnotatedObjectType(element));

        private static ITypeSymbol? ElementType(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array) return array.ElementType;
            if (type.SpecialType == SpecialType.System_String) return null;
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Collections_Generic_IEnumerable_T } enumerable) return enumerable.TypeArguments[0];
            foreach (var candidate in type.AllInterfaces)
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) return candidate.TypeArguments[0];
            }
            return null;
        }

        private static bool IsAnnotatedObjectType(ITypeSymbol type) =>
            type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, SpecialType: SpecialType.None } named &&
            named.ContainingNamespace is not { Name: "System", ContainingNamespace.IsGlobalNamespace: true } &&
            IsAnnotated(named.OriginalDefinition);
    }
}
