using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// One row of an annotated type's privacy table (<see cref="PrivacyTypeMetadata.MemberTable"/>): a member, whether it
    /// holds personal data and for which uses, and how to read it (and set it, where the type allows). The generator
    /// writes the table once per type; the redaction helpers, and any run-time tool (export, erasure, logging), read it
    /// instead of generating code of their own or reflecting over attributes.
    /// </summary>
    public abstract class PrivacyMember
    {
        private protected PrivacyMember(string name, bool isPersonal, bool isPrintable, IReadOnlyList<PersonalDataUse> uses, DataCategory category, RedactionKind redaction)
        {
            Name = name;
            IsPersonal = isPersonal;
            IsPrintable = isPrintable;
            Uses = uses;
            Category = category;
            Redaction = redaction;
        }

        /// <summary>The member's name.</summary>
        public string Name { get; }

        /// <summary>The member identifies whose data the object holds (<see cref="DataSubjectKeyAttribute"/>).</summary>
        public bool IsSubjectKey { get; internal set; }

        /// <summary>The member holds personal data: <see cref="Uses"/> says what for.</summary>
        public bool IsPersonal { get; }

        /// <summary>
        /// A member that holds no personal data and whose value a log may show as it is (a number, enum, date, Guid, or
        /// text declared <c>[NotPersonalData]</c>). A member neither personal nor printable is listed because its value
        /// may itself be an annotated object (look its table up with <see cref="PrivacyTypes.Find(Type)"/>); the
        /// redacted text leaves it out.
        /// </summary>
        public bool IsPrintable { get; }

        /// <summary>One entry per category and purpose of a personal member, with its resolved retention; empty otherwise.</summary>
        public IReadOnlyList<PersonalDataUse> Uses { get; }

        /// <summary>The category the member is redacted as (that of its strongest redaction); <c>0</c> when not personal.</summary>
        public DataCategory Category { get; }

        /// <summary>How the member is redacted (never <see cref="RedactionKind.Default"/> when personal): the strongest its uses ask for.</summary>
        public RedactionKind Redaction { get; }

        /// <summary>The type that declares the member.</summary>
        public abstract Type DeclaringType { get; }

        /// <summary>The member's declared type (<c>string</c> for <c>string?</c>, <c>int?</c> as <c>Nullable&lt;int&gt;</c>).</summary>
        public abstract Type ValueType { get; }

        /// <summary>The member can be set through <see cref="SetValue(object, object)"/>.</summary>
        public abstract bool CanSet { get; }

        /// <summary>
        /// Why a personal member cannot be set, in words ("a read-only field", "a computed property with no setter"); null
        /// when it can, or when the table does not say.
        /// </summary>
        public string? CannotSetReason { get; internal set; }

        /// <summary>
        /// Setting the member yields a new instance rather than changing the given one: a value type, or an init-only
        /// member of a record set through <c>with</c>. Callers must keep the instance <see cref="SetValue(object, object)"/> returns.
        /// </summary>
        public abstract bool SetReturnsCopy { get; }

        /// <summary>Reads the member from <paramref name="instance"/> (an instance of <see cref="DeclaringType"/>).</summary>
        public abstract object? GetValue(object instance);

        /// <summary>
        /// Sets the member and returns the instance that holds the new value: <paramref name="instance"/> itself for a
        /// class with a setter, a copy when <see cref="SetReturnsCopy"/>. A null value sets the member's default.
        /// </summary>
        /// <exception cref="InvalidOperationException">The member cannot be set (<see cref="CanSet"/> is false).</exception>
        public abstract object SetValue(object instance, object? value);

        /// <summary>
        /// What the member holds once redacted: text redacted as in <c>ToRedactedString()</c> (null stays null); any
        /// other personal value its type's default. A member that is not personal keeps its value.
        /// </summary>
        public abstract object? RedactedValueOf(object? value);

        /// <summary>The value as <c>ToRedactedString()</c> shows it: redacted when personal, as invariant text otherwise.</summary>
        public string Render(object? value) =>
            IsPersonal ? PrivacyAnnotations.Redaction.Redact(value, Category, Redaction) : RenderPlain(value);

        internal static string RenderPlain(object? value) =>
            Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";

        /// <inheritdoc />
        public override string ToString() => Name + (IsPersonal ? " (personal: " + Category + ", " + Redaction + ")" : "");
    }

    /// <summary>A row of the privacy table of <typeparamref name="T"/>, with typed access to the instance.</summary>
    /// <typeparam name="T">The annotated type.</typeparam>
    public abstract class PrivacyMember<T> : PrivacyMember
    {
        private protected PrivacyMember(string name, bool isPersonal, bool isPrintable, IReadOnlyList<PersonalDataUse> uses, DataCategory category, RedactionKind redaction)
            : base(name, isPersonal, isPrintable, uses, category, redaction)
        {
        }

        /// <inheritdoc />
        public override Type DeclaringType => typeof(T);

        /// <summary>Reads the member, boxed.</summary>
        public abstract object? GetValue(T instance);

        /// <summary>Sets the member from a boxed value (null: the default) and returns the instance that holds it (see <see cref="PrivacyMember.SetReturnsCopy"/>).</summary>
        public abstract T SetValue(T instance, object? value);

        /// <summary>The instance with this member redacted (see <see cref="PrivacyMember.RedactedValueOf"/>); the instance itself when the member is not personal.</summary>
        public abstract T Redact(T instance);

        /// <summary>The member as <c>ToRedactedString()</c> shows it.</summary>
        public abstract string Render(T instance);

        /// <summary>Calls <paramref name="visitor"/> with this row's value type: typed code (a database query) without reflection.</summary>
        public abstract TResult Accept<TResult>(IPrivacyMemberVisitor<T, TResult> visitor);

        // Sets on target the redacted value of source's member: a copy made by an object initializer does not hold it.
        internal abstract T RedactInto(T source, T target);

        /// <inheritdoc />
        public override object? GetValue(object instance) => GetValue(Cast(instance));

        /// <inheritdoc />
        public override object SetValue(object instance, object? value) => SetValue(Cast(instance), value)!;

        private static T Cast(object instance)
        {
            if (instance is null) throw new ArgumentNullException(nameof(instance));
            if (instance is T typed) return typed;
            throw new ArgumentException("Expected an instance of " + typeof(T) + ", got " + instance.GetType() + ".", nameof(instance));
        }
    }

    /// <summary>A row of the privacy table of <typeparamref name="T"/> for a member of type <typeparamref name="TValue"/>.</summary>
    /// <typeparam name="T">The annotated type.</typeparam>
    /// <typeparam name="TValue">The member's type.</typeparam>
    public sealed class PrivacyMember<T, TValue> : PrivacyMember<T>
    {
        // The type's shared accessors (an if-chain on the row index, generated once per type) and this row's index in them.
        private readonly int _index;
        private readonly Func<T, int, object?> _get;
        private readonly Func<T, int, object?, T>? _set;
        private readonly bool _setReturnsCopy;

        internal PrivacyMember(string name, bool isPersonal, bool isPrintable, IReadOnlyList<PersonalDataUse> uses, DataCategory category, RedactionKind redaction,
                               int index, Func<T, int, object?> get, Func<T, int, object?, T>? set, bool setReturnsCopy)
            : base(name, isPersonal, isPrintable, uses, category, redaction)
        {
            _index = index;
            _get = get;
            _set = set;
            _setReturnsCopy = setReturnsCopy || typeof(T).IsValueType;
        }

        /// <inheritdoc />
        public override Type ValueType => typeof(TValue);

        /// <inheritdoc />
        public override bool CanSet => _set is not null;

        /// <inheritdoc />
        public override bool SetReturnsCopy => _setReturnsCopy;

        /// <summary>Reads the member.</summary>
        public TValue Get(T instance) => (TValue)_get(instance, _index)!;

        /// <summary>Sets the member and returns the instance that holds the value (see <see cref="PrivacyMember.SetReturnsCopy"/>).</summary>
        /// <exception cref="InvalidOperationException">The member cannot be set.</exception>
        public T Set(T instance, TValue value) =>
            // Boxed as given: a value-type member gets a boxed value, never null (null only for a reference or Nullable<>).
            _set is null ? throw new InvalidOperationException(typeof(T).Name + "." + Name + " cannot be set.") : _set(instance, _index, value);

        /// <summary>The redacted value of a value of this member (see <see cref="PrivacyMember.RedactedValueOf"/>).</summary>
        public TValue Redacted(TValue value)
        {
            if (!IsPersonal) return value;
            // Text keeps a redacted form; any other personal value (a date, a number) has none and is reset.
            if (value is string text) return (TValue)(object)PrivacyAnnotations.Redaction.Redact(text, Category, Redaction);
            return default!;
        }

        /// <inheritdoc />
        public override object? GetValue(T instance) => _get(instance, _index);

        /// <inheritdoc />
        public override T SetValue(T instance, object? value) => Set(instance, value is null ? default! : (TValue)value);

        /// <inheritdoc />
        public override object? RedactedValueOf(object? value) => Redacted(value is null ? default! : (TValue)value);

        /// <inheritdoc />
        public override TResult Accept<TResult>(IPrivacyMemberVisitor<T, TResult> visitor) =>
            (visitor ?? throw new ArgumentNullException(nameof(visitor))).Visit(this);

        /// <inheritdoc />
        public override T Redact(T instance) => IsPersonal ? Set(instance, Redacted(Get(instance))) : instance;

        internal override T RedactInto(T source, T target) => IsPersonal ? Set(target, Redacted(Get(source))) : target;

        /// <inheritdoc />
        public override string Render(T instance)
        {
            var value = _get(instance, _index);
            return IsPersonal ? PrivacyAnnotations.Redaction.Redact(value, Category, Redaction) : RenderPlain(value);
        }
    }
}

namespace Klivar.PrivacyAnnotations
{
    /// <summary>Receives a table row with its value type (see <see cref="PrivacyMember{T}.Accept{TResult}"/>).</summary>
    /// <typeparam name="T">The annotated type.</typeparam>
    /// <typeparam name="TResult">What the visit returns.</typeparam>
    public interface IPrivacyMemberVisitor<T, out TResult>
    {
        /// <summary>Visits a row whose member is of type <typeparamref name="TValue"/>.</summary>
        TResult Visit<TValue>(PrivacyMember<T, TValue> member);
    }
}
