using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// One use of a personal member: its category, one purpose it serves and the retention that applies to it for that
    /// purpose (the member's own, its type's, or the processing activity's). The source generator emits these for every
    /// annotated type, so code can ask about a member without reflection.
    /// </summary>
    public sealed class PersonalDataUse
    {
        /// <summary>Creates a use; the retention text is parsed once here.</summary>
        /// <param name="member">The member's name.</param>
        /// <param name="category">The category of the data.</param>
        /// <param name="purposeId">The id of the purpose (<c>platform-management</c>, or a team's own id).</param>
        /// <param name="retentionText">The retention rule in the retention language; null when none is stated.</param>
        /// <param name="redaction">How the generated helpers redact the member (never <see cref="RedactionKind.Default"/>).</param>
        /// <param name="encrypted">The value is stored encrypted.</param>
        /// <param name="pseudonymised">The value is pseudonymised at rest.</param>
        public PersonalDataUse(string member, DataCategory category, string purposeId, string? retentionText, RedactionKind redaction, bool encrypted = false, bool pseudonymised = false)
        {
            Member = member ?? throw new ArgumentNullException(nameof(member));
            Category = category;
            PurposeId = purposeId ?? throw new ArgumentNullException(nameof(purposeId));
            RetentionText = retentionText;
            Retention = RetentionPolicy.TryParse(retentionText, out var policy) ? policy : null;
            Redaction = redaction;
            Encrypted = encrypted;
            Pseudonymised = pseudonymised;
        }

        /// <summary>The member's name.</summary>
        public string Member { get; }

        /// <summary>The category of the data.</summary>
        public DataCategory Category { get; }

        /// <summary>The id of the purpose this use serves.</summary>
        public string PurposeId { get; }

        /// <summary>The retention rule as written; null when none is stated (the analyzers report that, KPA0004).</summary>
        public string? RetentionText { get; }

        /// <summary>The parsed retention rule; null when none is stated or it does not parse (KPA0003).</summary>
        public RetentionPolicy? Retention { get; }

        /// <summary>How the generated helpers redact the member.</summary>
        public RedactionKind Redaction { get; }

        /// <summary>The value is stored encrypted.</summary>
        public bool Encrypted { get; }

        /// <summary>The value is pseudonymised at rest.</summary>
        public bool Pseudonymised { get; }

        /// <summary>The archive and erase dates of this use given the anchors; null when it has no readable rule.</summary>
        /// <param name="anchors">The collection date and the known event dates.</param>
        public RetentionSchedule? ScheduleFor(RetentionAnchors anchors)
        {
            if (anchors is null) throw new ArgumentNullException(nameof(anchors));
            return Retention?.ComputeSchedule(anchors);
        }

        /// <inheritdoc />
        public override string ToString() =>
            Member + ": " + Category + " for " + PurposeId + ", " + (RetentionText ?? "no retention stated");
    }
}
