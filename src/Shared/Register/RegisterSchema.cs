using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The one description of the register's fields: for each field of each part of the register (the register itself,
    /// the controller, an activity, a retention entry, a transfer, a processor, the DPIA, a field), its JSON key and
    /// value, its label in each language, and how a merge and a diff treat it. The JSON reader and writer, the
    /// translation, the Markdown and CSV renderers, <c>klivar-privacy merge</c> and <c>klivar-privacy diff</c> all
    /// follow these tables, so a new field is one property on the model and one line here (docs/register-format.md,
    /// "Adding a register field").
    /// </summary>
    internal static class RegisterSchema
    {
        // The change kinds a diff reports are named as a DPO policy's review list names them (docs/ci.md); a test checks
        // each against the tool's catalogue.
        internal const string ActivityChanged = "activity-changed";

        // Declared before the tables, which use it (static fields are set in the order they are written).
        /// <summary>For a field shown in the Markdown whose CSV column is derived by the renderer instead (a bracketed name in <see cref="CsvColumns"/>).</summary>
        private static readonly RegisterLabel NoColumn = new RegisterLabel("", "");

        /// <summary>The register's own fields, in the JSON file's order.</summary>
        public static readonly RegisterShape<ProcessingRegister> Register = new RegisterShape<ProcessingRegister>("register", () => new ProcessingRegister())
        {
            Text<ProcessingRegister>("schemaVersion", r => r.SchemaVersion, (r, v) => r.SchemaVersion = v!, required: true, merge: RegisterJoin.MustAgree),
            Text<ProcessingRegister>("assembly", r => r.Assembly, (r, v) => r.Assembly = v!, required: true, merge: RegisterJoin.Derived),
            // Only in a merged register: a build-time register keeps its exact bytes.
            Texts<ProcessingRegister>("mergedFrom", r => r.MergedFrom, (r, v) => r.MergedFrom = v, json: RegisterJsonPresence.WhenSet, merge: RegisterJoin.Derived),
            Text<ProcessingRegister>("version", r => r.Version, (r, v) => r.Version = v, label: L("Record version", "Version du registre"),
                openWhenEmpty: L("No version of the record is declared: set it when the DPO approves this version (PrivacyRegisterVersion in the project file; merge --version for a merged register).",
                    "Aucune version du registre n'est déclarée : l'indiquer lorsque le DPO approuve cette version."),
                change: L("record version", "version du registre"), changed: "record-changed", merge: RegisterJoin.Derived),
            Text<ProcessingRegister>("date", r => r.Date, (r, v) => r.Date = v, label: L("Date of this version", "Date de cette version"),
                openWhenEmpty: L("The date of this version of the record is not declared: set it with the approved version (PrivacyRegisterDate, yyyy-MM-dd, in the project file; merge --date for a merged register).",
                    "La date de cette version du registre n'est pas déclarée : l'indiquer avec la version approuvée."),
                change: L("record date", "date du registre"), changed: "record-changed", merge: RegisterJoin.Derived),
            // Written only for a translated register: English files keep their exact bytes.
            Text<ProcessingRegister>("language", r => r.Language, (r, v) => r.Language = v, json: RegisterJsonPresence.WhenSet, merge: RegisterJoin.MustAgree),
            Object<ProcessingRegister, RegisterPolicy>("policy", r => r.Policy, (r, v) => r.Policy = v, () => Policy!, merge: RegisterJoin.MustAgree),
            Object<ProcessingRegister, RegisterController>("controller", r => r.Controller, (r, v) => r.Controller = v, () => Controller!, merge: RegisterJoin.Custom),
            Objects<ProcessingRegister, RegisterActivity>("activities", r => r.Activities, (r, v) => r.Activities = v, () => Activity!, merge: RegisterJoin.Custom),
        };

        /// <summary>The DPO policy the register was checked against.</summary>
        public static readonly RegisterShape<RegisterPolicy> Policy = new RegisterShape<RegisterPolicy>("policy", () => new RegisterPolicy())
        {
            Text<RegisterPolicy>("file", p => p.File, (p, v) => p.File = v!, required: true),
            Text<RegisterPolicy>("version", p => p.Version, (p, v) => p.Version = v),
            Text<RegisterPolicy>("hash", p => p.Hash, (p, v) => p.Hash = v!, required: true),
        };

        /// <summary>The controller (Art. 30(1)(a)), one row each in the Markdown's controller table.</summary>
        public static readonly RegisterShape<RegisterController> Controller = new RegisterShape<RegisterController>("controller", () => new RegisterController())
        {
            Text<RegisterController>("name", c => c.Name, (c, v) => c.Name = v!, changed: "controller-changed", merge: RegisterJoin.MustAgree, required: true, label: L("Name", "Nom"), change: L("controller", "responsable du traitement")),
            Text<RegisterController>("identifier", c => c.Identifier, (c, v) => c.Identifier = v, changed: "controller-changed", merge: RegisterJoin.MustAgree, label: L("Identifier", "Identifiant"), change: L("identifier", "identifiant")),
            Text<RegisterController>("email", c => c.Email, (c, v) => c.Email = v, changed: "controller-changed", merge: RegisterJoin.MustAgree, label: L("E-mail", "Courriel"), change: L("e-mail", "courriel")),
            Text<RegisterController>("address", c => c.Address, (c, v) => c.Address = v, changed: "controller-changed", merge: RegisterJoin.MustAgree, label: L("Address", "Adresse"), change: L("address", "adresse")),
            Text<RegisterController>("phone", c => c.Phone, (c, v) => c.Phone = v, changed: "controller-changed", merge: RegisterJoin.MustAgree, label: L("Phone", "Téléphone"), change: L("phone", "téléphone")),
            Text<RegisterController>("dataProtectionOfficer", c => c.DataProtectionOfficer, (c, v) => c.DataProtectionOfficer = v, changed: "controller-changed", merge: RegisterJoin.MustAgree,
                label: L("Data protection officer", "Délégué à la protection des données (DPO)"), change: L("data protection officer", "délégué à la protection des données"),
                openWhenEmpty: L("No data protection officer is named, and nobody has confirmed that none is designated: name the DPO and their contact (DataProtectionOfficer), or confirm that none is designated (NoDataProtectionOfficer = true).",
                    "Aucun délégué à la protection des données n'est indiqué, et l'absence de désignation n'est pas confirmée : indiquer le délégué désigné et ses coordonnées, ou confirmer qu'aucun délégué n'est désigné."),
                openIf: c => string.IsNullOrWhiteSpace(c.DataProtectionOfficer) && !c.NoDataProtectionOfficer),
            // Written only when set: a register whose controller names a DPO, or was written before the field existed, keeps its bytes.
            Flag<RegisterController>("noDataProtectionOfficer", c => c.NoDataProtectionOfficer, (c, v) => c.NoDataProtectionOfficer = v, json: RegisterJsonPresence.WhenSet,
                merge: RegisterJoin.MustAgree, changed: "controller-changed", change: L("no data protection officer designated", "aucun délégué désigné")),
            Text<RegisterController>("supervisoryAuthority", c => c.SupervisoryAuthority, (c, v) => c.SupervisoryAuthority = v, changed: "controller-changed", merge: RegisterJoin.MustAgree,
                label: L("Supervisory authority", "Autorité de contrôle"), change: L("supervisory authority", "autorité de contrôle")),
            Text<RegisterController>("euRepresentative", c => c.EuRepresentative, (c, v) => c.EuRepresentative = v, changed: "controller-changed", merge: RegisterJoin.MustAgree,
                label: L("Representative in the Union (Art. 27)", "Représentant dans l'Union (art. 27)"), change: L("EU representative (Art. 27)", "représentant dans l'Union (art. 27)")),
            Text<RegisterController>("applicableLaw", c => c.ApplicableLaw, (c, v) => c.ApplicableLaw = v, changed: "controller-changed", merge: RegisterJoin.MustAgree, translate: RegisterTranslate.Text,
                label: L("Applicable national law", "Loi nationale applicable"), change: L("applicable national law", "loi nationale applicable")),
            Text<RegisterController>("toConfirm", c => c.ToConfirm, (c, v) => c.ToConfirm = v, changed: "controller-changed", translate: RegisterTranslate.Text, merge: RegisterJoin.JoinNotes,
                label: L("To confirm", "À confirmer"), change: L("controller's note to confirm", "note à confirmer du responsable du traitement")),
        };

        /// <summary>
        /// The rows of the controller table in the Markdown file: the JSON order, with the supervisory authority after
        /// the applicable law, as the CNIL template lists them.
        /// </summary>
        public static readonly IReadOnlyList<string> ControllerRows = new[]
        {
            "name", "identifier", "email", "address", "phone", "dataProtectionOfficer", "euRepresentative", "applicableLaw", "supervisoryAuthority", "toConfirm",
        };

        /// <summary>One processing activity: one sheet of the CNIL template.</summary>
        public static readonly RegisterShape<RegisterActivity> Activity = new RegisterShape<RegisterActivity>("activity", () => new RegisterActivity())
        {
            Text<RegisterActivity>("id", a => a.Id, (a, v) => a.Id = v!, required: true, merge: RegisterJoin.Key, diff: RegisterCompare.None,
                csv: L("Activity id", "Identifiant de l'activité")),
            Text<RegisterActivity>("name", a => a.Name, (a, v) => a.Name = v!, required: true, merge: RegisterJoin.MustAgree, translate: RegisterTranslate.Custom,
                csv: L("Activity", "Activité"), change: L("name", "nom")),
            Text<RegisterActivity>("description", a => a.Description, (a, v) => a.Description = v, merge: RegisterJoin.MustAgree, translate: RegisterTranslate.ActivityText,
                label: L("Purpose", "Finalité principale"), change: L("purpose", "finalité")),
            Flag<RegisterActivity>("declared", a => a.Declared, (a, v) => a.Declared = v, diff: RegisterCompare.Custom,
                change: L("declared", "déclarée")),
            Text<RegisterActivity>("created", a => a.Created, (a, v) => a.Created = v, merge: RegisterJoin.FirstStated,
                label: L("Created", "Date de création"), change: L("creation date", "date de création"),
                openWhenEmpty: L("the creation date (Created)", "la date de création de la fiche")),
            Text<RegisterActivity>("toConfirm", a => a.ToConfirm, (a, v) => a.ToConfirm = v, merge: RegisterJoin.JoinNotes, translate: RegisterTranslate.ActivityText,
                label: L("To confirm", "À confirmer"), csv: NoColumn, change: L("note to confirm", "note à confirmer")),
            Texts<RegisterActivity>("jointControllers", a => a.JointControllers, (a, v) => a.JointControllers = v!, empty: RegisterEmpty.Omit,
                label: L("Joint controllers (Art. 26)", "Responsables conjoints (art. 26)"), csv: L("Joint controllers", "Responsables conjoints"),
                change: L("joint controller (Art. 26)", "responsable conjoint (art. 26)"), added: ActivityChanged, removed: ActivityChanged),
            Text<RegisterActivity>("legalBasis", a => a.LegalBasis, (a, v) => a.LegalBasis = v, merge: RegisterJoin.MustAgree,
                label: L("Legal basis", "Base légale"), change: L("legal basis", "base légale"), changed: "legal-basis-changed"),
            Text<RegisterActivity>("legitimateInterest", a => a.LegitimateInterest, (a, v) => a.LegitimateInterest = v, merge: RegisterJoin.MustAgree,
                translate: RegisterTranslate.ActivityText, label: L("Legitimate interest", "Intérêt légitime"), change: L("legitimate interest", "intérêt légitime")),
            Text<RegisterActivity>("specialCategoryCondition", a => a.SpecialCategoryCondition, (a, v) => a.SpecialCategoryCondition = v, merge: RegisterJoin.MustAgree,
                label: L("Art. 9 condition", "Condition de l'article 9"), change: L("Art. 9 condition", "condition de l'article 9")),
            // What the notice tells a person beyond Art. 30 (Art. 13(2)(e)-(f)); written only when stated, so registers
            // without them keep their bytes.
            Text<RegisterActivity>("requirement", a => a.Requirement, (a, v) => a.Requirement = v, merge: RegisterJoin.MustAgree, json: RegisterJsonPresence.WhenSet,
                change: L("requirement to provide the data", "caractère obligatoire de la fourniture des données"),
                openWhenEmpty: L("whether providing the data is required, and what follows if not (Requirement, ConsequenceIfNotProvided; Art. 13(2)(e))",
                    "le caractère obligatoire ou facultatif de la fourniture des données et les conséquences d'un défaut de fourniture (art. 13.2.e du RGPD)")),
            Text<RegisterActivity>("consequenceIfNotProvided", a => a.ConsequenceIfNotProvided, (a, v) => a.ConsequenceIfNotProvided = v, merge: RegisterJoin.MustAgree,
                json: RegisterJsonPresence.WhenSet, translate: RegisterTranslate.ActivityText,
                change: L("consequence of not providing the data", "conséquence d'un défaut de fourniture")),
            Text<RegisterActivity>("automatedDecisions", a => a.AutomatedDecisions, (a, v) => a.AutomatedDecisions = v, merge: RegisterJoin.MustAgree, json: RegisterJsonPresence.WhenSet,
                change: L("automated decision-making", "décision automatisée"),
                openWhenEmpty: L("whether decisions are automated, including profiling, or that none are (AutomatedDecisions; Art. 13(2)(f))",
                    "l'existence ou non d'une prise de décision automatisée, y compris le profilage (art. 13.2.f du RGPD)")),
            Text<RegisterActivity>("automatedDecisionLogic", a => a.AutomatedDecisionLogic, (a, v) => a.AutomatedDecisionLogic = v, merge: RegisterJoin.MustAgree,
                json: RegisterJsonPresence.WhenSet, translate: RegisterTranslate.ActivityText,
                change: L("logic of the automated decisions", "logique des décisions automatisées")),
            Texts<RegisterActivity>("dataSubjects", a => a.DataSubjects, (a, v) => a.DataSubjects = v!, translate: RegisterTranslate.Text,
                label: L("Data subjects", "Catégories de personnes concernées"), change: L("data subjects", "personnes concernées"),
                added: "data-subject-added", removed: "data-subject-removed"),
            Texts<RegisterActivity>("dataCategories", a => a.DataCategories, (a, v) => a.DataCategories = v!, merge: RegisterJoin.Derived, diff: RegisterCompare.Custom,
                label: L("Data categories", "Catégories de données"), csv: NoColumn, change: L("data category", "catégorie de données")),
            Objects<RegisterActivity, RegisterRetention>("retention", a => a.Retention, (a, v) => a.Retention = v, () => Retention!, diff: RegisterCompare.Custom),
            Texts<RegisterActivity>("recipients", a => a.Recipients, (a, v) => a.Recipients = v!, translate: RegisterTranslate.Text, empty: RegisterEmpty.Omit,
                label: L("Recipients (kind not stated)", "Destinataires (catégorie non précisée)"), csv: L("Recipients", "Destinataires"),
                change: L("recipient", "destinataire"), added: "recipient-added", removed: "recipient-removed"),
            Texts<RegisterActivity>("internalRecipients", a => a.InternalRecipients, (a, v) => a.InternalRecipients = v!, translate: RegisterTranslate.Text,
                label: L("Internal recipients", "Destinataires : services internes"), csv: L("Internal recipients", "Services internes"),
                change: L("internal recipient", "destinataire interne"), added: "recipient-added", removed: "recipient-removed",
                // Someone inside the company always receives the data: an activity that names no department (nor any
                // recipient of an unstated kind) has an empty recipients field, whatever processors it also has.
                openWhenEmpty: L("the internal recipients, the departments that access the data (InternalRecipients)", "les destinataires internes (services ayant accès aux données)"),
                openIf: a => a.InternalRecipients.Count == 0 && a.Recipients.Count == 0),
            Texts<RegisterActivity>("thirdPartyRecipients", a => a.ThirdPartyRecipients, (a, v) => a.ThirdPartyRecipients = v!, translate: RegisterTranslate.Text,
                label: L("Third parties", "Destinataires : organismes externes"), csv: L("Third parties", "Organismes externes"),
                change: L("third-party recipient", "organisme externe destinataire"), added: "recipient-added", removed: "recipient-removed"),
            Objects<RegisterActivity, RegisterProcessor>("processors", a => a.Processors, (a, v) => a.Processors = v, () => Processor!,
                label: L("Processors (Art. 28)", "Destinataires : sous-traitants (art. 28)"), csv: L("Processors", "Sous-traitants"),
                change: L("processor (Art. 28)", "sous-traitant (art. 28)"),
                added: "processor-added", removed: "processor-removed", changed: "processor-changed"),
            Objects<RegisterActivity, RegisterTransfer>("transfers", a => a.Transfers, (a, v) => a.Transfers = v, () => Transfer!, empty: RegisterEmpty.None,
                label: L("Transfers outside the EU", "Transferts hors UE"), change: L("transfer outside the EEA", "transfert hors de l'EEE"),
                added: "transfer-added", removed: "transfer-removed", changed: "transfer-changed"),
            Object<RegisterActivity, RegisterDpia>("dpia", a => a.Dpia, (a, v) => a.Dpia = v ?? RegisterDpia.NotStated, () => Dpia!, merge: RegisterJoin.FirstStated,
                label: L("DPIA (Art. 35)", "AIPD (art. 35)"), csv: L("DPIA", "AIPD"), change: L("DPIA", "AIPD"), changed: "dpia-changed",
                openWhenEmpty: L("the DPIA status (Dpia)", "la position sur l'analyse d'impact relative à la protection des données (AIPD)"),
                openIf: a => a.Dpia.Status == nameof(DpiaStatus.NotStated)),
            Texts<RegisterActivity>("securityChecklist", a => a.SecurityChecklist, (a, v) => a.SecurityChecklist = v!,
                label: L("Security measures (checklist)", "Mesures de sécurité"), csv: L("Security measures (checklist)", "Mesures de sécurité"),
                change: L("security checklist item", "mesure de sécurité (liste CNIL)"),
                added: "security-measure-added", removed: "security-measure-removed",
                // The measures in place are declared (the checklist or in words, for the activity or the whole assembly);
                // what the code proves of the fields (redaction, hashing) is technical evidence and declares nothing.
                openWhenEmpty: L("the security measures (SecurityChecklist, or [assembly: SecurityMeasures])", "les mesures de sécurité"),
                openIf: a => a.SecurityChecklist.Count == 0 && !a.SecurityMeasures.Any(m => !SecurityFacts.IsDerived(m))),
            Texts<RegisterActivity>("securityMeasures", a => a.SecurityMeasures, (a, v) => a.SecurityMeasures = v!, merge: RegisterJoin.Custom, translate: RegisterTranslate.Custom,
                empty: RegisterEmpty.None, label: L("Other security measures", "Autres mesures"), csv: L("Security measures", "Autres mesures de sécurité"),
                change: L("security measure", "mesure de sécurité"), added: "security-measure-added", removed: "security-measure-removed"),
            Objects<RegisterActivity, RegisterField>("fields", a => a.Fields, (a, v) => a.Fields = v, () => Field!, csv: L("Fields", "Champs"), change: L("field", "champ"),
                added: "field-added", removed: "field-removed", changed: "field-changed"),
            // What the annotations prove of the fields (redacted, hashed, encrypted, pseudonymised): listed apart from the
            // declared measures. Written only when set, after the fields: in a translated register it is
            // rendered from their translated data sets and labels.
            Texts<RegisterActivity>("technicalEvidence", a => a.TechnicalEvidence, (a, v) => a.TechnicalEvidence = v!, merge: RegisterJoin.Derived, translate: RegisterTranslate.Custom,
                json: RegisterJsonPresence.WhenSet, csv: L("Technical evidence (from the code)", "Éléments techniques (établis par le code)")),
        };

        /// <summary>
        /// The items of an activity's section in the Markdown file, in order. A name in brackets is a line the renderer
        /// derives from several fields (the sensitive categories, what the fields' annotations prove).
        /// </summary>
        public static readonly IReadOnlyList<string> ActivityItems = new[]
        {
            "toConfirm", "description", "created", "jointControllers", "legalBasis", "legitimateInterest", "specialCategoryCondition", "dataSubjects",
            "dataCategories", "[sensitive]", "internalRecipients", "processors", "thirdPartyRecipients", "recipients", "transfers", "dpia", "securityChecklist",
            "securityMeasures", "[fieldFacts]",
        };

        /// <summary>
        /// The CSV file's columns, in order (one row per activity and data category): the controller and the record's
        /// version and date on every row, then the activity's; a name in brackets is derived by the renderer.
        /// </summary>
        public static readonly IReadOnlyList<string> CsvColumns = new[]
        {
            "[controller]", "[version]", "[date]", "id", "name", "description", "legalBasis", "legitimateInterest", "specialCategoryCondition", "dataSubjects", "[category]", "[cnil]",
            "[sensitive]", "[dataSets]", "[retention]", "[rule]", "[archive]", "internalRecipients", "processors", "thirdPartyRecipients",
            "recipients", "transfers", "securityChecklist", "securityMeasures", "technicalEvidence", "jointControllers", "dpia", "created", "[toConfirm]", "fields",
        };

        /// <summary>How long one category of an activity's data is kept.</summary>
        public static readonly RegisterShape<RegisterRetention> Retention = new RegisterShape<RegisterRetention>("retention entry", () => new RegisterRetention())
        {
            Text<RegisterRetention>("appliesTo", r => r.AppliesTo, (r, v) => r.AppliesTo = v!, required: true),
            Text<RegisterRetention>("text", r => r.Text, (r, v) => r.Text = v),
            Text<RegisterRetention>("kind", r => r.Kind, (r, v) => r.Kind = v),
            Text<RegisterRetention>("duration", r => r.Duration, (r, v) => r.Duration = v),
            Text<RegisterRetention>("trigger", r => r.Trigger, (r, v) => r.Trigger = v),
            Text<RegisterRetention>("archiveDuration", r => r.ArchiveDuration, (r, v) => r.ArchiveDuration = v),
            Text<RegisterRetention>("endingEvent", r => r.EndingEvent, (r, v) => r.EndingEvent = v),
            // Why the archive phase keeps data, and the statute or limitation period behind it (docs/retention.md).
            Text<RegisterRetention>("archiveGround", r => r.ArchiveGround, (r, v) => r.ArchiveGround = v),
            Text<RegisterRetention>("archiveReference", r => r.ArchiveReference, (r, v) => r.ArchiveReference = v, translate: RegisterTranslate.Custom),
            Text<RegisterRetention>("description", r => r.Description, (r, v) => r.Description = v!, required: true, translate: RegisterTranslate.Custom),
        };

        /// <summary>A processor (Art. 28).</summary>
        public static readonly RegisterShape<RegisterProcessor> Processor = new RegisterShape<RegisterProcessor>("processor", () => new RegisterProcessor())
        {
            Text<RegisterProcessor>("name", p => p.Name, (p, v) => p.Name = v!, required: true, translate: RegisterTranslate.Text, change: L("name", "nom")),
            Text<RegisterProcessor>("country", p => p.Country, (p, v) => p.Country = v, translate: RegisterTranslate.Custom, change: L("country", "pays")),
            Text<RegisterProcessor>("contract", p => p.Contract, (p, v) => p.Contract = v, translate: RegisterTranslate.Text, change: L("contract", "contrat")),
            Text<RegisterProcessor>("toConfirm", p => p.ToConfirm, (p, v) => p.ToConfirm = v, translate: RegisterTranslate.Text, change: L("note to confirm", "note à confirmer")),
        };

        /// <summary>A transfer outside the EEA (Art. 30(1)(e)).</summary>
        public static readonly RegisterShape<RegisterTransfer> Transfer = new RegisterShape<RegisterTransfer>("transfer", () => new RegisterTransfer())
        {
            Text<RegisterTransfer>("recipient", t => t.Recipient, (t, v) => t.Recipient = v!, required: true, translate: RegisterTranslate.Text, change: L("recipient", "destinataire")),
            Text<RegisterTransfer>("country", t => t.Country, (t, v) => t.Country = v, change: L("country", "pays")),
            Text<RegisterTransfer>("safeguard", t => t.Safeguard, (t, v) => t.Safeguard = v!, required: true, change: L("safeguard", "garantie")),
            Text<RegisterTransfer>("additionalSafeguards", t => t.AdditionalSafeguards, (t, v) => t.AdditionalSafeguards = v, translate: RegisterTranslate.Text,
                change: L("additional safeguards", "garanties complémentaires")),
            Text<RegisterTransfer>("toConfirm", t => t.ToConfirm, (t, v) => t.ToConfirm = v, translate: RegisterTranslate.Text, change: L("note to confirm", "note à confirmer")),
        };

        /// <summary>An activity's DPIA status (Art. 35).</summary>
        public static readonly RegisterShape<RegisterDpia> Dpia = new RegisterShape<RegisterDpia>("DPIA", () => new RegisterDpia())
        {
            Text<RegisterDpia>("status", d => d.Status, (d, v) => d.Status = v ?? nameof(DpiaStatus.NotStated)),
            Text<RegisterDpia>("reference", d => d.Reference, (d, v) => d.Reference = v),
            Text<RegisterDpia>("date", d => d.Date, (d, v) => d.Date = v),
            Text<RegisterDpia>("reason", d => d.Reason, (d, v) => d.Reason = v, translate: RegisterTranslate.ActivityText, textKey: "dpiaReason"),
        };

        /// <summary>One annotated member whose data an activity processes.</summary>
        public static readonly RegisterShape<RegisterField> Field = new RegisterShape<RegisterField>("field", () => new RegisterField(), RegisterField.Complete)
        {
            Text<RegisterField>("type", f => f.Type, (f, v) => f.Type = v!, required: true),
            Text<RegisterField>("member", f => f.Member, (f, v) => f.Member = v!, required: true),
            Text<RegisterField>("label", f => f.Label, (f, v) => f.Label = v!, translate: RegisterTranslate.Text, change: L("label", "libellé")),
            Text<RegisterField>("dataSet", f => f.DataSet, (f, v) => f.DataSet = v!, translate: RegisterTranslate.Text, change: L("data set", "ensemble de données")),
            Text<RegisterField>("category", f => f.Category, (f, v) => f.Category = v!, required: true),
            Texts<RegisterField>("purposes", f => f.Purposes, (f, v) => f.Purposes = v!, change: L("purposes", "finalités")),
            Text<RegisterField>("retention", f => f.Retention, (f, v) => f.Retention = v, change: L("retention", "conservation")),
            Text<RegisterField>("redaction", f => f.Redaction, (f, v) => f.Redaction = v!, required: true, change: L("redaction", "masquage")),
            Flag<RegisterField>("encrypted", f => f.Encrypted, (f, v) => f.Encrypted = v, change: L("encrypted", "chiffré")),
            Flag<RegisterField>("pseudonymised", f => f.Pseudonymised, (f, v) => f.Pseudonymised = v, change: L("pseudonymised", "pseudonymisé")),
            Flag<RegisterField>("hashed", f => f.Hashed, (f, v) => f.Hashed = v, change: L("hashed", "haché")),
            Text<RegisterField>("dataSubject", f => f.DataSubject, (f, v) => f.DataSubject = v, translate: RegisterTranslate.Text, change: L("data subject", "personne concernée")),
            Text<RegisterField>("toConfirm", f => f.ToConfirm, (f, v) => f.ToConfirm = v, translate: RegisterTranslate.Text, change: L("note to confirm", "note à confirmer")),
            // Written only when set: registers without such members keep their exact bytes.
            Flag<RegisterField>("static", f => f.IsStatic, (f, v) => f.IsStatic = v, json: RegisterJsonPresence.WhenSet, change: L("static", "statique")),
            Flag<RegisterField>("subjectKey", f => f.SubjectKey, (f, v) => f.SubjectKey = v, json: RegisterJsonPresence.WhenSet, change: L("subject key", "clé de la personne")),
            Text<RegisterField>("notStored", f => f.NotStored, (f, v) => f.NotStored = v, json: RegisterJsonPresence.WhenSet, translate: RegisterTranslate.Text,
                change: L("not stored", "non conservé")),
        };

        private static RegisterLabel L(string english, string french) => new RegisterLabel(english, french);

        private static Func<object, bool>? OpenIf<T>(Func<T, bool>? openIf) => openIf is null ? null : o => openIf((T)o);

        private static RegisterLabel? ColumnOf(RegisterLabel? csv, RegisterLabel? label) => ReferenceEquals(csv, NoColumn) ? null : csv ?? label;

        private static RegisterProperty<T> Text<T>(string key, Func<T, string?> get, Action<T, string?> set, bool required = false,
            RegisterJsonPresence json = RegisterJsonPresence.Always, RegisterJoin merge = RegisterJoin.First, RegisterTranslate translate = RegisterTranslate.None,
            string? textKey = null, RegisterLabel? label = null, RegisterLabel? csv = null, RegisterLabel? change = null, RegisterCompare diff = RegisterCompare.Compare,
            string changed = ActivityChanged, RegisterEmpty empty = RegisterEmpty.Omit, RegisterLabel? openWhenEmpty = null, Func<T, bool>? openIf = null) =>
            new RegisterProperty<T>(key, RegisterValueKind.Text, o => get(o), (o, v) => set(o, (string?)v), null)
            {
                OpenWhenEmpty = openWhenEmpty, OpenIf = OpenIf(openIf),
                Required = required, Json = json, Merge = merge, Translate = translate, TextKey = textKey ?? key, Label = label, Column = ColumnOf(csv, label),
                Change = change, Diff = change is null && diff == RegisterCompare.Compare ? RegisterCompare.None : diff, Changed = changed, Empty = empty,
            };

        private static RegisterProperty<T> Flag<T>(string key, Func<T, bool> get, Action<T, bool> set, RegisterJsonPresence json = RegisterJsonPresence.Always,
            RegisterJoin merge = RegisterJoin.First, RegisterLabel? change = null, RegisterCompare diff = RegisterCompare.Compare, string changed = ActivityChanged) =>
            new RegisterProperty<T>(key, RegisterValueKind.Flag, o => get(o), (o, v) => set(o, v is true), null)
            {
                Json = json, Merge = merge, Change = change, Diff = change is null && diff == RegisterCompare.Compare ? RegisterCompare.None : diff, Changed = changed,
            };

        private static RegisterProperty<T> Texts<T>(string key, Func<T, IReadOnlyList<string>?> get, Action<T, IReadOnlyList<string>?> set,
            RegisterJsonPresence json = RegisterJsonPresence.Always, RegisterJoin merge = RegisterJoin.Union, RegisterTranslate translate = RegisterTranslate.None,
            RegisterLabel? label = null, RegisterLabel? csv = null, RegisterLabel? change = null, RegisterCompare diff = RegisterCompare.Compare,
            string added = ActivityChanged, string removed = ActivityChanged, RegisterEmpty empty = RegisterEmpty.NotStated, RegisterLabel? openWhenEmpty = null,
            Func<T, bool>? openIf = null) =>
            new RegisterProperty<T>(key, RegisterValueKind.Texts, o => get(o), (o, v) => set(o, (IReadOnlyList<string>?)v), null)
            {
                OpenWhenEmpty = openWhenEmpty, OpenIf = OpenIf(openIf),
                Json = json, Merge = merge, Translate = translate, Label = label, Column = ColumnOf(csv, label), Change = change,
                Diff = change is null && diff == RegisterCompare.Compare ? RegisterCompare.None : diff, Added = added, Removed = removed, Empty = empty,
            };

        private static RegisterProperty<T> Object<T, TValue>(string key, Func<T, TValue?> get, Action<T, TValue?> set, Func<RegisterShape> shape,
            RegisterJoin merge = RegisterJoin.First, RegisterLabel? label = null, RegisterLabel? csv = null, RegisterLabel? change = null,
            string changed = ActivityChanged, RegisterLabel? openWhenEmpty = null, Func<T, bool>? openIf = null)
            where TValue : class =>
            new RegisterProperty<T>(key, RegisterValueKind.Object, o => get(o), (o, v) => set(o, (TValue?)v), shape)
            {
                OpenWhenEmpty = openWhenEmpty, OpenIf = OpenIf(openIf),
                Merge = merge, Translate = RegisterTranslate.Text, Label = label, Column = ColumnOf(csv, label), Change = change,
                Diff = change is null ? RegisterCompare.None : RegisterCompare.Compare, Changed = changed,
            };

        private static RegisterProperty<T> Objects<T, TItem>(string key, Func<T, IReadOnlyList<TItem>> get, Action<T, IReadOnlyList<TItem>> set, Func<RegisterShape> shape,
            RegisterJoin merge = RegisterJoin.Distinct, RegisterLabel? label = null, RegisterLabel? csv = null, RegisterLabel? change = null,
            RegisterCompare diff = RegisterCompare.Compare, string added = ActivityChanged, string removed = ActivityChanged,
            string changed = ActivityChanged, RegisterEmpty empty = RegisterEmpty.NotStated)
            where TItem : class =>
            new RegisterProperty<T>(key, RegisterValueKind.Objects, o => get(o), (o, v) => set(o, ToList<TItem>(v)), shape)
            {
                Merge = merge, Translate = RegisterTranslate.Text, Label = label, Column = ColumnOf(csv, label), Change = change,
                Diff = change is null && diff == RegisterCompare.Compare ? RegisterCompare.None : diff, Added = added, Removed = removed, Changed = changed, Empty = empty,
            };

        private static IReadOnlyList<TItem> ToList<TItem>(object? value)
        {
            if (value is IReadOnlyList<TItem> typed) return typed;
            var list = new List<TItem>();
            if (value is System.Collections.IEnumerable items)
            {
                foreach (var item in items) list.Add((TItem)item);
            }
            return list;
        }
    }

    /// <summary>The kind of value a register field holds in JSON.</summary>
    internal enum RegisterValueKind
    {
        /// <summary>A string, or null.</summary>
        Text,
        /// <summary>A boolean.</summary>
        Flag,
        /// <summary>An array of strings.</summary>
        Texts,
        /// <summary>One object of another shape (or null).</summary>
        Object,
        /// <summary>An array of objects of another shape.</summary>
        Objects,
    }

    /// <summary>When the JSON file holds a field.</summary>
    internal enum RegisterJsonPresence
    {
        /// <summary>Always, <c>null</c> when the value is missing.</summary>
        Always,
        /// <summary>Only when true (a flag) or stated (a text, a list): files written before the field existed keep their bytes.</summary>
        WhenSet,
    }

    /// <summary>How <c>klivar-privacy merge</c> combines a field of several registers.</summary>
    internal enum RegisterJoin
    {
        /// <summary>The first input's value (in ordinal order of assemblies).</summary>
        First,
        /// <summary>What identifies the item: inputs are grouped by it.</summary>
        Key,
        /// <summary>Inputs must state the same value; a difference is reported as a conflict, and the merge keeps one item per distinct declaration.</summary>
        MustAgree,
        /// <summary>The first value stated by any input.</summary>
        FirstStated,
        /// <summary>Every distinct note of the inputs, so no open point is lost.</summary>
        JoinNotes,
        /// <summary>The union of the inputs' lists, in the order first stated.</summary>
        Union,
        /// <summary>The inputs' items, each distinct item once.</summary>
        Distinct,
        /// <summary>Recomputed from the merged register (the rolled-up categories, the assemblies merged).</summary>
        Derived,
        /// <summary>Combined by the merger's own rule for this field.</summary>
        Custom,
    }

    /// <summary>How a field is put into another language.</summary>
    internal enum RegisterTranslate
    {
        /// <summary>Not translated: a code, a name, an identifier.</summary>
        None,
        /// <summary>A team text (or each text of a list, or each text field of an object), from the texts file by its English wording.</summary>
        Text,
        /// <summary>A team text that may also be given under the activity's id (<c>activities.&lt;id&gt;.&lt;key&gt;</c> in the texts file).</summary>
        ActivityText,
        /// <summary>Translated by the translation's own rule for this field.</summary>
        Custom,
    }

    /// <summary>How <c>klivar-privacy diff</c> reports a change of a field.</summary>
    internal enum RegisterCompare
    {
        /// <summary>Not compared.</summary>
        None,
        /// <summary>A text that changed; list items added or removed; keyed objects added, removed or changed.</summary>
        Compare,
        /// <summary>Compared by the diff's own rule for this field.</summary>
        Custom,
    }

    /// <summary>What the Markdown shows for an empty field.</summary>
    internal enum RegisterEmpty
    {
        /// <summary>Nothing: the line is left out.</summary>
        Omit,
        /// <summary>"not stated".</summary>
        NotStated,
        /// <summary>"none".</summary>
        None,
    }

    /// <summary>A label in each language the register files are written in.</summary>
    internal sealed class RegisterLabel
    {
        public RegisterLabel(string english, string french)
        {
            English = english;
            French = french;
        }

        public string English { get; }
        public string French { get; }

        /// <summary>The label in a language code (<c>en</c>, <c>fr</c>).</summary>
        public string In(string language) => language == "fr" ? French : English;
    }

    /// <summary>The fields of one part of the register, in the JSON file's order.</summary>
    internal abstract class RegisterShape : IEnumerable<RegisterProperty>
    {
        private readonly List<RegisterProperty> _properties = new List<RegisterProperty>();
        private readonly Dictionary<string, RegisterProperty> _byKey = new Dictionary<string, RegisterProperty>(StringComparer.Ordinal);

        protected RegisterShape(string noun) => Noun = noun;

        /// <summary>What one such object is called in an error message ("activity", "transfer").</summary>
        public string Noun { get; }

        public IReadOnlyList<RegisterProperty> Properties => _properties;

        /// <summary>The field with a JSON key.</summary>
        /// <exception cref="KeyNotFoundException">No field has that key.</exception>
        public RegisterProperty this[string key] => _byKey[key];

        public bool TryGet(string key, out RegisterProperty property) => _byKey.TryGetValue(key, out property!);

        /// <summary>A new, empty object of this shape.</summary>
        public abstract object Create();

        /// <summary>Fills in what an object derives from its other fields once they are all set.</summary>
        public abstract void Complete(object value);

        /// <summary>A copy of an object: each field set from the original (lists and child objects shared).</summary>
        public object Copy(object value)
        {
            var copy = Create();
            foreach (var property in _properties) property.SetValue(copy, property.GetValue(value));
            return copy;
        }

        public void Add(RegisterProperty property)
        {
            _properties.Add(property);
            _byKey.Add(property.Key, property);
        }

        public IEnumerator<RegisterProperty> GetEnumerator() => _properties.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The fields of one part of the register, for objects of type <typeparamref name="T"/>.</summary>
    internal sealed class RegisterShape<T> : RegisterShape where T : class
    {
        private readonly Func<T> _create;
        private readonly Action<T>? _complete;

        public RegisterShape(string noun, Func<T> create, Action<T>? complete = null) : base(noun)
        {
            _create = create;
            _complete = complete;
        }

        public override object Create() => _create();

        public override void Complete(object value) => _complete?.Invoke((T)value);

        /// <summary>A copy of <paramref name="value"/>, to change one field of it.</summary>
        public T Copy(T value) => (T)base.Copy(value);
    }

    /// <summary>One field of the register: its key, its value, and how every part of the product treats it.</summary>
    internal abstract class RegisterProperty
    {
        private readonly Func<RegisterShape>? _shape;

        protected RegisterProperty(string key, RegisterValueKind kind, Func<RegisterShape>? shape)
        {
            Key = key;
            Kind = kind;
            _shape = shape;
            TextKey = key;
        }

        /// <summary>The JSON key.</summary>
        public string Key { get; }
        public RegisterValueKind Kind { get; }
        /// <summary>The shape of the objects an <see cref="RegisterValueKind.Object"/> or <see cref="RegisterValueKind.Objects"/> field holds.</summary>
        public RegisterShape? Shape => _shape?.Invoke();
        /// <summary>Reading a file without this field (or with <c>null</c>) fails.</summary>
        public bool Required { get; set; }
        public RegisterJsonPresence Json { get; set; }
        public RegisterJoin Merge { get; set; } = RegisterJoin.First;
        public RegisterTranslate Translate { get; set; }
        /// <summary>The key of an <see cref="RegisterTranslate.ActivityText"/> in the texts file's activity entry.</summary>
        public string TextKey { get; set; }
        /// <summary>The label in the Markdown file; null when the field is not shown on its own line.</summary>
        public RegisterLabel? Label { get; set; }
        /// <summary>The CSV column's header; null when the field has no column.</summary>
        public RegisterLabel? Column { get; set; }
        /// <summary>
        /// The field is one the record must hold (GDPR Art. 30(1), the CNIL template): empty, it is a point to confirm,
        /// in these words, in the register files, the notice's draft list and KPA0014's count.
        /// </summary>
        public RegisterLabel? OpenWhenEmpty { get; set; }
        /// <summary>When the field counts as empty, for a field whose emptiness is more than "no value" (the DPIA status, the recipients of any kind).</summary>
        public Func<object, bool>? OpenIf { get; set; }
        /// <summary>What the Markdown says when the field is empty.</summary>
        public RegisterEmpty Empty { get; set; } = RegisterEmpty.Omit;
        /// <summary>How a diff reports a change.</summary>
        public RegisterCompare Diff { get; set; }
        /// <summary>The field in a diff's words, singular for a list's item ("recipient"): "Recipient added: ...".</summary>
        public RegisterLabel? Change { get; set; }
        /// <summary>The change kind (docs/ci.md) of a text or object that changed.</summary>
        public string Changed { get; set; } = RegisterSchema.ActivityChanged;
        /// <summary>The change kind of an item added to a list.</summary>
        public string Added { get; set; } = RegisterSchema.ActivityChanged;
        /// <summary>The change kind of an item removed from a list.</summary>
        public string Removed { get; set; } = RegisterSchema.ActivityChanged;

        public abstract object? GetValue(object owner);
        public abstract void SetValue(object owner, object? value);

        /// <summary>The value as text (<see cref="RegisterValueKind.Text"/>).</summary>
        public string? GetText(object owner) => GetValue(owner) as string;

        /// <summary>The value as a list of texts (<see cref="RegisterValueKind.Texts"/>); empty when unset.</summary>
        public IReadOnlyList<string> GetTexts(object owner) => GetValue(owner) as IReadOnlyList<string> ?? Array.Empty<string>();

        /// <summary>True when <see cref="OpenWhenEmpty"/> applies: the field is mandatory and holds nothing.</summary>
        public bool IsOpen(object owner) =>
            OpenWhenEmpty is not null && (OpenIf is not null ? OpenIf(owner)
                : Kind == RegisterValueKind.Texts ? GetTexts(owner).Count == 0 : Kind == RegisterValueKind.Object ? GetValue(owner) is null : string.IsNullOrWhiteSpace(GetText(owner)));

        /// <summary>The value as a list of objects (<see cref="RegisterValueKind.Objects"/>).</summary>
        public IReadOnlyList<object> GetObjects(object owner)
        {
            var result = new List<object>();
            if (GetValue(owner) is System.Collections.IEnumerable items)
            {
                foreach (var item in items) result.Add(item);
            }
            return result;
        }

        public override string ToString() => Key;
    }

    /// <summary>One field of objects of type <typeparamref name="T"/>.</summary>
    internal sealed class RegisterProperty<T> : RegisterProperty
    {
        private readonly Func<T, object?> _get;
        private readonly Action<T, object?> _set;

        public RegisterProperty(string key, RegisterValueKind kind, Func<T, object?> get, Action<T, object?> set, Func<RegisterShape>? shape)
            : base(key, kind, shape)
        {
            _get = get;
            _set = set;
        }

        public override object? GetValue(object owner) => _get((T)owner);

        public override void SetValue(object owner, object? value) => _set((T)owner, value);
    }
}
