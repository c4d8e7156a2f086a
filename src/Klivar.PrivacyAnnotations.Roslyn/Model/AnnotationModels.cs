namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    // The one model of the annotations: plain, equatable data read from symbols by AnnotationReader. The generator
    // caches on it, the analyzers check it, and RegisterBuilder turns it into the register. No symbol, syntax node,
    // compilation or location is ever stored here.

    /// <summary>One <c>[PersonalData]</c> attribute. Enum values are kept as numbers so out-of-range values survive to be reported.</summary>
    internal sealed record PersonalDataModel(
        int Category,
        EquatableArray<string> PurposeIds,
        string? Retention,
        int Redaction,
        bool Encrypted,
        bool Pseudonymised,
        string? DataSubject,
        bool Hashed = false,
        string? DataSet = null,
        string? ToConfirm = null)
    {
        public string CategoryName => NameOf.Category(Category);

        /// <summary>The redaction actually applied: the member's choice, else its category's default.</summary>
        public RedactionKind EffectiveRedaction =>
            VocabularyValues.IsExplicit((RedactionKind)Redaction)
                ? (RedactionKind)Redaction
                : DataCategoryFacts.DefaultRedaction((DataCategory)Category);
    }

    /// <summary>
    /// An annotated member, or a member covered by its type's annotation. A static member (its own annotation only) is
    /// recorded in the register but has no place in the per-object helpers.
    /// </summary>
    /// <remarks>
    /// <c>CanWrite</c>: it has a setter (of any accessibility, init-only too) or is a mutable field. <c>NotWritableReason</c>:
    /// why erasure cannot write it wherever the code sits ("a read-only field", "init-only on a class"), null when it
    /// can. <c>IsReadableOutside</c>/<c>IsWritableOutside</c>: its getter/setter is accessible to other types of the
    /// assembly (internal or wider); <c>IsTypeNameableOutside</c>: so is its type; <c>Interface</c>: the interface an
    /// explicit implementation is reached through. See <see cref="MemberReach"/>.
    /// </remarks>
    internal sealed record MemberModel(
        string Name,
        MemberKind Kind,
        string? Method,
        string TypeName,
        bool IsString,
        bool IsNullableReference,
        bool CanWrite,
        bool IsInitOnly,
        EquatableArray<PersonalDataModel> Annotations,
        bool FromTypeDefault,
        string? NotPersonalJustification,
        bool IsStatic = false,
        bool IsSubjectKey = false,
        string? NotWritableReason = null,
        bool IsReadableOutside = true,
        bool IsWritableOutside = true,
        bool IsTypeNameableOutside = true,
        string? Interface = null)
    {

        /// <summary>The member as the register names it: <c>Email</c>, or <c>Send(email)</c> for a parameter.</summary>
        public string DisplayName => Kind == MemberKind.Parameter ? DisplayNames.Parameter(Method, Name) : Name;
    }

    internal enum MemberKind
    {
        Property,
        Field,
        Parameter,
    }

    /// <summary>
    /// A type that declares or holds personal data. <c>NotStored</c>: why its objects are never stored (a domain event, a
    /// message), in words for the register; null for a type whose objects may be stored.
    /// </summary>
    internal sealed record TypeModel(
        string Namespace,
        string Name,
        string FullName,
        string FullyQualifiedName,
        string Keyword,
        string TypeParameters,
        string TypeConstraints,
        bool IsPartial,
        bool IsAccessibleFromNamespace,
        bool IsFileLocal,
        bool IsValueType,
        bool IsRecord,
        bool IsAbstract,
        bool IsStatic,
        bool HasParameterlessConstructor,
        EquatableArray<ContainingTypeModel> ContainingTypes,
        EquatableArray<PersonalDataModel> TypeAnnotations,
        string? NotPersonalJustification,
        EquatableArray<MemberModel> Members,
        string? NotStored = null);

    /// <summary>A type that encloses a nested annotated type, outermost first.</summary>
    internal sealed record ContainingTypeModel(string Keyword, string Name, string TypeParameters, bool IsPartial);

    /// <summary>The assembly-level declarations: controller, activities, transfers.</summary>
    internal sealed record AssemblyModel(
        string AssemblyName,
        ControllerModel? Controller,
        EquatableArray<ActivityModel> Activities,
        EquatableArray<TransferModel> Transfers,
        EquatableArray<ProcessorModel> Processors = default,
        SecurityModel? Security = null);

    /// <summary>The <c>[assembly: SecurityMeasures]</c>: the measures in place for every activity.</summary>
    internal sealed record SecurityModel(EquatableArray<int> Checklist, EquatableArray<string> Other);

    internal sealed record ControllerModel(
        string Name,
        string? Identifier,
        string? Email,
        string? Address,
        string? Phone,
        string? DataProtectionOfficer,
        string? SupervisoryAuthority,
        string? EuRepresentative = null,
        string? ApplicableLaw = null,
        string? ToConfirm = null,
        bool NoDataProtectionOfficer = false);

    /// <summary>One <c>[assembly: ProcessingActivity]</c>.</summary>
    internal sealed record ActivityModel(
        string PurposeId,
        int Basis,
        string? Name,
        string? Description,
        EquatableArray<string> DataSubjects,
        string? Retention,
        EquatableArray<string> Recipients,
        string? LegitimateInterest,
        int SpecialCategoryCondition,
        EquatableArray<string> SecurityMeasures,
        EquatableArray<int> SecurityChecklist = default,
        EquatableArray<string> InternalRecipients = default,
        EquatableArray<string> ThirdPartyRecipients = default,
        EquatableArray<string> JointControllers = default,
        int Dpia = 0,
        string? DpiaReference = null,
        string? DpiaDate = null,
        string? DpiaReason = null,
        string? Created = null,
        string? ToConfirm = null,
        int Requirement = 0,
        string? ConsequenceIfNotProvided = null,
        int AutomatedDecisions = 0,
        string? AutomatedDecisionLogic = null);

    /// <summary>One <c>[assembly: InternationalTransfer]</c>; no purposes means every activity.</summary>
    internal sealed record TransferModel(
        string Recipient,
        string? Country,
        int Safeguard,
        EquatableArray<string> PurposeIds,
        string? AdditionalSafeguards,
        string? ToConfirm = null);

    /// <summary>One <c>[assembly: Processor]</c>; no purposes means every activity.</summary>
    internal sealed record ProcessorModel(
        string Name,
        string? Country,
        string? Contract,
        EquatableArray<string> PurposeIds,
        string? ToConfirm);

    /// <summary>Enum names for the register, with out-of-range values kept visible rather than dropped.</summary>
    internal static class NameOf
    {
        public static string Category(int value) =>
            VocabularyValues.IsDefined((DataCategory)value) ? ((DataCategory)value).ToString() : Undefined("DataCategory", value);

        public static string Requirement(int value) =>
            VocabularyValues.IsDefined((DataRequirement)value) ? ((DataRequirement)value).ToString() : Undefined("DataRequirement", value);

        public static string AutomatedDecisions(int value) =>
            VocabularyValues.IsDefined((AutomatedDecisions)value) ? ((AutomatedDecisions)value).ToString() : Undefined("AutomatedDecisions", value);

        public static string Basis(int value) =>
            VocabularyValues.IsDefined((LegalBasis)value) ? ((LegalBasis)value).ToString() : Undefined("LegalBasis", value);

        public static string? Condition(int value) =>
            value == 0 ? null
            : VocabularyValues.IsDefined((SpecialCategoryCondition)value) ? ((SpecialCategoryCondition)value).ToString()
            : Undefined("SpecialCategoryCondition", value);

        public static string Dpia(int value) =>
            VocabularyValues.IsDefined((DpiaStatus)value) ? ((DpiaStatus)value).ToString() : Undefined("DpiaStatus", value);

        public static string SecurityMeasure(int value) =>
            VocabularyValues.IsDefined((PrivacyAnnotations.SecurityMeasure)value) ? ((PrivacyAnnotations.SecurityMeasure)value).ToString() : Undefined("SecurityMeasure", value);

        public static string Safeguard(int value) =>
            VocabularyValues.IsDefined((TransferSafeguard)value) ? ((TransferSafeguard)value).ToString() : Undefined("TransferSafeguard", value);

        public static string PurposeId(int value) =>
            VocabularyValues.IsDefined((Purpose)value) ? PurposeFacts.Id((Purpose)value) : UndefinedPurposePrefix + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>What <see cref="PurposeId"/> puts before an out-of-range <c>Purpose</c> value.</summary>
        public const string UndefinedPurposePrefix = "undefined-purpose-";

        /// <summary>True for an id <see cref="PurposeId"/> made from an out-of-range <c>Purpose</c> value (KPA0020).</summary>
        public static bool IsUndefinedPurposeId(string id) => id.StartsWith(UndefinedPurposePrefix, System.StringComparison.Ordinal);

        private static string Undefined(string enumName, int value) =>
            "(" + enumName + ")" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
