using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Every diagnostic the package reports. Ids are part of the public contract; each has a page under docs/rules/
    /// that its help link points at. Declarative violations are errors; heuristics start as warnings (the strict mode
    /// raises them).
    /// </summary>
    internal static class Rules
    {
        public const string HelpLinkBase = "https://github.com/klivar/Klivar.PrivacyAnnotations/blob/main/docs/rules/";

        private const string Declaration = "Privacy.Declaration";
        private const string Retention = "Privacy.Retention";
        private const string Leak = "Privacy.Leak";

        public static readonly DiagnosticDescriptor UndeclaredPersonalData = Create(
            "KPA0001", "Personal data is not declared",
            "'{0}' looks like personal data ({1}: matched '{2}') but is not declared; add [PersonalData] or [NotPersonalData(\"why\")]",
            Declaration, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PurposeWithoutLegalBasis = Create(
            "KPA0002", "Purpose has no processing activity with a legal basis",
            "Purpose '{0}' is used here but no [assembly: ProcessingActivity] declares it with a legal basis",
            Declaration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnreadableRetention = Create(
            "KPA0003", "Retention rule does not parse",
            "{0}",
            Retention, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor MissingRetention = Create(
            "KPA0004", "Personal data has no retention",
            "'{0}' ({1}) has no retention for purpose '{2}': state it on the member, its type or the '{2}' processing activity",
            Retention, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor SpecialCategoryWithoutCondition = Create(
            "KPA0005", "Special-category data without an Article 9 condition",
            "'{0}' holds {1} data ({2}) but processing activity '{3}' states no SpecialCategoryCondition",
            Declaration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor UnsafeTransfer = Create(
            "KPA0006", "International transfer without a valid safeguard",
            "Transfer to '{0}' in '{1}': {2}",
            Declaration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor LegitimateInterestNotStated = Create(
            "KPA0007", "Legitimate interest is not stated",
            "Processing activity '{0}' relies on legitimate interests but does not state the interest pursued (LegitimateInterest = \"...\")",
            Declaration, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor PersonalDataInOutput = Create(
            "KPA0008", "Personal data flows into logs or output",
            "{0} reaches {1} without redaction",
            Leak, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor ToStringPrintsPersonalData = Create(
            "KPA0009", "ToString prints personal data",
            "{0}",
            Leak, DiagnosticSeverity.Warning);

        public static readonly DiagnosticDescriptor MissingController = Create(
            "KPA0010", "No data controller is declared",
            "Assembly '{0}' annotates personal data but declares no [assembly: DataController]: the register and the privacy notice would name no controller (Art. 30(1)(a), Art. 13(1)(a))",
            Declaration, DiagnosticSeverity.Warning, WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor Contradiction = Create(
            "KPA0011", "Contradictory privacy declaration",
            "{0}",
            Declaration, DiagnosticSeverity.Error);

        public static readonly DiagnosticDescriptor PersonalDataLinkNotDeclared = Create(
            "KPA0012", "Personal data link not declared",
            "'{0}' links '{1}' to a person ({2}) but is not declared; add [PersonalData(DataCategory.Identification, ...)] or [NotPersonalData(\"why\")]",
            Declaration, DiagnosticSeverity.Warning);

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, params string[] customTags) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpLink(id), customTags: customTags);
    }
}
