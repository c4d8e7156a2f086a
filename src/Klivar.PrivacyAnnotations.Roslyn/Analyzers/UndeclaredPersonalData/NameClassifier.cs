using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// Decides from names alone whether a member looks like personal data: the pure heart of KPA0001, free of Roslyn so
    /// it can be unit-tested word by word. <see cref="Default"/> holds the built-in dictionaries; <see cref="Create"/>
    /// adds a repository's <c>.editorconfig</c> words. Instances are immutable and safe to share between threads.
    /// </summary>
    internal sealed class NameClassifier
    {
        /// <summary>The built-in dictionaries with no repository settings.</summary>
        public static readonly NameClassifier Default = new NameClassifier(Array.Empty<VocabularyEntry>(), Array.Empty<string[]>(), Array.Empty<string>());

        private readonly Dictionary<string, VocabularyEntry[]> _entriesByFirstWord;
        private readonly string[][] _excludedPhrases;
        private readonly HashSet<string> _personWords;
        private readonly HashSet<string> _knownWords;
        private readonly HashSet<string> _extraPersonWords;
        private readonly HashSet<string> _bareReferenceNames;

        private NameClassifier(IReadOnlyList<VocabularyEntry> extraEntries, string[][] excludedPhrases, IReadOnlyList<string> extraPersonWords)
        {
            // Repository words come first so they can re-map a built-in phrase; longer phrases first so "ip address"
            // wins over "address".
            _entriesByFirstWord = extraEntries.Concat(PersonalDataVocabulary.Entries)
                .Select((entry, order) => (entry, order))
                .GroupBy(x => x.entry.Words[0], StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => g.OrderByDescending(x => x.entry.Words.Length).ThenBy(x => x.order).Select(x => x.entry).ToArray(),
                    StringComparer.Ordinal);
            _excludedPhrases = excludedPhrases;
            _personWords = new HashSet<string>(PersonalDataVocabulary.PersonWords, StringComparer.Ordinal);
            _personWords.UnionWith(extraPersonWords);
            _extraPersonWords = new HashSet<string>(extraPersonWords, StringComparer.Ordinal);
            _bareReferenceNames = new HashSet<string>(PersonalDataVocabulary.PersonReferenceWords, StringComparer.OrdinalIgnoreCase);
            _bareReferenceNames.UnionWith(extraPersonWords);
            _knownWords = new HashSet<string>(PersonalDataVocabulary.KnownWords, StringComparer.Ordinal);
            foreach (var entry in extraEntries) _knownWords.UnionWith(entry.Words);
            foreach (var phrase in excludedPhrases) _knownWords.UnionWith(phrase);
            _knownWords.UnionWith(extraPersonWords);
        }

        /// <summary>
        /// Builds a classifier from the <c>.editorconfig</c> values (each may be null). Entries are separated by commas;
        /// words may be written in any case style (<c>LicencePlate</c>, <c>licence plate</c>, <c>licence_plate</c>).
        /// </summary>
        /// <param name="extraTokens">Extra strong phrases, each optionally followed by <c>:DataCategory</c> (default Identification; an unknown category also falls back to Identification).</param>
        /// <param name="excludedTokens">Phrases that, anywhere in a member name, mean the member is never reported.</param>
        /// <param name="personTypes">Extra words that make a type name person-like, and a member-name word about a person.</param>
        public static NameClassifier Create(string? extraTokens, string? excludedTokens, string? personTypes)
        {
            if (string.IsNullOrWhiteSpace(extraTokens) && string.IsNullOrWhiteSpace(excludedTokens) && string.IsNullOrWhiteSpace(personTypes))
                return Default;

            var extra = new List<VocabularyEntry>();
            foreach (var item in SplitList(extraTokens))
            {
                var colon = item.LastIndexOf(':');
                var phrase = colon >= 0 ? item.Substring(0, colon) : item;
                var category = DataCategory.Identification;
                if (colon >= 0 && Enum.TryParse<DataCategory>(item.Substring(colon + 1).Trim(), ignoreCase: true, out var parsed) && DataCategoryFacts.IsDefined(parsed))
                    category = parsed;
                var words = PhraseWords(phrase);
                if (words.Length == 0) continue;
                var kinds = DataCategoryFacts.IsSpecial(category)
                    ? ValueKind.Text | ValueKind.TextCollection | ValueKind.Number | ValueKind.Date | ValueKind.Bool | ValueKind.Enum | ValueKind.Bytes
                    : ValueKind.Text | ValueKind.TextCollection | ValueKind.Number | ValueKind.Date | ValueKind.Enum | ValueKind.Bytes | ValueKind.Guid;
                extra.Add(new VocabularyEntry(words, category, WordStrength.Strong, kinds));
            }

            var excluded = SplitList(excludedTokens).Select(PhraseWords).Where(w => w.Length > 0).ToArray();
            var persons = SplitList(personTypes).SelectMany(PhraseWords).ToArray();
            return new NameClassifier(extra, excluded, persons);
        }

        /// <summary>
        /// How a type's name frames its members. <paramref name="baseTypeNames"/> (the base classes' names) can make a
        /// type person-like (<c>AppUser : IdentityUser</c>) but never exclude it. What the type holds (keys, navigations)
        /// is added by the analyzer's person-link model.
        /// </summary>
        public TypeContext ClassifyType(string typeName, IEnumerable<string>? baseTypeNames = null) => ClassifyType(typeName, baseTypeNames, serviceNamedData: false);

        /// <param name="typeName">The type's name.</param>
        /// <param name="baseTypeNames">The base classes' names.</param>
        /// <param name="serviceNamedData">
        /// The type is plain data though its name ends like a behaviour type (a join row <c>UserExternalAuthProvider</c>):
        /// judged by the words before that last one, and never a person itself.
        /// </param>
        public TypeContext ClassifyType(string typeName, IEnumerable<string>? baseTypeNames, bool serviceNamedData)
        {
            var words = Normalize(typeName, dropPrefix: false);
            if (serviceNamedData && words.Count > 1)
            {
                words.RemoveAt(words.Count - 1);
                baseTypeNames = null;
            }
            if (words.Count == 0) return TypeContext.Neutral;
            if (!serviceNamedData && PersonalDataVocabulary.ServiceTypeLastWords.Contains(words[words.Count - 1])) return TypeContext.NotDataHolder;

            var person = false;
            var nonPerson = false;
            var settings = false;
            var address = false;
            var deviceOrSession = TypeContext.Neutral;
            var mail = false;
            foreach (var word in words) mail |= PersonalDataVocabulary.CorrespondenceTypeWords.Contains(word);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i];
                settings |= PersonalDataVocabulary.SettingsTypeWords.Contains(word);
                person |= _personWords.Contains(word) && !IsProfileOfNonPerson(words, i);
                // An EmailQueue or a MailQueue holds mails waiting to be sent, not a broker's settings.
                nonPerson |= PersonalDataVocabulary.NonPersonTypeWords.Contains(word) && !(mail && word == "queue");
                if (PersonalDataVocabulary.HealthRecordTypeWords.Contains(word)) deviceOrSession |= TypeContext.HealthRecord;
                if (IsIdentityDocumentWord(words, i)) deviceOrSession |= TypeContext.IdentityDocument | TypeContext.PersonLike;
                address |= word == "address";
                if (PersonalDataVocabulary.DeviceOrSessionTypeWords.Contains(word)) deviceOrSession |= TypeContext.DeviceOrSession;
                if (PersonalDataVocabulary.CorrespondenceTypeWords.Contains(word)) deviceOrSession |= TypeContext.Correspondence;
                if (PersonalDataVocabulary.PublishedContentTypeWords.Contains(word)) deviceOrSession |= TypeContext.PublishedContent;
                if (IsPaymentCardWord(words, i)) deviceOrSession |= TypeContext.PaymentCard;
                if (PersonalDataVocabulary.PasskeyTypeWords.Contains(word)) deviceOrSession |= TypeContext.Passkey;
                if (PersonalDataVocabulary.LearningRecordTypeWords.Contains(word)) deviceOrSession |= TypeContext.LearningRecord;
            }

            if (IsReplyName(words)) deviceOrSession |= TypeContext.Reply;
            var head = HeadNoun(words);
            // A VacancyFullDto is a vacancy: its head noun may hide behind a shape word.
            if (PersonalDataVocabulary.JobOfferTypeWords.Contains(head) || words.Contains("vacancy")) deviceOrSession |= TypeContext.JobOffer;
            // A Place (a town in a lookup, with its residents) is where people are, not whose.
            if (head == "place") nonPerson = true;

            // The record of a person's act (a TeamAttendanceSummary, a StoreVisitLog) is about the person, not the
            // organisation or the place its name also says.
            if (IsActivityRecord(words))
            {
                deviceOrSession |= TypeContext.Activity;
                nonPerson = false;
            }
            else if (PersonalDataVocabulary.HappeningTypeWords.Contains(head)) deviceOrSession |= TypeContext.Venue;

            // Settings, organisation, place and machine names silence ambiguous words and credentials only: a strong
            // word (an e-mail, a device id) is still reported on a DeviceOptions or a TenantInvitation.
            if (settings) return TypeContext.Suppressed | TypeContext.Settings | deviceOrSession;
            // A Pet or a RegisterPetRequest: an animal, whose name, birth date and gender are nobody's.
            if (PersonalDataVocabulary.AnimalTypeWords.Contains(head)) return TypeContext.Animal;
            // A BlogPost or a NewsPost is published content; a forum's Post is its writer's.
            if (PersonalDataVocabulary.AuthoredTypeWords.Contains(head) && !(head == "post" && ((deviceOrSession & TypeContext.PublishedContent) != 0 || words.Contains("job"))))
            {
                // A VendorReview is written by a person about a vendor: the organisation word does not silence it; a
                // BlogComment is a reader's, not the blog's. A bot's or the system's message is nobody's writing.
                deviceOrSession |= TypeContext.Authored;
                if (PersonalDataVocabulary.PersonalWritingTypeWords.Contains(HeadNoun(words))) deviceOrSession |= TypeContext.WriterOnRow;
                nonPerson = false;
                if (!(words.Contains("bot") || words.Contains("chatbot") || words.Contains("assistant") || words.Contains("system") || words.Contains("automated")))
                    deviceOrSession &= ~TypeContext.PublishedContent;
            }

            // A UserImage or a PatientPhoto is a person's picture.
            if (PersonalDataVocabulary.PictureTypeWords.Contains(HeadNoun(words)))
            {
                foreach (var word in words)
                {
                    if (_personWords.Contains(word) && !PersonalDataVocabulary.WeakPersonWords.Contains(word)) deviceOrSession |= TypeContext.PersonPicture;
                }
            }

            // An address value object (Address, PostalAddress) is a person's address unless its name says whose it is
            // not (WarehouseAddress): its City and Country count like its Street does.
            if (address && !nonPerson) return TypeContext.PersonLike | deviceOrSession;

            // The head noun decides: an AppUserBookmark or a UserRole is about a thing a person has, not the person.
            person = person && !serviceNamedData && IsPersonTypeName(typeName);

            if (!person && baseTypeNames is not null)
            {
                // A base type counts by its head noun: AppUser : IdentityUser, not Vendor : ParentEntity.
                foreach (var baseName in baseTypeNames)
                    person |= IsPersonTypeName(baseName);
            }
            if (person) return TypeContext.PersonLike | deviceOrSession;
            return (nonPerson ? TypeContext.Suppressed : TypeContext.Neutral) | deviceOrSession;
        }

        /// <summary>
        /// The record of an act, by its head noun: the act itself (<c>PageVisit</c>, <c>CheckIn</c>, an employee's
        /// <c>Attendance</c>), or a log of it
        /// (<c>FileViewLog</c>, <c>SsoLogEntity</c>, <c>ReadHistoryEvent</c>); not a <c>UserViewModel</c> nor an
        /// <c>EmergencyAccess</c> grant.
        /// </summary>
        private static bool IsActivityRecord(List<string> words)
        {
            var head = HeadNoun(words);
            if (head is "visit" or "pageview" or "checkin" or "click" or "impression" or "attendance") return true;
            if (!PersonalDataVocabulary.ActivityRecordWords.Contains(head) && !PersonalDataVocabulary.ActivityRecordWords.Contains(words[words.Count - 1])) return false;
            foreach (var word in words)
            {
                if (PersonalDataVocabulary.ActivityTypeWords.Contains(word)) return true;
            }
            return false;
        }

        /// <summary>
        /// An operation's reply by its name's last word before <c>Dto</c> or <c>Model</c> (<c>AuthResultDto</c>,
        /// <c>CreateMemberResponse</c>, <c>UserResDto</c>): what it says is the system's answer, whoever it is about.
        /// </summary>
        private static bool IsReplyName(List<string> words)
        {
            var end = words.Count - 1;
            while (end > 0 && words[end] is "dto" or "model" or "vm" or "view") end--;
            return PersonalDataVocabulary.ReplyTypeWords.Contains(words[end]);
        }

        /// <summary>
        /// The past participle a type's name starts with, naming a person's act (<c>AnsweredQuestion</c>,
        /// <c>IgnoredUser</c>); not a record-keeping state (<c>DeletedUser</c>, <c>ArchivedOrder</c>).
        /// </summary>
        public string? ActOf(string typeName)
        {
            // Most type names do not start with a participle: looked at without splitting the name.
            var end = 1;
            while (end < typeName.Length && !char.IsUpper(typeName[end])) end++;
            if (end < 5 || end == typeName.Length || typeName[end - 2] != 'e' || typeName[end - 1] != 'd') return null;
            var words = Normalize(typeName, dropPrefix: false);
            if (words.Count < 2 || !IsParticiple(words[0]) || PersonalDataVocabulary.RecordKeepingParticiples.Contains(words[0])) return null;
            return words[0];
        }

        /// <summary>An identity document in a type name: <c>IdentityDocument</c>, <c>IdCard</c>, <c>Passport</c>; not a <c>CardIdentity</c>.</summary>
        private static bool IsIdentityDocumentWord(List<string> words, int index)
        {
            var word = words[index];
            if (word is "passport") return true;
            return index + 1 < words.Count && word is "identity" or "id" or "identification" && words[index + 1] is "document" or "card" or "doc";
        }

        /// <summary>A payment card in a type name: <c>CreditCard</c>, <c>CardInfo</c>, <c>PaymentMethod</c>; not a <c>GiftCard</c>.</summary>
        private static bool IsPaymentCardWord(List<string> words, int index)
        {
            var previous = index > 0 ? words[index - 1] : null;
            if (words[index] == "card") return previous is null || !PersonalDataVocabulary.NonPaymentCardWords.Contains(previous);
            return previous == "payment" && words[index] is "method" or "instrument" or "source" or "info" or "detail" or "profile";
        }

        /// <summary>True when a type's name ends like a behaviour type (<c>UserService</c>, <c>ExternalAuthProvider</c>).</summary>
        public bool IsServiceTypeName(string typeName)
        {
            var words = Normalize(typeName, dropPrefix: false);
            return words.Count > 0 && PersonalDataVocabulary.ServiceTypeLastWords.Contains(words[words.Count - 1]);
        }

        /// <summary>
        /// Who kept the record (<c>CreatedBy</c>, <c>ApprovedByUserId</c>, <c>ModifiedUser</c>, <c>Creator</c>,
        /// <c>Canceller</c>): the row's bookkeeping actor, not the person the row is about.
        /// </summary>
        public bool IsActorName(string memberName)
        {
            // Most member names are not an actor's: looked at without splitting the name.
            if (memberName.IndexOf("By", StringComparison.Ordinal) < 0 && !memberName.EndsWith("er", StringComparison.Ordinal) &&
                !memberName.EndsWith("User", StringComparison.Ordinal) && !memberName.EndsWith("UserId", StringComparison.Ordinal))
                return false;
            var words = Normalize(memberName, dropPrefix: false);
            if (words.Count == 1) return words[0] is "creator" or "approver" or "canceller" or "canceler" or "modifier" or "updater" or "deleter" or "verifier";
            var by = words.IndexOf("by");
            if (by > 0) return IsParticiple(words[by - 1]) && (by == words.Count - 1 || words[by + 1] is "user" or "id" or "key" or "guid" || (by + 2 < words.Count && words[by + 1] == "user" && words[by + 2] is "id" or "guid"));
            var first = words[0];
            return words.Count <= 3 && IsParticiple(first) && PersonalDataVocabulary.RecordKeepingParticiples.Contains(first) && words[1] == "user";
        }

        /// <summary>A member named only as a person (<c>Buyer</c>, <c>Owner</c>, <c>PrimaryContact</c>): its type is a person.</summary>
        public bool IsPersonReferenceName(string memberName)
        {
            var words = Normalize(memberName, dropPrefix: false);
            if (words.Count == 0 || words.Count > 2) return false;
            var last = words[words.Count - 1];
            if (!(PersonalDataVocabulary.PersonReferenceWords.Contains(last) || _extraPersonWords.Contains(last))) return false;
            return words.Count == 1 || PersonalDataVocabulary.QualifierWords.Contains(words[0]) || IsParticiple(words[0]);
        }

        /// <summary>
        /// True when a member-name prefix before an e-mail, a phone or a name (<c>GuarantorPhoneNumber</c>,
        /// <c>JudgeEmail</c>) can only be a person's role: not already a person word, nor an organisation, a setting, a
        /// qualifier or an address kind (<c>CompanyEmail</c>, <c>SupportEmail</c>, <c>WorkPhone</c>, <c>BillingEmail</c>).
        /// </summary>
        public bool NamesPersonRole(string prefix)
        {
            var words = Normalize(prefix, dropPrefix: false);
            if (words.Count == 0 || words.Count > 3) return false;
            foreach (var word in words)
            {
                if (_personWords.Contains(word) || PersonalDataVocabulary.NonPersonTypeWords.Contains(word) || PersonalDataVocabulary.ModifierWords.Contains(word) ||
                    PersonalDataVocabulary.QualifierWords.Contains(word) || PersonalDataVocabulary.PersonContextWords.Contains(word) ||
                    PersonalDataVocabulary.DroppedPrefixes.Contains(word) || PersonalDataVocabulary.SettingsTypeWords.Contains(word) ||
                    _entriesByFirstWord.ContainsKey(word))
                    return false;
            }
            return true;
        }

        /// <summary>
        /// True when a type's name says it is an organisation, a place or a machine and names no person
        /// (<c>Vendor</c>, <c>HospitalBranch</c>): its e-mail and phone are not enough to make it a person.
        /// </summary>
        public bool IsNonPersonTypeName(string typeName)
        {
            var nonPerson = false;
            var words = Normalize(typeName, dropPrefix: false);
            for (var i = 0; i < words.Count; i++)
            {
                if (_personWords.Contains(words[i]) && !IsProfileOfNonPerson(words, i)) return false;
                nonPerson |= PersonalDataVocabulary.NonPersonTypeWords.Contains(words[i]);
            }
            return nonPerson;
        }

        /// <summary>
        /// A business's or a place's profile (<c>GarageProfile</c>, <c>CompanyProfile</c>): the profile word right
        /// after an organisation or place word is that thing's, not a person's.
        /// </summary>
        private static bool IsProfileOfNonPerson(List<string> words, int index) =>
            index > 0 && words[index] == "profile" && PersonalDataVocabulary.NonPersonTypeWords.Contains(words[index - 1]);

        /// <summary>
        /// True when a type's name says it is a person: its head noun, after technical suffixes, is a person word
        /// (<c>AppUser</c>, <c>CustomerDto</c>, <c>OrganizationUser</c>), not a thing about one (<c>AppUserBookmark</c>).
        /// </summary>
        public bool IsPersonTypeName(string typeName)
        {
            var words = Normalize(typeName, dropPrefix: false);
            if (words.Count == 0) return false;
            var head = HeadNoun(words);
            if (!_personWords.Contains(head) || PersonalDataVocabulary.WeakPersonWords.Contains(head)) return false;
            if (IsProfileOfNonPerson(words, words.LastIndexOf(head))) return false;
            // An account is a person's only when nothing or a person word comes before it: a UserAccount, not a
            // BankAccount or an EmailAccount.
            if (head == "account")
            {
                var at = words.LastIndexOf(head);
                return at == 0 || _personWords.Contains(words[at - 1]);
            }
            return true;
        }

        /// <summary>
        /// True when a type's name says it is an animal: its head noun, after technical suffixes and operation words, is an
        /// animal word (<c>PetEntity</c>, <c>RegisterPetRequest</c>, <c>Horse</c>), not a thing about one (<c>PetAdoption</c>).
        /// </summary>
        public bool IsAnimalTypeName(string typeName)
        {
            var words = Normalize(typeName, dropPrefix: false);
            return words.Count > 0 && PersonalDataVocabulary.AnimalTypeWords.Contains(HeadNoun(words));
        }

        /// <summary>The head noun of a type name (<c>UserViewModel</c>: <c>user</c>).</summary>
        public string HeadNounOf(string typeName)
        {
            var words = Normalize(typeName, dropPrefix: false);
            return words.Count == 0 ? "" : HeadNoun(words);
        }

        /// <summary>
        /// The person word an interface scopes its implementers by (<c>ICustomerEntity</c>, <c>ICustomerOwned</c>:
        /// <c>customer</c>), or null.
        /// </summary>
        public string? ScopeOf(string interfaceName)
        {
            if (interfaceName.Length < 3 || interfaceName[0] != 'I' || !char.IsUpper(interfaceName[1])) return null;
            var words = Normalize(interfaceName.Substring(1), dropPrefix: false);
            if (words.Count != 2 || !_personWords.Contains(words[0])) return null;
            return PersonalDataVocabulary.TypeSuffixWords.Contains(words[1]) || words[1] is "owned" or "scoped" or "bound" ? words[0] : null;
        }

        /// <summary>The last word of a type name before technical suffixes (<c>UserViewModel</c>: <c>user</c>).</summary>
        private static string HeadNoun(List<string> words)
        {
            for (var i = words.Count - 1; i > 0; i--)
            {
                if (PersonalDataVocabulary.TypeSuffixWords.Contains(words[i]) || PersonalDataVocabulary.SettingsTypeWords.Contains(words[i])) continue;
                // A ReviewListItemDto is one review of a list.
                if (words[i] == "list" && i + 1 < words.Count && words[i + 1] is "item" or "entry" or "row") continue;
                // A PostCreateDto, a UserUpdateRequest or a CourseReviewReadModel is a post, a user, a review.
                if (i + 1 < words.Count && PersonalDataVocabulary.OperationTypeWords.Contains(words[i]) && PersonalDataVocabulary.TypeSuffixWords.Contains(words[i + 1])) continue;
                return words[i];
            }
            return words[0];
        }

        /// <summary>
        /// A key or a reference that points at a person (KPA0012), or null: a person word before
        /// <c>Id</c>/<c>Key</c>/<c>Guid</c>/<c>Number</c> (<c>CustomerId</c>, <c>UserReportedId</c>), an
        /// <c>IdentityGuid</c>, an actor (<c>CreatedBy</c>), a bare person word (<c>Audit.User</c>); on a person or login
        /// type also its own or external id (<c>Id</c>, <c>ExternalId</c>, <c>ProviderKey</c>, <c>SubjectId</c>).
        /// </summary>
        public string? ClassifyKey(string memberName, ValueKind kind, bool onPersonType, bool onLoginType)
        {
            if ((kind & (ValueKind.Text | ValueKind.Guid | ValueKind.Number)) == 0) return null;
            var words = Normalize(memberName, dropPrefix: false);
            var n = words.Count;
            if (n == 0) return null;
            foreach (var phrase in _excludedPhrases)
            {
                if (IndexOf(words, phrase) >= 0) return null;
            }
            var last = words[n - 1];
            // AuditCreateUser, ModifiedUser kept as text or a key: who made the change, like CreatedBy.
            if (n > 1 && last == "user" && words[n - 2] is "create" or "created" or "update" or "updated" or "modify" or "modified" or "delete" or "deleted" or "insert" or "inserted" or "change" or "changed" or "edit" or "edited")
                return words[n - 2] + " user";
            // A hash of a person's key (UserIdHash) still points at the person: pseudonymous, not anonymous.
            if (n > 1 && last is "hash" or "hashed" or "digest" or "sha" or "md" or "hmac")
            {
                words.RemoveAt(n - 1);
                n--;
                last = words[n - 1];
            }
            if (n == 1)
            {
                if (onPersonType && last is "id" or "guid" or "uuid") return "the id of a person type";
                return PersonalDataVocabulary.PersonReferenceWords.Contains(last) || _extraPersonWords.Contains(last) ? last : null;
            }

            // IdAthlete, IdCustomer: a database whose keys put Id first (EF Core scaffolds them under these names).
            if (n == 2 && words[0] == "id" && IsKeyPersonWord(last)) return last + " id";
            var previous = words[n - 2];
            if (last == "by" && IsParticiple(previous)) return previous + " by";
            if (!PersonalDataVocabulary.KeyWords.Contains(last)) return (onPersonType || onLoginType) && last == "subject" ? "subject" : null;

            if (IsKeyPersonWord(previous)) return previous + " " + last;
            if (IsParticiple(previous) && n >= 3 && IsKeyPersonWord(words[n - 3])) return words[n - 3] + " " + previous + " " + last;
            if (previous == "identity") return "identity " + last;
            if ((onPersonType || onLoginType) && PersonalDataVocabulary.ExternalKeyWords.Contains(words[0])) return string.Join(" ", words);
            if (onPersonType && n == 2 && PersonalDataVocabulary.OwnIdWords.Contains(previous)) return previous + " " + last;
            return null;
        }

        /// <summary>
        /// A cheap test on the raw name before <see cref="ClassifyKey"/>: it ends like a key (<c>Id</c>, <c>Key</c>,
        /// <c>Guid</c>, <c>Uuid</c>, <c>Identifier</c>, <c>Number</c>, <c>No</c>, <c>Ref</c>, <c>By</c>, <c>Subject</c>, or a
        /// key's <c>Hash</c>)
        /// or is a bare person word (<c>User</c>, <c>_author</c>).
        /// </summary>
        public bool MayBeKey(string memberName)
        {
            var start = memberName.StartsWith("m_", StringComparison.Ordinal) ? 2 : memberName.StartsWith("_", StringComparison.Ordinal) ? 1 : 0;
            if (_bareReferenceNames.Contains(start == 0 ? memberName : memberName.Substring(start))) return true;
            return EndsWith(memberName, "id") || IsIdFirstKey(memberName) || EndsWith(memberName, "key") || EndsWith(memberName, "guid") || EndsWith(memberName, "uuid") ||
                   EndsWith(memberName, "identifier") || EndsWith(memberName, "number") || EndsWith(memberName, "no") ||
                   EndsWith(memberName, "ref") || EndsWith(memberName, "by") || EndsWith(memberName, "user") || EndsWith(memberName, "subject") ||
                   EndsWith(memberName, "hash") || EndsWith(memberName, "digest") || memberName.IndexOf("sha", StringComparison.OrdinalIgnoreCase) >= 0 ||
                   memberName.IndexOf("md5", StringComparison.OrdinalIgnoreCase) >= 0 || EndsWith(memberName, "hmac");

            static bool EndsWith(string name, string suffix) => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>A key written with <c>Id</c> first (<c>IdAthlete</c>, <c>IdGym</c>), as database-first code often has them.</summary>
        public static bool IsIdFirstKey(string memberName) =>
            memberName.Length > 3 && memberName[0] == 'I' && memberName[1] == 'd' && char.IsUpper(memberName[2]);

        /// <summary>
        /// What a key ending with <c>Id</c> or <c>ID</c> is named after (<c>CustomerId</c>, <c>CustomerID</c>: <c>Customer</c>;
        /// a bare <c>Id</c>: empty), or null for a name that does not end so.
        /// </summary>
        public static string? IdStem(string memberName) =>
            memberName.Length >= 2 && memberName[memberName.Length - 2] == 'I' && memberName[memberName.Length - 1] is 'd' or 'D'
                ? memberName.Substring(0, memberName.Length - 2)
                : null;

        /// <summary>A word that ends like someone who does something (<c>Renter</c>, <c>Operator</c>, <c>Trainee</c>).</summary>
        public static bool EndsLikeARole(string word) =>
            word.EndsWith("er", StringComparison.OrdinalIgnoreCase) || word.EndsWith("or", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ee", StringComparison.OrdinalIgnoreCase);

        /// <summary>A number that orders rows (<c>Order</c>, <c>SortOrder</c>, <c>DisplayPosition</c>), not a value of their own.</summary>
        public bool IsOrdering(string memberName)
        {
            var words = Normalize(memberName, dropPrefix: false);
            return words.Count > 0 && words[words.Count - 1] is "order" or "position" or "sort" or "rank" or "sequence" or "seq" or "ordinal" or "priority" or "index";
        }

        /// <summary>What a member's name says about its type's structure (a person's e-mail, a street, a host).</summary>
        public MemberSignals Signals(string memberName)
        {
            var words = Normalize(memberName, dropPrefix: false);
            if (words.Count > 1 && words[0] is "normalized" or "primary") words.RemoveAt(0);
            if (words.Count == 0) return MemberSignals.None;
            var first = words[0];
            var two = words.Count > 1 ? first + " " + words[1] : first;
            switch (two)
            {
                case "first name": case "given name": case "forename": return MemberSignals.FirstName;
                case "full name": return MemberSignals.FullName;
                case "last name": case "family name": case "surname": return MemberSignals.LastName;
                case "middle name": return MemberSignals.MiddleName;
                case "user name": case "username": return MemberSignals.UserName;
                case "birth date": case "birthdate": case "birthday": case "dob": return MemberSignals.BirthDate;
                // DateOfBirth, not a record's DateOfMaking.
                case "date of": return words.Count > 2 && words[2] == "birth" ? MemberSignals.BirthDate : MemberSignals.None;
                case "host name": case "smtp host": case "smtp server": return MemberSignals.Host;
                case "address line": return MemberSignals.Street;
                case "zip code": case "post code": case "postal code": case "zip postal": return MemberSignals.Postcode;
                case "card number": case "credit card": return MemberSignals.CardNumber;
            }
            if (words.Count == 2 && words[1] is "name" or "email" or "username" && _personWords.Contains(first)) return MemberSignals.PersonReference;
            switch (first)
            {
                case "email": case "mail": return words.Count <= 2 ? MemberSignals.Email : MemberSignals.None;
                case "phone": case "mobile": case "telephone": return MemberSignals.Phone;
                case "password": return MemberSignals.Password;
                case "username": return MemberSignals.UserName;
                case "firstname": return MemberSignals.FirstName;
                case "fullname": return MemberSignals.FullName;
                case "lastname": case "surname": return MemberSignals.LastName;
                case "middlename": case "patronymic": case "patronym": return MemberSignals.MiddleName;
                case "name": return words.Count == 1 ? MemberSignals.BareName : MemberSignals.None;
                case "passport": return MemberSignals.Passport | MemberSignals.NationalId;
                case "aadhaar": case "aadhar": case "ssn": case "pesel": case "jmbg": case "cnp": case "dni": case "curp": case "nric": case "cpf": case "bsn": case "nino":
                    return MemberSignals.NationalId;
                case "voter": case "voting": return words.Count > 1 && words[1] is "id" or "card" or "identity" ? MemberSignals.NationalId : MemberSignals.None;
                case "dob": case "birthdate": case "birthday": return MemberSignals.BirthDate;
                case "street": return MemberSignals.Street;
                case "postcode": case "zipcode": case "zip": return MemberSignals.Postcode;
                case "address": return words.Count == 1 || words[1] == "line" ? MemberSignals.Street : MemberSignals.None;
                case "host": case "server": case "hostname": return words.Count == 1 ? MemberSignals.Host : MemberSignals.None;
                case "port": return words.Count == 1 ? MemberSignals.Port : MemberSignals.None;
                case "pan": case "cvv": case "cvc": return words.Count == 1 ? MemberSignals.CardNumber : MemberSignals.None;
                case "species": case "breed": case "microchip": case "pedigree": return MemberSignals.Animal;
                case "gender": case "sex": return words.Count == 1 || (words.Count == 2 && words[1] is "id") ? MemberSignals.Gender : MemberSignals.None;
                case "latitude": case "lat": case "longitude": case "lng": case "geolocation": case "coordinates": return MemberSignals.Coordinates;
                case "price": case "quantity": case "stock": case "sku": return MemberSignals.Merchandise;
                case "ip": case "ipv4": case "ipv6": return MemberSignals.NetworkAddress;
                case "mac": return words.Count > 1 && words[1] == "address" ? MemberSignals.NetworkAddress : MemberSignals.None;
            }
            return MemberSignals.None;
        }

        private bool IsKeyPersonWord(string word) => PersonalDataVocabulary.KeyPersonWords.Contains(word) || _extraPersonWords.Contains(word);

        /// <summary>A past participle before a key or "by": <c>CreatedBy</c>, <c>UserReportedId</c>.</summary>
        private static bool IsParticiple(string word) => word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal);

        /// <summary>The first dictionary phrase in <paramref name="memberName"/> that counts here, or null.</summary>
        public NameMatch? Classify(string memberName, TypeContext context, ValueKind kind)
        {
            if ((context & TypeContext.NotDataHolder) != 0 || kind == ValueKind.None || kind == ValueKind.Other) return null;

            var words = Normalize(memberName, dropPrefix: false);
            // "IsActive", "HasPassword": a question, not the value, even when typed as a string ("hasPassword": "1").
            var question = false;
            if (words.Count > 1 && PersonalDataVocabulary.DroppedPrefixes.Contains(words[0]))
            {
                question = words[0] is "is" or "has";
                words.RemoveAt(0);
            }
            if (words.Count == 0) return null;
            foreach (var phrase in _excludedPhrases)
            {
                if (IndexOf(words, phrase) >= 0) return null;
            }

            // "IdCard", "IdGym" kept as a number: the key of a Card or a Gym row with Id first, not the value itself.
            if (words.Count > 1 && words[0] == "id" && IsRowKey(kind) && IsIdFirstKey(memberName) && words[words.Count - 1] is not ("number" or "no")) return null;

            // "EmailAccountId", "PictureId": a key of a thing the words name, not the value itself.
            var referenceEnd = words.Count > 1 && words[words.Count - 1] is "id" or "guid" or "uuid" ? words.Count - 1 : words.Count;

            var i = 0;
            while (i < words.Count)
            {
                if (!_entriesByFirstWord.TryGetValue(words[i], out var candidates))
                {
                    i++;
                    continue;
                }
                // The longest phrase at this word wins; the same phrase may have several meanings (a Title is what a
                // person wrote on a review, part of their name on a person): the first that counts here is the match.
                var length = 0;
                foreach (var entry in candidates)
                {
                    if (length > 0 && entry.Words.Length < length) break;
                    if (!StartsWith(words, i, entry.Words)) continue;
                    length = entry.Words.Length;
                    // On a person or an address, the key of a place (CountryId, StateProvinceId) is where the person lives;
                    // on a person, the key of a trait's lookup row (GenderId, MaritalStatusId) is that trait.
                    // A key kept as text (a string CountryId) is a key all the same.
                    var lookupKey = (IsPlace(entry) || IsTrait(entry)) && (IsRowKey(kind) || kind == ValueKind.Text) && referenceEnd < words.Count &&
                                    (i + entry.Words.Length == referenceEnd || (IsPlace(entry) && i + entry.Words.Length == referenceEnd - 1 && IsGazetteer(words[referenceEnd - 1])));
                    if (lookupKey)
                    {
                        var where = IsPlace(entry) ? TypeContext.PersonLike | TypeContext.HoldsAddress : TypeContext.PersonLike;
                        if ((context & TypeContext.Suppressed) == 0 && (context & where) != 0)
                            return new NameMatch(entry.Category!.Value, entry.Text);
                        break;
                    }
                    if (entry.Category is { } category &&
                        (entry.Kinds & kind) != 0 &&
                        !(DataCategoryFacts.IsSpecial(category) && IsAboutSomethingElse(words, i + entry.Words.Length, kind, context)) &&
                        (!entry.WholeNameOnly || words.Count == entry.Words.Length) &&
                        (referenceEnd == words.Count || i + entry.Words.Length > referenceEnd || (DataCategoryFacts.IsSpecial(category) && !IsRowKey(kind)) || IsPlace(entry)) &&
                        (DataCategoryFacts.IsSpecial(category) || (!HasModifierOutside(words, i, entry.Words.Length) && !(question && kind == ValueKind.Text))) &&
                        Counts(entry.Strength, category, words, i, context))
                    {
                        return new NameMatch(category, entry.Text);
                    }
                    // A shield (no category) ends the search at this word.
                    if (entry.Category is null) break;
                }
                i += length == 0 ? 1 : length;
            }
            // On a person, a text named only by an acronym no dictionary knows (a TIN, an EMPI, a national scheme's
            // number under its agency's initials) is that person's number in some register.
            if (kind == ValueKind.Text && (context & (TypeContext.PersonType | TypeContext.Suppressed)) == TypeContext.PersonType && IsUnknownAcronym(memberName, words))
                return new NameMatch(DataCategory.Identification, words[0]);
            // On a person, the date of the last time they did something (LastDonationDate, LastOrderAt), not of the
            // record's own upkeep (LastModifiedUtc, LastSyncDate).
            if (kind == ValueKind.Date && (context & (TypeContext.PersonType | TypeContext.Suppressed)) == TypeContext.PersonType && IsLastActDate(words))
                return new NameMatch(DataCategory.Usage, string.Join(" ", words));
            return null;
        }

        private static bool IsLastActDate(List<string> words) =>
            // A participle is what was done to the person or the record (LastContactedAt, LastSyncedAt, LastModified), and
            // so is a last contact (LastContactOn: when the company last reached them).
            words.Count >= 2 && words[0] is "last" or "latest" && !IsParticiple(words[1]) &&
            !(words[1] is "contact" or "sync" or "update" or "modify" or "modification" or "change" or "edit" or "run" or "review" or "refresh" or "password" or "reset" or "notification" or "reminder" or "email" or "sent");

        /// <summary>A name written in capitals only, three letters or more (<c>TIN</c>, <c>EMPI</c>), that no dictionary knows.</summary>
        private bool IsUnknownAcronym(string memberName, List<string> words)
        {
            if (words.Count != 1 || memberName.Length < 3 || _knownWords.Contains(words[0])) return false;
            foreach (var c in memberName)
            {
                if (!(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }

        /// <summary>
        /// Lower-case words of a name, plurals folded to a known singular (<c>Addresses</c> is <c>address</c>), and for
        /// member names a leading <c>is</c>/<c>has</c>/<c>get</c>/<c>set</c> dropped.
        /// </summary>
        public List<string> Normalize(string name, bool dropPrefix)
        {
            var words = NameTokenizer.Tokenize(name);
            for (var i = 0; i < words.Count; i++) words[i] = Singular(words[i]);
            if (dropPrefix && words.Count > 1 && PersonalDataVocabulary.DroppedPrefixes.Contains(words[0])) words.RemoveAt(0);
            return words;
        }

        /// <summary>
        /// Which strong words a settings, organisation, place or machine type name does not silence: what identifies
        /// a person wherever it is kept (an e-mail, a name, a device or network identifier, a national or financial
        /// number, special-category data). A place's street and coordinates, an office's phone, a system's password
        /// and a service account's user name stay silent there.
        /// </summary>
        private static bool SurvivesSuppression(DataCategory category, List<string> words, int index, bool linked)
        {
            switch (category)
            {
                case DataCategory.Technical:
                    // A machine's or a venue's own network address (a time clock's IpAddress), unless a person links to the row.
                    return linked || !IsNetworkAddress(words, index);
                case DataCategory.Credentials:
                case DataCategory.Location:
                    return false;
                case DataCategory.Contact:
                    // An organisation's or a setting's e-mail is its own (a shared mailbox); a person's is said so in the
                    // member name: by a person word (ContactEmail, counted before this) or a participle (InvitedEmail).
                    return words[index] is "email" or "e" or "mail" && index > 0 && IsParticiple(words[index - 1]);
                case DataCategory.Identification:
                    return !(words[index] is "user" or "username" or "login");
                case DataCategory.Financial:
                    // A bare PAN on an institution is its tax number (India's, Nepal's Permanent Account Number), not a card's.
                    return !(words.Count == 1 && words[index] is "pan" or "csc" or "cvn");
                default:
                    return true;
            }
        }

        /// <summary>A word of where something is: an address part, a place or coordinates, not an e-mail or a phone.</summary>
        private static bool IsPlaceOfVenue(DataCategory category, List<string> words, int index) =>
            category == DataCategory.Location ||
            (category == DataCategory.Contact && (words[index] is "address" or "street" or "house" or "city" or "town" or "country" or "county" or
                "region" or "state" or "province" or "suburb" or "district" || IsPostcode(words, index)));

        /// <summary>An IP or MAC address: a machine's network address, a person's only through the machine they use.</summary>
        private static bool IsNetworkAddress(List<string> words, int index) =>
            words[index] is "ip" or "ipv4" or "ipv6" || (words[index] == "mac" && index + 1 < words.Count && words[index + 1] == "address");

        private static bool IsPostcode(List<string> words, int index) =>
            words[index] is "postcode" or "zipcode" or "zip" || (index + 1 < words.Count && words[index + 1] == "code" && words[index] is "post" or "postal" or "zip");

        /// <summary>
        /// A number or a <c>Guid</c> named as a key (<c>PatientAllergyId</c>, <c>MedicalRecordId</c>): the key of a
        /// row, not a special-category fact itself (a text key, <c>DiagnosisCode</c>-like, still counts).
        /// </summary>
        private static bool IsRowKey(ValueKind kind) => kind is ValueKind.Number or ValueKind.Guid;

        /// <summary>An ambiguous place word: on a person's row, <c>CountryId</c> points at where the person lives.</summary>
        private static bool IsPlace(VocabularyEntry entry) =>
            entry.Strength == WordStrength.Ambiguous && entry.Category is DataCategory.Contact or DataCategory.Location;

        /// <summary>
        /// A special-category word followed by what makes the name about another thing: a flag on a setting
        /// (<c>bool IsVaccinationActive</c>) or the number of a record (<c>PrescriptionNumber</c>), not a fact about a
        /// person; on a person the number still identifies them (<c>MedicalRecordNumber</c>).
        /// </summary>
        private bool IsAboutSomethingElse(List<string> words, int end, ValueKind kind, TypeContext context)
        {
            if (end >= words.Count) return false;
            // IsTradeUnionMember is about the member; IsVaccinationActive about a setting.
            if (kind == ValueKind.Bool)
            {
                for (var j = end; j < words.Count; j++)
                {
                    if (!_personWords.Contains(words[j])) return true;
                }
                return false;
            }
            return end == words.Count - 1 && words[end] is "number" or "no" or "num" or "ref" or "reference" && (context & TypeContext.PersonLike) == 0;
        }

        /// <summary>A gazetteer's name between a place and its key (<c>CityGeonameId</c>): the key of that place all the same.</summary>
        private static bool IsGazetteer(string word) => word is "geoname" or "geonames" or "geo" or "osm" or "place";

        /// <summary>An ambiguous trait of a person, kept as text or an enum (<c>Gender</c>, <c>MaritalStatus</c>).</summary>
        private static bool IsTrait(VocabularyEntry entry) =>
            entry.Strength == WordStrength.Ambiguous && entry.Category == DataCategory.Identification && (entry.Kinds & ValueKind.Enum) != 0;

        /// <summary>A word that makes the name about a setting or a shape (<c>EmailTemplate</c>), outside the matched phrase.</summary>
        private static bool HasModifierOutside(List<string> words, int index, int length)
        {
            for (var j = 0; j < words.Count; j++)
            {
                if ((j < index || j >= index + length) && PersonalDataVocabulary.ModifierWords.Contains(words[j])) return true;
            }
            return false;
        }

        private bool Counts(WordStrength strength, DataCategory category, List<string> words, int index, TypeContext context)
        {
            var suppressed = (context & TypeContext.Suppressed) != 0;
            var personLike = (context & TypeContext.PersonLike) != 0;
            var linked = (context & TypeContext.PersonLinked) != 0;
            var deviceOrSession = (context & TypeContext.DeviceOrSession) != 0;
            // Published or system content (a page, a bot's message) is nobody's own writing, even with an editor's key.
            var published = (context & TypeContext.PublishedContent) != 0;
            // Something a person wrote frames its ambiguous words like a person does: a comment's Name is the author's.
            // Only with the writer on the row (an author's key, a replier's name): an event's Ticket or a quiz's
            // Question names a writing nobody in particular wrote.
            var authored = (context & TypeContext.Authored) != 0 && !published && (personLike || (context & TypeContext.WriterOnRow) != 0);
            var previous = index > 0 ? words[index - 1] : null;
            var afterPersonWord = previous is not null && _personWords.Contains(previous);
            // An animal's Name, Birthdate, Gender and ImageUrl are its own; its OwnerName or AdopterEmail still a person's.
            if ((context & TypeContext.Animal) != 0 && !afterPersonWord) return false;
            // A ParkingAddress or a StoreCity is that place's, whatever row keeps it.
            if (previous is not null && PersonalDataVocabulary.NonPersonTypeWords.Contains(previous) && !IsPlaceOfVenue(DataCategory.Contact, words, index - 1) &&
                IsPlaceOfVenue(category, words, index))
                return false;
            // A bare Address or City on an Event is where it takes place; a HomeAddress or an OrganizerCity is a person's.
            if ((context & TypeContext.Venue) != 0 && !afterPersonWord && (previous is null || !PersonalDataVocabulary.PersonContextWords.Contains(previous)) &&
                IsPlaceOfVenue(category, words, index))
                return false;
            switch (strength)
            {
                case WordStrength.Strong:
                    // A vacancy's salary is what the post pays.
                    if ((context & TypeContext.JobOffer) != 0 && category == DataCategory.Financial && !afterPersonWord && !personLike) return false;
                    // A time clock's row: its network address is the machine's, whoever clocked in on it.
                    if ((context & TypeContext.ThroughMachine) != 0 && !afterPersonWord && IsNetworkAddress(words, index)) return false;
                    // A geographic lookup's postcode and coordinates are nobody's, unless a person links to the row.
                    if ((context & TypeContext.Geographic) != 0 && !linked && !personLike && (category == DataCategory.Location || IsPostcode(words, index))) return false;
                    // An organisation's ContactEmail or ContactPhone is its contact point (a shared mailbox, a switchboard);
                    // its ContactName still names a person.
                    if (suppressed && previous == "contact" && category == DataCategory.Contact && (context & TypeContext.Settings) == 0) return false;
                    if (!suppressed || afterPersonWord) return true;
                    // A settings type or a manifest names its author or its system, not a person the data is about.
                    if ((context & TypeContext.Settings) != 0 && category == DataCategory.Identification) return false;
                    return SurvivesSuppression(category, words, index, linked);
                case WordStrength.AfterPersonWord:
                    return !suppressed && afterPersonWord;
                case WordStrength.PersonContext:
                    return !suppressed && (personLike || linked || deviceOrSession || afterPersonWord);
                case WordStrength.PersonContent:
                    // A reply's bare Message (AuthResultDto.Message) is what the system answered, not a person's writing.
                    if ((context & TypeContext.Reply) != 0 && words.Count == 1 && words[index] == "message") return false;
                    return !suppressed && (afterPersonWord || (!published && (personLike || linked || authored)));
                case WordStrength.DeviceContext:
                    return deviceOrSession;
                case WordStrength.PersonTypeOnly:
                    // A SenderProfileImage is the sender's, wherever it is kept.
                    return !suppressed && ((context & TypeContext.PersonType) != 0 || (afterPersonWord && category == DataCategory.Identification));
                case WordStrength.HealthRecordOnly:
                    return !suppressed && (context & TypeContext.HealthRecord) != 0 && (linked || personLike);
                case WordStrength.IdentityDocumentOnly:
                    return (context & TypeContext.IdentityDocument) != 0;
                case WordStrength.PersonPictureOnly:
                    return !suppressed && (context & TypeContext.PersonPicture) != 0;
                case WordStrength.CorrespondenceActivity:
                    return !suppressed && !published && (context & TypeContext.Correspondence) != 0 && (linked || personLike);
                case WordStrength.AuthoredContent:
                    return !suppressed && authored;
                case WordStrength.CorrespondenceOnly:
                    return !suppressed && !published && (context & TypeContext.Correspondence) != 0;
                case WordStrength.PasskeyOnly:
                    return !suppressed && (context & TypeContext.Passkey) != 0;
                case WordStrength.ActivityOnly:
                    return !suppressed && (context & TypeContext.Activity) != 0 && (linked || personLike);
                case WordStrength.LearningRecordOnly:
                    // Linked to the learner, or a learner's own work by its name (a Submission).
                    return !suppressed && (context & TypeContext.LearningRecord) != 0 && (linked || personLike || (context & TypeContext.WriterOnRow) != 0);
                case WordStrength.PaymentCardOnly:
                    return !suppressed && (context & TypeContext.PaymentCard) != 0;
            }

            // Ambiguous: "Name" on a Customer, "RecipientName" or "ShippingCity" anywhere, "DisplayName" on a User;
            // never "ProductName", "CompanyName" or "FileName". On a type linked to a person, the place words count.
            // A StudentName or an OwnerName names a person whatever the row (a certificate, a store) it is kept on; a
            // setting's SenderName is the name a system signs with.
            if (suppressed)
                return afterPersonWord && (context & TypeContext.Settings) == 0 && words[index] == "name" && index == words.Count - 1 && IsKeyPersonWord(previous!);
            // Expiry months and years are a card's on a payment card, whatever else the type is.
            if (category == DataCategory.Financial && (context & TypeContext.PaymentCard) != 0) return true;
            var placeHere = (category == DataCategory.Contact || category == DataCategory.Location) &&
                            ((context & TypeContext.HoldsAddress) != 0 || (linked && PersonalDataVocabulary.LinkedContextWords.Contains(words[index])));
            if (previous is null) return personLike || authored || placeHere;
            if (afterPersonWord || PersonalDataVocabulary.PersonContextWords.Contains(previous)) return true;
            // A CurrentState or a PreviousState is a status, not where a person lives.
            if (words[index] == "state") return false;
            return (personLike || authored || placeHere) && PersonalDataVocabulary.QualifierWords.Contains(previous);
        }

        private string Singular(string word)
        {
            if (_knownWords.Contains(word)) return word;
            if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            {
                var y = word.Substring(0, word.Length - 3) + "y";
                if (_knownWords.Contains(y)) return y;
            }
            if (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal))
            {
                var e = word.Substring(0, word.Length - 2);
                if (_knownWords.Contains(e)) return e;
            }
            if (word.Length > 2 && word[word.Length - 1] == 's')
            {
                var s = word.Substring(0, word.Length - 1);
                if (_knownWords.Contains(s)) return s;
            }
            return word;
        }

        private static int IndexOf(List<string> words, string[] phrase)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (StartsWith(words, i, phrase)) return i;
            }
            return -1;
        }

        private static bool StartsWith(List<string> words, int index, string[] phrase)
        {
            if (index + phrase.Length > words.Count) return false;
            for (var j = 0; j < phrase.Length; j++)
            {
                if (!string.Equals(words[index + j], phrase[j], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        private static IEnumerable<string> SplitList(string? value) =>
            value is null
                ? Enumerable.Empty<string>()
                : value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0);

        private static string[] PhraseWords(string phrase) =>
            phrase.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).SelectMany(NameTokenizer.Tokenize).ToArray();
    }
}
