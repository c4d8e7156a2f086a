namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// "Is this value one the enum defines?", once per enum of the vocabulary. Attribute arguments are read as numbers
    /// (a cast like <c>(LegalBasis)42</c> compiles), so the analyzers, the register and the code fixes ask here rather
    /// than repeat the bounds. Each range runs from the enum's first member to its last.
    /// </summary>
    internal static class VocabularyValues
    {
        public static bool IsDefined(DataCategory value) => DataCategoryFacts.IsDefined(value);

        public static bool IsDefined(Purpose value) => PurposeFacts.IsDefined(value);

        public static bool IsDefined(LegalBasis value) => value >= LegalBasis.Consent && value <= LegalBasis.LegitimateInterests;

        /// <summary><c>None</c> included: an activity that needs no Art. 9 condition states none.</summary>
        public static bool IsDefined(SpecialCategoryCondition value) =>
            value >= SpecialCategoryCondition.None && value <= SpecialCategoryCondition.ArchivingResearchOrStatistics;

        public static bool IsDefined(TransferSafeguard value) => value >= TransferSafeguard.AdequacyDecision && value <= TransferSafeguard.Derogation;

        /// <summary><c>Default</c> included: it asks for the category's default.</summary>
        public static bool IsDefined(RedactionKind value) => value >= RedactionKind.Default && value <= RedactionKind.Hash;

        /// <summary><c>NotStated</c> included: the default, which KPA0015 reports for sensitive data.</summary>
        public static bool IsDefined(DpiaStatus value) => value >= DpiaStatus.NotStated && value <= DpiaStatus.NotRequired;

        /// <summary><c>NotStated</c> included: the default, which the notice marks to confirm.</summary>
        public static bool IsDefined(DataRequirement value) => value >= DataRequirement.NotStated && value <= DataRequirement.Voluntary;

        /// <summary><c>NotStated</c> included: the default, which the notice marks to confirm.</summary>
        public static bool IsDefined(AutomatedDecisions value) => value >= AutomatedDecisions.NotStated && value <= AutomatedDecisions.Used;

        public static bool IsDefined(SecurityMeasure value) => value >= SecurityMeasure.AccessControl && value <= SecurityMeasure.PhysicalSecurity;

        /// <summary>A redaction the member chose itself: defined and not <c>Default</c>.</summary>
        public static bool IsExplicit(RedactionKind value) => value != RedactionKind.Default && IsDefined(value);
    }
}
