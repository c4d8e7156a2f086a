using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// How the register and every diagnostic name a symbol: <c>User</c> for a type, <c>User.Email</c> for a member,
    /// <c>Send(email)</c> for a parameter (the type's name for a constructor's: <c>User(email)</c>). One place, so a
    /// message and the register row it points to always agree.
    /// </summary>
    internal static class DisplayNames
    {
        public static string Of(ISymbol symbol) => symbol switch
        {
            INamedTypeSymbol type => type.Name,
            // An indexer's parameter (seen from its accessors too) as C# writes the indexer, not as get_Item(x).
            IParameterSymbol { ContainingSymbol: IPropertySymbol { IsIndexer: true } or IMethodSymbol { AssociatedSymbol: IPropertySymbol { IsIndexer: true } } } parameter =>
                parameter.ContainingType.Name + ".this[" + parameter.Name + "]",
            IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter => Parameter(MethodName(method), parameter.Name),
            _ => symbol.ContainingType is { } type ? type.Name + "." + symbol.Name : symbol.Name,
        };

        /// <summary>A parameter as the register lists it: <c>Send(email)</c>.</summary>
        public static string Parameter(string? method, string parameter) => (method ?? "?") + "(" + parameter + ")";

        /// <summary>The method a parameter belongs to, as its display names it: a constructor by its type's name.</summary>
        public static string MethodName(IMethodSymbol method) =>
            method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
    }
}
