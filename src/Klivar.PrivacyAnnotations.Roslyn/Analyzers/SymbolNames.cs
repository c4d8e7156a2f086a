using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    internal static class SymbolNames
    {
        /// <summary>How messages name a symbol: built only for symbols that carry an annotation (most carry none).</summary>
        public static string Display(ISymbol symbol) => symbol switch
        {
            INamedTypeSymbol type => type.Name,
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter =>
                (method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name) + "(" + parameter.Name + ")",
            _ => symbol.ContainingType.Name + "." + symbol.Name,
        };
    }
}
