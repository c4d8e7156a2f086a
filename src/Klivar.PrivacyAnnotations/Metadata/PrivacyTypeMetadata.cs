using System;
using System.Collections.Generic;

// RS0026: the typed Export/Erase (and the builder's Personal overloads) mirror the object forms with the same optional
// parameters; they are told apart by their first parameter's type, never by the optional ones.
#pragma warning disable RS0026
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

        /// <summary>The member that identifies whose data an object holds (<see cref="DataSubjectKeyAttribute"/>); null when none is marked.</summary>
        public PrivacyMember? SubjectKey
        {
            get
            {
                foreach (var member in MemberTableCore)
                {
                    if (member.IsSubjectKey) return member;
                }
                return null;
            }
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

        /// <summary>
        /// The object's personal data for an access (Art. 15) or portability (Art. 20) request: each personal member with
        /// its value, category, purposes, their legal basis, and its retention (<see cref="PersonalDataExport.ToJson()"/>).
        /// </summary>
        /// <param name="instance">The object.</param>
        /// <param name="register">The register that states the purposes' legal basis; by default the one generated in the type's assembly.</param>
        public virtual PersonalDataExport Export(object instance, ProcessingRegister? register = null) =>
            throw new NotSupportedException("Metadata created by hand has no member accessors; use the generated " + nameof(PrivacyTypeMetadata) + ".");

        /// <summary>
        /// Erases the object's personal data (Art. 17): each personal member is set to its erased value
        /// (<see cref="PrivacyMember.RedactedValueOf"/>) unless a purpose with a legal-obligation or contract basis still
        /// needs it on <paramref name="asOf"/>, or the register states no basis for a purpose it serves; those are kept
        /// and listed with the reason and the day they must go.
        /// </summary>
        /// <param name="instance">The object; a class is changed in place, a struct or record copy is in the outcome.</param>
        /// <param name="anchors">The object's collection date and event dates (<c>contract</c>, <c>consent-withdrawn</c>).</param>
        /// <param name="asOf">The day of the request.</param>
        /// <param name="register">The register that states the purposes' legal basis; by default the one generated in the type's assembly.</param>
        public virtual ErasureOutcome Erase(object instance, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register = null) =>
            throw new NotSupportedException("Metadata created by hand has no member accessors; use the generated " + nameof(PrivacyTypeMetadata) + ".");

        /// <summary>
        /// What keeps <paramref name="member"/> on <paramref name="asOf"/> from being erased: the hold of the purpose that
        /// keeps it longest (a legal obligation, a running contract, an archive phase, a purpose with no legal basis), or
        /// null when it can be erased. For stores that write the values themselves (a database through its own mapping).
        /// </summary>
        /// <param name="member">A row of this type's table (or a use-only member created by hand).</param>
        /// <param name="anchors">The row's collection date and event dates.</param>
        /// <param name="asOf">The day of the request.</param>
        /// <param name="register">The register that states the purposes' legal basis; by default the one generated in the type's assembly.</param>
        public KeptMember? FindHold(PrivacyMember member, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register = null)
        {
            if (member is null) throw new ArgumentNullException(nameof(member));
            if (anchors is null) throw new ArgumentNullException(nameof(anchors));
            return PersonalDataRights.HoldOf(member, anchors, asOf, PurposeBasis.RegisterFor(this, register));
        }

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
                // The member leaves the active phase once every use has (its archive date, else its erase date), and is
                // erased once every use is done with it: the latest dates win, and one unknown date makes them unknown.
                DateTime? archiveOn = DateTime.MinValue, eraseOn = DateTime.MinValue;
                foreach (var use in UsesOf(member))
                {
                    RetentionStatus useStatus;
                    var schedule = use.ScheduleFor(anchors);
                    if (schedule is null)
                    {
                        unknownRule = true;
                        useStatus = RetentionStatus.Active;
                        archiveOn = eraseOn = null;
                    }
                    else
                    {
                        useStatus = schedule.StatusOn(asOf);
                        if (schedule.MissingAnchor is { } missing && !waitingFor.Contains(missing)) waitingFor.Add(missing);
                        archiveOn = Latest(archiveOn, schedule.ArchiveOn ?? schedule.EraseOn);
                        eraseOn = Latest(eraseOn, schedule.EraseOn);
                    }
                    if (status is null || useStatus < status.Value) status = useStatus;
                }
                if (status is null) archiveOn = eraseOn = null;
                // No archive phase: the data goes straight from active to erased.
                if (archiveOn == eraseOn) archiveOn = null;
                decisions.Add(new RetentionDecision(member, status ?? RetentionStatus.Active, waitingFor, unknownRule, archiveOn, eraseOn));
            }
            return decisions;
        }

        private static DateTime? Latest(DateTime? sofar, DateTime? next) =>
            sofar is null || next is null ? null : next.Value > sofar.Value ? next : sofar;
    }

    /// <summary>What a purge job must do with one member of one object on a given day.</summary>
    public sealed class RetentionDecision
    {
        /// <summary>Creates a decision.</summary>
        public RetentionDecision(string member, RetentionStatus status, IReadOnlyList<string> waitingFor, bool hasUnreadableRule)
            : this(member, status, waitingFor, hasUnreadableRule, null, null)
        {
        }

        /// <summary>Creates a decision with its dates.</summary>
        public RetentionDecision(string member, RetentionStatus status, IReadOnlyList<string> waitingFor, bool hasUnreadableRule, DateTime? archiveOn, DateTime? eraseOn)
        {
            ArchiveOn = archiveOn;
            EraseOn = eraseOn;
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

        /// <summary>
        /// The day the member leaves its active phase and is kept in archive only: the day every use is past its active
        /// phase. Null when it has no archive phase (it goes from active to erased) or when a date it depends on is unknown.
        /// </summary>
        public DateTime? ArchiveOn { get; }

        /// <summary>
        /// The day the member must be erased: the day the last of its uses is done with it. Null while an event it waits
        /// for has not happened (<see cref="WaitingFor"/>) or when a use has no readable rule.
        /// </summary>
        public DateTime? EraseOn { get; }

        /// <summary>A use of the member has no readable retention rule, so it is kept active.</summary>
        public bool HasUnreadableRule { get; }

        /// <inheritdoc />
        public override string ToString() =>
            Member + ": " + Status
            + (ArchiveOn is { } archive ? ", archive " + Day(archive) : "")
            + (EraseOn is { } erase ? ", erase " + Day(erase) : "")
            + (WaitingFor.Count > 0 ? " (waiting for " + string.Join(", ", WaitingFor) + ")" : "");

        private static string Day(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
