using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The record of processing activities (GDPR Art. 30(1)) of one assembly, built at compile time from its
    /// annotations. The same model is emitted by the source generator, written to disk by the build step, served at run
    /// time, and merged across assemblies.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class ProcessingRegister
    {
        /// <summary>An empty register, for the JSON reader to fill (<see cref="RegisterSchema"/>).</summary>
        internal ProcessingRegister()
        {
            SchemaVersion = CurrentSchemaVersion;
            Assembly = "";
            Activities = System.Array.Empty<RegisterActivity>();
        }

        /// <summary>The version of the register format; see docs/register-format.md.</summary>
        public const string CurrentSchemaVersion = "1.1";

        /// <summary>Creates a register.</summary>
        internal ProcessingRegister(string schemaVersion, string assembly, RegisterController? controller, IReadOnlyList<RegisterActivity> activities,
            IReadOnlyList<string>? mergedFrom = null, string? version = null, string? date = null, RegisterPolicy? policy = null)
        {
            MergedFrom = mergedFrom;
            SchemaVersion = schemaVersion;
            Assembly = assembly;
            Controller = controller;
            Activities = activities;
            Version = version;
            Date = date;
            Policy = policy;
        }

        /// <summary>The version of the record as the team declares it (MSBuild <c>PrivacyRegisterVersion</c>); null when not declared.</summary>
        public string? Version { get; internal set; }

        /// <summary>The date of this version of the record, <c>yyyy-MM-dd</c> (MSBuild <c>PrivacyRegisterDate</c>); null when not declared.</summary>
        public string? Date { get; internal set; }

        /// <summary>The language of the register's texts (<c>fr</c>); null for English, the language the code is written in.</summary>
        public string? Language { get; internal set; }

        /// <summary>The version of the register format.</summary>
        public string SchemaVersion { get; internal set; }

        /// <summary>The assembly the register describes (several, joined by <c>+</c>, for a merged register).</summary>
        public string Assembly { get; internal set; }

        /// <summary>The controller (Art. 30(1)(a)); null when the assembly declares none.</summary>
        public RegisterController? Controller { get; internal set; }

        /// <summary>The processing activities, ordered by id.</summary>
        public IReadOnlyList<RegisterActivity> Activities { get; internal set; }

        /// <summary>
        /// For a register merged by <c>klivar-privacy merge</c>: the assemblies whose registers it merges, in ordinal
        /// order; null for a register generated at build time from one assembly's annotations.
        /// </summary>
        public IReadOnlyList<string>? MergedFrom { get; internal set; }

        /// <summary>The DPO policy the build checked the code against; null when the project has none.</summary>
        public RegisterPolicy? Policy { get; internal set; }
    }

    /// <summary>Which DPO policy file the register was checked against: its name, version and hash (docs/privacy-policy.md).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterPolicy
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterPolicy()
        {
            File = "";
            Hash = "";
        }

        /// <summary>Creates the entry.</summary>
        internal RegisterPolicy(string file, string? version, string hash)
        {
            File = file;
            Version = version;
            Hash = hash;
        }

        /// <summary>The policy file's name (no folder: the register is the same on every machine).</summary>
        public string File { get; internal set; }
        /// <summary>The version the policy states; null when it states none.</summary>
        public string? Version { get; internal set; }
        /// <summary><c>sha256:</c> and the hash of the file's text (line ends normalised).</summary>
        public string Hash { get; internal set; }
    }

    /// <summary>The controller responsible for the processing (Art. 30(1)(a)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterController
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterController() => Name = "";

        /// <summary>Creates the controller entry.</summary>
        internal RegisterController(string name, string? identifier, string? email, string? address, string? phone, string? dataProtectionOfficer, string? supervisoryAuthority,
            string? euRepresentative = null, string? applicableLaw = null, string? toConfirm = null)
        {
            EuRepresentative = euRepresentative;
            ApplicableLaw = applicableLaw;
            ToConfirm = toConfirm;
            Name = name;
            Identifier = identifier;
            Email = email;
            Address = address;
            Phone = phone;
            DataProtectionOfficer = dataProtectionOfficer;
            SupervisoryAuthority = supervisoryAuthority;
        }

        /// <summary>The legal name.</summary>
        public string Name { get; internal set; }
        /// <summary>The registration number (SIREN in France).</summary>
        public string? Identifier { get; internal set; }
        /// <summary>The privacy contact e-mail.</summary>
        public string? Email { get; internal set; }
        /// <summary>The postal address.</summary>
        public string? Address { get; internal set; }
        /// <summary>The phone number.</summary>
        public string? Phone { get; internal set; }
        /// <summary>The data protection officer and their contact; null when none is named (see <see cref="NoDataProtectionOfficer"/>).</summary>
        public string? DataProtectionOfficer { get; internal set; }
        /// <summary>
        /// True when the controller confirms that no data protection officer is designated; a controller that neither
        /// names one nor confirms the absence leaves a point to confirm.
        /// </summary>
        public bool NoDataProtectionOfficer { get; internal set; }
        /// <summary>The representative in the Union (Art. 27), for a controller established outside it.</summary>
        public string? EuRepresentative { get; internal set; }
        /// <summary>The national law that applies beside the GDPR (in France, the <i>loi Informatique et Libertés</i>).</summary>
        public string? ApplicableLaw { get; internal set; }
        /// <summary>What this declaration assumes and a person must confirm; null when nothing is open.</summary>
        public string? ToConfirm { get; internal set; }
        /// <summary>The supervisory authority and its address.</summary>
        public string? SupervisoryAuthority { get; internal set; }
    }

    /// <summary>One processing activity: a purpose, its legal basis, and what it processes (one sheet of the CNIL template).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterActivity
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterActivity()
            : this("", "", null, false, null, null, null, System.Array.Empty<string>(), System.Array.Empty<string>(), System.Array.Empty<RegisterRetention>(),
                System.Array.Empty<string>(), System.Array.Empty<RegisterTransfer>(), System.Array.Empty<string>(), System.Array.Empty<RegisterField>())
        {
        }

        /// <summary>Creates an activity entry.</summary>
        internal RegisterActivity(
            string id, string name, string? description, bool declared, string? legalBasis, string? legitimateInterest,
            string? specialCategoryCondition, IReadOnlyList<string> dataSubjects, IReadOnlyList<string> dataCategories,
            IReadOnlyList<RegisterRetention> retention, IReadOnlyList<string> recipients, IReadOnlyList<RegisterTransfer> transfers,
            IReadOnlyList<string> securityMeasures, IReadOnlyList<RegisterField> fields,
            IReadOnlyList<string>? jointControllers = null, IReadOnlyList<string>? internalRecipients = null,
            IReadOnlyList<string>? thirdPartyRecipients = null, IReadOnlyList<RegisterProcessor>? processors = null,
            RegisterDpia? dpia = null, IReadOnlyList<string>? securityChecklist = null, string? created = null, string? toConfirm = null)
        {
            JointControllers = jointControllers ?? System.Array.Empty<string>();
            InternalRecipients = internalRecipients ?? System.Array.Empty<string>();
            ThirdPartyRecipients = thirdPartyRecipients ?? System.Array.Empty<string>();
            Processors = processors ?? System.Array.Empty<RegisterProcessor>();
            Dpia = dpia ?? RegisterDpia.NotStated;
            SecurityChecklist = securityChecklist ?? System.Array.Empty<string>();
            Created = created;
            ToConfirm = toConfirm;
            Id = id;
            Name = name;
            Description = description;
            Declared = declared;
            LegalBasis = legalBasis;
            LegitimateInterest = legitimateInterest;
            SpecialCategoryCondition = specialCategoryCondition;
            DataSubjects = dataSubjects;
            DataCategories = dataCategories;
            Retention = retention;
            Recipients = recipients;
            Transfers = transfers;
            SecurityMeasures = securityMeasures;
            Fields = fields;
        }

        /// <summary>The purpose id (<c>platform-management</c>, or a team's own id).</summary>
        public string Id { get; internal set; }
        /// <summary>The activity's name.</summary>
        public string Name { get; internal set; }
        /// <summary>What the activity covers.</summary>
        public string? Description { get; internal set; }
        /// <summary>False when annotations use the purpose but no <c>ProcessingActivity</c> declares it (KPA0002): kept so no data is dropped.</summary>
        public bool Declared { get; internal set; }
        /// <summary>The <see cref="Klivar.PrivacyAnnotations.LegalBasis"/> name; null when undeclared.</summary>
        public string? LegalBasis { get; internal set; }
        /// <summary>The legitimate interest pursued, when the basis is legitimate interests.</summary>
        public string? LegitimateInterest { get; internal set; }
        /// <summary>The <see cref="Klivar.PrivacyAnnotations.SpecialCategoryCondition"/> name, when one is stated.</summary>
        public string? SpecialCategoryCondition { get; internal set; }
        /// <summary>The categories of data subjects.</summary>
        public IReadOnlyList<string> DataSubjects { get; internal set; }
        /// <summary>The <see cref="DataCategory"/> names of the data processed, rolled up from the fields.</summary>
        public IReadOnlyList<string> DataCategories { get; internal set; }
        /// <summary>Each distinct retention period per data category.</summary>
        public IReadOnlyList<RegisterRetention> Retention { get; internal set; }
        /// <summary>Recipients declared without a kind (<c>Recipients</c>); see also the lists by kind.</summary>
        public IReadOnlyList<string> Recipients { get; internal set; }
        /// <summary>Internal recipients: the controller's own departments (CNIL: <i>services internes</i>).</summary>
        public IReadOnlyList<string> InternalRecipients { get; internal set; }
        /// <summary>Third parties that receive the data for their own purposes (CNIL: <i>organismes externes</i>).</summary>
        public IReadOnlyList<string> ThirdPartyRecipients { get; internal set; }
        /// <summary>Processors (Art. 28, <i>sous-traitants</i>) that serve this activity.</summary>
        public IReadOnlyList<RegisterProcessor> Processors { get; internal set; }
        /// <summary>Joint controllers (Art. 26).</summary>
        public IReadOnlyList<string> JointControllers { get; internal set; }
        /// <summary>The DPIA status (Art. 35; CNIL: <i>AIPD</i>).</summary>
        public RegisterDpia Dpia { get; internal set; }
        /// <summary>The <see cref="SecurityMeasure"/> names of the CNIL checklist that are in place.</summary>
        public IReadOnlyList<string> SecurityChecklist { get; internal set; }
        /// <summary>When the activity was created (<c>yyyy-MM-dd</c>), when stated.</summary>
        public string? Created { get; internal set; }
        /// <summary>The <see cref="DataRequirement"/> name: whether a person must provide the data (Art. 13(2)(e)); null when not stated.</summary>
        public string? Requirement { get; internal set; }
        /// <summary>What follows if the person does not provide the data (Art. 13(2)(e)), when stated.</summary>
        public string? ConsequenceIfNotProvided { get; internal set; }
        /// <summary>The <see cref="Klivar.PrivacyAnnotations.AutomatedDecisions"/> name (Art. 13(2)(f), Art. 22); null when not stated.</summary>
        public string? AutomatedDecisions { get; internal set; }
        /// <summary>For automated decisions: the logic involved, and their significance and envisaged consequences.</summary>
        public string? AutomatedDecisionLogic { get; internal set; }
        /// <summary>What this declaration assumes and a person must confirm; null when nothing is open.</summary>
        public string? ToConfirm { get; internal set; }
        /// <summary>Transfers outside the EEA that serve this activity.</summary>
        public IReadOnlyList<RegisterTransfer> Transfers { get; internal set; }
        /// <summary>The security measures declared in words, for the activity or for the whole assembly.</summary>
        public IReadOnlyList<string> SecurityMeasures { get; internal set; }
        /// <summary>
        /// What the annotations prove of the activity's fields (encrypted, pseudonymised, hashed, redacted by the
        /// generated helpers): technical evidence, listed apart from the declared measures (see <see cref="SecurityFacts"/>).
        /// </summary>
        public IReadOnlyList<string> TechnicalEvidence { get; internal set; } = System.Array.Empty<string>();
        /// <summary>The annotated members whose data the activity processes.</summary>
        public IReadOnlyList<RegisterField> Fields { get; internal set; }
    }

    /// <summary>How long one category of an activity's data is kept (Art. 30(1)(f)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterRetention
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterRetention()
        {
            AppliesTo = "";
            Description = "";
        }

        /// <summary>Creates a retention entry.</summary>
        internal RegisterRetention(string appliesTo, string? text, string? kind, string? duration, string? trigger, string? archiveDuration, string? endingEvent, string description,
            string? archiveGround = null, string? archiveReference = null)
        {
            ArchiveGround = archiveGround;
            ArchiveReference = archiveReference;
            AppliesTo = appliesTo;
            Text = text;
            Kind = kind;
            Duration = duration;
            Trigger = trigger;
            ArchiveDuration = archiveDuration;
            EndingEvent = endingEvent;
            Description = description;
        }

        /// <summary>The <see cref="DataCategory"/> name the period applies to.</summary>
        public string AppliesTo { get; internal set; }
        /// <summary>The rule in the retention language, as written; null when none is stated (KPA0004).</summary>
        public string? Text { get; internal set; }
        /// <summary>The <see cref="RetentionKind"/> name; null when the text is missing or does not parse.</summary>
        public string? Kind { get; internal set; }
        /// <summary>The active period as an ISO 8601 duration; null for a relationship or a calendar-year rule.</summary>
        public string? Duration { get; internal set; }
        /// <summary>What starts or ends the active period: <c>collection</c>, an event, <c>end of contract</c>...</summary>
        public string? Trigger { get; internal set; }
        /// <summary>The archive period as an ISO 8601 duration; null when there is no archive phase.</summary>
        public string? ArchiveDuration { get; internal set; }
        /// <summary>An event that ends retention early (consent withdrawn), if any.</summary>
        public string? EndingEvent { get; internal set; }
        /// <summary>
        /// Why data is still kept in the archive phase: the <see cref="Klivar.PrivacyAnnotations.ArchiveGround"/> name
        /// (<c>LegalObligation</c>, <c>LegalClaims</c>); null without an archive phase or when the rule states none (KPA0037).
        /// </summary>
        public string? ArchiveGround { get; internal set; }
        /// <summary>The statute or limitation period the archive ground rests on (<c>Code de commerce, art. L123-22</c>).</summary>
        public string? ArchiveReference { get; internal set; }
        /// <summary>The rule in words, for a DPO or a data subject.</summary>
        public string Description { get; internal set; }
    }

    /// <summary>A transfer outside the EEA (Art. 30(1)(e)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterTransfer
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterTransfer()
        {
            Recipient = "";
            Safeguard = "";
        }

        /// <summary>Creates a transfer entry.</summary>
        internal RegisterTransfer(string recipient, string? country, string safeguard, string? additionalSafeguards, string? toConfirm = null)
        {
            ToConfirm = toConfirm;
            Recipient = recipient;
            Country = country;
            Safeguard = safeguard;
            AdditionalSafeguards = additionalSafeguards;
        }

        /// <summary>Who receives the data.</summary>
        public string Recipient { get; internal set; }
        /// <summary>ISO 3166-1 alpha-2 country code; null when the declaration says only "outside the EEA" (the country is not identified).</summary>
        public string? Country { get; internal set; }
        /// <summary>The <see cref="TransferSafeguard"/> name.</summary>
        public string Safeguard { get; internal set; }
        /// <summary>Further safeguards in words.</summary>
        public string? AdditionalSafeguards { get; internal set; }
        /// <summary>What this declaration assumes and a person must confirm; null when nothing is open.</summary>
        public string? ToConfirm { get; internal set; }
    }

    /// <summary>A processor (Art. 28, <i>sous-traitant</i>) that processes an activity's data on the controller's behalf.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterProcessor
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterProcessor() => Name = "";

        /// <summary>Creates a processor entry.</summary>
        internal RegisterProcessor(string name, string? country, string? contract, string? toConfirm)
        {
            Name = name;
            Country = country;
            Contract = contract;
            ToConfirm = toConfirm;
        }

        /// <summary>The processor's name.</summary>
        public string Name { get; internal set; }
        /// <summary>Where it processes the data (ISO 3166-1 alpha-2 code or words), when stated.</summary>
        public string? Country { get; internal set; }
        /// <summary>The contract that binds it (Art. 28(3)), when stated.</summary>
        public string? Contract { get; internal set; }
        /// <summary>What this declaration assumes and a person must confirm; null when nothing is open.</summary>
        public string? ToConfirm { get; internal set; }
    }

    /// <summary>An activity's DPIA status (Art. 35).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterDpia
    {
        /// <summary>An empty entry, for the JSON reader to fill.</summary>
        internal RegisterDpia() => Status = nameof(DpiaStatus.NotStated);

        /// <summary>No status stated.</summary>
        public static readonly RegisterDpia NotStated = new RegisterDpia(nameof(DpiaStatus.NotStated), null, null, null);

        /// <summary>Creates a DPIA entry.</summary>
        internal RegisterDpia(string status, string? reference, string? date, string? reason)
        {
            Status = status;
            Reference = reference;
            Date = date;
            Reason = reason;
        }

        /// <summary>The <see cref="DpiaStatus"/> name.</summary>
        public string Status { get; internal set; }
        /// <summary>The DPIA's reference, when done.</summary>
        public string? Reference { get; internal set; }
        /// <summary>The DPIA's date, when done.</summary>
        public string? Date { get; internal set; }
        /// <summary>Why no DPIA is required.</summary>
        public string? Reason { get; internal set; }
    }

    /// <summary>One annotated member whose data an activity processes.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterField
    {
        /// <summary>An empty entry, for the JSON reader to fill; <see cref="Complete"/> then gives the data set and label their defaults.</summary>
        internal RegisterField()
        {
            Type = "";
            Member = "";
            Category = "";
            Purposes = System.Array.Empty<string>();
            Redaction = "";
            DataSet = "";
            Label = "";
        }

        /// <summary>The data set and label a field states none of: its type's and its member's names in words.</summary>
        internal static void Complete(RegisterField field)
        {
            if (string.IsNullOrEmpty(field.DataSet)) field.DataSet = NaturalNames.DataSet(field.Type);
            if (string.IsNullOrEmpty(field.Label)) field.Label = NaturalNames.Humanize(field.Member);
        }

        /// <summary>Creates a field entry.</summary>
        internal RegisterField(string type, string member, string category, IReadOnlyList<string> purposes, string? retention, string redaction, bool encrypted, bool pseudonymised, string? dataSubject,
            bool isStatic = false, bool hashed = false, string? dataSet = null, string? label = null, string? toConfirm = null, bool subjectKey = false,
            string? notStored = null)
        {
            NotStored = notStored;
            IsStatic = isStatic;
            Hashed = hashed;
            DataSet = dataSet ?? NaturalNames.DataSet(type);
            Label = label ?? NaturalNames.Humanize(member);
            ToConfirm = toConfirm;
            SubjectKey = subjectKey;
            Type = type;
            Member = member;
            Category = category;
            Purposes = purposes;
            Retention = retention;
            Redaction = redaction;
            Encrypted = encrypted;
            Pseudonymised = pseudonymised;
            DataSubject = dataSubject;
        }

        /// <summary>The declaring type's full name.</summary>
        public string Type { get; internal set; }
        /// <summary>The member's name (<c>Method(parameter)</c> for a parameter).</summary>
        public string Member { get; internal set; }
        /// <summary>The <see cref="DataCategory"/> name.</summary>
        public string Category { get; internal set; }
        /// <summary>The purpose ids the member serves under this annotation.</summary>
        public IReadOnlyList<string> Purposes { get; internal set; }
        /// <summary>The retention that applies to the member in this activity (its own, its type's or the activity's).</summary>
        public string? Retention { get; internal set; }
        /// <summary>The <see cref="RedactionKind"/> the redaction helpers apply (never <c>Default</c>: the category's default is resolved).</summary>
        public string Redaction { get; internal set; }
        /// <summary>Stored encrypted.</summary>
        public bool Encrypted { get; internal set; }
        /// <summary>Pseudonymised at rest.</summary>
        public bool Pseudonymised { get; internal set; }
        /// <summary>The data subjects, when the member states them.</summary>
        public string? DataSubject { get; internal set; }
        /// <summary>A static member: one value for the whole application (a cache, a last-seen value), not one per object.</summary>
        public bool IsStatic { get; internal set; }
        /// <summary>Stored as a one-way hash (a credential): neither encryption nor pseudonymisation (Art. 4(5)).</summary>
        public bool Hashed { get; internal set; }
        /// <summary>The data set the value belongs to, in words ("Customer file"); by default the type's name as words.</summary>
        public string DataSet { get; internal set; }
        /// <summary>The data item in words ("IP address"), for the notice; by default the member's name as words.</summary>
        public string Label { get; internal set; }
        /// <summary>What this annotation assumes and a person must confirm; null when nothing is open.</summary>
        public string? ToConfirm { get; internal set; }
        /// <summary>The member identifies whose data an object of the type holds (<c>[DataSubjectKey]</c>).</summary>
        public bool SubjectKey { get; internal set; }
        /// <summary>
        /// Why objects of the type are never stored (<c>[NotStored]</c>, a domain event, a message), in words; null when they
        /// may be. Such a field is processed while it is handled, and is no data set kept for a retention period.
        /// </summary>
        public string? NotStored { get; internal set; }
    }
}
