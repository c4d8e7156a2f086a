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
        /// <summary>The version of the register format; see docs/register-format.md.</summary>
        public const string CurrentSchemaVersion = "1.0";

        /// <summary>Creates a register.</summary>
        public ProcessingRegister(string schemaVersion, string assembly, RegisterController? controller, IReadOnlyList<RegisterActivity> activities,
            IReadOnlyList<string>? mergedFrom = null)
        {
            MergedFrom = mergedFrom;
            SchemaVersion = schemaVersion;
            Assembly = assembly;
            Controller = controller;
            Activities = activities;
        }

        /// <summary>The version of the register format.</summary>
        public string SchemaVersion { get; }

        /// <summary>The assembly the register describes (several, joined by <c>+</c>, for a merged register).</summary>
        public string Assembly { get; }

        /// <summary>The controller (Art. 30(1)(a)); null when the assembly declares none.</summary>
        public RegisterController? Controller { get; }

        /// <summary>The processing activities, ordered by id.</summary>
        public IReadOnlyList<RegisterActivity> Activities { get; }

        /// <summary>
        /// For a register merged by <c>klivar-privacy merge</c>: the assemblies whose registers it merges, in ordinal
        /// order; null for a register generated at build time from one assembly's annotations.
        /// </summary>
        public IReadOnlyList<string>? MergedFrom { get; }
    }

    /// <summary>The controller responsible for the processing (Art. 30(1)(a)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterController
    {
        /// <summary>Creates the controller entry.</summary>
        public RegisterController(string name, string? identifier, string? email, string? address, string? phone, string? dataProtectionOfficer, string? supervisoryAuthority)
        {
            Name = name;
            Identifier = identifier;
            Email = email;
            Address = address;
            Phone = phone;
            DataProtectionOfficer = dataProtectionOfficer;
            SupervisoryAuthority = supervisoryAuthority;
        }

        /// <summary>The legal name.</summary>
        public string Name { get; }
        /// <summary>The registration number (SIREN in France).</summary>
        public string? Identifier { get; }
        /// <summary>The privacy contact e-mail.</summary>
        public string? Email { get; }
        /// <summary>The postal address.</summary>
        public string? Address { get; }
        /// <summary>The phone number.</summary>
        public string? Phone { get; }
        /// <summary>The data protection officer and their contact.</summary>
        public string? DataProtectionOfficer { get; }
        /// <summary>The supervisory authority and its address.</summary>
        public string? SupervisoryAuthority { get; }
    }

    /// <summary>One processing activity: a purpose, its legal basis, and what it processes (one sheet of the CNIL template).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterActivity
    {
        /// <summary>Creates an activity entry.</summary>
        public RegisterActivity(
            string id, string name, string? description, bool declared, string? legalBasis, string? legitimateInterest,
            string? specialCategoryCondition, IReadOnlyList<string> dataSubjects, IReadOnlyList<string> dataCategories,
            IReadOnlyList<RegisterRetention> retention, IReadOnlyList<string> recipients, IReadOnlyList<RegisterTransfer> transfers,
            IReadOnlyList<string> securityMeasures, IReadOnlyList<RegisterField> fields)
        {
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
        public string Id { get; }
        /// <summary>The activity's name.</summary>
        public string Name { get; }
        /// <summary>What the activity covers.</summary>
        public string? Description { get; }
        /// <summary>False when annotations use the purpose but no <c>ProcessingActivity</c> declares it (KPA0002): kept so no data is dropped.</summary>
        public bool Declared { get; }
        /// <summary>The <see cref="Klivar.PrivacyAnnotations.LegalBasis"/> name; null when undeclared.</summary>
        public string? LegalBasis { get; }
        /// <summary>The legitimate interest pursued, when the basis is legitimate interests.</summary>
        public string? LegitimateInterest { get; }
        /// <summary>The <see cref="Klivar.PrivacyAnnotations.SpecialCategoryCondition"/> name, when one is stated.</summary>
        public string? SpecialCategoryCondition { get; }
        /// <summary>The categories of data subjects.</summary>
        public IReadOnlyList<string> DataSubjects { get; }
        /// <summary>The <see cref="DataCategory"/> names of the data processed, rolled up from the fields.</summary>
        public IReadOnlyList<string> DataCategories { get; }
        /// <summary>Each distinct retention period per data category.</summary>
        public IReadOnlyList<RegisterRetention> Retention { get; }
        /// <summary>The categories of recipients.</summary>
        public IReadOnlyList<string> Recipients { get; }
        /// <summary>Transfers outside the EEA that serve this activity.</summary>
        public IReadOnlyList<RegisterTransfer> Transfers { get; }
        /// <summary>The security measures: declared ones, then what the fields say (encrypted, pseudonymised, redacted).</summary>
        public IReadOnlyList<string> SecurityMeasures { get; }
        /// <summary>The annotated members whose data the activity processes.</summary>
        public IReadOnlyList<RegisterField> Fields { get; }
    }

    /// <summary>How long one category of an activity's data is kept (Art. 30(1)(f)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterRetention
    {
        /// <summary>Creates a retention entry.</summary>
        public RegisterRetention(string appliesTo, string? text, string? kind, string? duration, string? trigger, string? archiveDuration, string? endingEvent, string description)
        {
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
        public string AppliesTo { get; }
        /// <summary>The rule in the retention language, as written; null when none is stated (KPA0004).</summary>
        public string? Text { get; }
        /// <summary>The <see cref="RetentionKind"/> name; null when the text is missing or does not parse.</summary>
        public string? Kind { get; }
        /// <summary>The active period as an ISO 8601 duration; null for a relationship or a calendar-year rule.</summary>
        public string? Duration { get; }
        /// <summary>What starts or ends the active period: <c>collection</c>, an event, <c>end of contract</c>...</summary>
        public string? Trigger { get; }
        /// <summary>The archive period as an ISO 8601 duration; null when there is no archive phase.</summary>
        public string? ArchiveDuration { get; }
        /// <summary>An event that ends retention early (consent withdrawn), if any.</summary>
        public string? EndingEvent { get; }
        /// <summary>The rule in words, for a DPO or a data subject.</summary>
        public string Description { get; }
    }

    /// <summary>A transfer outside the EEA (Art. 30(1)(e)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterTransfer
    {
        /// <summary>Creates a transfer entry.</summary>
        public RegisterTransfer(string recipient, string country, string safeguard, string? additionalSafeguards)
        {
            Recipient = recipient;
            Country = country;
            Safeguard = safeguard;
            AdditionalSafeguards = additionalSafeguards;
        }

        /// <summary>Who receives the data.</summary>
        public string Recipient { get; }
        /// <summary>ISO 3166-1 alpha-2 country code.</summary>
        public string Country { get; }
        /// <summary>The <see cref="TransferSafeguard"/> name.</summary>
        public string Safeguard { get; }
        /// <summary>Further safeguards in words.</summary>
        public string? AdditionalSafeguards { get; }
    }

    /// <summary>One annotated member whose data an activity processes.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RegisterField
    {
        /// <summary>Creates a field entry.</summary>
        public RegisterField(string type, string member, string category, IReadOnlyList<string> purposes, string? retention, string redaction, bool encrypted, bool pseudonymised, string? dataSubject, bool isStatic = false)
        {
            IsStatic = isStatic;
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
        public string Type { get; }
        /// <summary>The member's name (<c>Method(parameter)</c> for a parameter).</summary>
        public string Member { get; }
        /// <summary>The <see cref="DataCategory"/> name.</summary>
        public string Category { get; }
        /// <summary>The purpose ids the member serves under this annotation.</summary>
        public IReadOnlyList<string> Purposes { get; }
        /// <summary>The retention that applies to the member in this activity (its own, its type's or the activity's).</summary>
        public string? Retention { get; }
        /// <summary>The <see cref="RedactionKind"/> the redaction helpers apply (never <c>Default</c>: the category's default is resolved).</summary>
        public string Redaction { get; }
        /// <summary>Stored encrypted.</summary>
        public bool Encrypted { get; }
        /// <summary>Pseudonymised at rest.</summary>
        public bool Pseudonymised { get; }
        /// <summary>The data subjects, when the member states them.</summary>
        public string? DataSubject { get; }
        /// <summary>A static member: one value for the whole application (a cache, a last-seen value), not one per object.</summary>
        public bool IsStatic { get; }
    }
}
