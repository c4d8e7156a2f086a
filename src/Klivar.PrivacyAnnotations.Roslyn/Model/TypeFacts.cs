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
    }
}
