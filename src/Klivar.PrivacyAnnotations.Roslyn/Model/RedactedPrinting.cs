using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// The generated redacting <c>ToString</c>: which method a type gets (a record's <c>PrintMembers</c>, else
    /// <c>ToString</c>) and whether it gets one. The generator writes it from this; KPA0009 stays silent where it will.
    /// </summary>
    internal static class RedactedPrinting
    {
        /// <summary>
        /// The declaration the generator writes for <paramref name="type"/> (modifiers, return type and name, without the
        /// parameter list); "" when the type prints itself (its own <c>ToString</c> or <c>PrintMembers</c>) or cannot
        /// override <c>ToString</c> (a base seals it). Switches and partial-ness are not looked at here.
        /// </summary>
        public static string DeclarationOf(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsStatic) return "";
            foreach (var member in type.GetMembers())
            {
                if (member is IMethodSymbol { IsImplicitlyDeclared: false, IsStatic: false } method &&
                    ((method.Name == "ToString" && method.Parameters.Length == 0) || (type.IsRecord && method.Name == "PrintMembers" && method.Parameters.Length == 1)))
                    return "";
            }
            if (type.IsRecord)
            {
                // The signature the compiler expects of a record's PrintMembers.
                if (type.IsValueType) return "private bool PrintMembers";
                if (type.BaseType is { IsRecord: true }) return "protected override bool PrintMembers";
                return type.IsSealed ? "private bool PrintMembers" : "protected virtual bool PrintMembers";
            }
            for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
            {
                foreach (var member in b.GetMembers("ToString"))
                {
                    if (member is IMethodSymbol { Parameters.Length: 0, IsSealed: true }) return "";
                }
            }
            return "public override string ToString";
        }

        /// <summary>The <c>[RedactedToString(bool)]</c> switch on a type or assembly; null when it has none.</summary>
        public static bool? SwitchOf(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (AnnotationReader.Is(attribute, KnownNames.RedactedToStringAttribute)) return ReadSwitch(attribute);
            }
            return null;
        }

        /// <summary>The value of one <c>[RedactedToString(bool)]</c>; null when it does not say (an error in the source).</summary>
        public static bool? ReadSwitch(AttributeData attribute) =>
            attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is bool enabled ? enabled : null;

        /// <summary>On unless the type says off, or the type says nothing and the assembly says off.</summary>
        public static bool IsOn(bool? typeSwitch, bool? assemblySwitch) => typeSwitch ?? assemblySwitch ?? true;

        /// <summary>
        /// The generator writes a redacting <c>ToString</c>/<c>PrintMembers</c> for this annotated type: it is partial
        /// (with its containing types), not file-local, switched on, and does not print itself.
        /// </summary>
        public static bool IsGenerated(INamedTypeSymbol type, Compilation compilation)
        {
            if (AnnotationReader.IsFileLocal(type)) return false;
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (!AnnotationReader.IsPartial(t)) return false;
            }
            return IsOn(SwitchOf(type), SwitchOf(compilation.Assembly)) && DeclarationOf(type).Length > 0;
        }
    }
}
