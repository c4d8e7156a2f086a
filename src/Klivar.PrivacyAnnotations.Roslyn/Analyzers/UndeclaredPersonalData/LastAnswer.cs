using System;
using System.Threading;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// The answer for the last key asked about, kept in one slot: a type's members reach KPA0001 one after another, so
    /// the same type and the same file come back many times in a row. Any other key is computed (usually through a
    /// shared table) and replaces the slot. Keys are compared by reference; threads may overwrite each other's slot,
    /// which costs only a lookup.
    /// </summary>
    internal sealed class LastAnswer<TKey, TValue>
        where TKey : class
    {
        private readonly Func<TKey, TValue> _compute;
        private Entry? _last;

        public LastAnswer(Func<TKey, TValue> compute) => _compute = compute;

        public TValue Get(TKey key)
        {
            var last = Volatile.Read(ref _last);
            if (last is not null && ReferenceEquals(last.Key, key)) return last.Value;
            var value = _compute(key);
            Volatile.Write(ref _last, new Entry(key, value));
            return value;
        }

        private sealed class Entry
        {
            public Entry(TKey key, TValue value)
            {
                Key = key;
                Value = value;
            }

            public TKey Key { get; }

            public TValue Value { get; }
        }
    }
}
