using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Every diagnostic the package reports, in id order. Ids are part of the public contract: one id, one message, so a
    /// team can suppress exactly one finding. Each has a page under docs/rules/ that its help link points at and a line
    /// in AnalyzerReleases.Unshipped.md. Declarative violations are errors; heuristics start as warnings (the strict mode
    /// raises them).
    /// </summary>
    internal static class Rules
    {
        public const string HelpLinkBase = "https://github.com/klivar/Klivar.PrivacyAnnotations/blob/main/docs/rules/";

        private const string Declaration = "Privacy.Declaration";
        private const string Retention = "Privacy.Retention";
        private const string Leak = "Privacy.Leak";
        private const string Policy = "Privacy.Policy";

        /// <summary>KPA0001: Personal data is not declared.</summary>
        /// <remarks>Message: '{0}' looks like personal data ({1}: matched '{2}') but is not declared; add [PersonalData] or [NotPersonalData("why")]</remarks>
        public static readonly DiagnosticDescriptor UndeclaredPersonalData = Create(
            "KPA0001", "Personal data is not declared",
            "'{0}' looks like personal data ({1}: matched '{2}') but is not declared; add [PersonalData] or [NotPersonalData(\"why\")]",
            Declaration, DiagnosticSeverity.Warning,
            "A member whose name and type look like personal data carries neither [PersonalData] nor [NotPersonalData]. Undeclared personal data is missing from the processing register (GDPR Art. 30) and from the redaction helpers.");

        /// <summary>KPA0002: Purpose has no processing activity with a legal basis.</summary>
        /// <remarks>Message: Purpose '{0}' is used here but no [assembly: ProcessingActivity] declares it with a legal basis</remarks>
        public static readonly DiagnosticDescriptor PurposeWithoutLegalBasis = Create(
            "KPA0002", "Purpose has no processing activity with a legal basis",
            "Purpose '{0}' is used here but no [assembly: ProcessingActivity] declares it with a legal basis",
            Declaration, DiagnosticSeverity.Error,
            "Every purpose an annotation or a transfer names needs one [assembly: ProcessingActivity] stating its legal basis (GDPR Art. 6(1)); without it the register lists the purpose as undeclared.");

        /// <summary>KPA0003: Retention rule does not parse.</summary>
        /// <remarks>Message: Retention '{0}' does not parse: {1}; write a rule such as '1y', '3y after last-contact' or 'during contract + 10y archive'</remarks>
        public static readonly DiagnosticDescriptor UnreadableRetention = Create(
            "KPA0003", "Retention rule does not parse",
            "Retention '{0}' does not parse: {1}; write a rule such as '1y', '3y after last-contact' or 'during contract + 10y archive'",
            Retention, DiagnosticSeverity.Error,
            "A Retention text, on [PersonalData] or on a processing activity, that the retention language cannot read, or that is empty. The register would show an unreadable rule and purge jobs could compute no schedule (GDPR Art. 5(1)(e), Art. 30(1)(f)).");

        /// <summary>KPA0004: Personal data has no retention.</summary>
        /// <remarks>Message: '{0}' ({1}) has no retention for purpose '{2}': state it on the member, its type or the '{2}' processing activity</remarks>
        public static readonly DiagnosticDescriptor MissingRetention = Create(
            "KPA0004", "Personal data has no retention",
            "'{0}' ({1}) has no retention for purpose '{2}': state it on the member, its type or the '{2}' processing activity",
            Retention, DiagnosticSeverity.Error,
            "No retention applies to this personal data: not on the member, not on its type, not on the processing activity. Storage limitation (GDPR Art. 5(1)(e)) needs one, and the register records it (Art. 30(1)(f)).");

        /// <summary>KPA0005: Special-category data without an Article 9 condition.</summary>
        /// <remarks>Message: '{0}' holds {1} data ({2}) but processing activity '{3}' states no SpecialCategoryCondition</remarks>
        public static readonly DiagnosticDescriptor SpecialCategoryWithoutCondition = Create(
            "KPA0005", "Special-category data without an Article 9 condition",
            "'{0}' holds {1} data ({2}) but processing activity '{3}' states no SpecialCategoryCondition",
            Declaration, DiagnosticSeverity.Error,
            "Special-category (GDPR Art. 9) or criminal (Art. 10) data may be processed only under one of the conditions of Art. 9(2); the processing activity must state it.");

        /// <summary>KPA0006: International transfer without a valid safeguard.</summary>
        /// <remarks>Message: Transfer to '{0}' in '{1}': {2}</remarks>
        public static readonly DiagnosticDescriptor UnsafeTransfer = Create(
            "KPA0006", "International transfer without a valid safeguard",
            "Transfer to '{0}' in '{1}': {2}",
            Declaration, DiagnosticSeverity.Error,
            "An [assembly: InternationalTransfer] to an unknown country, to a country of the European Economic Area, or relying on an adequacy decision the European Commission has not adopted (GDPR Chapter V).");

        /// <summary>KPA0007: Legitimate interest is not stated.</summary>
        /// <remarks>Message: Processing activity '{0}' relies on legitimate interests but does not state the interest pursued (LegitimateInterest = "...")</remarks>
        public static readonly DiagnosticDescriptor LegitimateInterestNotStated = Create(
            "KPA0007", "Legitimate interest is not stated",
            "Processing activity '{0}' relies on legitimate interests but does not state the interest pursued (LegitimateInterest = \"...\")",
            Declaration, DiagnosticSeverity.Warning,
            "An activity based on legitimate interests (GDPR Art. 6(1)(f)) must say which interest it pursues: the privacy notice has to tell the data subjects (Art. 13(1)(d)).");

        /// <summary>KPA0008: Personal data flows into logs or output.</summary>
        /// <remarks>Message: {0} reaches {1} without redaction: print the object's ToRedactedString(), or pass the value through Redaction.Redact</remarks>
        public static readonly DiagnosticDescriptor PersonalDataInOutput = Create(
            "KPA0008", "Personal data flows into logs or output",
            "{0} reaches {1} without redaction: print the object's ToRedactedString(), or pass the value through Redaction.Redact",
            Leak, DiagnosticSeverity.Warning,
            "An annotated value, or a whole object holding one, reaches a log, the console, debug or trace output, an exception message or an Activity tag unredacted. Logs are copied and kept far longer than the data's retention (GDPR Art. 5(1)(c), Art. 32).");

        /// <summary>KPA0009: ToString prints personal data.</summary>
        /// <remarks>Message: {0} prints personal data without redaction: {1}; {2}</remarks>
        public static readonly DiagnosticDescriptor ToStringPrintsPersonalData = Create(
            "KPA0009", "ToString prints personal data",
            "{0} prints personal data without redaction: {1}; {2}",
            Leak, DiagnosticSeverity.Warning,
            "A ToString or PrintMembers that prints annotated members as they are, or a record whose compiler-generated ToString does: every log line or interpolation of the object leaks them.");

        /// <summary>KPA0010: No data controller is declared.</summary>
        /// <remarks>Message: Assembly '{0}' annotates personal data but declares no [assembly: DataController]: the register and the privacy notice would name no controller (Art. 30(1)(a), Art. 13(1)(a))</remarks>
        public static readonly DiagnosticDescriptor MissingController = Create(
            "KPA0010", "No data controller is declared",
            "Assembly '{0}' annotates personal data but declares no [assembly: DataController]: the register and the privacy notice would name no controller (Art. 30(1)(a), Art. 13(1)(a))",
            Declaration, DiagnosticSeverity.Warning,
            "The register must name the controller (GDPR Art. 30(1)(a)) and so must the privacy notice (Art. 13(1)(a)).",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>KPA0011: Member marked both personal and not personal.</summary>
        /// <remarks>Message: '{0}' is marked both [PersonalData] and [NotPersonalData]: keep the one that is true</remarks>
        public static readonly DiagnosticDescriptor ContradictoryMarks = Create(
            "KPA0011", "Member marked both personal and not personal",
            "'{0}' is marked both [PersonalData] and [NotPersonalData]: keep the one that is true",
            Declaration, DiagnosticSeverity.Error,
            "A member or type carries [PersonalData] and [NotPersonalData] at once. The register must say whether it holds personal data (GDPR Art. 30); it cannot say both.");

        /// <summary>KPA0012: Personal data link not declared.</summary>
        /// <remarks>Message: '{0}' links '{1}' to a person ({2}) but is not declared; add [PersonalData(DataCategory.Identification, ...)] or [NotPersonalData("why")]</remarks>
        public static readonly DiagnosticDescriptor PersonalDataLinkNotDeclared = Create(
            "KPA0012", "Personal data link not declared",
            "'{0}' links '{1}' to a person ({2}) but is not declared; add [PersonalData(DataCategory.Identification, ...)] or [NotPersonalData(\"why\")]",
            Declaration, DiagnosticSeverity.Warning,
            "A member that links its row to a person (a key such as CustomerId, an actor such as CreatedBy, a person type's own Id, or a navigation to a person type) carries neither [PersonalData] nor [NotPersonalData]. A pseudonymous key is personal data (GDPR Recital 26, Art. 4(5)); undeclared, it is missing from the processing register.");

        /// <summary>KPA0013: Personal data annotated where the register cannot record it.</summary>
        /// <remarks>Message: [PersonalData] on {0} is not recorded in the processing register, which lists properties, fields and parameters of methods and constructors: annotate the member that holds the data</remarks>
        public static readonly DiagnosticDescriptor UnrecordablePlacement = Create(
            "KPA0013", "Personal data annotated where the register cannot record it",
            "[PersonalData] on {0} is not recorded in the processing register, which lists properties, fields and parameters of methods and constructors: annotate the member that holds the data",
            Declaration, DiagnosticSeverity.Error,
            "The compiler accepts [PersonalData] on indexers, constants, event backing fields and parameters of lambdas, local functions, delegates, operators and accessors, but the register cannot list them: the annotation would be left out without a word.");

        /// <summary>KPA0014: Point to confirm in the record.</summary>
        /// <remarks>Message: {0} has a point to confirm: {1}</remarks>
        public static readonly DiagnosticDescriptor DeclarationToConfirm = Create(
            "KPA0014", "Point to confirm in the record",
            "{0} has a point to confirm: {1}",
            Declaration, DiagnosticSeverity.Warning,
            description: "A ToConfirm note says that a declaration rests on an assumption a person must confirm; a field the record must hold " +
                         "(recipients, security measures, DPIA status, creation date, the DPO, the record's version and date) left empty is a point " +
                         "to confirm too. The register lists each point, the privacy notice stays a draft while any remains, and this rule reports " +
                         "each until someone states the fact. Strict mode makes it an error, so a release build cannot ship open points.");

        /// <summary>KPA0015: Sensitive data without a DPIA status.</summary>
        /// <remarks>Message: '{0}' holds {1} data but processing activity '{2}' states no DPIA status: set Dpia = DpiaStatus.Done (with DpiaReference and DpiaDate), DpiaStatus.Required, or DpiaStatus.NotRequired (with DpiaReason)</remarks>
        public static readonly DiagnosticDescriptor SensitiveDataWithoutDpiaStatus = Create(
            "KPA0015", "Sensitive data without a DPIA status",
            "'{0}' holds {1} data but processing activity '{2}' states no DPIA status: set Dpia = DpiaStatus.Done (with DpiaReference and DpiaDate), DpiaStatus.Required, or DpiaStatus.NotRequired (with DpiaReason)",
            Declaration, DiagnosticSeverity.Warning,
            description: "Processing special-category (Art. 9), criminal (Art. 10) or national-identifier data is a criterion for a data protection " +
                         "impact assessment (Art. 35; CNIL: AIPD). The register records each activity's DPIA status; an activity that processes " +
                         "such data must say where it stands.");

        /// <summary>KPA0016: Anchor name used by no retention rule.</summary>
        /// <remarks>Message: No retention rule of this assembly is anchored on '{0}': its date would never start a retention period; did you mean '{1}'?</remarks>
        public static readonly DiagnosticDescriptor UnknownRetentionAnchor = Create(
            "KPA0016", "Anchor name used by no retention rule",
            "No retention rule of this assembly is anchored on '{0}': its date would never start a retention period; did you mean '{1}'?",
            Retention, DiagnosticSeverity.Warning,
            "An event date recorded under a name no retention rule reads (a typo such as \"Contract-End\" for \"contract\") never starts a retention period: the data would be kept forever. The names the rules use are generated as constants in PrivacyAnchors.");

        /// <summary>KPA0017: Personal member logged through [LogProperties] without a data classification.</summary>
        /// <remarks>Message: [LogProperties] parameter '{0}' logs personal data the redaction pipeline cannot see: {1}; add its classification attribute ({2}, Klivar.PrivacyAnnotations.Compliance)</remarks>
        public static readonly DiagnosticDescriptor UnclassifiedLogProperty = Create(
            "KPA0017", "Personal member logged through [LogProperties] without a data classification",
            "[LogProperties] parameter '{0}' logs personal data the redaction pipeline cannot see: {1}; add its classification attribute ({2}, Klivar.PrivacyAnnotations.Compliance)",
            Leak, DiagnosticSeverity.Warning,
            "Microsoft's [LoggerMessage] generator logs each property of a [LogProperties] parameter and redacts only those carrying a DataClassificationAttribute; it does not read [PersonalData]. A personal member without one is written as it is.");

        /// <summary>KPA0018: Personal member the privacy table cannot hold.</summary>
        /// <remarks>Message: '{0}' holds personal data in {1}, which the privacy table cannot hold: '{2}' gets no redaction helpers or run-time table (the register still lists the member)</remarks>
        public static readonly DiagnosticDescriptor UnholdablePersonalMember = Create(
            "KPA0018", "Personal member the privacy table cannot hold",
            "'{0}' holds personal data in {1}, which the privacy table cannot hold: '{2}' gets no redaction helpers or run-time table (the register still lists the member)",
            Declaration, DiagnosticSeverity.Warning,
            "The generated privacy table reads each member as an object and names its type as a type argument: a ref struct (Span<T>, ReadOnlySpan<T>) or a pointer can be neither. The type then gets no ToRedactedString(), Redacted() or PrivacyMetadata, and run-time tools (export, erasure, logging) cannot find its table. Hold the data in a string, an array or another type the table can read, or keep the member out of the type.");

        /// <summary>KPA0019: Purpose declared by two processing activities.</summary>
        /// <remarks>Message: Purpose '{0}' already has a processing activity (legal basis {1}): declare each purpose once, with one legal basis, so the register has one row for it</remarks>
        public static readonly DiagnosticDescriptor DuplicateActivity = Create(
            "KPA0019", "Purpose declared by two processing activities",
            "Purpose '{0}' already has a processing activity (legal basis {1}): declare each purpose once, with one legal basis, so the register has one row for it",
            Declaration, DiagnosticSeverity.Error,
            "Two [assembly: ProcessingActivity] declare the same purpose. One purpose has one legal basis (GDPR Art. 6(1)) and one row in the register (Art. 30); if two bases apply to different processing, they are two purposes.");

        /// <summary>KPA0020: Value outside the privacy vocabulary.</summary>
        /// <remarks>Message: {0} value {1} used by {2} is not a defined {0}: the register cannot describe it</remarks>
        public static readonly DiagnosticDescriptor UndefinedEnumValue = Create(
            "KPA0020", "Value outside the privacy vocabulary",
            "{0} value {1} used by {2} is not a defined {0}: the register cannot describe it",
            Declaration, DiagnosticSeverity.Error,
            "A DataCategory, Purpose, LegalBasis, SpecialCategoryCondition, TransferSafeguard or RedactionKind value that the enum does not define, such as (DataCategory)42: the register would show a number where the DPO reads a category.");

        /// <summary>KPA0021: Malformed purpose id.</summary>
        /// <remarks>Message: '{0}' used by {1} is not a valid purpose id: use lower-case letters, digits and single hyphens, starting with a letter (at most 64 characters), e.g. 'fraud-screening'</remarks>
        public static readonly DiagnosticDescriptor InvalidPurposeId = Create(
            "KPA0021", "Malformed purpose id",
            "'{0}' used by {1} is not a valid purpose id: use lower-case letters, digits and single hyphens, starting with a letter (at most 64 characters), e.g. 'fraud-screening'",
            Declaration, DiagnosticSeverity.Error,
            "A custom purpose id is the key of a register row, of the team's translations and of the DPO policy: lower-case letters, digits and single hyphens, starting with a letter, at most 64 characters. A null id is reported as the empty id ''.");

        /// <summary>KPA0023: Personal member erasure cannot write.</summary>
        /// <remarks>Message: '{0}' holds personal data but is {1}: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object</remarks>
        public static readonly DiagnosticDescriptor UnerasablePersonalMember = Create(
            "KPA0023", "Personal member erasure cannot write",
            "'{0}' holds personal data but is {1}: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object",
            Declaration, DiagnosticSeverity.Warning,
            "An erasure request (GDPR Art. 17) overwrites each personal member through the generated privacy table. A read-only field, a property without a setter, or an init-only property of a class cannot be overwritten once the object exists: the erasure keeps the value and reports it as held (ErasureHold.CannotSet), and the data stays where it is stored. A computed property whose parts are personal members is erased through them.");

        /// <summary>KPA0024: Personal member the generated helpers cannot reach.</summary>
        /// <remarks>Message: '{0}' holds personal data in {1}; declare '{2}' partial so the generated helpers sit inside it and reach every member</remarks>
        public static readonly DiagnosticDescriptor UnreachablePersonalMember = Create(
            "KPA0024", "Personal member the generated helpers cannot reach",
            "'{0}' holds personal data in {1}; declare '{2}' partial so the generated helpers sit inside it and reach every member",
            Declaration, DiagnosticSeverity.Warning,
            "The helpers of a type that is not partial are generated in an extension class beside it. They reach members accessible in the assembly, and non-public members of a non-generic class through [UnsafeAccessor] on .NET 8 and later. A member they cannot read is left out of the privacy table (no export, no erasure, no redaction at run time); one they cannot set is kept by every erasure. The register still lists the member.");

        // The privacy baseline (docs/adoption.md): findings accepted when an existing code base adopts the package.

        /// <summary>KPA0030: Privacy baseline entry is stale.</summary>
        /// <remarks>Message: The privacy baseline accepts '{0}.{1}', which {2}: remove this line so the baseline only shrinks</remarks>
        public static readonly DiagnosticDescriptor StaleBaselineEntry = Create(
            "KPA0030", "Privacy baseline entry is stale",
            "The privacy baseline accepts '{0}.{1}', which {2}: remove this line so the baseline only shrinks",
            Declaration, DiagnosticSeverity.Warning,
            "A line of the privacy baseline (PrivacyBaselineFile) names a member that has since been declared ([PersonalData], [NotPersonalData] or an equivalent on it or its type) or that no longer exists. Left in the file it would accept undeclared personal data again if a member of that name came back.",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>KPA0031: Privacy baseline line cannot be read.</summary>
        /// <remarks>Message: Privacy baseline '{0}', line {1}: {2}</remarks>
        public static readonly DiagnosticDescriptor UnreadableBaseline = Create(
            "KPA0031", "Privacy baseline line cannot be read",
            "Privacy baseline '{0}', line {1}: {2}",
            Declaration, DiagnosticSeverity.Error,
            "A line of the privacy baseline (PrivacyBaselineFile) is not 'assembly type member rule category' with rule KPA0001 or KPA0012 and a DataCategory name. The line accepts nothing until it is fixed; write the file with 'klivar-privacy baseline' rather than by hand.",
            WellKnownDiagnosticTags.CompilationEnd);

        /// <summary>KPA0035: Inherited personal data is not declared.</summary>
        /// <remarks>Message: '{0}' inherits personal data from '{1}' that is not declared: {2}; name the members on the type: [PersonalData(DataCategory..., Purpose..., Members = new[] {{ {3} }})]</remarks>
        public static readonly DiagnosticDescriptor InheritedPersonalDataNotDeclared = Create(
            "KPA0035", "Inherited personal data is not declared",
            "'{0}' inherits personal data from '{1}' that is not declared: {2}; name the members on the type: [PersonalData(DataCategory..., Purpose..., Members = new[] {{ {3} }})]",
            Declaration, DiagnosticSeverity.Warning,
            "A type derives from a class of another assembly (ASP.NET Core Identity's IdentityUser, a framework's base entity) whose members hold personal data: marked [PersonalData]/[ProtectedPersonalData] by Identity, or named like personal data. The members cannot carry an annotation in their own assembly; until the derived type names them in [PersonalData(..., Members = ...)], they are missing from the register, the export and the erasure.");

        /// <summary>KPA0036: Personal data in the EF Core model is not declared.</summary>
        /// <remarks>Message: '{0}' of '{1}' is configured in the EF Core model and looks like personal data ({2}) but is not declared; name it on the entity type: [PersonalData(..., Members = new[] {{ "{0}" }})], or [NotPersonalData("why")] on the type</remarks>
        public static readonly DiagnosticDescriptor UndeclaredModelPersonalData = Create(
            "KPA0036", "Personal data in the EF Core model is not declared",
            "'{0}' of '{1}' is configured in the EF Core model and looks like personal data ({2}) but is not declared; declare it ([PersonalData(..., Members = new[] {{ \"{0}\" }})] on the entity type for a shadow property), or [NotPersonalData(\"why\")] on the type",
            Declaration, DiagnosticSeverity.Warning,
            "What only the EF Core model says: a shadow property (Property<T>(\"name\")) or a shadow foreign key to a person entity (HasForeignKey(\"CustomerId\")) has no class member, and the members of a type owned by a person (OwnsOne, OwnsMany) or a foreign key to a person entity (HasForeignKey(o => o.BuyerRef)) do not look personal on their class alone. They hold personal data all the same.");

        /// <summary>KPA0037: Archive phase without a ground.</summary>
        /// <remarks>Message: Retention '{0}' keeps data {1} in archive but states no ground for it: add 'for legal-obligation (the statute)' or 'for legal-claims (the limitation period)'</remarks>
        public static readonly DiagnosticDescriptor ArchiveWithoutGround = Create(
            "KPA0037", "Archive phase without a ground",
            "Retention '{0}' keeps data {1} in archive but states no ground for it: add 'for legal-obligation (the statute)' or 'for legal-claims (the limitation period)'",
            Retention, DiagnosticSeverity.Warning,
            "Once its purpose is over, data may be kept in intermediate archive only for a reason of its own: a legal obligation (Art. 6(1)(c), Art. 17(3)(b)), with the statute that imposes it, or the establishment, exercise or defence of legal claims (Art. 17(3)(e)), with the limitation period. The register and the notice show the ground, and an erasure request answered during the archive phase quotes it.");

        /// <summary>KPA0038: Consent-based retention does not end on withdrawal.</summary>
        /// <remarks>Message: Retention '{0}' of consent-based purpose '{1}' does not end when consent is withdrawn: add 'unless consent-withdrawn'</remarks>
        public static readonly DiagnosticDescriptor ConsentRetentionWithoutWithdrawal = Create(
            "KPA0038", "Consent-based retention does not end on withdrawal",
            "Retention '{0}' of consent-based purpose '{1}' does not end when consent is withdrawn: add 'unless consent-withdrawn'",
            Retention, DiagnosticSeverity.Warning,
            "Consent can be withdrawn at any time (Art. 7(3)); once it is, the processing it allowed has no basis and the data must be erased (Art. 17(1)(b)). A rule of a consent-based purpose ends on 'consent-withdrawn', so the retention dates, the purge and the erasure follow the withdrawal.");

        // The DPO policy (docs/privacy-policy.md): errors by default, each at the declaration that breaks it.

        /// <summary>KPA0100: DPO policy file cannot be used.</summary>
        /// <remarks>Message: Privacy policy '{0}', line {1}, column {2}: {3}</remarks>
        public static readonly DiagnosticDescriptor UnreadablePolicy = Create(
            "KPA0100", "DPO policy file cannot be used",
            "Privacy policy '{0}', line {1}, column {2}: {3}",
            Policy, DiagnosticSeverity.Error,
            "The DPO policy file named by PrivacyPolicyFile is not valid JSON, or names a category, legal basis, safeguard or change kind that does not exist, or states a retention that does not parse or is negative. A policy with an error is not enforced at all, so the build fails until it is fixed.");

        /// <summary>KPA0101: Purpose not allowed by the DPO policy.</summary>
        /// <remarks>Message: Purpose '{0}' is not among the purposes the DPO policy allows ({1})</remarks>
        public static readonly DiagnosticDescriptor PurposeNotAllowed = Create(
            "KPA0101", "Purpose not allowed by the DPO policy",
            "Purpose '{0}' is not among the purposes the DPO policy allows ({1})",
            Policy, DiagnosticSeverity.Error,
            "The processing activity declares a purpose the DPO policy file does not list under 'purposes'. Add it to the policy (the DPO's decision) or remove the processing.");

        /// <summary>KPA0102: Legal basis not allowed by the DPO policy.</summary>
        /// <remarks>Message: Processing activity '{0}' relies on {1}, but the DPO policy allows only {2} for it</remarks>
        public static readonly DiagnosticDescriptor LegalBasisNotAllowed = Create(
            "KPA0102", "Legal basis not allowed by the DPO policy",
            "Processing activity '{0}' relies on {1}, but the DPO policy allows only {2} for it",
            Policy, DiagnosticSeverity.Error,
            "The processing activity's legal basis is not among the legal bases the DPO policy allows for its purpose.");

        /// <summary>KPA0103: Retention longer than the DPO policy allows.</summary>
        /// <remarks>Message: {0} keeps {1} data '{2}' for purpose '{3}', which is {4} the DPO policy's longest retention for {5}: '{6}'</remarks>
        public static readonly DiagnosticDescriptor RetentionAboveLimit = Create(
            "KPA0103", "Retention longer than the DPO policy allows",
            "{0} keeps {1} data '{2}' for purpose '{3}', which is {4} the DPO policy's longest retention for {5}: '{6}'",
            Policy, DiagnosticSeverity.Error,
            "A retention rule keeps data longer than the DPO policy's maximum for its data category or purpose, or is measured from a different event so that it cannot be shown to stay within it. Compared on the parsed rules (active period plus archive), never on their text.");

        /// <summary>KPA0104: Data category forbidden by the DPO policy.</summary>
        /// <remarks>Message: '{0}' holds {1} data, which the DPO policy forbids</remarks>
        public static readonly DiagnosticDescriptor ForbiddenCategory = Create(
            "KPA0104", "Data category forbidden by the DPO policy",
            "'{0}' holds {1} data, which the DPO policy forbids",
            Policy, DiagnosticSeverity.Error,
            "The annotation declares a data category the DPO policy lists under 'forbiddenCategories' (for example no Art. 9 data in this product).");

        /// <summary>KPA0105: Transfer not allowed by the DPO policy.</summary>
        /// <remarks>Message: Transfer to '{0}' relies on {1} '{2}', which the DPO policy does not allow (allowed: {3})</remarks>
        public static readonly DiagnosticDescriptor TransferNotAllowed = Create(
            "KPA0105", "Transfer not allowed by the DPO policy",
            "Transfer to '{0}' relies on {1} '{2}', which the DPO policy does not allow (allowed: {3})",
            Policy, DiagnosticSeverity.Error,
            "An international transfer goes to a country, or relies on a safeguard, that the DPO policy's 'transfers' section does not list.");

        /// <summary>KPA0106: Declaration required by the DPO policy is missing.</summary>
        /// <remarks>Message: The DPO policy requires {0}: {1}</remarks>
        public static readonly DiagnosticDescriptor RequiredDeclarationMissing = Create(
            "KPA0106", "Declaration required by the DPO policy is missing",
            "The DPO policy requires {0}: {1}",
            Policy, DiagnosticSeverity.Error,
            "The DPO policy's 'require' section asks for a declaration the code does not make: a named data protection officer, or a DPIA status on each activity that processes special-category, criminal or national-identifier data.");

        /// <summary>KPA0107: Declaration breaks a commitment of the published privacy policy.</summary>
        /// <remarks>Message: {0} breaks what the published privacy policy states for {1}: {2}</remarks>
        public static readonly DiagnosticDescriptor PublishedCommitmentBroken = Create(
            "KPA0107", "Declaration breaks a commitment of the published privacy policy",
            "{0} breaks what the published privacy policy states for {1}: {2}",
            Policy, DiagnosticSeverity.Error,
            "The DPO policy's 'commitments' section holds what the published privacy policy tells people: each retention period, exactly as published, and the transfer conditions. A declaration that keeps data longer or shorter than published, a transfer on other terms, or a commitment no declaration backs any more (its data sets or purpose gone, no transfer declared) would make the published text untrue: change the code back, or have the DPO change the published policy and its commitments together.");

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
