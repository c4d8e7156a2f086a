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
    }
}
