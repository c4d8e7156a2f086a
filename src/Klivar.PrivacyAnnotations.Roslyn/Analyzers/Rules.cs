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
            Declaration, DiagnosticSeverity.Warning,
            "A member whose name and type look like personal data carries neither [PersonalData] nor [NotPersonalData]. Undeclared personal data is missing from the processing register (GDPR Art. 30) and from the redaction helpers.");

        public static readonly DiagnosticDescriptor PurposeWithoutLegalBasis = Create(
            "KPA0002", "Purpose has no processing activity with a legal basis",
            "Purpose '{0}' is used here but no [assembly: ProcessingActivity] declares it with a legal basis",
            Declaration, DiagnosticSeverity.Error,
            "Every purpose an annotation or a transfer names needs one [assembly: ProcessingActivity] stating its legal basis (GDPR Art. 6(1)); without it the register lists the purpose as undeclared.");

        public static readonly DiagnosticDescriptor UnreadableRetention = Create(
            "KPA0003", "Retention rule does not parse",
            "Retention '{0}' does not parse: {1}; write a rule such as '1y', '3y after last-contact' or 'during contract + 10y archive'",
            Retention, DiagnosticSeverity.Error,
            "A Retention text, on [PersonalData] or on a processing activity, that the retention language cannot read, or that is empty. The register would show an unreadable rule and purge jobs could compute no schedule (GDPR Art. 5(1)(e), Art. 30(1)(f)).");

        public static readonly DiagnosticDescriptor MissingRetention = Create(
            "KPA0004", "Personal data has no retention",
            "'{0}' ({1}) has no retention for purpose '{2}': state it on the member, its type or the '{2}' processing activity",
            Retention, DiagnosticSeverity.Error,
            "No retention applies to this personal data: not on the member, not on its type, not on the processing activity. Storage limitation (GDPR Art. 5(1)(e)) needs one, and the register records it (Art. 30(1)(f)).");

        public static readonly DiagnosticDescriptor SpecialCategoryWithoutCondition = Create(
            "KPA0005", "Special-category data without an Article 9 condition",
            "'{0}' holds {1} data ({2}) but processing activity '{3}' states no SpecialCategoryCondition",
            Declaration, DiagnosticSeverity.Error,
            "Special-category (GDPR Art. 9) or criminal (Art. 10) data may be processed only under one of the conditions of Art. 9(2); the processing activity must state it.");

        public static readonly DiagnosticDescriptor UnsafeTransfer = Create(
            "KPA0006", "International transfer without a valid safeguard",
            "Transfer to '{0}' in '{1}': {2}",
            Declaration, DiagnosticSeverity.Error,
            "An [assembly: InternationalTransfer] to an unknown country, to a country of the European Economic Area, or relying on an adequacy decision the European Commission has not adopted (GDPR Chapter V).");

        public static readonly DiagnosticDescriptor LegitimateInterestNotStated = Create(
            "KPA0007", "Legitimate interest is not stated",
            "Processing activity '{0}' relies on legitimate interests but does not state the interest pursued (LegitimateInterest = \"...\")",
            Declaration, DiagnosticSeverity.Warning,
            "An activity based on legitimate interests (GDPR Art. 6(1)(f)) must say which interest it pursues: the privacy notice has to tell the data subjects (Art. 13(1)(d)).");

        public static readonly DiagnosticDescriptor PersonalDataInOutput = Create(
            "KPA0008", "Personal data flows into logs or output",
            "{0} reaches {1} without redaction: print the object's ToRedactedString(), or pass the value through Redaction.Redact",
            Leak, DiagnosticSeverity.Warning,
            "An annotated value, or a whole object holding one, reaches a log, the console, debug or trace output, an exception message or an Activity tag unredacted. Logs are copied and kept far longer than the data's retention (GDPR Art. 5(1)(c), Art. 32).");

        public static readonly DiagnosticDescriptor ToStringPrintsPersonalData = Create(
            "KPA0009", "ToString prints personal data",
            "{0} prints personal data without redaction: {1}; {2}",
            Leak, DiagnosticSeverity.Warning,
            "A ToString or PrintMembers that prints annotated members as they are, or a record whose compiler-generated ToString does: every log line or interpolation of the object leaks them.");

        public static readonly DiagnosticDescriptor UnclassifiedLogProperty = Create(
            "KPA0017", "Personal member logged through [LogProperties] without a data classification",
            "[LogProperties] parameter '{0}' logs personal data the redaction pipeline cannot see: {1}; add its classification attribute ({2}, Klivar.PrivacyAnnotations.Compliance)",
            Leak, DiagnosticSeverity.Warning,
            "Microsoft's [LoggerMessage] generator logs each property of a [LogProperties] parameter and redacts only those carrying a DataClassificationAttribute; it does not read [PersonalData]. A personal member without one is written as it is.");

        public static readonly DiagnosticDescriptor MissingController = Create(
            "KPA0010", "No data controller is declared",
            "Assembly '{0}' annotates personal data but declares no [assembly: DataController]: the register and the privacy notice would name no controller (Art. 30(1)(a), Art. 13(1)(a))",
            Declaration, DiagnosticSeverity.Warning,
            "The register must name the controller (GDPR Art. 30(1)(a)) and so must the privacy notice (Art. 13(1)(a)).",
            WellKnownDiagnosticTags.CompilationEnd);

        // KPA0011 covers several contradictions, one descriptor (one fixed message format) each.
        private const string ContradictionTitle = "Contradictory privacy declaration";
        private const string ContradictionDescription =
            "Declarations that cannot all be true, or that the register cannot describe: [PersonalData] with [NotPersonalData], two activities for one purpose, an enum value outside its range, a malformed purpose id.";

        public static readonly DiagnosticDescriptor ContradictoryMarks = Create(
            "KPA0011", ContradictionTitle,
            "'{0}' is marked both [PersonalData] and [NotPersonalData]: keep the one that is true",
            Declaration, DiagnosticSeverity.Error, ContradictionDescription);

        public static readonly DiagnosticDescriptor DuplicateActivity = Create(
            "KPA0011", ContradictionTitle,
            "Purpose '{0}' already has a processing activity (legal basis {1}): declare each purpose once, with one legal basis, so the register has one row for it",
            Declaration, DiagnosticSeverity.Error, ContradictionDescription);

        public static readonly DiagnosticDescriptor UndefinedEnumValue = Create(
            "KPA0011", ContradictionTitle,
            "{0} value {1} used by {2} is not a defined {0}: the register cannot describe it",
            Declaration, DiagnosticSeverity.Error, ContradictionDescription);

        public static readonly DiagnosticDescriptor InvalidPurposeId = Create(
            "KPA0011", ContradictionTitle,
            "'{0}' used by {1} is not a valid purpose id: use lower-case letters, digits and single hyphens, starting with a letter (at most 64 characters), e.g. 'fraud-screening'",
            Declaration, DiagnosticSeverity.Error, ContradictionDescription);

        /// <summary>Every KPA0011 descriptor (an analyzer that may report any of them supports them all).</summary>
        public static readonly System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> Contradictions =
            System.Collections.Immutable.ImmutableArray.Create(ContradictoryMarks, DuplicateActivity, UndefinedEnumValue, InvalidPurposeId);

        public static readonly DiagnosticDescriptor UnrecordablePlacement = Create(
            "KPA0013", "Personal data annotated where the register cannot record it",
            "[PersonalData] on {0} is not recorded in the processing register, which lists properties, fields and parameters of methods and constructors: annotate the member that holds the data",
            Declaration, DiagnosticSeverity.Error,
            "The compiler accepts [PersonalData] on indexers, constants, event backing fields and parameters of lambdas, local functions, delegates, operators and accessors, but the register cannot list them: the annotation would be left out without a word.");

        /// <summary>"a User", "an Order", "an Update", "a Usage": the article a type or member name takes in a message.</summary>
        public static string WithArticle(string name)
        {
            if (name.Length == 0) return "a " + name;
            var first = char.ToLowerInvariant(name[0]);
            var vowelSound = first is 'a' or 'e' or 'i' or 'o' ||
                             (first == 'u' && !(name.Length > 2 && !IsVowel(name[1]) && IsVowel(name[2])));
            return (vowelSound ? "an " : "a ") + name;
        }

        private static bool IsVowel(char c) => char.ToLowerInvariant(c) is 'a' or 'e' or 'i' or 'o' or 'u';

        public static string HelpLink(string id) => HelpLinkBase + id + ".md";

        private static DiagnosticDescriptor Create(string id, string title, string message, string category, DiagnosticSeverity severity, string description, params string[] customTags) =>
            new DiagnosticDescriptor(id, title, message, category, severity, isEnabledByDefault: true, description: description, helpLinkUri: HelpLink(id), customTags: customTags);
    }
}
