using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

// RS0026: the typed Export/Erase mirror the object forms with the same optional
// parameters; they are told apart by their first parameter's type, never by the optional ones.
#pragma warning disable RS0026
namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The privacy table of <typeparamref name="T"/>, written by the generator (<c>T.PrivacyMetadata</c>): its members in
    /// declaration order with their uses and typed accessors, and the shared routines behind the generated
    /// <c>ToRedactedString()</c> and <c>Redacted()</c>.
    /// </summary>
    /// <typeparam name="T">The annotated type.</typeparam>
    public sealed class PrivacyTypeMetadata<T> : PrivacyTypeMetadata
    {
        private readonly PrivacyMember<T>[] _table;
        private readonly Func<T, T>? _copy;
        private readonly string _displayName;

        internal PrivacyTypeMetadata(string typeName, PrivacyMember<T>[] table, Func<T, T>? copy)
            : base(typeName, UsesInNameOrder(table))
        {
            _table = table;
            _copy = copy;
            _displayName = DisplayName(typeof(T));
            PrivacyTypes.Add(this);
        }

        /// <inheritdoc />
        public override Type Type => typeof(T);

        /// <summary>The type's privacy table, in declaration order (see <see cref="PrivacyTypeMetadata.MemberTable"/>).</summary>
        public new IReadOnlyList<PrivacyMember<T>> MemberTable => _table;

        private protected override IReadOnlyList<PrivacyMember> MemberTableCore => _table;

        /// <summary>The table row of a member; null when the table has none of that name.</summary>
        public new PrivacyMember<T>? FindMember(string name) => (PrivacyMember<T>?)base.FindMember(name);

        /// <inheritdoc />
        public override bool CanRedactCopy => _copy is not null;

        /// <summary>
        /// The object as text for logs, like a record's <c>ToString()</c> (<c>Customer { Email = j***@***.com, Id = 42 }</c>,
        /// members in declaration order) with every personal member redacted and other members shown only when printable.
        /// </summary>
        public string ToRedactedString(T value)
        {
            if (value is null) return "null";
            var text = new StringBuilder(_displayName).Append(" {");
            if (PrintMembers(value, text.Append(' '))) text.Append(' ');
            return text.Append('}').ToString();
        }

        /// <summary>
        /// Appends the members <see cref="ToRedactedString(T)"/> shows (<c>Email = j***@***.com, Id = 42</c>), as a record's
        /// <c>PrintMembers</c> does: the generated <c>PrintMembers</c> of a partial record calls it, so the record's own
        /// <c>ToString()</c> prints personal members redacted. <paramref name="basePrinted"/>: a base record's
        /// <c>PrintMembers</c> already appended members (a separator goes first).
        /// </summary>
        /// <returns>Whether anything was appended, by the base or here.</returns>
        public bool PrintMembers(T value, StringBuilder builder, bool basePrinted = false)
        {
            if (builder is null) throw new ArgumentNullException(nameof(builder));
            var printed = basePrinted;
            if (value is null) return printed;
            foreach (var member in _table)
            {
                if (!member.IsPersonal && !member.IsPrintable) continue;
                builder.Append(printed ? ", " : "").Append(member.Name).Append(" = ").Append(member.Render(value));
                printed = true;
            }
            return printed;
        }

        /// <summary>A copy of the object whose personal members hold no personal value (text redacted, other values reset); other members are copied.</summary>
        /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
        /// <exception cref="NotSupportedException">The type has no redacted copy (<see cref="CanRedactCopy"/>).</exception>
        public T Redacted(T value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            if (_copy is null) throw new NotSupportedException(TypeName + " has no redacted copy: see the comment in its generated file.");
            var copy = _copy(value);
            foreach (var member in _table)
            {
                // A personal member that cannot be set was redacted by the copy itself (an init-only member set in the
                // object initializer that creates it).
                if (member.IsPersonal && member.CanSet) copy = member.RedactInto(value, copy);
            }
            return copy;
        }

        /// <summary>The object's personal data for an access or portability request (see <see cref="PrivacyTypeMetadata.Export(object, ProcessingRegister)"/>).</summary>
        public PersonalDataExport Export(T value, ProcessingRegister? register = null)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            return PersonalDataRights.Export(this, _table, value, register);
        }

        /// <summary>Erases the object's personal data, honouring holds (see <see cref="PrivacyTypeMetadata.Erase(object, RetentionAnchors, DateTime, ProcessingRegister)"/>).</summary>
        public ErasureOutcome<T> Erase(T value, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register = null)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            return PersonalDataRights.Erase(this, _table, value, anchors, asOf, register);
        }

        /// <inheritdoc />
        public override PersonalDataExport Export(object instance, ProcessingRegister? register = null) => Export(Cast(instance), register);

        /// <inheritdoc />
        public override ErasureOutcome Erase(object instance, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register = null) =>
            Erase(Cast(instance), anchors, asOf, register);

        /// <summary>For a generated copy that must redact an init-only member while creating the object.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public TValue RedactedValue<TValue>(string member, TValue value) =>
            base.FindMember(member) is PrivacyMember<T, TValue> row ? row.Redacted(value) : default!;

        /// <inheritdoc />
        public override string ToRedactedString(object? instance) => instance is null ? "null" : ToRedactedString(Cast(instance));

        /// <inheritdoc />
        public override object Redacted(object instance) => Redacted(Cast(instance))!;

        private static T Cast(object instance) =>
            instance is T typed ? typed : throw new ArgumentException("Expected an instance of " + typeof(T) + ", got " + instance.GetType() + ".", nameof(instance));

        // Uses keep the order they always had: by member name, then as declared on the member.
        private static PersonalDataUse[] UsesInNameOrder(PrivacyMember<T>[] table)
        {
            var personal = new List<PrivacyMember<T>>();
            foreach (var member in table)
            {
                if (member.IsPersonal) personal.Add(member);
            }
            var ordered = new PrivacyMember<T>[personal.Count];
            personal.CopyTo(ordered);
            // A stable sort: List.Sort is not, and two members never share a name, so an ordinal sort suffices.
            Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            var uses = new List<PersonalDataUse>();
            foreach (var member in ordered) uses.AddRange(member.Uses);
            return uses.ToArray();
        }

        // "Envelope`1" prints as "Envelope", as the generated code did and as a record prints itself.
        private static string DisplayName(Type type)
        {
            var name = type.Name;
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }
    }

    /// <summary>
    /// Writes a <see cref="PrivacyTypeMetadata{T}"/>: the generated code calls it once per annotated type, one call per
    /// member in declaration order. Not meant for hand-written code.
    /// </summary>
    /// <remarks>
    /// The type's members are read and set by two methods the generated code passes once, each a chain of <c>if</c>s on the
    /// row's index (row i is the i-th row call): one delegate per type, no lambda per member. Each row names its kind
    /// by its method and its value type by an explicit type argument, so compiling the table infers nothing and resolves
    /// no overload (most of what the generated code cost the compiler).
    /// </remarks>
    /// <typeparam name="T">The annotated type.</typeparam>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class PrivacyTableBuilder<T>
    {
        private readonly string _typeName;
        private readonly Func<T, int, object?> _get;
        private readonly Func<T, int, object?, T> _set;
        private readonly Func<T, T>? _copy;
        private readonly List<Func<PrivacyMember<T>>> _members = new List<Func<PrivacyMember<T>>>();
        private List<(DataCategory Category, string? PurposeId, string? Retention, RedactionKind Redaction, bool Encrypted, bool Pseudonymised)>? _uses;

        /// <summary>The index the constructor's <c>set</c> is called with (and a null value) for a shallow copy of the instance.</summary>
        public const int CopyIndex = -1;

        /// <summary>Starts the table of a type.</summary>
        /// <param name="get">Reads the member of a row index, boxed.</param>
        /// <param name="set">
        /// Sets the member of a row index from a boxed value and returns the instance that holds it (itself, or a copy);
        /// with <see cref="CopyIndex"/>, returns a shallow copy for <c>Redacted()</c>.
        /// </param>
        /// <param name="canCopy"><paramref name="set"/> makes copies: false when the type cannot be copied with its personal members redacted.</param>
        /// <param name="typeName">The type's full name as C# writes it; null for a non-generic type, whose name the runtime derives.</param>
        public PrivacyTableBuilder(Func<T, int, object?> get, Func<T, int, object?, T> set, bool canCopy, string? typeName = null)
        {
            _typeName = typeName ?? CSharpName(typeof(T));
            _get = get ?? throw new ArgumentNullException(nameof(get));
            _set = set ?? throw new ArgumentNullException(nameof(set));
            if (canCopy) _copy = o => set(o, CopyIndex, null);
        }

        // Each Personal*() carries the member's first use; a null purpose id records none (an annotation without a
        // purpose), its category still counting for the redaction.

        /// <summary>A personal member set in place (on the instance; a struct's on its copy), with its first use.</summary>
        public PrivacyTableBuilder<T> Personal<TValue>(string name, DataCategory category, string? purposeId, string? retention,
                                                       RedactionKind redaction = RedactionKind.Default, bool encrypted = false, bool pseudonymised = false) =>
            AddPersonal<TValue>(name, true, false, (category, purposeId, retention, redaction, encrypted, pseudonymised));

        /// <summary>An init-only personal member of a record or struct, set on a copy (<c>with</c>), with its first use.</summary>
        public PrivacyTableBuilder<T> PersonalInit<TValue>(string name, DataCategory category, string? purposeId, string? retention,
                                                           RedactionKind redaction = RedactionKind.Default, bool encrypted = false, bool pseudonymised = false) =>
            AddPersonal<TValue>(name, true, true, (category, purposeId, retention, redaction, encrypted, pseudonymised));

        /// <summary>A personal member that cannot be set, with its first use.</summary>
        public PrivacyTableBuilder<T> PersonalReadOnly<TValue>(string name, DataCategory category, string? purposeId, string? retention,
                                                               RedactionKind redaction = RedactionKind.Default, bool encrypted = false, bool pseudonymised = false) =>
            AddPersonal<TValue>(name, false, false, (category, purposeId, retention, redaction, encrypted, pseudonymised));

        /// <summary>Another use (category and purpose) of the personal member added last.</summary>
        public PrivacyTableBuilder<T> Use(DataCategory category, string? purposeId, string? retention,
                                          RedactionKind redaction = RedactionKind.Default, bool encrypted = false, bool pseudonymised = false)
        {
            if (_uses is null) throw new InvalidOperationException("Use() follows a Personal() member.");
            _uses.Add((category, purposeId, retention, redaction, encrypted, pseudonymised));
            return this;
        }

        /// <summary>Marks the member added last as the one that identifies the data subject (<see cref="DataSubjectKeyAttribute"/>).</summary>
        public PrivacyTableBuilder<T> SubjectKey()
        {
            if (_members.Count == 0) throw new InvalidOperationException("SubjectKey() follows a member.");
            var last = _members[_members.Count - 1];
            _members[_members.Count - 1] = () =>
            {
                var member = last();
                member.IsSubjectKey = true;
                return member;
            };
            return this;
        }

        /// <summary>
        /// Says why the personal member added last cannot be set ("a read-only field", "init-only on a class, set only
        /// when the object is created"): an erasure that keeps it gives this reason.
        /// </summary>
        public PrivacyTableBuilder<T> CannotSetBecause(string reason)
        {
            if (reason is null) throw new ArgumentNullException(nameof(reason));
            if (_members.Count == 0) throw new InvalidOperationException("CannotSetBecause() follows a member.");
            var last = _members[_members.Count - 1];
            _members[_members.Count - 1] = () =>
            {
                var member = last();
                member.CannotSetReason = reason;
                return member;
            };
            return this;
        }

        /// <summary>A member that holds no personal data: shown in the redacted text when <paramref name="printable"/>.</summary>
        public PrivacyTableBuilder<T> Plain<TValue>(string name, bool printable = true)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            _uses = null;
            var index = _members.Count;
            _members.Add(() => new PrivacyMember<T, TValue>(name, false, printable, Array.Empty<PersonalDataUse>(), 0, RedactionKind.Default, index, _get, null, false));
            return this;
        }

        /// <summary>The finished table.</summary>
        public PrivacyTypeMetadata<T> Build()
        {
            var table = new PrivacyMember<T>[_members.Count];
            for (var i = 0; i < table.Length; i++) table[i] = _members[i]();
            return new PrivacyTypeMetadata<T>(_typeName, table, _copy);
        }

        // Klivar.Accounts.Outer+Inner as C# writes it: Klivar.Accounts.Outer.Inner.
        private static string CSharpName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

        private PrivacyTableBuilder<T> AddPersonal<TValue>(string name, bool canSet, bool setReturnsCopy,
            (DataCategory Category, string? PurposeId, string? Retention, RedactionKind Redaction, bool Encrypted, bool Pseudonymised) first)
        {
            if (name is null) throw new ArgumentNullException(nameof(name));
            var index = _members.Count;
            var set = canSet ? _set : null;
            var uses = new List<(DataCategory Category, string? PurposeId, string? Retention, RedactionKind Redaction, bool Encrypted, bool Pseudonymised)> { first };
            _uses = uses;
            // Uses are read when the table is built, so the Use() calls that follow this member are part of it.
            _members.Add(() =>
            {
                var (category, redaction) = StrongestRedaction(uses);
                var rows = new List<PersonalDataUse>(uses.Count);
                foreach (var use in uses)
                {
                    // An annotation without a purpose is no use, but its category still counts for the redaction.
                    if (use.PurposeId is not null)
                        rows.Add(new PersonalDataUse(name, use.Category, use.PurposeId, use.Retention, redaction, use.Encrypted, use.Pseudonymised));
                }
                return new PrivacyMember<T, TValue>(name, true, false, rows.ToArray(), category, redaction, index, _get, set, setReturnsCopy);
            });
            return this;
        }

        // The redaction a member gets: the strongest its annotations ask for (erase, then hash, then mask), each
        // annotation's own choice else its category's default; an unknown category is erased.
        private static (DataCategory Category, RedactionKind Kind) StrongestRedaction(
            List<(DataCategory Category, string? PurposeId, string? Retention, RedactionKind Redaction, bool Encrypted, bool Pseudonymised)> uses)
        {
            (DataCategory Category, RedactionKind Kind) chosen = (0, RedactionKind.Default);
            foreach (var use in uses)
            {
                var kind = !DataCategoryFacts.IsDefined(use.Category) ? RedactionKind.Erase
                    : VocabularyValues.IsExplicit(use.Redaction) ? use.Redaction
                    : DataCategoryFacts.DefaultRedaction(use.Category);
                if (chosen.Kind == RedactionKind.Default || Strength(kind) > Strength(chosen.Kind)) chosen = (use.Category, kind);
            }
            return chosen.Kind == RedactionKind.Default ? (0, RedactionKind.Erase) : chosen;
        }

        private static int Strength(RedactionKind kind) => kind switch
        {
            RedactionKind.Erase => 3,
            RedactionKind.Hash => 2,
            RedactionKind.Mask => 1,
            _ => 0,
        };
    }
}
