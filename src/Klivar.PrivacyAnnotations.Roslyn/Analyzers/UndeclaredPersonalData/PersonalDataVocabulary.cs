using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>One dictionary phrase: its words, what it means, how sure it is, and what member types may hold it.</summary>
    internal sealed class VocabularyEntry
    {
        public VocabularyEntry(string[] words, DataCategory? category, WordStrength strength, ValueKind kinds, bool wholeNameOnly = false)
        {
            Words = words;
            Category = category;
            Strength = strength;
            Kinds = kinds;
            WholeNameOnly = wholeNameOnly;
        }

        public string[] Words { get; }

        /// <summary>The guessed category; null for a phrase that only shields its words (<c>server address</c>).</summary>
        public DataCategory? Category { get; }

        public WordStrength Strength { get; }

        public ValueKind Kinds { get; }

        /// <summary>Counts only as the member's whole name: a bare <c>Data</c> or <c>Token</c>, never <c>CustomDataKey</c>.</summary>
        public bool WholeNameOnly { get; }

        public string Text => string.Join(" ", Words);
    }

    /// <summary>
    /// The built-in dictionaries of KPA0001 (see docs/rules/KPA0001.md). Built once; every lookup is a hash lookup on a
    /// whole word, never a substring search.
    /// </summary>
    internal static class PersonalDataVocabulary
    {
        private const ValueKind Textual = ValueKind.Text | ValueKind.TextCollection;
        private const ValueKind TextOrNumber = ValueKind.Text | ValueKind.Number;
        private const ValueKind Dates = ValueKind.Date | ValueKind.Text | ValueKind.Number;
        private const ValueKind Secrets = ValueKind.Text | ValueKind.TextCollection | ValueKind.Bytes;
        private const ValueKind Identifiers = ValueKind.Text | ValueKind.Guid | ValueKind.Bytes;
        private const ValueKind Traits = ValueKind.Text | ValueKind.Enum;
        /// <summary>Special-category facts are personal in any shape: <c>bool IsTradeUnionMember</c>, <c>byte[] FingerprintTemplate</c>.</summary>
        private const ValueKind AnyValue = ValueKind.Text | ValueKind.TextCollection | ValueKind.Number | ValueKind.Date |
                                           ValueKind.Bool | ValueKind.Enum | ValueKind.Bytes;

        /// <summary>Every phrase, strong and ambiguous.</summary>
        public static readonly VocabularyEntry[] Entries = Build();

        /// <summary>
        /// Words in a member name that make it about a person (<c>RecipientName</c>, <c>AuthorEmail</c>,
        /// <c>EmployeeNumber</c>); also the words of a person-like type name.
        /// </summary>
        public static readonly HashSet<string> PersonWords = Set(
            "user", "customer", "person", "people", "patient", "employee", "contact", "member", "subscriber", "account",
            "profile", "recipient", "sender", "author", "reviewer", "owner", "holder", "cardholder", "applicant",
            "candidate", "student", "pupil", "guardian", "parent", "driver", "rider", "passenger", "guest", "visitor",
            "buyer", "respondent", "attendee", "participant", "beneficiary", "citizen", "traveler", "traveller",
            "doctor", "physician", "nurse", "practitioner", "staff", "worker", "teacher", "learner", "volunteer",
            "donor", "lead", "prospect", "signatory", "spouse", "child", "resident", "consumer", "shopper",
            "purchaser", "payer", "payee", "borrower", "policyholder", "claimant", "insured", "landlord",
            "debtor", "caller", "speaker", "player", "athlete", "patron", "admin", "administrator", "operator",
            "agent", "approver", "requester", "requestor", "assignee", "reporter", "creator", "moderator", "friend",
            "follower", "mother", "father", "partner", "individual", "human", "victim", "witness", "grantor", "grantee",
            "invitee", "inviter", "seller", "commenter", "replier", "submitter", "uploader", "manager", "supervisor",
            "kin", "nominee", "insuree", "representee", "enquirer", "instructor", "tutor", "lecturer", "mentor", "mentee",
            "trainee", "intern");

        /// <summary>
        /// Person words that, before <c>Id</c>/<c>Key</c>/<c>Guid</c>, make a key that points at a person
        /// (<c>CustomerId</c>, <c>OwnerUserId</c>). Left out: words that as often name a thing (<c>ParentId</c> in a
        /// tree, <c>AccountId</c> of a tenant, <c>PartnerId</c> of a company, <c>SpeakerId</c> of a device).
        /// </summary>
        public static readonly HashSet<string> KeyPersonWords = Except(PersonWords,
            "account", "profile", "contact", "parent", "child", "partner", "speaker", "operator", "human", "individual");

        /// <summary>The last word of a key: <c>CustomerId</c>, <c>UserKey</c>, <c>IdentityGuid</c>, <c>CustomerNumber</c>.</summary>
        public static readonly HashSet<string> KeyWords = Set("id", "key", "guid", "uuid", "identifier", "number", "no", "ref");

        /// <summary>A member named only this holds who it is about (<c>Audit.User</c>, <c>Comment.Author</c>) when it is text or a key.</summary>
        public static readonly HashSet<string> PersonReferenceWords = Set(
            "user", "customer", "owner", "author", "creator", "buyer", "seller", "assignee", "reporter", "requester",
            "requestor", "employee", "patient", "person", "member", "subscriber", "recipient", "sender", "uploader",
            "submitter", "commenter", "reviewer", "approver", "grantor", "grantee", "invitee", "inviter");

        /// <summary>Words before a key that mean "the person's id elsewhere" on a person or login type (<c>ExternalId</c>, <c>ProviderKey</c>, <c>SubjectId</c>).</summary>
        public static readonly HashSet<string> ExternalKeyWords = Set("external", "provider", "subject", "sso", "federated", "upstream");

        /// <summary>Words before <c>Id</c> that, on a person type, still name the person's own id (<c>InternalId</c>).</summary>
        public static readonly HashSet<string> OwnIdWords = Set("internal", "global", "unique", "public");

        /// <summary>Words of a type name that make it a device, a session or a login (<c>MobileDevices</c>, <c>SessionInfoDto</c>, <c>ExternalAuthentication</c>).</summary>
        /// <summary>Words of a type name that make it a passkey (<c>WebAuthnCredential</c>, <c>UserPasskey</c>, <c>Fido2Credential</c>).</summary>
        public static readonly HashSet<string> PasskeyTypeWords = Set("passkey", "webauthn", "authn", "fido", "authenticator");

                public static readonly HashSet<string> DeviceOrSessionTypeWords = Set(
            "device", "installation", "handset", "session", "login", "logon", "signin", "auth", "authentication",
            "authenticator", "token", "grant", "sso", "credential", "otp", "mfa", "passkey", "webauthn");

        /// <summary>Ambiguous contact and location words that also count on a person-linked type (<c>Order.City</c>); not <c>State</c>, often a status.</summary>
        public static readonly HashSet<string> LinkedContextWords = Set(
            "city", "town", "country", "county", "province", "suburb", "district", "region", "location", "whereabouts",
            "place", "long");

        /// <summary>Member-name words that put an ambiguous word in a person's context (<c>ShippingCity</c>, <c>BillingName</c>).</summary>
        public static readonly HashSet<string> PersonContextWords = Set(
            "billing", "shipping", "delivery", "home", "personal", "private", "emergency", "mailing", "postal",
            "residential", "residence", "birth", "maiden", "card");

        /// <summary>Words before an ambiguous word that keep it personal on a person-like type (<c>User.DisplayName</c>).</summary>
        public static readonly HashSet<string> QualifierWords = Set(
            "display", "legal", "preferred", "screen", "real", "known", "current", "primary", "secondary",
            "alternate", "alternative", "other", "work", "full", "public", "profile", "last", "previous", "default",
            "normalized", "encoded");

        /// <summary>
        /// Words that make a name about a setting, a rule or a shape rather than a value (<c>EmailTemplate</c>,
        /// <c>PhoneFormat</c>, <c>PasswordPolicy</c>, <c>MinPasswordLength</c>, <c>SmtpPassword</c>). They do not
        /// shield special-category words: a <c>FingerprintTemplate</c> is biometric data.
        /// </summary>
        public static readonly HashSet<string> ModifierWords = Set(
            "format", "formats", "template", "templates", "policy", "policies", "length", "count", "size", "max",
            "min", "maximum", "minimum", "prefix", "suffix", "regex", "pattern", "masked", "mask", "validation",
            "validator", "placeholder", "label", "whitelist", "allowlist", "blacklist", "blocklist", "allowed",
            "required", "require", "enabled", "domain", "provider", "smtp", "server", "support", "noreply",
            "setting", "settings", "option", "options", "config", "configuration", "column", "header", "sample",
            "example", "dummy", "fake", "visibility", "visible", "generator", "strength", "complexity", "rule",
            "rules", "range", "ranges", "key", "field", "selector", "separator", "culture", "locale", "endpoint",
            "sftp", "ftp", "proxy", "gateway", "database", "connection", "api", "system", "company", "business",
            "corporate", "store", "shop", "vendor", "supplier", "merchant", "organization", "organisation", "org",
            "reply", "from", "error", "status", "success", "warning", "exception", "claim", "type", "html", "markdown",
            "rendered", "formatted");

        /// <summary>
        /// Words that name a person only as often as a thing: not enough for a type name to make the type a person
        /// (<c>ParentEntity</c> is a base class, <c>ChildItem</c> a row), nor before a key (<c>ParentId</c> in a tree).
        /// </summary>
        public static readonly HashSet<string> WeakPersonWords = Set("parent", "child", "partner", "speaker", "operator", "human", "individual");

        /// <summary>Head nouns of types that are something a person wrote: their title and text are that person's words.</summary>
        public static readonly HashSet<string> AuthoredTypeWords = Set(
            "review", "comment", "message", "note", "feedback", "enquiry", "inquiry", "testimonial", "reply", "answer",
            "issue", "ticket", "case", "complaint", "incident", "question", "post", "submission");

        /// <summary>
        /// Of those, the head nouns that are a person's writing by their name alone; the others (a ticket, a question, a
        /// message) as often name a product, a quiz item or a system's notice, so they need their writer on the row.
        /// </summary>
        public static readonly HashSet<string> PersonalWritingTypeWords = Set(
            "review", "comment", "feedback", "enquiry", "inquiry", "testimonial", "reply", "complaint", "submission", "post");

        /// <summary>
        /// Words of a type name that make a row the record of something a person did at a time (a visit, a view, a
        /// sign-in): on such a row linked to the person, its timestamp is an activity fact. Not a booking or an
        /// appointment, whose creation date is bookkeeping.
        /// </summary>
        public static readonly HashSet<string> ActivityTypeWords = Set(
            "visit", "view", "read", "login", "logon", "signin", "sso", "access", "checkin", "play", "watch",
            "download", "click", "pageview", "impression");

        /// <summary>
        /// Head nouns of a record of acts (<c>FileViewLog</c>, <c>ReadHistoryEvent</c>, <c>LoginAttempt</c>): with an
        /// activity word before them, the row records that act.
        /// </summary>
        public static readonly HashSet<string> ActivityRecordWords = Set("log", "history", "event", "attempt", "audit", "trail", "entry", "record");

        /// <summary>Head nouns of a happening at a place: its bare address is the venue's (<c>Event.Address</c>).</summary>
        public static readonly HashSet<string> HappeningTypeWords = Set(
            "event", "meeting", "conference", "concert", "festival", "webinar", "workshop", "seminar", "exhibition",
            "fair", "match", "tournament", "gig", "performance", "screening", "meetup");

        /// <summary>Words of a type name that make it a mail, a message or a notification: its recipients are people.</summary>
        public static readonly HashSet<string> CorrespondenceTypeWords = Set(
            "email", "mail", "message", "notification", "sms", "letter", "envelope", "newsletter");

        /// <summary>
        /// Words of a type name that make it published or system content (a page, an article, a search index entry, a
        /// bot's message): what it says was not written by the person a row links to.
        /// </summary>
        public static readonly HashSet<string> PublishedContentTypeWords = Set(
            "page", "article", "blog", "news", "search", "index", "faq", "topic", "bot", "cms", "widget", "banner",
            "announcement", "campaign", "newsletter", "template", "localized", "translation", "seo", "slide", "menu",
            "chatbot", "assistant", "wiki", "knowledge", "help", "documentation", "snippet", "prompt");

        /// <summary>The last word of an operation's reply (<c>AuthResultDto</c>, <c>CreateMemberResponse</c>, <c>AuthResDto</c>); not a person's reply to a comment.</summary>
        public static readonly HashSet<string> ReplyTypeWords = Set("result", "response", "res", "resp", "outcome");

        /// <summary>
        /// Words of a type name that make it a clinical record: the health vocabulary's own words (an <c>AllergyModel</c>,
        /// a <c>PrescriptionItem</c>) and the services that produce one (a <c>RadiologyOrder</c>, a <c>LabTestResult</c>).
        /// </summary>
        public static readonly HashSet<string> HealthRecordTypeWords = Set(
            "allergy", "allergen", "diagnosis", "medication", "prescription", "vaccination", "immunization", "immunisation",
            "symptom", "illness", "disease", "vital", "vitals", "radiology", "lab", "laboratory", "pathology", "imaging",
            "clinical", "medical", "treatment", "therapy", "surgery", "dialysis", "triage", "prognosis", "health");

        /// <summary>
        /// Head nouns of a learner's record (education records are the learner's data): an enrollment, a lesson's
        /// progress, a submitted assignment, a transcript.
        /// </summary>
        public static readonly HashSet<string> LearningRecordTypeWords = Set("enrollment", "enrolment", "progress", "submission", "transcript");

        /// <summary>Words of an operation before a DTO's suffix (<c>PostCreateDto</c>, <c>ReviewReadModel</c>): the head noun comes before them.</summary>
        public static readonly HashSet<string> OperationTypeWords = Set("create", "update", "edit", "upsert", "patch", "full", "preview", "read", "short", "brief");

        /// <summary>Head nouns of a job offered: its salary is the post's, not a person's pay (an applicant's expected salary is theirs).</summary>
        public static readonly HashSet<string> JobOfferTypeWords = Set("vacancy", "job", "posting", "opening", "opportunity", "advert", "advertisement");

        /// <summary>Participles of record keeping, not of a person's act (<c>DeletedUser</c>, <c>ImportedOrder</c>).</summary>
        public static readonly HashSet<string> RecordKeepingParticiples = Set(
            "created", "updated", "modified", "deleted", "changed", "edited", "added", "removed", "archived", "imported",
            "exported", "synced", "processed", "published", "expired", "scheduled", "generated", "calculated", "cached",
            "seeded", "migrated", "indexed", "queued", "stored", "saved", "nested", "linked", "related", "based",
            "extended", "localized", "derived", "mapped", "grouped", "paged", "sorted", "filtered", "shared", "featured",
            "required", "allowed", "blocked", "banned", "limited", "supported", "preferred", "selected", "embedded", "encrypted");

        /// <summary>Head nouns of a picture: with a person word in the type name (<c>UserImage</c>), a person's picture.</summary>
        public static readonly HashSet<string> PictureTypeWords = Set("image", "photo", "picture", "avatar", "portrait", "selfie", "headshot");

        /// <summary>Words before <c>card</c> in a type or member name that make it a card that is not a payment card.</summary>
        public static readonly HashSet<string> NonPaymentCardWords = Set("gift", "loyalty", "sim", "business", "reward", "scratch", "index", "flash", "sd", "graphics", "video", "sound");

        /// <summary>Words that, anywhere in a type name, mark settings and constants: never data about a person.</summary>
        public static readonly HashSet<string> SettingsTypeWords = Set(
            "options", "option", "settings", "setting", "configuration", "configurations", "config", "configs",
            "constants", "constant", "defaults", "template", "templates", "resources", "strings", "manifest",
            "descriptor", "definition", "schema");

        /// <summary>The last word of a type name that marks behaviour rather than data (<c>UserService</c>, <c>AppDbContext</c>).</summary>
        public static readonly HashSet<string> ServiceTypeLastWords = Set(
            "service", "services", "repository", "handler", "controller", "middleware", "validator", "factory",
            "provider", "builder", "extensions", "extension", "helper", "helpers", "test", "tests", "fixture",
            "context", "hub", "filter", "attribute", "exception", "module", "startup", "program", "manager", "store",
            "generator", "formatter", "parser", "serializer", "converter", "mapper", "resolver", "sender",
            "job", "processor", "seeder", "migration", "specification", "spec");

        /// <summary>
        /// Words of a type name that make it a place, an organisation or a machine: <c>Store.Address</c>,
        /// <c>Company.City</c>, <c>ServerNode.IpAddress</c>, <c>ZipArchiveInfo.Password</c> are not about a person.
        /// A person word in the same type name wins (<c>CompanyContact</c>).
        /// </summary>
        public static readonly HashSet<string> NonPersonTypeWords = Set(
            "company", "companies", "organization", "organisation", "org", "store", "shop", "warehouse", "office",
            "branch", "venue", "facility", "hospital", "clinic", "ward", "restaurant", "hotel", "supplier",
            "vendor", "merchant", "department", "country", "region", "airport", "station", "building", "server",
            "node", "cluster", "machine", "kiosk", "terminal", "display", "printer", "scanner", "archive", "zip", "certificate", "database", "connection", "smtp", "ftp",
            "sftp", "proxy", "gateway", "router", "queue", "broker", "bucket", "oauth", "webhook", "geo", "bank", "brand", "manufacturer", "carrier", "airline", "school",
            "university", "team", "business", "firm", "agency", "institution", "site", "area", "zone", "lookup", "locality",
            "gazetteer", "municipality", "postcode", "city", "town", "village", "district", "province", "county",
            "suburb", "territory", "continent", "prefecture", "canton", "club", "pitch", "stadium", "arena", "gym", "court",
            "parking", "carpark", "garage", "depot", "park", "shelter", "cinema", "theater", "theatre", "museum", "kindergarten");

        /// <summary>
        /// Head nouns of an animal (<c>PetEntity</c>, <c>GetPetResponse</c>, <c>Horse</c>): its name, birth date, gender and
        /// picture are the animal's, its key no person's.
        /// </summary>
        public static readonly HashSet<string> AnimalTypeWords = Set(
            "pet", "animal", "dog", "cat", "puppy", "kitten", "horse", "pony", "foal", "livestock", "cattle", "cow", "calf",
            "sheep", "goat", "pig", "bird", "parrot", "rabbit", "hamster", "ferret", "reptile", "fish", "canine", "feline");

        /// <summary>First words of members only an animal has (<c>Species</c>, <c>Breed</c>, <c>MicrochipNumber</c>, <c>Pedigree</c>).</summary>
        public static readonly HashSet<string> AnimalMemberWords = Set("species", "breed", "microchip", "pedigree");

        /// <summary>Technical suffixes skipped when looking for a type name's head noun (<c>CustomerDto</c> is about a customer).</summary>
        public static readonly HashSet<string> TypeSuffixWords = Set(
            "dto", "model", "models", "entity", "request", "response", "command", "query", "input", "output", "info",
            "data", "details", "detail", "summary", "item", "entry", "vm", "view", "resource", "payload", "form",
            "record", "row", "document", "doc", "snapshot", "result", "args", "base", "impl", "proxy", "staging", "import",
            "imported", "temp", "tmp", "draft", "copy");

        /// <summary>Prefixes dropped from the front of a member name: <c>IsTradeUnionMember</c>, <c>HasEmail</c>.</summary>
        public static readonly HashSet<string> DroppedPrefixes = Set("is", "has", "get", "set");

        /// <summary>Every word any dictionary knows: a plural is folded to its singular only when the singular is known.</summary>
        public static readonly HashSet<string> KnownWords = BuildKnownWords();

        private static VocabularyEntry[] Build()
        {
            var entries = new List<VocabularyEntry>();
            void Add(DataCategory? category, WordStrength strength, ValueKind kinds, params string[] phrases)
            {
                foreach (var phrase in phrases)
                    entries.Add(new VocabularyEntry(phrase.Split(' '), category, strength, kinds));
            }
            void AddWholeName(DataCategory category, WordStrength strength, ValueKind kinds, params string[] phrases)
            {
                foreach (var phrase in phrases)
                    entries.Add(new VocabularyEntry(phrase.Split(' '), category, strength, kinds, wholeNameOnly: true));
            }

            const WordStrength Strong = WordStrength.Strong;
            const WordStrength Ambiguous = WordStrength.Ambiguous;

            // Contact details.
            Add(DataCategory.Contact, Strong, Textual,
                "email", "e mail", "email address", "mail address", "phone", "telephone", "mobile", "cellphone",
                "cell phone", "msisdn", "fax", "landline", "land line", "street", "address", "address line", "postcode", "post code",
                "postal code", "zip code", "zipcode", "house number");
            Add(DataCategory.Contact, Ambiguous, Textual,
                "city", "town", "country", "country code", "region", "state", "province", "county", "zip", "mail",
                "suburb", "district", "municipality");

            // Identity.
            Add(DataCategory.Identification, Strong, ValueKind.Text,
                "first name", "firstname", "last name", "lastname", "given name", "family name", "full name",
                "fullname", "middle name", "middlename", "maiden name", "surname", "sur name", "patronymic", "patronym", "forename", "user name", "username",
                "nationality", "citizenship", "place of birth", "license plate", "licence plate", "number plate",
                "registration plate", "plate number", "chassis number", "vin", "vin number", "vehicle identification number");
            Add(DataCategory.Identification, Strong, Dates,
                "date of birth", "birth date", "birthdate", "birthday", "dob", "birth year", "year of birth", "birth");
            Add(DataCategory.Identification, Ambiguous, ValueKind.Text,
                "name", "nickname", "nick name", "login", "linkedin", "linked in", "initials");
            Add(DataCategory.Identification, Ambiguous, ValueKind.Text | ValueKind.Bytes,
                "avatar", "photo", "picture", "portrait", "selfie", "signature");
            Add(DataCategory.Identification, Ambiguous, Traits | ValueKind.Number,
                "age", "gender", "sex", "marital status", "relationship status", "civil status");
            // How a kin or a guarantor is related to the person named before it (PatientRelationship: Spouse, Mother).
            Add(DataCategory.Identification, WordStrength.AfterPersonWord, Traits, "relationship", "relation");
            Add(DataCategory.Identification, Ambiguous, ValueKind.Text, "alias", "salutation", "known as");
            // Professional life (the CNIL's "vie professionnelle"): what a person does and for whom.
            Add(DataCategory.Professional, Ambiguous, ValueKind.Text, "occupation", "profession", "job title", "employer");
            Add(DataCategory.Identification, Strong, Dates, "date of death", "death date");
            Add(DataCategory.Identification, Strong, ValueKind.Text, "personal code", "personal identifier");
            // The name on a bank account or a direct debit (DirectDebitAccountHolder).
            Add(DataCategory.Identification, Strong, ValueKind.Text, "account holder", "account holder name", "holder name");
            Add(DataCategory.Identification, WordStrength.AfterPersonWord, TextOrNumber | ValueKind.Guid,
                "number", "no", "code", "reference", "ref");
            Add(DataCategory.Location, Ambiguous, ValueKind.Text, "location", "whereabouts");
            Add(DataCategory.Content, Ambiguous, ValueKind.Text, "bio", "biography", "cv", "resume");

            // Connection data.
            Add(DataCategory.Technical, Strong, Identifiers | ValueKind.TextCollection,
                "ip", "ip address", "ipv4", "ipv6", "mac address", "remote address", "device id", "device identifier",
                "advertising id", "advertising identifier", "idfa", "gaid", "imei", "imsi", "user agent", "push token",
                "device token", "fcm token", "apns token", "browser fingerprint", "registration token", "device registration token");

            // Shields: phrases that contain a dictionary word but are not a person's data.
            Add(null, Strong, ValueKind.None,
                "server address", "host address", "base address", "url address", "web address", "endpoint address",
                "proxy address", "gateway address", "network address", "local address", "bind address",
                "listen address", "contract address", "wallet address", "health check", "health checks",
                "health status", "zip file", "zip archive", "state machine", "account state", "phone book",
                "mobile app", "mobile version", "street view", "age rating", "age restriction", "age limit",
                "email subject", "email body", "email text", "mail subject", "mail body",
                "content fingerprint", "file fingerprint", "key fingerprint", "certificate fingerprint",
                "cert fingerprint", "public key fingerprint", "document fingerprint", "hash fingerprint",
                "data fingerprint", "image fingerprint", "ssh fingerprint", "gift card", "gift card number",
                "loyalty card", "loyalty card number", "sim card", "sim card number", "business card",
                "reward card", "reward card number");

            // Financial.
            Add(DataCategory.Financial, Strong, TextOrNumber,
                "iban", "card number", "credit card", "credit card number", "debit card", "pan number", "cvv", "cvc",
                "bank account", "bank account number", "account number", "sort code", "salary", "salaries", "income",
                "wage", "wages", "gross pay", "net pay", "payslip", "credit score", "net worth");

            // National identifiers.
            Add(DataCategory.NationalIdentifier, Strong, TextOrNumber,
                "ssn", "social security", "social security number", "national id", "national identifier",
                "national identity", "national insurance", "national insurance number", "national number",
                "insurance number", "nir", "passport", "passport number", "driving licence", "driving license",
                "driver license", "driver licence", "drivers license", "drivers licence", "tax id", "tax number",
                "tax identification number", "id card", "identity card", "identity number", "personal number",
                "personnummer", "bsn", "nino", "aadhaar", "aadhar", "cpf", "voter id", "voting id", "voter card",
                "voter identity card", "elector id");
            // Countries' own names for the national identity number, in any shape (a list of them is a list of
            // people: a drive's DonorJmbgs): Serbia's and ex-Yugoslavia's JMBG and EMSO, Turkey's TC Kimlik No,
            // Poland's PESEL, Romania's CNP, Bulgaria's EGN, Croatia's OIB, Spain's DNI, NIE and NIF, Mexico's CURP,
            // Argentina's CUIL, Finland's HETU, Greece's AMKA, Singapore's NRIC, Italy's codice fiscale.
            Add(DataCategory.NationalIdentifier, Strong, TextOrNumber | ValueKind.TextCollection,
                "jmbg", "emso", "tc no", "tc kimlik", "tc kimlik no", "tckn", "tc identity", "tc identity number", "pesel",
                "cnp", "egn", "oib", "dni", "nie", "nif", "curp", "cuil", "hetu", "amka", "nric", "codice fiscale",
                "fiscal code");

            // Location.
            Add(DataCategory.Location, Strong, TextOrNumber,
                "latitude", "longitude", "lat", "lng", "lon", "geolocation", "geo location", "gps", "coordinates",
                "geo point", "geopoint", "geo hash", "geohash", "geo coordinates");
            // A place of a person (a check-in's place, a location row's longitude written Long).
            Add(DataCategory.Location, Ambiguous, ValueKind.Text, "place", "place name");
            AddWholeName(DataCategory.Location, Ambiguous, ValueKind.Number, "long");

            // Credentials.
            Add(DataCategory.Credentials, Strong, Secrets,
                "password", "passwd", "passphrase", "pin code", "recovery code", "security answer",
                "security question answer", "mfa secret", "totp secret", "otp secret");

            // Credentials and key material of a person, a device or a session (a server's or an organisation's secrets
            // are not personal data: these words are silent on other types).
            Add(DataCategory.Credentials, WordStrength.PersonContext, Secrets,
                "security stamp", "private key", "encrypted key", "key encrypted", "encrypted private key",
                "encrypted user key", "password key", "api key", "access token", "refresh token", "auth token",
                "authentication token", "bearer token", "id token", "session token", "oauth token", "jwt", "jwt token",
                "shared key", "authenticator key", "authenticator uri", "totp", "two factor secret",
                "salt", "password salt", "otp", "otp code", "one time code", "one time password", "one time token",
                "verification code", "verification token", "two factor code", "mfa code", "sms code", "reset code",
                "reset token", "password reset token", "password reset code", "confirmation token",
                "confirmation code", "activation code", "activation token", "recovery key", "backup code",
                "user handle", "public key", "passkey", "webauthn credential", "attestation object");
            // A passkey's credential id (on a WebAuthnCredential, a Passkey); on other credentials (a verifiable
            // credential) it is as often the credential's own key.
            Add(DataCategory.Credentials, WordStrength.PasskeyOnly, Secrets, "credential id");
            AddWholeName(DataCategory.Credentials, WordStrength.PersonContext, Secrets, "token", "secret");
            AddWholeName(DataCategory.Credentials, WordStrength.PersonTypeOnly, Secrets, "key");

            // Activity facts: when a person last did something.
            Add(DataCategory.Usage, WordStrength.PersonContext, Dates,
                "last login", "last logged in", "last log in", "last logon", "last sign in", "last signed in",
                "last activity", "last active", "last seen", "last used", "last failed login", "last visit",
                "last visited", "last access", "last accessed", "last purchase", "last played", "last online",
                "last viewed", "latest viewed", "latest login", "latest activity", "authenticated at", "login date", "login time",
                "sign in date", "sign in time",
                "date last activity", "date last login", "date last used");

            // Payment card details, under the names payment code gives them.
            AddWholeName(DataCategory.Financial, Strong, TextOrNumber, "pan", "csc", "cvn");
            Add(DataCategory.Financial, Strong, TextOrNumber,
                "card security code", "card verification code", "card verification value", "card verification number",
                "card security number", "card code", "card cvv", "card cvc", "card expiry", "card expiration",
                "card expiry date", "card expiration date", "card exp", "card exp date", "card exp month",
                "card exp year", "card valid thru", "card valid until", "card id", "card token", "card last four",
                "cc number", "cc num", "cc exp", "cc expiry", "cc expiration", "cc cvv", "cc cvc", "security code cvv",
                "primary account number");
            Add(DataCategory.Financial, Ambiguous, TextOrNumber,
                "expiry month", "expiry year", "expiration month", "expiration year", "exp month", "exp year");
            // On a payment card (by its name, or beside a card number), the card's other details under their own names.
            AddWholeName(DataCategory.Financial, WordStrength.PaymentCardOnly, TextOrNumber | ValueKind.Date,
                "expiration", "expiry", "expiration date", "expiry date", "exp", "exp date", "expires", "expires at",
                "valid thru", "valid until", "security code", "security number", "verification code", "last",
                "last digits", "last four", "last four digits", "number", "masked number", "holder");

            // The recipients and sender of a mail, a message or a notification.
            AddWholeName(DataCategory.Contact, WordStrength.CorrespondenceOnly, Textual,
                "to", "cc", "bcc", "from", "recipient", "recipient address", "to address", "from address",
                "sender address", "sender mail", "sender mail address", "reply to", "reply to address", "to email",
                "from email", "cc address", "bcc address", "cc email", "bcc email", "to list", "cc list", "bcc list",
                "recipient list", "send to", "sent to", "mail to");
            // The body of a mail sent to a person carries their data (an order's lines, a reset link).
            AddWholeName(DataCategory.Content, WordStrength.CorrespondenceOnly, ValueKind.Text, "body", "text body", "plain body", "message body");
            AddWholeName(DataCategory.Identification, WordStrength.CorrespondenceOnly, ValueKind.Text, "to name", "from name");

            // Connection data of a session; device identifiers on device and session types.
            Add(DataCategory.Technical, Strong, Identifiers,
                "session id", "session identifier", "remote end point", "remote endpoint", "hardware id",
                "installation id", "installation identifier", "install id", "app install id", "udid");
            Add(DataCategory.Technical, WordStrength.DeviceContext, Identifiers, "client identifier", "machine identifier");
            // A token's own id (a JWT's jti) and the token that replaced it, on a token or session row (a RefreshToken's
            // JwtId, ReplacedByToken). A stored hash of the token is left out: it is a verifier, labelled either way.
            Add(DataCategory.Technical, WordStrength.DeviceContext, Identifiers, "jwt id", "jti");
            AddWholeName(DataCategory.Credentials, WordStrength.DeviceContext, Secrets, "replaced by token");
            AddWholeName(DataCategory.Technical, WordStrength.DeviceContext, Identifiers, "identifier");

            // The time of a person's visit, view, read or sign-in, on a row that records it and links to the person.
            AddWholeName(DataCategory.Usage, WordStrength.ActivityOnly, ValueKind.Date,
                "date", "time", "timestamp", "date time", "when", "at", "on", "created", "created at", "created on",
                "created date", "created time", "date created", "creation date", "occurred", "occurred at",
                "occurred on", "start", "start time", "start date", "started at", "logged at", "logged on",
                "entry time", "exit time", "check in", "check in time", "check out", "check out time", "checked in at",
                "checked out at", "clock in", "clock in time", "clock out", "clock out time", "time in", "time out",
                "arrival time", "departure time", "read date", "read at", "read time", "view date", "viewed at",
                "visit date", "visit time", "visited at", "played at", "watched at", "accessed at", "downloaded at", "clicked at",
                "date visited", "date viewed", "date read", "date accessed", "date played", "date watched", "date downloaded");

            // What a person writes, on a person or a person-linked type.
            Add(DataCategory.Content, WordStrength.PersonContent, ValueKind.Text,
                "comment", "comment text", "note", "review", "review text", "message", "body", "raw body", "enquiry",
                "inquiry", "feedback", "feed back", "suggestion", "remark", "additional info", "additional information", "free text",
                "tagline");
            // On a person, what they say of themselves (a dating profile's SummaryOfSelf, a candidate's AboutMe).
            Add(DataCategory.Content, WordStrength.PersonTypeOnly, ValueKind.Text, "summary", "about me", "about you", "self description");
            // The title and text of what a person wrote, on a type that is such a writing (a review, a comment).
            AddWholeName(DataCategory.Content, WordStrength.AuthoredContent, ValueKind.Text, "title", "text", "content", "description", "details",
                "tagline", "headline");
            // On a person, a title is part of how the person is named (Mr, Dr, His Honour) or their job title.
            AddWholeName(DataCategory.Identification, WordStrength.PersonTypeOnly, ValueKind.Text, "title");
            AddWholeName(DataCategory.Content, WordStrength.PersonContent, ValueKind.Text | ValueKind.Bytes, "data");
            // A bare Reason or Justification on a row about a person (a leave request, an appointment) is what the
            // person gave; a DeniedReason or a FailureReason is somebody else's or the system's.
            AddWholeName(DataCategory.Content, WordStrength.PersonContent, ValueKind.Text, "reason", "justification", "motivation");
            // On a person, their picture (an Employee's ProfileImage); on a product or an event an image is the thing's.
            Add(DataCategory.Identification, WordStrength.PersonTypeOnly, ValueKind.Text | ValueKind.Bytes, "image", "profile image", "thumbnail", "thumb");

            // On a clinical record linked to a patient, what the record found and says.
            Add(DataCategory.Health, WordStrength.HealthRecordOnly, ValueKind.Text | ValueKind.TextCollection | ValueKind.Enum,
                "finding", "reaction", "severity", "result", "report", "interpretation", "outcome", "conclusion", "impression",
                "observation", "reading", "image", "doctor note");
            // Its measurements (a lab result's Value, a patient's vitals).
            AddWholeName(DataCategory.Health, WordStrength.HealthRecordOnly, ValueKind.Text | ValueKind.Number, "value", "result value", "numeric value");
            Add(DataCategory.Health, WordStrength.HealthRecordOnly, ValueKind.Text | ValueKind.Number,
                "weight", "height", "temperature", "pulse", "systolic", "diastolic", "respiratory rate", "oxygen saturation", "glucose");
            // On a person, their body's measurements (a player's Height and Weight).
            AddWholeName(DataCategory.Health, WordStrength.PersonTypeOnly, ValueKind.Number, "height", "weight", "body weight", "height cm", "weight kg");
            // On an identity document, its number and the name written in it.
            AddWholeName(DataCategory.NationalIdentifier, WordStrength.IdentityDocumentOnly, TextOrNumber,
                "number", "document number", "doc number", "serial number", "document no", "card number", "id number");
            Add(DataCategory.Identification, WordStrength.IdentityDocumentOnly, ValueKind.Text, "name in document", "name on document", "name on card");
            // When the document was issued and until when it is valid (a passport's, on a traveller's row).
            AddWholeName(DataCategory.NationalIdentifier, WordStrength.IdentityDocumentOnly, ValueKind.Date,
                "issue date", "date of issue", "issued on", "issued at", "issued date", "issuing date", "expiry date", "expiration date",
                "date of expiry", "expiry", "expiration", "expires on", "valid until", "valid to", "valid thru");
            // A scan or a photo of the document is the document.
            Add(DataCategory.NationalIdentifier, WordStrength.IdentityDocumentOnly, ValueKind.Text | ValueKind.Bytes, "scan");
            AddWholeName(DataCategory.NationalIdentifier, WordStrength.IdentityDocumentOnly, ValueKind.Text | ValueKind.Bytes,
                "file", "file name", "file path", "image", "photo", "path", "url", "blob path");
            // On a person's picture, the picture itself under a file's names.
            AddWholeName(DataCategory.Identification, WordStrength.PersonPictureOnly, ValueKind.Text | ValueKind.Bytes,
                "file name", "file", "file path", "path", "url", "uri", "blob", "blob name", "data", "content", "bytes", "storage key", "key");
            // When a person read or opened a message (its sending time is the message's own).
            AddWholeName(DataCategory.Usage, WordStrength.CorrespondenceActivity, ValueKind.Date,
                "date read", "read at", "read on", "read date", "opened at", "date opened");
            // The number of an insurance policy (on the policy, its claims and payments): like an account number, it
            // points at the insured wherever it is kept; its format or prefix is a setting.
            Add(DataCategory.Financial, Strong, ValueKind.Text | ValueKind.Number,
                "policy number", "policy no", "insurance policy number", "policy reference");
            // A person's professional or registration numbers, on the person.
            Add(DataCategory.Identification, WordStrength.PersonTypeOnly, TextOrNumber,
                "license number", "licence number", "license no", "licence no", "registration number", "registration no",
                "certification number", "certification no", "certificate number", "certificate no", "membership number",
                "enrollment number", "enrolment number");
            // Education and skills (the CNIL's "vie professionnelle"), on a person.
            Add(DataCategory.Professional, WordStrength.PersonTypeOnly, ValueKind.Text | ValueKind.Enum | ValueKind.Number,
                "education", "education level", "qualification", "academic qualification", "proficiency", "degree",
                "expertise", "area of expertise");
            // On a learner's record, the learner's results and progress (a submission's Score, an enrollment's
            // CompletionPercentage and CompletedDate, a lesson's TimeSpentSeconds).
            Add(DataCategory.Professional, WordStrength.LearningRecordOnly, ValueKind.Number | ValueKind.Date | ValueKind.Text,
                "score", "completed date", "completion date", "completed at", "completed on",
                "date completed", "completion percentage", "progress percentage", "percent complete", "percentage complete",
                "time spent", "completed lessons", "completed assignments", "completed courses", "in progress courses");
            // A person's presence, checked in and out.
            Add(DataCategory.Usage, WordStrength.PersonContext, ValueKind.Date, "checked in at", "checked out at", "clocked in at", "clocked out at");

            // Art. 9 and Art. 10.
            Add(DataCategory.Health, Strong, AnyValue,
                "health", "diagnosis", "diagnoses", "blood type", "blood group", "medical", "allergy",
                "medication", "dosage", "disability", "symptom", "illness", "disease", "prescription",
                "smoker", "pregnant", "pregnancy", "vaccination", "vaccine", "sick note", "mental health",
                "bmi", "heart rate", "blood pressure", "cause of death", "allergen", "dialysis", "vital signs", "vitals",
                "immunization", "immunisation");
            Add(DataCategory.Genetic, Strong, AnyValue, "genetic", "genome", "dna", "genotype");
            Add(DataCategory.Biometric, Strong, AnyValue,
                "biometric", "biometrics", "face template", "face encoding", "face embedding",
                "face id", "iris scan", "retina scan", "voiceprint", "voice print", "palm print");
            // A fingerprint kept as bytes is a template; in text or a number it is as often a hash (of a file, a key,
            // some content, even on a row that names its uploader): a person's only on a person or after a person word.
            Add(DataCategory.Biometric, Strong, ValueKind.Bytes, "fingerprint");
            Add(DataCategory.Biometric, Ambiguous, AnyValue, "fingerprint");
            Add(DataCategory.RacialOrEthnicOrigin, Strong, AnyValue, "ethnicity", "ethnic origin", "ethnic", "racial origin");
            Add(DataCategory.RacialOrEthnicOrigin, Ambiguous, AnyValue, "race");
            Add(DataCategory.PoliticalOpinions, Strong, AnyValue, "political opinion", "political opinions", "political", "political party");
            Add(DataCategory.ReligiousOrPhilosophicalBeliefs, Strong, AnyValue, "religion", "religious", "faith", "philosophical beliefs");
            Add(DataCategory.TradeUnionMembership, Strong, AnyValue, "trade union", "union membership", "union member");
            Add(DataCategory.SexLifeOrOrientation, Strong, AnyValue, "sexual orientation", "sexuality", "sex life");
            Add(DataCategory.Criminal, Strong, AnyValue, "criminal record", "criminal", "conviction", "convictions", "offence", "offense", "offences", "offenses");

            return entries.ToArray();
        }

        private static HashSet<string> BuildKnownWords()
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Entries) words.UnionWith(entry.Words);
            foreach (var set in new[] { PersonWords, PersonContextWords, QualifierWords, ModifierWords, SettingsTypeWords, ServiceTypeLastWords, NonPersonTypeWords, TypeSuffixWords, DroppedPrefixes, KeyWords, PersonReferenceWords, ExternalKeyWords, OwnIdWords, DeviceOrSessionTypeWords, LinkedContextWords, AuthoredTypeWords, CorrespondenceTypeWords, PublishedContentTypeWords, ReplyTypeWords, NonPaymentCardWords, ActivityTypeWords, ActivityRecordWords, PasskeyTypeWords, HappeningTypeWords, HealthRecordTypeWords, PictureTypeWords, LearningRecordTypeWords, JobOfferTypeWords, OperationTypeWords, AnimalTypeWords, AnimalMemberWords })
                words.UnionWith(set);
            return words;
        }

        private static HashSet<string> Set(params string[] words) => new HashSet<string>(words, StringComparer.Ordinal);

        private static HashSet<string> Except(HashSet<string> words, params string[] left)
        {
            var set = new HashSet<string>(words, StringComparer.Ordinal);
            set.ExceptWith(left);
            return set;
        }
    }
}
