using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// What one annotated type holds: every personal member, its categories, purposes and retention. Generated at
    /// compile time (<c>User.PrivacyMetadata</c> on a partial type, <c>UserPrivacyExtensions.PrivacyMetadata</c>
    /// otherwise), so a purge job needs no reflection.
    /// </summary>
    public sealed class PrivacyTypeMetadata
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
