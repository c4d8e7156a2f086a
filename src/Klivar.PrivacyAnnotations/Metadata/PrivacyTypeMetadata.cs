using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// What one annotated type holds: every personal member, its categories, purposes and retention. Generated at
    /// compile time (<c>User.PrivacyMetadata</c> on a partial type, <c>UserPrivacyExtensions.PrivacyMetadata</c>
    /// otherwise), so a purge job needs no reflection. The generated metadata is a <see cref="PrivacyTypeMetadata{T}"/>:
    /// its <see cref="MemberTable"/> also reads and sets the members, and <see cref="PrivacyTypes"/> finds it from a type.
    /// </summary>
    public class PrivacyTypeMetadata
    {
        private readonly PersonalDataUse[] _uses;

        /// <summary>Creates the metadata of a type.</summary>
        /// <param name="typeName">The type's full name.</param>
        /// <param name="uses">One entry per member, category and purpose.</param>
        public PrivacyTypeMetadata(string typeName, params PersonalDataUse[] uses)
        {
            TypeName = typeName ?? throw new ArgumentNullException(nameof(typeName));
            _uses = (PersonalDataUse[])(uses ?? throw new ArgumentNullException(nameof(uses))).Clone();
            var members = new List<string>();
            foreach (var use in _uses)
            {
                if (!members.Contains(use.Member)) members.Add(use.Member);
            }
            Members = members;
        }

        /// <summary>The type's full name.</summary>
        public string TypeName { get; }

        /// <summary>The annotated type; null for metadata created by hand with the public constructor.</summary>
        public virtual Type? Type => null;

        /// <summary>
        /// The type's privacy table: its personal members, and the members that are not personal but printable or may hold
        /// an annotated object, in declaration order, with their uses and accessors. Empty for metadata created by hand.
        /// </summary>
        public IReadOnlyList<PrivacyMember> MemberTable => MemberTableCore;

        private protected virtual IReadOnlyList<PrivacyMember> MemberTableCore => Array.Empty<PrivacyMember>();

        /// <summary>The table row of a member; null when the table has none of that name.</summary>
        public PrivacyMember? FindMember(string name)
        {
            foreach (var member in MemberTableCore)
            {
                if (string.Equals(member.Name, name, StringComparison.Ordinal)) return member;
            }
            return null;
        }

        /// <summary><see cref="Redacted(object)"/> is available: the type can be copied and every personal member set.</summary>
        public virtual bool CanRedactCopy => false;

        /// <summary>The object as its generated <c>ToRedactedString()</c> prints it.</summary>
        /// <exception cref="NotSupportedException">Metadata created by hand has no accessors.</exception>
        public virtual string ToRedactedString(object? instance) =>
            throw new NotSupportedException("Metadata created by hand has no member accessors; use the generated " + nameof(PrivacyTypeMetadata) + ".");

        /// <summary>A copy of the object whose personal members are redacted, as its generated <c>Redacted()</c> returns.</summary>
        /// <exception cref="NotSupportedException">The type cannot be copied with its personal members redacted (<see cref="CanRedactCopy"/>).</exception>
        public virtual object Redacted(object instance) =>
            throw new NotSupportedException(TypeName + " has no redacted copy: see the comment in its generated file.");

        /// <summary>Every use of every personal member, ordered by member.</summary>
        public IReadOnlyList<PersonalDataUse> Uses => _uses;

        /// <summary>The names of the personal members.</summary>
        public IReadOnlyList<string> Members { get; }

        /// <summary>The uses of one member; empty when it holds no personal data.</summary>
        public IReadOnlyList<PersonalDataUse> UsesOf(string member)
        {
            var result = new List<PersonalDataUse>();
            foreach (var use in _uses)
            {
                if (string.Equals(use.Member, member, StringComparison.Ordinal)) result.Add(use);
            }
            return result;
        }

        /// <summary>
        /// Plays the retention rules for one object: for each personal member, whether on <paramref name="asOf"/> it is
        /// still active, must be archived, or must be erased, given the dates of the events its rules are anchored on.
        /// A member serving several purposes follows the purpose that keeps it longest: data still needed for one
        /// purpose is not erased because another purpose is done with it.
        /// </summary>
        /// <param name="anchors">The object's collection date and the dates of the events it has seen.</param>
        /// <param name="asOf">The day to evaluate, usually today.</param>
        /// <returns>One decision per personal member, in <see cref="Members"/> order.</returns>
        public IReadOnlyList<RetentionDecision> Review(RetentionAnchors anchors, DateTime asOf)
        {
            if (anchors is null) throw new ArgumentNullException(nameof(anchors));
            var decisions = new List<RetentionDecision>();
            foreach (var member in Members)
            {
                RetentionStatus? status = null;
                var waitingFor = new List<string>();
                var unknownRule = false;
                foreach (var use in UsesOf(member))
                {
                    RetentionStatus useStatus;
                    var schedule = use.ScheduleFor(anchors);
                    if (schedule is null)
                    {
                        unknownRule = true;
                        useStatus = RetentionStatus.Active;
                    }
                    else
                    {
                        useStatus = schedule.StatusOn(asOf);
                        if (schedule.MissingAnchor is { } missing && !waitingFor.Contains(missing)) waitingFor.Add(missing);
                    }
                    if (status is null || useStatus < status.Value) status = useStatus;
                }
                decisions.Add(new RetentionDecision(member, status ?? RetentionStatus.Active, waitingFor, unknownRule));
            }
            return decisions;
        }
    }

    /// <summary>What a purge job must do with one member of one object on a given day.</summary>
    public sealed class RetentionDecision
    {
        /// <summary>Creates a decision.</summary>
        public RetentionDecision(string member, RetentionStatus status, IReadOnlyList<string> waitingFor, bool hasUnreadableRule)
        {
            Member = member;
            Status = status;
            WaitingFor = waitingFor;
            HasUnreadableRule = hasUnreadableRule;
        }

        /// <summary>The member.</summary>
        public string Member { get; }

        /// <summary>Keep it, archive it, or erase it.</summary>
        public RetentionStatus Status { get; }

        /// <summary>The events whose dates are unknown and keep the member active (<c>contract</c> while it runs).</summary>
        public IReadOnlyList<string> WaitingFor { get; }

        /// <summary>A use of the member has no readable retention rule, so it is kept active.</summary>
        public bool HasUnreadableRule { get; }

        /// <inheritdoc />
        public override string ToString() => Member + ": " + Status;
    }
}
