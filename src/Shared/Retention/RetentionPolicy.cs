using System;
#if NETCOREAPP3_0_OR_GREATER
using System.Diagnostics.CodeAnalysis;
#endif
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// A retention rule written in the retention language: <c>1y</c>, <c>3y after last-contact unless
    /// consent-withdrawn</c>, <c>during contract + 10y archive</c>, <c>calendar-year of request + 2y archive</c>
    /// (see docs/retention.md). Immutable, with value equality; <see cref="ToString"/> gives the canonical text.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed partial class RetentionPolicy : IEquatable<RetentionPolicy>
    {
        private RetentionPolicy(RetentionKind kind, RetentionPeriod? period, string anchor, RetentionPeriod? archivePeriod,
            string? endingEvent, ArchiveGround archiveGround, string? archiveReference)
        {
            ArchiveGround = archiveGround;
            ArchiveReference = archiveReference;
            Kind = kind;
            Period = period;
            Anchor = anchor;
            ArchivePeriod = archivePeriod;
            EndingEvent = endingEvent;
        }

        /// <summary>What the active phase is measured from.</summary>
        public RetentionKind Kind { get; }

        /// <summary>
        /// The length of the active phase for <see cref="RetentionKind.FromCollection"/> and
        /// <see cref="RetentionKind.AfterEvent"/>; null for <see cref="RetentionKind.Relationship"/> and
        /// <see cref="RetentionKind.CalendarYear"/>, whose active phase ends on a date.
        /// </summary>
        public RetentionPeriod? Period { get; }

        /// <summary>The event the active phase is anchored on: <c>collection</c> for a period from collection,
        /// otherwise the (lower-case) event name: <c>last-contact</c>, <c>contract</c>, <c>request</c>.</summary>
        public string Anchor { get; }

        /// <summary>How long the data stays in archive after the active phase; null when it is erased at once.</summary>
        public RetentionPeriod? ArchivePeriod { get; }

        /// <summary>
        /// Why the data is still kept in the archive phase (<c>for legal-obligation (...)</c>, <c>for legal-claims (...)</c>);
        /// <see cref="Klivar.PrivacyAnnotations.ArchiveGround.None"/> without an archive phase or when the rule states none.
        /// </summary>
        public ArchiveGround ArchiveGround { get; }

        /// <summary>The statute or limitation period the archive ground rests on (<c>Code de commerce, art. L123-22</c>); null without a ground.</summary>
        public string? ArchiveReference { get; }

        /// <summary>The <c>unless</c> event that erases the data early (e.g. <c>consent-withdrawn</c>), or null.</summary>
        public string? EndingEvent { get; }

        /// <summary>
        /// A short machine string for the register: <c>collection</c>, the event name after which the period runs,
        /// <c>end of contract</c>, or <c>end of calendar year of request</c>.
        /// </summary>
        public string Trigger
        {
            get
            {
                switch (Kind)
                {
                    case RetentionKind.Relationship: return "end of " + Anchor;
                    case RetentionKind.CalendarYear: return "end of calendar year of " + Anchor;
                    default: return Anchor;
                }
            }
        }

        /// <summary>Parses a retention text.</summary>
        /// <param name="text">The text, e.g. <c>during contract + 5y archive</c>.</param>
        /// <returns>The policy.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
        /// <exception cref="RetentionFormatException">The text is not valid; the exception carries the error.</exception>
        public static RetentionPolicy Parse(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            if (TryParse(text, out var policy, out var error)) return policy!;
            throw new RetentionFormatException(error!);
        }

        /// <summary>Parses a retention text; never throws, whatever the input.</summary>
        /// <param name="text">The text; null, empty or blank fails.</param>
        /// <param name="policy">The policy, or null on failure.</param>
        /// <returns>True when the text is valid.</returns>
        public static bool TryParse(
            string? text,
#if NETCOREAPP3_0_OR_GREATER
            [NotNullWhen(true)]
#endif
            out RetentionPolicy? policy) => TryParse(text, out policy, out _);

        /// <summary>Parses a retention text and reports why it failed; never throws, whatever the input.</summary>
        /// <param name="text">The text; null, empty or blank fails.</param>
        /// <param name="policy">The policy, or null on failure.</param>
        /// <param name="error">On failure, where and why; null on success.</param>
        /// <returns>True when the text is valid.</returns>
        public static bool TryParse(
            string? text,
#if NETCOREAPP3_0_OR_GREATER
            [NotNullWhen(true)]
#endif
            out RetentionPolicy? policy,
#if NETCOREAPP3_0_OR_GREATER
            [NotNullWhen(false)]
#endif
            out RetentionParseError? error)
        {
            var parser = new Parser(text);
            policy = parser.Run();
            error = parser.Error;
            return policy != null;
        }

        /// <summary>
        /// Computes when data under this policy moves to archive and when it must be erased.
        /// <list type="bullet">
        /// <item>The active phase ends on anchor + period (from collection, after an event), on the day the
        /// relationship ended, or on December 31 of the event's year.</item>
        /// <item>With an archive phase, the data is archived that day and erased after the archive period; without,
        /// it is erased that day.</item>
        /// <item>When the anchor event is unknown, <see cref="RetentionSchedule.MissingAnchor"/> names it and the data
        /// stays active.</item>
        /// <item>When the <c>unless</c> event is known, the data is erased on that day if it is earlier (never before
        /// the anchor date); an archive day on or after it is dropped.</item>
        /// </list>
        /// </summary>
        /// <param name="anchors">The collection date and the known event dates.</param>
        /// <exception cref="ArgumentNullException"><paramref name="anchors"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException">A computed date would be after year 9999.</exception>
        public RetentionSchedule ComputeSchedule(RetentionAnchors anchors)
        {
            if (anchors == null) throw new ArgumentNullException(nameof(anchors));

            DateTime? ending = null;
            if (EndingEvent != null && anchors.TryGet(EndingEvent, out var endingDate)) ending = endingDate;

            if (!anchors.TryGet(Anchor, out var anchorDate))
                return new RetentionSchedule(null, ending, Anchor);

            DateTime activeEnds;
            switch (Kind)
            {
                case RetentionKind.Relationship:
                    activeEnds = anchorDate;
                    break;
                case RetentionKind.CalendarYear:
                    activeEnds = new DateTime(anchorDate.Year, 12, 31);
                    break;
                default:
                    activeEnds = Period!.Value.AddTo(anchorDate);
                    break;
            }

            DateTime? archiveOn = null;
            DateTime eraseOn = activeEnds;
            if (ArchivePeriod.HasValue)
            {
                archiveOn = activeEnds;
                eraseOn = ArchivePeriod.Value.AddTo(activeEnds);
            }

            if (ending.HasValue && ending.Value < eraseOn)
            {
                eraseOn = ending.Value < anchorDate ? anchorDate : ending.Value;
                if (archiveOn.HasValue && archiveOn.Value >= eraseOn) archiveOn = null;
            }
            return new RetentionSchedule(archiveOn, eraseOn, null);
        }

        /// <summary>
        /// The canonical text, which parses back to an equal policy: <c>1y</c>, <c>3y after last-contact unless
        /// consent-withdrawn</c>, <c>during contract + 10y archive</c>, <c>calendar-year of request + 2y archive</c>.
        /// </summary>
        public override string ToString()
        {
            var builder = new StringBuilder();
            switch (Kind)
            {
                case RetentionKind.FromCollection:
                    builder.Append(Period!.Value.ToString());
                    break;
                case RetentionKind.AfterEvent:
                    builder.Append(Period!.Value.ToString()).Append(" after ").Append(Anchor);
                    break;
                case RetentionKind.Relationship:
                    builder.Append("during ").Append(Anchor);
                    break;
                case RetentionKind.CalendarYear:
                    builder.Append("calendar-year of ").Append(Anchor);
                    break;
            }
            if (ArchivePeriod.HasValue) builder.Append(" + ").Append(ArchivePeriod.Value.ToString()).Append(" archive");
            if (ArchiveGround != ArchiveGround.None) builder.Append(" for ").Append(GroundKeyword(ArchiveGround)).Append(" (").Append(ArchiveReference).Append(')');
            if (EndingEvent != null) builder.Append(" unless ").Append(EndingEvent);
            return builder.ToString();
        }

        /// <summary>
        /// The policy in English, for a privacy notice or a DPO: <c>1 year</c>, <c>3 years after last contact, unless
        /// consent withdrawn</c>, <c>the duration of the contract, then 10 years in archive</c>, <c>the calendar year of
        /// the request, then 2 years in archive</c>. Hyphens in event names become spaces.
        /// </summary>
        public string Describe()
        {
            var builder = new StringBuilder();
            switch (Kind)
            {
                case RetentionKind.FromCollection:
                    builder.Append(Period!.Value.Describe());
                    break;
                case RetentionKind.AfterEvent:
                    builder.Append(Period!.Value.Describe()).Append(" after ").Append(Words(Anchor));
                    break;
                case RetentionKind.Relationship:
                    builder.Append("the duration of the ").Append(Words(Anchor));
                    break;
                case RetentionKind.CalendarYear:
                    builder.Append("the calendar year of the ").Append(Words(Anchor));
                    break;
            }
            if (ArchivePeriod.HasValue) builder.Append(", then ").Append(ArchivePeriod.Value.Describe()).Append(" in archive");
            if (ArchiveGround == ArchiveGround.LegalObligation) builder.Append(" to comply with a legal obligation (").Append(ArchiveReference).Append(')');
            else if (ArchiveGround == ArchiveGround.LegalClaims) builder.Append(" for legal claims (").Append(ArchiveReference).Append(')');
            if (EndingEvent != null) builder.Append(", unless ").Append(Words(EndingEvent));
            return builder.ToString();
        }

        /// <summary>True when both policies have the same kind, periods, anchor, archive ground and reference, and <c>unless</c> event.</summary>
        /// <param name="other">The policy to compare with.</param>
        public bool Equals(RetentionPolicy? other) =>
            other is not null &&
            Kind == other.Kind &&
            Nullable.Equals(Period, other.Period) &&
            string.Equals(Anchor, other.Anchor, StringComparison.Ordinal) &&
            Nullable.Equals(ArchivePeriod, other.ArchivePeriod) &&
            string.Equals(EndingEvent, other.EndingEvent, StringComparison.Ordinal) &&
            ArchiveGround == other.ArchiveGround &&
            string.Equals(ArchiveReference, other.ArchiveReference, StringComparison.Ordinal);

        /// <summary>True when <paramref name="obj"/> is an equal <see cref="RetentionPolicy"/>.</summary>
        /// <param name="obj">The object to compare with.</param>
        public override bool Equals(object? obj) => Equals(obj as RetentionPolicy);

        /// <summary>A hash consistent with <see cref="Equals(RetentionPolicy)"/>.</summary>
        public override int GetHashCode()
        {
            unchecked
            {
                var hash = (int)Kind;
                hash = hash * 397 + (Period.HasValue ? Period.Value.GetHashCode() : -1);
                hash = hash * 397 + StringComparer.Ordinal.GetHashCode(Anchor);
                hash = hash * 397 + (ArchivePeriod.HasValue ? ArchivePeriod.Value.GetHashCode() : -1);
                hash = hash * 397 + (EndingEvent == null ? 0 : StringComparer.Ordinal.GetHashCode(EndingEvent));
                hash = hash * 397 + (int)ArchiveGround;
                return hash;
            }
        }

        /// <summary>True when both are null or the policies are equal.</summary>
        /// <param name="left">A policy.</param>
        /// <param name="right">Another policy.</param>
        public static bool operator ==(RetentionPolicy? left, RetentionPolicy? right) =>
            left is null ? right is null : left.Equals(right);

        /// <summary>True unless both are null or the policies are equal.</summary>
        /// <param name="left">A policy.</param>
        /// <param name="right">Another policy.</param>
        public static bool operator !=(RetentionPolicy? left, RetentionPolicy? right) => !(left == right);

        private static string Words(string eventName) => eventName.Replace('-', ' ');

        /// <summary>The retention language's word for a ground: <c>legal-obligation</c>, <c>legal-claims</c>.</summary>
        internal static string GroundKeyword(ArchiveGround ground) =>
            ground == ArchiveGround.LegalClaims ? "legal-claims" : ground == ArchiveGround.LegalObligation ? "legal-obligation" : "";
    }
}
