using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The dates a <see cref="RetentionPolicy"/> is computed from: the collection date, and the day each known event
    /// happened (the last contact, the day a contract ended, a request, a consent withdrawal). Immutable:
    /// <see cref="With(string, DateTime)"/> returns a new instance. Only the date part of each value is kept.
    /// </summary>
    /// <example><code>
    /// var anchors = new RetentionAnchors(customer.CreatedOn)
    ///     .With("contract", customer.ContractEndedOn)       // DateTime? : null means the contract still runs
    ///     .With("consent-withdrawn", customer.ConsentWithdrawnOn);
    /// </code></example>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RetentionAnchors
    {
        /// <summary>The anchor name that always holds <see cref="Collected"/>.</summary>
        public const string CollectionEvent = "collection";

        private readonly Dictionary<string, DateTime> _events;

        /// <summary>Anchors with only the collection date known.</summary>
        /// <param name="collected">The day the data was collected.</param>
        public RetentionAnchors(DateTime collected)
            : this(collected.Date, new Dictionary<string, DateTime>(StringComparer.Ordinal))
        {
        }

        private RetentionAnchors(DateTime collected, Dictionary<string, DateTime> events)
        {
            Collected = collected;
            _events = events;
        }

        /// <summary>The day the data was collected (the anchor named <c>collection</c>).</summary>
        public DateTime Collected { get; }

        /// <summary>
        /// A copy of these anchors with <paramref name="eventName"/> set to <paramref name="date"/> (replacing an
        /// earlier value). Setting <c>collection</c> changes <see cref="Collected"/>. Event names are matched
        /// case-insensitively, like the retention language.
        /// </summary>
        /// <param name="eventName">The event, as written in the policy: <c>last-contact</c>, <c>contract</c>.</param>
        /// <param name="date">The day it happened.</param>
        /// <exception cref="ArgumentException"><paramref name="eventName"/> is null or blank.</exception>
        public RetentionAnchors With(string eventName, DateTime date)
        {
            var key = Normalize(eventName);
            if (key == CollectionEvent) return new RetentionAnchors(date.Date, _events);
            var copy = new Dictionary<string, DateTime>(_events, StringComparer.Ordinal) { [key] = date.Date };
            return new RetentionAnchors(Collected, copy);
        }

        /// <summary>
        /// A copy with <paramref name="eventName"/> set when <paramref name="date"/> has a value, or unchanged (the
        /// event has not happened) when it is null: convenient with nullable columns.
        /// </summary>
        /// <param name="eventName">The event, as written in the policy.</param>
        /// <param name="date">The day it happened, or null if it has not (yet).</param>
        /// <exception cref="ArgumentException"><paramref name="eventName"/> is null or blank.</exception>
        public RetentionAnchors With(string eventName, DateTime? date)
        {
            var key = Normalize(eventName);
            return date.HasValue ? With(key, date.Value) : this;
        }

        /// <summary>The day <paramref name="name"/> happened, if known; <c>collection</c> is always known.</summary>
        /// <param name="name">The event name (case-insensitive).</param>
        /// <param name="date">The date, without time of day.</param>
        public bool TryGet(string? name, out DateTime date)
        {
            date = default;
            if (name == null) return false;
            var key = name.Trim().ToLowerInvariant();
            if (key == CollectionEvent)
            {
                date = Collected;
                return true;
            }
            return _events.TryGetValue(key, out date);
        }

        private static string Normalize(string eventName)
        {
            if (eventName == null || eventName.Trim().Length == 0)
                throw new ArgumentException("An event name is required.", nameof(eventName));
            return eventName.Trim().ToLowerInvariant();
        }
    }
}
