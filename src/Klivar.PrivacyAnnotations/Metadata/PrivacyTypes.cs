using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Finds the privacy table of a type at run time, from a <see cref="System.Type"/> or an instance. Each assembly's
    /// generated module initializer lists its annotated types, so their tables are found as soon as the assembly is
    /// loaded; a table is built the first time it is asked for, by reading the type's generated static
    /// <c>PrivacyMetadata</c> (no scan of attributes; the parameters are annotated so that trimmed and native AOT apps
    /// keep that property). A closed generic type is found once its table has been built
    /// (<c>Box&lt;int&gt;.PrivacyMetadata</c>).
    /// </summary>
    public static class PrivacyTypes
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<Type, Type> Holders = new Dictionary<Type, Type>();
        private static readonly Dictionary<Type, PrivacyTypeMetadata> Built = new Dictionary<Type, PrivacyTypeMetadata>();

        // What the table is read through: a static property of the holder (internal when renamed GeneratedPrivacyMetadata),
        // which the trimmer keeps for these calls.
        private const DynamicallyAccessedMemberTypes TableProperty = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties;

        /// <summary>Lists a type whose table is its own static <c>PrivacyMetadata</c>: called by the generated module initializer.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void Register([DynamicallyAccessedMembers(TableProperty)] Type type) => Register(type, type);

        /// <summary>
        /// Lists a type whose table is the static <c>PrivacyMetadata</c> of <paramref name="holder"/> (the generated
        /// <c>…PrivacyExtensions</c> class of a type that is not partial): called by the generated module initializer.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void Register(Type type, [DynamicallyAccessedMembers(TableProperty)] Type holder)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            if (holder is null) throw new ArgumentNullException(nameof(holder));
            lock (Gate)
            {
                if (!Holders.ContainsKey(type)) Holders.Add(type, holder);
            }
        }

        private static readonly Dictionary<System.Reflection.Assembly, Func<ProcessingRegister>> Registers = new Dictionary<System.Reflection.Assembly, Func<ProcessingRegister>>();

        /// <summary>
        /// Lists the register of the assembly that declares <paramref name="anyTypeOfTheAssembly"/>: called by the generated
        /// module initializer, so export and erasure know each purpose's legal basis.
        /// </summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void RegisterAssembly(Type anyTypeOfTheAssembly, Func<ProcessingRegister> register)
        {
            if (anyTypeOfTheAssembly is null) throw new ArgumentNullException(nameof(anyTypeOfTheAssembly));
            if (register is null) throw new ArgumentNullException(nameof(register));
            lock (Gate)
            {
                if (!Registers.ContainsKey(anyTypeOfTheAssembly.Assembly)) Registers.Add(anyTypeOfTheAssembly.Assembly, register);
            }
        }

        /// <summary>
        /// The generated register of the assembly that declares <paramref name="type"/> (its purposes, their legal basis and
        /// retention); null when that assembly has none or was compiled without module initializers (C# 8).
        /// </summary>
        public static ProcessingRegister? RegisterOf(Type type)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            Func<ProcessingRegister>? register;
            lock (Gate)
            {
                if (!Registers.TryGetValue(type.Assembly, out register)) return null;
            }
            return register();
        }

        /// <summary>The types listed so far.</summary>
        public static IReadOnlyList<Type> Types
        {
            get
            {
                lock (Gate)
                {
                    var types = new HashSet<Type>(Holders.Keys);
                    types.UnionWith(Built.Keys);
                    return new List<Type>(types);
                }
            }
        }

        /// <summary>
        /// The table of <paramref name="type"/>; else of its nearest base type that has one (a derived type that declares
        /// no personal data of its own is redacted as its base); null when none has.
        /// </summary>
        public static PrivacyTypeMetadata? Find(Type type)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (FindExact(t) is { } table) return table;
            }
            return null;
        }

        /// <summary>
        /// The tables of <paramref name="type"/> and of each base type that has one, the outermost base first: each table
        /// lists only the members its type declares, so a logger or an export that shows a whole object reads them all,
        /// in the order a record prints them. Empty when none has a table.
        /// </summary>
        public static IReadOnlyList<PrivacyTypeMetadata> FindAll(Type type)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            var tables = new List<PrivacyTypeMetadata>();
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (FindExact(t) is { } table) tables.Insert(0, table);
            }
            return tables;
        }

        /// <summary>The table of the instance's run-time type (see <see cref="Find(Type)"/>); null for null.</summary>
        public static PrivacyTypeMetadata? Find(object? instance) => instance is null ? null : Find(instance.GetType());

        /// <summary>The table of <typeparamref name="T"/> itself; null when it has none.</summary>
        public static PrivacyTypeMetadata<T>? Find<T>() => FindExact(typeof(T)) as PrivacyTypeMetadata<T>;

        internal static void Add(PrivacyTypeMetadata table)
        {
            lock (Gate)
            {
                if (table.Type is { } type && !Built.ContainsKey(type)) Built.Add(type, table);
            }
        }

        // The holders come only from Register, whose parameters carry the same annotation as ReadTable's: the trimmer
        // kept their table properties, though it cannot follow them through the dictionary.
        [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "Every holder was passed to Register, annotated with TableProperty.")]
        private static PrivacyTypeMetadata? FindExact(Type type)
        {
            Type? holder;
            lock (Gate)
            {
                if (Built.TryGetValue(type, out var table)) return table;
                if (!Holders.TryGetValue(type, out holder)) return null;
            }
            // Outside the lock: reading the property runs the holder's static initializer, which builds the table and
            // calls Add. A list of types (not a lambda per type) keeps the generated module initializer small.
            return ReadTable(type, holder);
        }

        // The generated property is PrivacyMetadata, or GeneratedPrivacyMetadata when the type declares that name itself.
        private static readonly string[] TablePropertyNames = { "GeneratedPrivacyMetadata", "PrivacyMetadata" };

        private static PrivacyTypeMetadata? ReadTable(Type type, [DynamicallyAccessedMembers(TableProperty)] Type holder)
        {
            foreach (var name in TablePropertyNames)
            {
                var property = holder.GetProperty(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
                // Only a table-typed property is read: a user's own property of that name is never invoked.
                if (property is not null && typeof(PrivacyTypeMetadata).IsAssignableFrom(property.PropertyType) && property.GetIndexParameters().Length == 0 &&
                    property.GetValue(null) is PrivacyTypeMetadata table && table.Type == type)
                    return table;
            }
            return null;
        }
    }
}
