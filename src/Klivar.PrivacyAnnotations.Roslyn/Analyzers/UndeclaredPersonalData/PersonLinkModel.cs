using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// Which types are persons and which types point at one, judged by what a type holds as well as by its name:
    /// <list type="bullet">
    /// <item><em>person types</em>: a person-like head noun (<c>AppUser</c>, <c>CustomerDto</c>), a base type from
    /// ASP.NET Core Identity's <c>IdentityUser</c> or a person-named base, or two strong person members (an e-mail and
    /// a password, a first and last name with a phone);</item>
    /// <item><em>person-linked types</em>: a person key (<c>CustomerId</c>, <c>CreatedBy</c>, the foreign key of a
    /// navigation to a person) or a navigation to a person type among their members;</item>
    /// <item><em>machine types</em>: a host and a port (an SMTP account's settings): nothing on them is a person's.</item>
    /// </list>
    /// What other types say of a type counts too, from one pass over the compilation's own types made on first need: a
    /// type a member names as a person (<c>Order.Buyer : Party</c>) is a person; a type a person holds
    /// (<c>User.LastLocation : GeoPoint</c>) is that person's, like a type holding a person key; an interface a person
    /// type implements frames its members like the person does.
    /// One instance per compilation and classifier; every answer is computed once and cached, safe across threads.
    /// </summary>
    internal sealed class PersonLinkModel
    {
        private readonly NameClassifier _classifier;
        private readonly Lazy<LinkIndex> _links;
        private readonly Lazy<List<INamedTypeSymbol>> _types;
        private readonly Lazy<List<(string Word, INamespaceSymbol Root)>> _groups;
        // One entry per type for what its name and members say; whether it links to a person is decided only when a
        // member's classification depends on it (the analyzers' time must not grow by more than 10 %). The
        // per-type tables are sized and striped up front, since growing a concurrent table locks it whole.
        private readonly ConcurrentDictionary<INamedTypeSymbol, TypeJudgement> _facts = new(PerTypeConcurrency, PerTypeCapacity, SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _isPerson = new(PerTypeConcurrency, PerTypeCapacity, SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<string, MemberSignals> _signalsByName = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, bool> _personNames = new(StringComparer.Ordinal);
        private readonly Func<string, bool> _computePersonName;
        private readonly ConcurrentDictionary<(string Name, ValueKind Kind, bool OnPerson, bool OnLogin), string?> _keys = new();
        private readonly Func<INamedTypeSymbol, TypeJudgement> _computeFacts;
        private readonly LastAnswer<INamedTypeSymbol, TypeJudgement> _lastJudged;
        private readonly Func<INamedTypeSymbol, bool> _computeIsPerson;
        private readonly Func<string, MemberSignals> _computeSignalsByName;
        private readonly Func<(string Name, ValueKind Kind, bool OnPerson, bool OnLogin), string?> _computeKey;

        internal const int PerTypeConcurrency = 16;
        internal const int PerTypeCapacity = 1024;

        /// <param name="classifier">The names' dictionaries.</param>
        /// <param name="compilation">The compilation whose own types say what other types are (a person, a person's); none: names and members alone.</param>
        public PersonLinkModel(NameClassifier classifier, Compilation? compilation = null)
        {
            _classifier = classifier;
            // Built once, by the first thread that needs it, while the others wait: every thread needs it at once.
            _types = new Lazy<List<INamedTypeSymbol>>(() => compilation is null ? new List<INamedTypeSymbol>() : TypesOf(compilation), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _groups = new Lazy<List<(string Word, INamespaceSymbol Root)>>(ComputeGroups, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _links = new Lazy<LinkIndex>(() => compilation is null ? LinkIndex.Empty : BuildLinks(), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
            _computeFacts = type =>
            {
                var context = ComputeContext(type);
                // An organisation's, a place's or a setting's ReceptionPhone is its own: no person role there.
                var silenced = (context & (TypeContext.Suppressed | TypeContext.NotDataHolder)) != 0;
                return new TypeJudgement(context, silenced ? Array.Empty<string>() : ComputeRoles(type), silenced ? null : _classifier.ActOf(type.Name));
            };
            _lastJudged = new LastAnswer<INamedTypeSymbol, TypeJudgement>(type => _facts.GetOrAdd(type, _computeFacts));
            _computeIsPerson = type => ComputeIsPerson(type, null);
            _computeSignalsByName = classifier.Signals;
            _computePersonName = classifier.IsPersonTypeName;
            _computeKey = key => _classifier.ClassifyKey(key.Name, key.Kind, key.OnPerson, key.OnLogin);
        }

        /// <summary>What is known of one type; <see cref="Linked"/> is filled in on first need (0 unknown, 1 no, 2 yes).</summary>
        private sealed class TypeJudgement
        {
            public TypeJudgement(TypeContext context, string[] roles, string? act)
            {
                Context = context;
                Roles = roles;
                Act = act;
            }

            /// <summary>The act the type's name records (<c>AnsweredQuestion</c>: <c>answered</c>), or null.</summary>
            public string? Act { get; }

            public TypeContext Context { get; }

            /// <summary>Member-name prefixes that name a person on this type (see <see cref="RoleOf"/>).</summary>
            public string[] Roles { get; }

            public int Linked;

            /// <summary>The person whose record the row is (see <see cref="RecordOwnerOf"/>); <see cref="OwnerKnown"/> once looked for.</summary>
            public INamedTypeSymbol? Owner;

            public bool OwnerKnown;
        }

        /// <summary>
        /// How <paramref name="type"/> frames its members: its name's context plus what it holds, without
        /// <see cref="TypeContext.PersonLinked"/> (see <see cref="IsPersonLinked"/>).
        /// </summary>
        public TypeContext ContextOf(INamedTypeSymbol type) => JudgementOf(type).Context;

        /// <summary>
        /// Whether the type holds a person key or a navigation to a person type, so that context words (a city, a last
        /// login date) count on it: computed once per type, and only when a member's verdict depends on it.
        /// </summary>
        public bool IsPersonLinked(INamedTypeSymbol type)
        {
            var facts = JudgementOf(type);
            if (facts.Linked == 0) facts.Linked = ComputeLinked(type, facts.Context) || Links.OwnedByPerson.Contains(type.OriginalDefinition) ? 2 : 1; // idempotent: a race computes the same answer
            return facts.Linked == 2;
        }

        /// <summary>
        /// The person type whose record <paramref name="type"/> is, or null: a child row of a person's profile (a
        /// candidate's <c>Education</c>, an athlete's <c>MeasurementsProgress</c>), whose one navigation to another type of
        /// the compilation leads to a person type that holds these rows in a collection. What such a row holds besides
        /// keys, flags and its own timestamps is that person's. Looked for once per type, and only for members nothing
        /// else said anything about.
        /// </summary>
        public INamedTypeSymbol? RecordOwnerOf(INamedTypeSymbol type)
        {
            var facts = JudgementOf(type);
            if (!facts.OwnerKnown)
            {
                facts.Owner = ComputeRecordOwner(type, facts.Context); // idempotent: a race computes the same answer
                facts.OwnerKnown = true;
            }
            return facts.Owner;
        }

        private INamedTypeSymbol? ComputeRecordOwner(INamedTypeSymbol type, TypeContext context)
        {
            if ((context & (TypeContext.NotDataHolder | TypeContext.PersonType | TypeContext.Suppressed | TypeContext.PublishedContent)) != 0 ||
                type.DeclaringSyntaxReferences.IsEmpty || type.IsGenericType)
                return null;
            INamedTypeSymbol? owner = null;
            var keys = 0;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                // A key besides its own and its person's (a bookmark's ChapterId, an API key) ties the row to something else.
                var name = member.Name;
                if (UndeclaredPersonalDataAnalyzer.KindOf(valueType) != ValueKind.Other)
                {
                    if (name is not ("Id" or "ID") && !IsOwnKey(name, type) &&
                        (NameClassifier.IdStem(name) is not null || name.EndsWith("Key", StringComparison.Ordinal) || NameClassifier.IsIdFirstKey(name)) &&
                        ++keys > 1)
                        return null;
                    continue;
                }
                if (valueType is not INamedTypeSymbol target) continue;
                // Rows of its own (an event's registrations): the row is a thing with a life of its own, not a line of a profile.
                if (target.IsGenericType && target.TypeArguments.Length == 1 && IsInSystem(target.ContainingNamespace)) return null;
                if (target.SpecialType != SpecialType.None || target.IsGenericType || target.TypeKind != TypeKind.Class || target.DeclaringSyntaxReferences.IsEmpty) continue;
                target = target.OriginalDefinition;
                if (SymbolEqualityComparer.Default.Equals(target, type.OriginalDefinition)) continue;
                // A second parent (an order's gym, a set's exercise): the row is about that too, not the person's alone.
                if (owner is not null || !IsPersonType(target)) return null;
                owner = target;
            }
            if (owner is null) return null;
            // A row named after its person (UserSession, AppUserBookmark) is the account's machinery, judged by its own words.
            if (type.Name.StartsWith(owner.Name, StringComparison.Ordinal)) return null;
            foreach (var member in owner.GetMembers())
            {
                if (TryGetDataType(member, out var valueType) && valueType is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } collection &&
                    SymbolEqualityComparer.Default.Equals(collection.TypeArguments[0].OriginalDefinition, type.OriginalDefinition))
                    return owner;
            }
            return null;
        }

        // A type's members reach the analyzer one after another: the last type asked about is answered without a table
        // lookup (the same instance the table holds).
        private TypeJudgement JudgementOf(INamedTypeSymbol type) => _lastJudged.Get(type);

        /// <summary>
        /// The prefix of <paramref name="memberName"/> that names a person on <paramref name="type"/>, or null: the type
        /// holds that prefix's e-mail, phone, first or last name or birth date (<c>GuarantorPhoneNumber</c>), so its
        /// <c>GuarantorName</c> and <c>GuarantorCity</c> are that person's too, whatever the word.
        /// </summary>
        public string? RoleOf(INamedTypeSymbol type, string memberName)
        {
            var roles = JudgementOf(type).Roles;
            foreach (var role in roles)
            {
                if (memberName.Length > role.Length && memberName.StartsWith(role, StringComparison.Ordinal) && char.IsUpper(memberName[role.Length])) return role;
            }
            return null;
        }

        /// <summary>
        /// The act a row's name records, when <paramref name="memberName"/> dates it (<c>AnsweredQuestion.DateAnswered</c>,
        /// <c>CompletedQuiz.CompletedAt</c>): on a row linked to the person, when the person did it. Null otherwise.
        /// </summary>
        public string? DatedAct(INamedTypeSymbol type, string memberName)
        {
            var act = JudgementOf(type).Act;
            if (act is null || memberName.IndexOf(act, StringComparison.OrdinalIgnoreCase) < 0) return null;
            return _classifier.Normalize(memberName, dropPrefix: false).Contains(act) ? act : null;
        }

        private static readonly string[] RoleSuffixes = { "EmailAddress", "Email", "PhoneNumber", "Phone", "MobileNumber", "Mobile", "FirstName", "LastName", "FullName", "DateOfBirth", "BirthDate" };

        private string[] ComputeRoles(INamedTypeSymbol type)
        {
            List<string>? roles = null;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                var name = member.Name;
                foreach (var suffix in RoleSuffixes)
                {
                    if (name.Length < suffix.Length + 3 || !name.EndsWith(suffix, StringComparison.Ordinal)) continue;
                    var role = name.Substring(0, name.Length - suffix.Length).TrimEnd('_');
                    if (role.Length < 3 || !char.IsUpper(role[0]) || (roles is not null && roles.Contains(role))) break;
                    var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                    if (kind != ValueKind.Text && !(kind == ValueKind.Date && suffix is "DateOfBirth" or "BirthDate")) break;
                    if (_classifier.NamesPersonRole(role)) (roles ??= new List<string>(1)).Add(role);
                    break;
                }
            }
            return roles is null ? Array.Empty<string>() : roles.ToArray();
        }

        /// <summary>The person key a member is, or null (<c>customer id</c>, <c>created by</c>, <c>the id of a person type</c>).</summary>
        /// <param name="memberName">The member's name.</param>
        /// <param name="kind">What the member holds.</param>
        /// <param name="context">Its type's context.</param>
        /// <param name="holder">Its type, when known: a key named after what the application's persons belong to is no person key.</param>
        public string? KeyOf(string memberName, ValueKind kind, TypeContext context, INamedTypeSymbol? holder = null)
        {
            if (!_classifier.MayBeKey(memberName)) return null;
            var key = _keys.GetOrAdd(
                (memberName, kind, (context & TypeContext.PersonType) != 0, (context & TypeContext.DeviceOrSession) != 0),
                _computeKey);
            if (key is null && holder is not null && (kind & (ValueKind.Text | ValueKind.Guid | ValueKind.Number)) != 0 && (context & TypeContext.PersonType) != 0 &&
                IsOwnKeyUnderLastWords(memberName, holder))
                return "the id of a person type";
            // ChannelUsersId on a ChannelUsers row that is no person: the row's own key, whatever words its name has.
            if (key is not null && holder is not null && (context & TypeContext.PersonType) == 0 && IsOwnKey(memberName, holder) &&
                !_isPerson.GetOrAdd(holder.OriginalDefinition, _computeIsPerson))
                return null;
            // A Customer_Id where the application's users belong to a Customer: the key of an organisation.
            if (key is not null && holder is not null && Groups.Count > 0)
            {
                var space = key.IndexOf(' ');
                if (space > 0 && IsGroupWord(key.Substring(0, space), holder)) return null;
            }
            return key;
        }

        /// <summary>The row's own key under its type's whole name (<c>ChannelUsersId</c> on <c>ChannelUsers</c>).</summary>
        private static bool IsOwnKey(string memberName, INamedTypeSymbol holder) =>
            memberName.Length == holder.Name.Length + 2 && NameClassifier.IdStem(memberName) is { } stem && stem == holder.Name;

        /// <summary>
        /// A person type's own key under the last words of its name, a role someone plays (<c>EVRenter.RenterId</c>):
        /// the role's <c>-er</c>, <c>-or</c> or <c>-ee</c> before the <c>Id</c>.
        /// </summary>
        private static bool IsOwnKeyUnderLastWords(string memberName, INamedTypeSymbol holder) =>
            memberName.Length > 5 && NameClassifier.IdStem(memberName) is { } stem && holder.Name.EndsWith(stem, StringComparison.OrdinalIgnoreCase) &&
            NameClassifier.EndsLikeARole(stem);

        /// <summary>
        /// Person words an application uses for what its persons belong to: a person type implements an interface of the
        /// compilation named after it (<c>User : ICustomerEntity</c>), and no type of that application so named holds a
        /// person's name, birth date or credentials. There a <c>Customer</c> is a client organisation, not a person. Each
        /// word holds within its application's namespace (the interface's, without its last part when nested deeper
        /// than two).
        /// </summary>
        private List<(string Word, INamespaceSymbol Root)> Groups => _groups.Value;

        private List<(string Word, INamespaceSymbol Root)> ComputeGroups()
        {
            var groups = new List<(string Word, INamespaceSymbol Root)>();
            foreach (var type in _types.Value)
            {
                if (type.IsStatic || type.Interfaces.IsEmpty || type.DeclaringSyntaxReferences.IsEmpty || !_classifier.IsPersonTypeName(type.Name)) continue;
                foreach (var implemented in type.Interfaces)
                {
                    if (implemented.DeclaringSyntaxReferences.IsEmpty || _classifier.ScopeOf(implemented.Name) is not { } scope) continue;
                    if (string.Equals(_classifier.HeadNounOf(type.Name), scope, StringComparison.Ordinal)) continue;
                    var root = ApplicationRoot(implemented.ContainingNamespace);
                    if (!groups.Exists(g => g.Word == scope && SymbolEqualityComparer.Default.Equals(g.Root, root))) groups.Add((scope, root));
                }
            }
            if (groups.Count == 0) return groups;
            // A type of that application named after the scope that holds a person's name, birth date or credentials is a
            // person after all.
            const MemberSignals naming = MemberSignals.FirstName | MemberSignals.LastName | MemberSignals.FullName | MemberSignals.BirthDate | MemberSignals.Password | MemberSignals.UserName;
            foreach (var type in _types.Value)
            {
                if (type.DeclaringSyntaxReferences.IsEmpty) continue;
                var head = _classifier.HeadNounOf(type.Name);
                var at = groups.FindIndex(g => g.Word == head && Within(type.ContainingNamespace, g.Root));
                if (at >= 0 && ((ComputeSignals(type) & naming) != 0 || DerivesFromIdentityUser(type))) groups.RemoveAt(at);
            }
            return groups;
        }

        private static INamespaceSymbol ApplicationRoot(INamespaceSymbol ns)
        {
            var depth = 0;
            for (var n = ns; n is not null && !n.IsGlobalNamespace; n = n.ContainingNamespace) depth++;
            return depth > 2 ? ns.ContainingNamespace : ns;
        }

        private static bool Within(INamespaceSymbol? ns, INamespaceSymbol root)
        {
            for (; ns is not null; ns = ns.ContainingNamespace)
            {
                if (SymbolEqualityComparer.Default.Equals(ns, root)) return true;
            }
            return false;
        }

        private bool IsGroupWord(string word, INamedTypeSymbol holder)
        {
            foreach (var (groupWord, root) in Groups)
            {
                if (groupWord == word && Within(holder.ContainingNamespace, root)) return true;
            }
            return false;
        }

        private static bool DerivesFromIdentityUser(INamedTypeSymbol type)
        {
            for (var b = type.BaseType; b is not null; b = b.BaseType)
            {
                if (b.Name == "IdentityUser" && IsIdentityNamespace(b.ContainingNamespace)) return true;
            }
            return false;
        }

        /// <summary>Whether a type's head noun is one its application uses for a group of persons (see <see cref="Groups"/>).</summary>
        private bool IsGroupName(INamedTypeSymbol type) => Groups.Count > 0 && IsGroupWord(_classifier.HeadNounOf(type.Name), type);

        /// <summary>
        /// The person type a member of type <paramref name="valueType"/> navigates to, alone or in a collection, or
        /// null. A person's own collections (<c>User.Friends</c>, <c>Person.ChapterPeople</c>) are not links: the
        /// rows they hold carry the key; nor are a <paramref name="holder"/>'s child rows (<c>Event.Attendees</c>,
        /// whose <c>Attendee</c> holds the <c>EventId</c>).
        /// </summary>
        public INamedTypeSymbol? PersonTarget(ITypeSymbol valueType, bool fromPersonType, INamedTypeSymbol? holder = null) => PersonTarget(valueType, fromPersonType, relationRowsCount: true, holder);

        private INamedTypeSymbol? PersonTarget(ITypeSymbol valueType, bool fromPersonType, bool relationRowsCount, INamedTypeSymbol? holder = null)
        {
            var collection = false;
            if (valueType is IArrayTypeSymbol array)
            {
                valueType = array.ElementType;
                collection = true;
            }
            if (valueType is not INamedTypeSymbol named || named.SpecialType != SpecialType.None) return null;
            if (named.IsGenericType && named.TypeArguments.Length == 1 && IsInSystem(named.ContainingNamespace))
            {
                if (named.TypeArguments[0] is not INamedTypeSymbol element) return null;
                named = element;
                collection = true;
            }
            if (collection && fromPersonType) return null;
            if (!IsCandidate(named) || !IsPersonType(named)) return null;
            // A collection of rows that link to another person (CampaignContacts: CampaignContact { Contact, ContactId })
            // holds relations, each carrying its own key, not the persons themselves.
            if (collection && relationRowsCount && LinksElsewhere(named)) return null;
            // Rows that point back at the holder (a key or a navigation to it) are its children, each with its own key:
            // the holder does not hold the persons, unlike a many-to-many Organization.Members. So are rows that point at
            // the thing the holder points at (a SaveBookingVM's OrderId and its Attendees, each with its OrderId).
            if (collection && holder is not null && (PointsBackTo(named, holder) || SharesAThingsKeyWith(named, holder))) return null;
            return named;
        }

        /// <summary>
        /// Whether <paramref name="row"/> holds a navigation to <paramref name="holder"/> or its key (<c>Attendee.EventId</c>),
        /// also under the first words of the holder's name (a <c>BankResDto</c>'s <c>UserResDto</c> rows with their
        /// <c>BankId</c>: the DTO of the row the key points at).
        /// </summary>
        private static bool PointsBackTo(INamedTypeSymbol row, INamedTypeSymbol holder)
        {
            var holderDefinition = holder.OriginalDefinition;
            for (var current = row; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if (!TryGetDataType(member, out var valueType)) continue;
                    if (valueType is INamedTypeSymbol target && SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, holderDefinition)) return true;
                    var name = member.Name;
                    if (IsOwnKey(name, holder) ||
                        (name.Length == holder.Name.Length + 2 && NameClassifier.IsIdFirstKey(name) && name.EndsWith(holder.Name, StringComparison.Ordinal)))
                        return true;
                    // Not the row's own key under its first words (a UserResDto's UserId).
                    if (NameClassifier.IdStem(name) is { Length: > 2 } stem && StartsWithWords(holder.Name, stem) && !row.Name.StartsWith(stem, StringComparison.Ordinal))
                        return true;
                }
            }
            return false;
        }

        /// <summary>
        /// Whether <paramref name="holder"/> holds the key of a thing (not its own, not a person's) that
        /// <paramref name="row"/> holds too under the same name: both point at that thing.
        /// </summary>
        private bool SharesAThingsKeyWith(INamedTypeSymbol row, INamedTypeSymbol holder)
        {
            foreach (var member in holder.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                var name = member.Name;
                if (NameClassifier.IdStem(name) is not { Length: > 2 } stem || holder.Name.StartsWith(stem, StringComparison.Ordinal)) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                if (kind is not (ValueKind.Number or ValueKind.Guid or ValueKind.Text) || !HoldsDataNamed(row, name)) continue;
                if (_classifier.ClassifyKey(name, kind, onPersonType: false, onLoginType: false) is null) return true;
            }
            return false;
        }

        /// <summary>Whether <paramref name="type"/> or a base type holds a property or field named <paramref name="name"/>.</summary>
        private static bool HoldsDataNamed(INamedTypeSymbol type, string name)
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(name))
                {
                    if (TryGetDataType(member, out _)) return true;
                }
            }
            return false;
        }

        /// <summary>Whether <paramref name="name"/> starts with <paramref name="words"/> and a new word, or nothing, follows.</summary>
        private static bool StartsWithWords(string name, string words) =>
            name.StartsWith(words, StringComparison.Ordinal) && (name.Length == words.Length || char.IsUpper(name[words.Length]));

        /// <summary>
        /// Whether a person type's rows navigate to another person (a relation row named after the person it links);
        /// its own key (a <c>SessionUserInfo.UserId</c>) does not count.
        /// </summary>
        private bool LinksElsewhere(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                if (kind == ValueKind.Other && PersonTarget(valueType, fromPersonType: true, relationRowsCount: false) is { } other &&
                    !SymbolEqualityComparer.Default.Equals(other.OriginalDefinition, type.OriginalDefinition))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// The navigation to a person type whose foreign key <paramref name="keyName"/> is, by EF Core's convention (the
        /// same name without <c>Id</c>, on the type or a base type: <c>CreatedById</c> beside <c>CreatedBy: User</c>),
        /// or null. Such a key links its row to a person whatever its own name says.
        /// </summary>
        public (string Name, INamedTypeSymbol Target)? PersonNavigationOfKey(string keyName, INamedTypeSymbol type)
        {
            var stem = NameClassifier.IdStem(keyName);
            var idLast = stem is { Length: > 0 };
            if (!idLast && !NameClassifier.IsIdFirstKey(keyName)) return null;
            // EF Core's scaffolding names the navigation after its key when they would clash (IdAthlete: IdAthleteNavigation).
            return NavigationNamed(keyName + "Navigation", type) ?? (idLast ? NavigationNamed(stem!, type) : null);
        }

        private (string Name, INamedTypeSymbol Target)? NavigationNamed(string navigationName, INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var candidate in current.GetMembers(navigationName))
                {
                    // A single navigation: a collection of persons holds no key on this row.
                    if (TryGetDataType(candidate, out var valueType))
                        return PersonTarget(valueType, fromPersonType: true) is { } target ? (candidate.Name, target) : null;
                }
            }
            return null;
        }

        /// <summary>Whether a type is a person; a generic type is judged once for all its constructions.</summary>
        public bool IsPersonType(INamedTypeSymbol type) =>
            _isPerson.GetOrAdd(type.OriginalDefinition, _computeIsPerson) || Links.PersonByLink.Contains(type.OriginalDefinition);

        /// <summary>An interface that a person type of the compilation implements: its members are the person's.</summary>
        public bool IsPersonInterface(INamedTypeSymbol type) => type.TypeKind == TypeKind.Interface && Links.PersonInterfaces.Contains(type.OriginalDefinition);

        /// <summary>What the compilation's own types say of other types, read once on first need.</summary>
        private LinkIndex Links => _links.Value;

        private sealed class LinkIndex
        {
            public static readonly LinkIndex Empty = new();

            /// <summary>Types a member names as a person (<c>Order.Buyer : Party</c>).</summary>
            public HashSet<INamedTypeSymbol> PersonByLink { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>Types a person type holds in a single member (<c>User.HomeLocation : GeoPoint</c>).</summary>
            public HashSet<INamedTypeSymbol> OwnedByPerson { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>Interfaces of the compilation that a person type implements.</summary>
            public HashSet<INamedTypeSymbol> PersonInterfaces { get; } = new(SymbolEqualityComparer.Default);

            /// <summary>The compilation's own types by name: <c>ClientId</c> is a person key where <c>Client</c> is a person.</summary>
            public Dictionary<string, List<INamedTypeSymbol>> TypesByName { get; } = new(StringComparer.Ordinal);

            /// <summary>The types whose names end like a role, under their last words (<c>EVRenter</c> under <c>Renter</c>).</summary>
            public Dictionary<string, List<INamedTypeSymbol>> TypesByLastWords { get; } = new(StringComparer.Ordinal);
        }

        /// <summary>The compilation's own classes and structs, nested ones too: listed once, read by each pass that needs them.</summary>
        private static List<INamedTypeSymbol> TypesOf(Compilation compilation)
        {
            var types = new List<INamedTypeSymbol>();
            var namespaces = new Stack<INamespaceOrTypeSymbol>();
            namespaces.Push(compilation.Assembly.GlobalNamespace);
            while (namespaces.Count > 0)
            {
                var container = namespaces.Pop();
                if (container is INamespaceSymbol ns)
                {
                    foreach (var child in ns.GetNamespaceMembers()) namespaces.Push(child);
                }
                foreach (var type in container.GetTypeMembers())
                {
                    if (type.TypeKind is TypeKind.Class or TypeKind.Struct) types.Add(type);
                    if (!type.GetTypeMembers().IsEmpty) namespaces.Push(type);
                }
            }

            return types;
        }

        private LinkIndex BuildLinks()
        {
            var index = new LinkIndex();
            var types = _types.Value;
            foreach (var type in types)
            {
                if (type.IsStatic || type.DeclaringSyntaxReferences.IsEmpty) continue;
                if (!type.IsGenericType)
                {
                    if (!index.TypesByName.TryGetValue(type.Name, out var sameName)) index.TypesByName.Add(type.Name, sameName = new List<INamedTypeSymbol>(1));
                    sameName.Add(type);
                    // Only names ending like a role are looked up by their last words (KeyOfPersonType).
                    var name = type.Name;
                    var lastStart = NameClassifier.EndsLikeARole(name) ? name.Length - 2 : 0;
                    for (var start = 1; start < lastStart; start++)
                    {
                        // Where a capitalised word begins: EVRenter's Renter, ApplicationUser's User.
                        if (!char.IsUpper(name[start]) || !char.IsLower(name[start + 1])) continue;
                        var last = name.Substring(start);
                        if (!index.TypesByLastWords.TryGetValue(last, out var sameEnd)) index.TypesByLastWords.Add(last, sameEnd = new List<INamedTypeSymbol>(1));
                        sameEnd.Add(type);
                    }
                }
                // Whether the holder is a person is judged only for types that hold a navigation or implement an
                // interface of the compilation: judging every type would cost the analyzers' time budget.
                int holderIsPerson = 0;
                foreach (var implemented in type.AllInterfaces)
                {
                    if (implemented.DeclaringSyntaxReferences.IsEmpty) continue;
                    if (holderIsPerson == 0) holderIsPerson = _isPerson.GetOrAdd(type, _computeIsPerson) ? 2 : 1;
                    if (holderIsPerson == 2) index.PersonInterfaces.Add(implemented.OriginalDefinition);
                }
                foreach (var member in type.GetMembers())
                {
                    if (!TryGetDataType(member, out var valueType) || valueType is not INamedTypeSymbol target) continue;
                    if (target.SpecialType != SpecialType.None || target.TypeKind is not (TypeKind.Class or TypeKind.Struct) || target.DeclaringSyntaxReferences.IsEmpty) continue;
                    target = target.OriginalDefinition;
                    if (SymbolEqualityComparer.Default.Equals(target, type) || IsInSystem(target.ContainingNamespace)) continue;
                    if (_classifier.IsPersonReferenceName(member.Name))
                    {
                        if (IsGroupName(target)) continue;
                        // A navigation named as a person: its type is one, unless its name says organisation or behaviour.
                        if (!_classifier.IsNonPersonTypeName(target.Name) && !_classifier.IsServiceTypeName(target.Name)) index.PersonByLink.Add(target);
                        continue;
                    }
                    if (holderIsPerson == 0) holderIsPerson = _isPerson.GetOrAdd(type, _computeIsPerson) ? 2 : 1;
                    if (holderIsPerson == 2 && !_isPerson.GetOrAdd(target, _computeIsPerson)) index.OwnedByPerson.Add(target);
                }
            }
            return index;
        }

        /// <summary>
        /// A key named after a person type of the compilation (<c>ClientId</c>, <c>ClientKey</c> where <c>Client</c> is a
        /// person), or after one with a role before it (<c>SenderProfileId</c> where <c>Profile</c> is a person), with the
        /// type's name; or null.
        /// </summary>
        /// <param name="memberName">The member's name.</param>
        /// <param name="kind">What the member holds.</param>
        /// <param name="near">When given, only a person type of this type's namespace counts (no semantic lookup).</param>
        public string? KeyOfPersonType(string memberName, ValueKind kind, INamedTypeSymbol? near = null)
        {
            if ((kind & (ValueKind.Text | ValueKind.Guid | ValueKind.Number)) == 0) return null;
            // IdAthlete where Athlete is a person: the same key with Id first.
            if (NameClassifier.IsIdFirstKey(memberName)) return NamesPersonType(memberName.Substring(2), near) ? memberName.Substring(2) : null;
            foreach (var suffix in KeySuffixes)
            {
                // AcademicTeamid: the same key, cased carelessly.
                if (memberName.Length > suffix.Length && memberName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    var stem = memberName.Substring(0, memberName.Length - suffix.Length).TrimEnd('_');
                    if (NamesPersonType(stem, near)) return stem;
                    // RenterId where EVRenter is a person: the role its name ends with.
                    if (NameClassifier.EndsLikeARole(stem) && PersonTypeEndingWith(stem, near) is { } named) return named;
                    for (var start = 1; start < stem.Length - 1; start++)
                    {
                        if (char.IsUpper(stem[start]) && !char.IsUpper(stem[start - 1]) && NamesPersonType(stem.Substring(start), near)) return stem.Substring(start);
                    }
                    return null;
                }
            }
            return null;
        }

        /// <summary>The name of a person type of the compilation that a member name starts with (<c>ClientName</c>: <c>Client</c>), with what follows.</summary>
        public (string Person, string Remainder)? PersonTypePrefix(string memberName)
        {
            if (Links.TypesByName.Count == 0) return null;
            // Only where a word begins: a member name has a few words, the compilation many person types.
            for (var end = 1; end < memberName.Length; end++)
            {
                if (!char.IsUpper(memberName[end]) || char.IsUpper(memberName[end - 1])) continue;
                var stem = memberName.Substring(0, end);
                if (NamesPersonType(stem)) return (stem, memberName.Substring(end));
            }
            return null;
        }

        private string? PersonTypeEndingWith(string lastWords, INamedTypeSymbol? near) => PersonTypeIn(Links.TypesByLastWords, lastWords, near)?.Name;

        private bool NamesPersonType(string name, INamedTypeSymbol? near = null) => PersonTypeIn(Links.TypesByName, name, near) is not null;

        /// <summary>The first person type the index lists under <paramref name="key"/>, of <paramref name="near"/>'s namespace when given.</summary>
        private INamedTypeSymbol? PersonTypeIn(Dictionary<string, List<INamedTypeSymbol>> index, string key, INamedTypeSymbol? near)
        {
            if (!index.TryGetValue(key, out var types)) return null;
            foreach (var type in types)
            {
                if (near is not null && !SymbolEqualityComparer.Default.Equals(type.ContainingNamespace, near.ContainingNamespace)) continue;
                if (IsPersonType(type)) return type;
            }
            return null;
        }

        private static readonly string[] KeySuffixes = { "Id", "ID", "Key", "Guid" };

        private static bool IsCandidate(INamedTypeSymbol type) =>
            type.SpecialType == SpecialType.None && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface;

        private TypeContext ComputeContext(INamedTypeSymbol type)
        {
            var baseNames = new List<string>();
            for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object && b.SpecialType != SpecialType.System_ValueType; b = b.BaseType)
            {
                // Attributes and exceptions carry messages and settings, not a person's data.
                if (IsSystemType(b, "Attribute") || IsSystemType(b, "Exception")) return TypeContext.NotDataHolder;
                baseNames.Add(b.Name);
            }
            var context = _classifier.ClassifyType(type.Name, baseNames);
            // A Customer where the application's users belong to customers is an organisation, its CustomerNumber its own.
            if (IsGroupName(type)) context = (context & ~TypeContext.PersonLike) | TypeContext.Suppressed;
            // A join row or a record named like a behaviour type (UserExternalAuthProvider { Subject, User }): plain data.
            if ((context & TypeContext.NotDataHolder) != 0 && IsPlainData(type)) context = _classifier.ClassifyType(type.Name, baseNames, serviceNamedData: true);
            if ((context & TypeContext.NotDataHolder) != 0) return context;

            var signals = ComputeSignals(type);
            // A host and a port: a connection's settings (an SMTP account), whatever its name says.
            if ((signals & (MemberSignals.Host | MemberSignals.Port)) == (MemberSignals.Host | MemberSignals.Port)) return TypeContext.NotDataHolder;
            // An animal (a Pet, or a vet's Patient with its Species and Breed): only its owner's name and key are a person's.
            if ((context & TypeContext.Animal) != 0 || HoldsAnimalMembers(type, signals)) return TypeContext.Animal;
            if ((signals & (MemberSignals.Street | MemberSignals.Postcode)) == (MemberSignals.Street | MemberSignals.Postcode)) context |= TypeContext.HoldsAddress;
            if ((signals & MemberSignals.NetworkAddress) != 0 && PointsAtAMachine(type)) context |= TypeContext.ThroughMachine;
            // A first and a last name: the row is about that person (an appointment, a guarantor), so its ambiguous words
            // (Gender, Age, City) count, though its own id is not a person key unless it is a person type.
            if ((signals & (MemberSignals.FirstName | MemberSignals.LastName)) == (MemberSignals.FirstName | MemberSignals.LastName)) context |= TypeContext.PersonLike;
            // A card number beside them: the type's Expiration and SecurityNumber are that card's (an ApplicationUser
            // that keeps its owner's card).
            if ((signals & MemberSignals.CardNumber) != 0) context |= TypeContext.PaymentCard;
            // A passport's number beside them: the type's IssueDate and ExpiryDate are that passport's (a traveller's
            // booking form).
            if ((signals & MemberSignals.Passport) != 0) context |= TypeContext.IdentityDocument;
            // A postcode or coordinates with no street and nothing of a person: a geographic lookup.
            const MemberSignals personal = MemberSignals.Street | MemberSignals.Email | MemberSignals.Phone | MemberSignals.FirstName |
                                           MemberSignals.LastName | MemberSignals.FullName | MemberSignals.BirthDate | MemberSignals.UserName | MemberSignals.Password;
            if ((signals & (MemberSignals.Postcode | MemberSignals.Coordinates)) != 0 && (signals & personal) == 0) context |= TypeContext.Geographic;
            // An e-mail and a phone: contact details of someone the row is about (a requester, a guest), so its Name
            // counts; not a person type on that alone (a venue or a ticket holds them too), and not an organisation's.
            if ((signals & (MemberSignals.Email | MemberSignals.Phone)) == (MemberSignals.Email | MemberSignals.Phone) && (context & TypeContext.Suppressed) == 0)
                context |= TypeContext.PersonLike;
            // Judged here once, not through the shared person cache (which navigations to this type fill if they need it):
            // one fewer insertion into a shared table per type.
            if (ComputeIsPerson(type.OriginalDefinition, signals))
            {
                context |= TypeContext.PersonType | TypeContext.PersonLike;
                // Its members said person though its name said organisation or place: the name no longer silences them.
                if ((context & TypeContext.Settings) == 0) context &= ~TypeContext.Suppressed;
            }
            else if (type.TypeKind == TypeKind.Interface ? IsPersonInterface(type) : Links.PersonByLink.Contains(type.OriginalDefinition))
                context |= TypeContext.PersonType | TypeContext.PersonLike;
            if ((context & TypeContext.PersonType) != 0) context &= ~TypeContext.Geographic;
            // A Gym with its GymName, e-mail and phone, and nothing of a person: an organisation's contact details, like
            // a Vendor's.
            else if ((signals & (MemberSignals.Email | MemberSignals.Phone | MemberSignals.Street)) != 0 && (signals & PersonEvidence) == 0 && HoldsOwnName(type))
                context = (context & ~TypeContext.PersonLike) | TypeContext.Suppressed;
            // A Ticket with a price and a quantity sold is merchandise (an event's ticket type), not a writing.
            if ((context & TypeContext.Authored) != 0 && (signals & MemberSignals.Merchandise) != 0) context &= ~(TypeContext.Authored | TypeContext.WriterOnRow);
            // Whether a writing names its writer: read only for the few types named as one.
            const MemberSignals writer = MemberSignals.PersonReference | MemberSignals.UserName | MemberSignals.Email | MemberSignals.FullName | MemberSignals.FirstName;
            if ((context & TypeContext.Authored) != 0 && ((signals & writer) != 0 || ComputeLinked(type, context, actorsLink: true))) context |= TypeContext.WriterOnRow;
            return context;
        }

        /// <summary>
        /// Whether <paramref name="type"/> holds the key of a machine of the compilation (its <c>MachineId</c> where
        /// <c>Machine { MachineId, IpAddress }</c>): a type named as a machine, an organisation or a place, with a network
        /// address of its own. Looked for only on the few types that hold a network address.
        /// </summary>
        private bool PointsAtAMachine(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType) || NameClassifier.IdStem(member.Name) is not { Length: > 2 } stem) continue;
                if (UndeclaredPersonalDataAnalyzer.KindOf(valueType) is not (ValueKind.Number or ValueKind.Guid or ValueKind.Text)) continue;
                if (!Links.TypesByName.TryGetValue(stem, out var targets)) continue;
                foreach (var target in targets)
                {
                    if (!SymbolEqualityComparer.Default.Equals(target, type.OriginalDefinition) && _classifier.IsNonPersonTypeName(target.Name) &&
                        (ComputeSignals(target) & MemberSignals.NetworkAddress) != 0)
                        return true;
                }
            }
            return false;
        }

        /// <param name="type">The type whose members are looked at.</param>
        /// <param name="context">Its name's context.</param>
        /// <param name="actorsLink">
        /// Whether who created, approved or cancelled the row (<c>CreatedBy</c>, <c>Approver</c>) links it: a writing's
        /// creator is its writer, but an expense or an invoice a staff user recorded is not about that user.
        /// </param>
        private bool ComputeLinked(INamedTypeSymbol type, TypeContext context, bool actorsLink = false)
        {
            if ((context & TypeContext.NotDataHolder) != 0) return false;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                if (!actorsLink && _classifier.IsActorName(member.Name)) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                var linked = kind == ValueKind.Other
                    ? PersonTarget(valueType, (context & TypeContext.PersonType) != 0, type) is not null
                    // Only keys that point elsewhere link: a person type's own Id is not a link to another person.
                    : KeyOf(member.Name, kind, context & ~TypeContext.PersonType, type) is not null || KeyOfPersonType(member.Name, kind, near: type) is not null;
                if (linked) return true;
                // A row that holds a person's national identity number (a donor's JMBG as the key of a call) is about that person.
                if (kind is ValueKind.Text or ValueKind.TextCollection && _classifier.Classify(member.Name, TypeContext.Neutral, kind) is { Category: DataCategory.NationalIdentifier })
                    return true;
            }
            return false;
        }

        /// <param name="type">The type (its original definition).</param>
        /// <param name="known">Its members' signals when the caller has them (the same names for every construction).</param>
        private bool ComputeIsPerson(INamedTypeSymbol type, MemberSignals? known)
        {
            // Only the compilation's own types are judged by their members: a referenced type (an ILogger, a
            // List) is a person only by its name or its Identity base, and reading its members would cost time.
            var inSource = !type.DeclaringSyntaxReferences.IsEmpty;
            var signals = inSource ? known ?? ComputeSignals(type) : MemberSignals.None;
            if ((signals & (MemberSignals.Host | MemberSignals.Port)) == (MemberSignals.Host | MemberSignals.Port)) return false;
            // A vet's Patient with its Species and Breed is an animal, whatever its name says.
            if (HoldsAnimalMembers(type, signals)) return false;
            // A type's own name is judged once (this type is); only base names recur from type to type and are cached:
            // caching every type's name grew a shared table under a lock on every new type (the analyzers' time budget).
            // A join row named after a person (CustomerGroupUser { CustomerGroupId, UserId }) holds only keys: it links
            // to the person, it is not one.
            if (_classifier.IsPersonTypeName(type.Name) && !IsGroupName(type))
            {
                if (inSource && (IsJoinRow(type) || IsAccountOfAPerson(type))) return false;
                return true;
            }
            for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
            {
                if (b.Name == "IdentityUser" && IsIdentityNamespace(b.ContainingNamespace)) return true;
                // BaseEntity, IdentityUser: the same few names. A base of the compilation named as a person is judged
                // whole, as it is where it is used: a SavingsAccount : Account is no person when the Account is the
                // bank account of one.
                if (IsPersonName(b.Name))
                {
                    if (b.DeclaringSyntaxReferences.IsEmpty || _isPerson.GetOrAdd(b.OriginalDefinition, _computeIsPerson)) return true;
                    break;
                }
            }
            if (!inSource) return false;
            if (IsRoleOfAPerson(type)) return true;

            // Two strong person members, one of which names or authenticates someone: an e-mail with a password or a user
            // name, a name pair with a birth date. An e-mail with a phone is contact details (a venue's, a ticket's). Not
            // on a type named as an organisation, a place or a machine: a Vendor's e-mail and phone are its contact details.
            if (signals == MemberSignals.None) return false;
            // A PetEntity's name, birth date and gender are an animal's.
            if (_classifier.IsAnimalTypeName(type.Name)) return false;
            // A name and a gender or a birth date are a person's whatever the type is called (an AcademicTeam row per
            // teacher): no organisation, place or machine has either.
            if (_classifier.IsNonPersonTypeName(type.Name)) return NamesAPerson(signals) && (signals & (MemberSignals.Gender | MemberSignals.BirthDate)) != 0;
            const MemberSignals naming = MemberSignals.FirstName | MemberSignals.LastName | MemberSignals.FullName | MemberSignals.BirthDate | MemberSignals.Password | MemberSignals.UserName;
            // A national identity number with an e-mail or a phone names someone too (a Lawyer with an AadharNumber); alone,
            // it keys a row about the person (a screening questionnaire), not the person.
            var nationalIdWithContact = (signals & MemberSignals.NationalId) != 0 && (signals & (MemberSignals.Email | MemberSignals.Phone)) != 0;
            if ((signals & naming) == 0 && !nationalIdWithContact) return false;
            // A Gym with its GymName, e-mail, phone and password: a named organisation that logs in, not a person. Its own
            // name stands where a person's would; only a person's name, birth date or gender would say otherwise.
            if ((signals & PersonEvidence) == 0 && HoldsOwnName(type))
                return false;
            var count = 0;
            if ((signals & MemberSignals.Email) != 0) count++;
            if ((signals & MemberSignals.Phone) != 0) count++;
            if ((signals & (MemberSignals.FirstName | MemberSignals.LastName)) == (MemberSignals.FirstName | MemberSignals.LastName) || (signals & MemberSignals.FullName) != 0) count++;
            if ((signals & MemberSignals.BirthDate) != 0) count++;
            // Three parts of a name (a Name, a Surname and a Patronymic) are a person's on their own.
            if ((signals & MemberSignals.MiddleName) != 0 && NamesAPerson(signals)) count++;
            if ((signals & MemberSignals.Password) != 0) count++;
            if ((signals & MemberSignals.UserName) != 0) count++;
            if ((signals & MemberSignals.Gender) != 0) count++;
            // A national identity number: a company has a tax number, only a person an Aadhaar or a passport.
            if ((signals & MemberSignals.NationalId) != 0) count++;
            return count >= 2;
        }

        /// <summary>
        /// An animal by what it holds: what only an animal has (a <c>Species</c>, a <c>Breed</c>) and nothing only a
        /// person has (a first and last name, a password, a user name), whatever its name (a vet's <c>Patient</c>).
        /// </summary>
        private static bool HoldsAnimalMembers(INamedTypeSymbol type, MemberSignals signals)
        {
            if ((signals & MemberSignals.Animal) == 0) return false;
            const MemberSignals human = MemberSignals.FirstName | MemberSignals.LastName | MemberSignals.FullName | MemberSignals.MiddleName |
                                        MemberSignals.Password | MemberSignals.UserName | MemberSignals.NationalId | MemberSignals.Passport;
            return (signals & human) == 0 && !DerivesFromIdentityUser(type);
        }

        /// <summary>What only a person has: a personal name, a birth date, a gender.</summary>
        private const MemberSignals PersonEvidence = MemberSignals.FirstName | MemberSignals.LastName | MemberSignals.FullName | MemberSignals.BirthDate | MemberSignals.Gender | MemberSignals.NationalId;

        /// <summary>Whether the type names itself (<c>Gym.GymName</c>): a thing with a name of its own.</summary>
        private static bool HoldsOwnName(INamedTypeSymbol type)
        {
            foreach (var member in type.GetMembers(type.Name + "Name"))
            {
                if (TryGetDataType(member, out _)) return true;
            }
            return false;
        }

        /// <summary>
        /// A role someone plays, kept beside the user it is (<c>Recruiter { RecruiterId, UserId, User, CompanyId,
        /// IsActive }</c>, <c>Renter { AccountId, Account, LicenseNumber }</c>): named as someone who does something, one
        /// navigation to a user type by its name with its foreign key, and otherwise only keys, flags and text: no dates, amounts or names of
        /// its own, which a thing linked to its user has (an <c>Order</c>'s date and total, a <c>Folder</c>'s name).
        /// </summary>
        private bool IsRoleOfAPerson(INamedTypeSymbol type)
        {
            var head = _classifier.HeadNounOf(type.Name);
            if (head.Length < 5 || !NameClassifier.EndsLikeARole(head) ||
                _classifier.IsNonPersonTypeName(type.Name) || _classifier.IsServiceTypeName(type.Name))
                return false;
            INamedTypeSymbol? user = null;
            string? navigation = null;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                switch (kind)
                {
                    case ValueKind.Other:
                        if (valueType is INamedTypeSymbol { SpecialType: SpecialType.None, IsGenericType: false, TypeKind: TypeKind.Class } target &&
                            !SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, type.OriginalDefinition) &&
                            (DerivesFromIdentityUser(target) || (_classifier.IsPersonTypeName(target.Name) && !IsGroupName(target))))
                        {
                            if (user is not null && !SymbolEqualityComparer.Default.Equals(user, target.OriginalDefinition)) return false;
                            user = target.OriginalDefinition;
                            navigation = member.Name;
                        }
                        continue;
                    case ValueKind.Bool:
                    case ValueKind.Enum:
                    case ValueKind.Guid:
                        continue;
                    case ValueKind.Text:
                        if (member.Name.EndsWith("Name", StringComparison.Ordinal) || member.Name.EndsWith("Title", StringComparison.Ordinal)) return false;
                        continue;
                    case ValueKind.Number:
                        if (_classifier.MayBeKey(member.Name)) continue;
                        return false;
                    default:
                        return false;
                }
            }
            // The user's own foreign key beside it (User and UserId): the row is that user's, one to one.
            return navigation is not null && (!type.GetMembers(navigation + "Id").IsEmpty || !type.GetMembers(navigation + "ID").IsEmpty);
        }

        private static bool NamesAPerson(MemberSignals signals) =>
            (signals & (MemberSignals.FirstName | MemberSignals.LastName)) == (MemberSignals.FirstName | MemberSignals.LastName) || (signals & MemberSignals.FullName) != 0;

        /// <summary>
        /// An <c>Account</c> that navigates to a person type, or holds a person's key, and holds no credential of its own
        /// (a CRM's company account with its contact <c>Person</c>, a bank account with its holder's <c>UserId</c>): the
        /// account of that person or organisation, not a person itself. A login account with its <c>Password</c> stays a
        /// person's.
        /// </summary>
        private bool IsAccountOfAPerson(INamedTypeSymbol type)
        {
            if (!string.Equals(_classifier.HeadNounOf(type.Name), "account", StringComparison.Ordinal)) return false;
            if ((ComputeSignals(type) & (MemberSignals.Password | MemberSignals.UserName | MemberSignals.Email)) != 0) return false;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType) || valueType is not INamedTypeSymbol target) continue;
                string? holder;
                switch (UndeclaredPersonalDataAnalyzer.KindOf(target))
                {
                    case ValueKind.Other:
                        holder = target.SpecialType != SpecialType.None || target.IsGenericType || SymbolEqualityComparer.Default.Equals(target.OriginalDefinition, type) ? null : target.Name;
                        break;
                    case ValueKind.Text:
                    case ValueKind.Number:
                    case ValueKind.Guid:
                        holder = NameClassifier.IdStem(member.Name);
                        break;
                    default:
                        continue;
                }
                if (holder is { Length: > 2 } && _classifier.IsPersonTypeName(holder) && !string.Equals(_classifier.HeadNounOf(holder), "account", StringComparison.Ordinal)) return true;
            }
            return false;
        }

        /// <summary>
        /// Only keys and navigations, two keys at least, and named after what it joins or pointing at no person (<c>CustomerGroupUser</c> with its
        /// <c>CustomerGroupId</c>, <c>ChannelUsers</c> with its <c>IdChannel</c>): the row of a many-to-many relation, which
        /// may also keep the order of its rows (a book's authors in their <c>Order</c>). A
        /// <c>Staff</c> row with its <c>AccountId</c> and <c>StationId</c> is a person whose details live in the account it
        /// points at.
        /// </summary>
        private bool IsJoinRow(INamedTypeSymbol type)
        {
            var keys = 0;
            var namedAfterKey = false;
            var personKey = false;
            foreach (var member in type.GetMembers())
            {
                if (!TryGetDataType(member, out var valueType)) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                if (kind == ValueKind.Other) continue;
                var name = member.Name;
                var stem = NameClassifier.IdStem(name) ??
                           (name.EndsWith("Key", StringComparison.Ordinal) ? name.Substring(0, name.Length - 3) : NameClassifier.IsIdFirstKey(name) ? name.Substring(2) : null);
                if (stem is null)
                {
                    if (kind == ValueKind.Number && _classifier.IsOrdering(name)) continue;
                    return false;
                }
                keys++;
                // The row's own key (StaffId on Staff) says nothing of what it joins.
                stem = stem.TrimEnd('_');
                if (stem.Length < 3 || string.Equals(stem, type.Name, StringComparison.OrdinalIgnoreCase)) continue;
                if (type.Name.IndexOf(stem, StringComparison.OrdinalIgnoreCase) >= 0) namedAfterKey = true;
                else personKey |= _classifier.IsPersonTypeName(stem);
            }
            return keys >= 2 && (namedAfterKey || !personKey);
        }

        /// <summary>
        /// A type of the compilation that only carries data: properties and fields, no methods of its own beyond
        /// constructors and the object overrides (a join row or a record whose name ends like <c>Provider</c>).
        /// </summary>
        private static bool IsPlainData(INamedTypeSymbol type)
        {
            if (type.DeclaringSyntaxReferences.IsEmpty || type.TypeKind is not (TypeKind.Class or TypeKind.Struct)) return false;
            var data = 0;
            foreach (var member in type.GetMembers())
            {
                if (member.IsImplicitlyDeclared) continue;
                switch (member)
                {
                    case IMethodSymbol method:
                        if (method.MethodKind is MethodKind.Constructor or MethodKind.StaticConstructor or MethodKind.PropertyGet or MethodKind.PropertySet) continue;
                        if (method.IsOverride && method.Name is "ToString" or "Equals" or "GetHashCode") continue;
                        return false;
                    case IPropertySymbol { IsStatic: false, IsIndexer: false }:
                    case IFieldSymbol { IsStatic: false, IsConst: false }:
                        data++;
                        break;
                }
            }
            return data >= 2;
        }

        /// <summary>The same base and type names come back for every entity (<c>BaseEntity</c>): judged once each.</summary>
        private bool IsPersonName(string baseTypeName) => _personNames.GetOrAdd(baseTypeName, _computePersonName);

        private MemberSignals ComputeSignals(INamedTypeSymbol type)
        {
            var signals = MemberSignals.None;
            foreach (var member in type.GetMembers())
            {
                if (TryGetDataType(member, out _)) signals |= _signalsByName.GetOrAdd(member.Name, _computeSignalsByName);
            }
            // A bare Name beside a Surname, or a Patronymic beside either: the parts of a person's name (a Dentist
            // { Name, Surname, Patronymic }), as a first and a last name are.
            if ((signals & MemberSignals.MiddleName) != 0 && (signals & (MemberSignals.BareName | MemberSignals.FirstName | MemberSignals.LastName)) != 0)
                signals |= MemberSignals.FirstName | MemberSignals.LastName;
            else if ((signals & (MemberSignals.BareName | MemberSignals.LastName)) == (MemberSignals.BareName | MemberSignals.LastName))
                signals |= MemberSignals.FirstName;
            return signals;
        }

        // Instance data only (a const field is static): the property or field shape is the model's TypeFacts.ValueTypeOf.
        private static bool TryGetDataType(ISymbol member, out ITypeSymbol valueType)
        {
            valueType = member.IsStatic || member.IsImplicitlyDeclared ? null! : TypeFacts.ValueTypeOf(member)!;
            return valueType is not null;
        }

        private static bool IsSystemType(INamedTypeSymbol type, string name) =>
            type.Name == name && type.ContainingType is null && type.ContainingNamespace is { Name: "System" } ns && ns.ContainingNamespace is { IsGlobalNamespace: true };

        private static bool IsInSystem(INamespaceSymbol? ns)
        {
            for (; ns is not null && !ns.IsGlobalNamespace; ns = ns.ContainingNamespace)
            {
                if (ns.ContainingNamespace is { IsGlobalNamespace: true }) return ns.Name == "System";
            }
            return false;
        }

        private static bool IsIdentityNamespace(INamespaceSymbol? ns) =>
            ns is { Name: "Identity" } && ns.ContainingNamespace is { Name: "AspNetCore" } a && a.ContainingNamespace is { Name: "Microsoft" } m &&
            m.ContainingNamespace is { IsGlobalNamespace: true };
    }
}
