using System;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Type look-ups that survive a type defined twice. <see cref="Compilation.GetTypeByMetadataName"/> returns null as
    /// soon as two referenced assemblies define the same name (a polyfill package beside the framework, two copies of a
    /// logging abstraction), which would silently switch a rule or a generator feature off.
    /// </summary>
    internal static class KnownTypes
    {
        /// <summary>
        /// The type named <paramref name="metadataName"/> the compilation can use: its own definition first, else the one
        /// unambiguous definition, else, of the accessible definitions, the one from <paramref name="preferredAssembly"/>
        /// or the first by assembly name (so the choice never depends on reference order). Null when none is accessible.
        /// </summary>
        public static INamedTypeSymbol? Find(Compilation compilation, string metadataName, string? preferredAssembly = null)
        {
            if (compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own) return own;
            if (compilation.GetTypeByMetadataName(metadataName) is { } single) return single;

            INamedTypeSymbol? best = null;
            foreach (var candidate in compilation.GetTypesByMetadataName(metadataName))
            {
                if (!compilation.IsSymbolAccessibleWithin(candidate, compilation.Assembly) || IsEmbedded(candidate)) continue;
                if (preferredAssembly is not null && string.Equals(candidate.ContainingAssembly.Name, preferredAssembly, StringComparison.Ordinal)) return candidate;
                if (best is null || string.CompareOrdinal(candidate.ContainingAssembly.Identity.ToString(), best.ContainingAssembly.Identity.ToString()) < 0)
                    best = candidate;
            }
            return best;
        }

        // The compiler hides a referenced type marked [Embedded] from every other compilation: it cannot be used here.
        private static bool IsEmbedded(INamedTypeSymbol type)
        {
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "EmbeddedAttribute", ContainingNamespace: { Name: "CodeAnalysis", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } })
                    return true;
            }
            return false;
        }

        /// <summary>A type of the runtime library (<see cref="KnownNames.Namespace"/>), preferring the library itself.</summary>
        public static INamedTypeSymbol? FindRuntime(Compilation compilation, string metadataName) =>
            Find(compilation, metadataName, KnownNames.Namespace);
    }
}
