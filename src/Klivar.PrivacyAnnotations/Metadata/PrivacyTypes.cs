using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Finds the privacy table of a type at run time, from a <see cref="System.Type"/> or an instance, without reflection
    /// over attributes (AOT- and trim-safe). Each assembly's generated module initializer lists its annotated types, so
    /// their tables are found as soon as the assembly is loaded; a table is built the first time it is asked for. A
    /// closed generic type is found once its table has been built (<c>Box&lt;int&gt;.PrivacyMetadata</c>).
    /// </summary>
    public static class PrivacyTypes
    {
        private static readonly object Gate = new object();
        private static readonly Dictionary<Type, Func<PrivacyTypeMetadata>> Factories = new Dictionary<Type, Func<PrivacyTypeMetadata>>();
        private static readonly Dictionary<Type, PrivacyTypeMetadata> Built = new Dictionary<Type, PrivacyTypeMetadata>();

        /// <summary>Lists a type whose table <paramref name="table"/> returns: called by the generated module initializer.</summary>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static void Register(Type type, Func<PrivacyTypeMetadata> table)
        {
            if (type is null) throw new ArgumentNullException(nameof(type));
            if (table is null) throw new ArgumentNullException(nameof(table));
            lock (Gate)
            {
                if (!Factories.ContainsKey(type)) Factories.Add(type, table);
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
                    var types = new HashSet<Type>(Factories.Keys);
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

        private static PrivacyTypeMetadata? FindExact(Type type)
        {
            Func<PrivacyTypeMetadata>? factory;
            lock (Gate)
            {
                if (Built.TryGetValue(type, out var table)) return table;
                if (!Factories.TryGetValue(type, out factory)) return null;
            }
            // Outside the lock: building a table runs the type's static initializer, which calls Add.
            return factory();
        }
    }
}
