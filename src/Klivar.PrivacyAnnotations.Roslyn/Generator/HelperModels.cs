using Klivar.PrivacyAnnotations.Roslyn.Model;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    // What the per-type helpers need beyond the shared annotation model: how to copy and print the type's other
    // members, and which helper names are already taken. Plain, equatable data, like the model itself.

    /// <summary>
    /// An annotated type, with what its generated helpers need to know; <c>DeclarationOrder</c> names its properties and
    /// fields as declared; <c>PrintingDeclaration</c> is the redacting <c>PrintMembers</c>/<c>ToString</c> it can get ("" none,
    /// see <see cref="RedactedPrinting"/>), <c>PrintingSwitch</c> its own <c>[RedactedToString]</c>; <c>NoHelpersReason</c> why a personal
    /// property or field cannot be in the privacy table (a ref struct, a pointer, a type that does not compile), so the type gets no helpers;
    /// <c>UnsafeAccessors</c>: the target framework has <c>[UnsafeAccessor]</c> (see <see cref="MemberReach"/>).
    /// </summary>
    internal sealed record HelperTypeModel(
        TypeModel Type,
        bool IsEffectivelyPublic,
        bool BaseHasRequiredMembers,
        EquatableArray<PlainMemberModel> OtherMembers,
        EquatableArray<string> DeclarationOrder,
        EquatableArray<string> DeclaredHelperNames,
        EquatableArray<string> InheritedHelperNames,
        string PrintingDeclaration,
        bool? PrintingSwitch,
        string? SubjectKey = null,
        string? NoHelpersReason = null,
        bool UnsafeAccessors = false);

    /// <summary>A public instance property or field of the type that holds no personal data.</summary>
    /// <param name="Name">The member's name.</param>
    /// <param name="IsPrintable">A scalar (number, enum, date, Guid...) or a string declared <c>[NotPersonalData]</c>: shown by <c>ToRedactedString</c>.</param>
    /// <param name="CanRead">Its getter is accessible in the assembly.</param>
    /// <param name="CanInitialize">It can be set in an object initializer (a setter or init accessor accessible in the assembly).</param>
    /// <param name="IsRequired">It is a <c>required</c> member.</param>
    /// <param name="HoldsAnnotatedType">Its type is annotated: the privacy table lists it so run-time tools can follow it.</param>
    /// <param name="TypeName">Its type as generated code names it (the privacy table row's type argument).</param>
    internal sealed record PlainMemberModel(string Name, bool IsPrintable, bool CanRead, bool CanInitialize, bool IsRequired, bool HoldsAnnotatedType, string TypeName);

    /// <summary>One annotated type, its file name, the activities' retention its members fall back on, and the assembly's <c>[RedactedToString]</c>.</summary>
    internal sealed record TypeHelpersInput(HelperTypeModel Model, string HintName, EquatableArray<ActivityModel> ActivityRetentions, bool? AssemblyPrintingSwitch = null)
    {
        /// <summary>The activities as an assembly model, for <see cref="RetentionResolver"/>.</summary>
        public AssemblyModel Assembly { get; } = new AssemblyModel("", null, ActivityRetentions, EquatableArray<TransferModel>.Empty);
    }

    /// <summary>The types whose tables the generated module initializer lists, as C# (type, table expression) pairs.</summary>
    internal sealed record TableIndex(EquatableArray<string> References, RegisterEmitter.Options Options);
}
