using System;
using System.Globalization;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The dates a <see cref="RetentionPolicy"/> gives one piece of data, from <see cref="RetentionPolicy.ComputeSchedule"/>:
    /// when it moves to archive and when it must be erased. All dates are days (no time of day).
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RetentionSchedule
    {
        internal RetentionSchedule(DateTime? archiveOn, DateTime? eraseOn, string? missingAnchor)
        {
            ArchiveOn = archiveOn;
            EraseOn = eraseOn;
            MissingAnchor = missingAnchor;
        }

        /// <summary>
        /// The day the active phase ends and the data moves to archive; null when the policy has no archive phase,
        /// when the anchor is missing, or when an <c>unless</c> event erases the data before it would be archived.
        /// </summary>
        public DateTime? ArchiveOn { get; }

        /// <summary>The day the data must be erased; null while the anchor event has not happened.</summary>
        public DateTime? EraseOn { get; }

        /// <summary>
        /// The event the policy is anchored on when its date is unknown (e.g. <c>contract</c> while the contract
        /// runs): the data stays active until it happens. Null when the anchor is known.
        /// </summary>
        public string? MissingAnchor { get; }

        /// <summary>
        /// The status on <paramref name="asOf"/> (its date part): <see cref="RetentionStatus.Erase"/> from
        /// <see cref="EraseOn"/>, <see cref="RetentionStatus.Archived"/> from <see cref="ArchiveOn"/>, otherwise
        /// <see cref="RetentionStatus.Active"/>.
        /// </summary>
        /// <param name="asOf">The day to evaluate, usually today.</param>
        public RetentionStatus StatusOn(DateTime asOf)
        {
            var day = asOf.Date;
            if (EraseOn.HasValue && day >= EraseOn.Value) return RetentionStatus.Erase;
            if (ArchiveOn.HasValue && day >= ArchiveOn.Value) return RetentionStatus.Archived;
            return RetentionStatus.Active;
        }

        /// <summary>A one-line summary for logs: <c>archive 2025-03-31, erase 2030-03-31</c>.</summary>
        public override string ToString()
        {
            var archive = ArchiveOn.HasValue ? "archive " + Day(ArchiveOn.Value) + ", " : "";
            var erase = EraseOn.HasValue ? "erase " + Day(EraseOn.Value) : "no erase date";
            var missing = MissingAnchor != null ? " (waiting for " + MissingAnchor + ")" : "";
            return archive + erase + missing;
        }

        private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
