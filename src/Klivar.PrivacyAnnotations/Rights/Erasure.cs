using System;
using System.Collections.Generic;
using System.Globalization;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>Why a personal member was not erased.</summary>
    public enum ErasureHold
    {
        /// <summary>
        /// A purpose with a legal-obligation basis (Art. 6(1)(c)) still needs it, or it is in an archive phase whose rule
        /// states a legal obligation (<c>during contract + 10y archive for legal-obligation (Code de commerce, art.
        /// L123-22)</c>): Art. 17(3)(b). Also an archive phase whose rule states no ground (KPA0037): the reason says so.
        /// </summary>
        LegalObligation = 1,
        /// <summary>A purpose with a contract basis (Art. 6(1)(b)) still needs it: it is still necessary (Art. 17(1)(a) does not apply).</summary>
        Contract = 2,
        /// <summary>The register declares no legal basis for a purpose it serves: it is kept until a person decides.</summary>
        UnknownBasis = 3,
        /// <summary>
        /// The member cannot be set (a read-only field, a property without a setter, init-only on a class, or a setter the
        /// generated code cannot reach; <see cref="PrivacyMember.CannotSetReason"/> says which): the object must be erased or
        /// rebuilt by the caller. The build warns about such members (KPA0023, KPA0024).
        /// </summary>
        CannotSet = 4,
        /// <summary>
        /// The member is a key of the stored row (a database's primary or alternate key): a key cannot be overwritten without
        /// breaking the row and what refers to it, so it goes with the row; delete the row to erase it.
        /// </summary>
        RowKey = 5,
        /// <summary>
        /// The member links the stored row to another row (a database foreign key): overwriting it would break or re-point
        /// the link, so it goes with the row; delete the row to erase it.
        /// </summary>
        Link = 6,
        /// <summary>
        /// The stored column cannot take an erased value (unique and not text, a value converter that refuses it): the
        /// row must be deleted to erase it.
        /// </summary>
        CannotErase = 7,
        /// <summary>
        /// It is in an archive phase kept for the establishment, exercise or defence of legal claims while a claim can
        /// be brought (<c>during contract + 5y archive for legal-claims (Code civil, art. 2224)</c>): Art. 17(3)(e).
        /// </summary>
        LegalClaims = 8,
    }

    /// <summary>A personal member an erasure kept, and why.</summary>
    public sealed class KeptMember
    {
        /// <summary>Creates the entry (for stores that erase rows themselves, such as the EF Core package).</summary>
        public KeptMember(string member, ErasureHold hold, string? purposeId, DateTime? until, string reason)
        {
            Member = member;
            Hold = hold;
            PurposeId = purposeId;
            Until = until;
            Reason = reason;
        }

        /// <summary>The member.</summary>
        public string Member { get; }

        /// <summary>What keeps it.</summary>
        public ErasureHold Hold { get; }

        /// <summary>The purpose that keeps it; null for a hold that is not a purpose's (<see cref="ErasureHold.CannotSet"/>, <see cref="ErasureHold.RowKey"/>, <see cref="ErasureHold.Link"/>, <see cref="ErasureHold.CannotErase"/>).</summary>
        public string? PurposeId { get; }

        /// <summary>The day it must be erased after all; null while that day is unknown (an event has not happened).</summary>
        public DateTime? Until { get; }

        /// <summary>The reason in words, for the answer to the data subject.</summary>
        public string Reason { get; }

        /// <inheritdoc />
        public override string ToString() => Member + ": " + Reason;
    }

    /// <summary>What an erasure (Art. 17) did to one object: the members erased, and those kept with the reason.</summary>
    public class ErasureOutcome
    {
        /// <summary>Creates an outcome (for stores that erase rows themselves, such as the EF Core package).</summary>
        public ErasureOutcome(string typeName, object instance, IReadOnlyList<string> erased, IReadOnlyList<KeptMember> kept)
        {
            TypeName = typeName;
            InstanceCore = instance;
            Erased = erased;
            Kept = kept;
        }

        /// <summary>The type's full name.</summary>
        public string TypeName { get; }

        /// <summary>The erased object: the one given, or a copy for a struct or a record with init-only members.</summary>
        public object Instance => InstanceCore;

        private protected object InstanceCore { get; }

        /// <summary>The members set to their erased value, in declaration order.</summary>
        public IReadOnlyList<string> Erased { get; }

        /// <summary>The members kept, each with its hold (one entry per member: the hold that lasts longest).</summary>
        public IReadOnlyList<KeptMember> Kept { get; }

        /// <summary>Every personal member was erased.</summary>
        public bool IsComplete => Kept.Count == 0;

        /// <inheritdoc />
        public override string ToString() =>
            TypeName + ": erased " + (Erased.Count == 0 ? "nothing" : string.Join(", ", Erased))
            + (Kept.Count == 0 ? "" : "; kept " + string.Join("; ", Kept));
    }

    /// <summary>An erasure of a <typeparamref name="T"/>.</summary>
    public sealed class ErasureOutcome<T> : ErasureOutcome
    {
        internal ErasureOutcome(string typeName, T instance, IReadOnlyList<string> erased, IReadOnlyList<KeptMember> kept)
            : base(typeName, instance!, erased, kept)
        {
        }

        /// <summary>The erased object: the one given, or a copy for a struct or a record with init-only members.</summary>
        public new T Instance => (T)InstanceCore;
    }

    // Art. 15/20 export and Art. 17 erasure of one object, from its table: shared by every annotated type.
    internal static class PersonalDataRights
    {
        public static PersonalDataExport Export<T>(PrivacyTypeMetadata table, IReadOnlyList<PrivacyMember<T>> members, T instance, ProcessingRegister? register)
        {
            register = PurposeBasis.RegisterFor(table, register);
            var exported = new List<ExportedMember>();
            PrivacyMember<T>? key = null;
            foreach (var member in members)
            {
                if (member.IsSubjectKey) key = member;
                if (!member.IsPersonal) continue;
                var uses = new List<ExportedUse>(member.Uses.Count);
                foreach (var use in member.Uses)
                {
                    var activity = PurposeBasis.Activity(register, use.PurposeId);
                    uses.Add(new ExportedUse(use.PurposeId, activity?.Name, PurposeBasis.Of(register, use.PurposeId), use.RetentionText));
                }
                exported.Add(new ExportedMember(member.Name, member.GetValue(instance), member.Category, uses));
            }
            return new PersonalDataExport(table.TypeName, key?.Name, key?.GetValue(instance), exported);
        }

        public static ErasureOutcome<T> Erase<T>(PrivacyTypeMetadata table, IReadOnlyList<PrivacyMember<T>> members, T instance, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register)
        {
            if (anchors is null) throw new ArgumentNullException(nameof(anchors));
            register = PurposeBasis.RegisterFor(table, register);
            var erased = new List<string>();
            var kept = new List<KeptMember>();
            foreach (var member in members)
            {
                if (!member.IsPersonal) continue;
                var hold = HoldOf(member, anchors, asOf, register);
                if (hold is null && !member.CanSet)
                    hold = new KeptMember(member.Name, ErasureHold.CannotSet, null, null,
                        "cannot be set (" + (member.CannotSetReason ?? "no setter the privacy table can use") + "): erase or rebuild the object");
                if (hold is not null)
                {
                    kept.Add(hold);
                    continue;
                }
                // Erased, not masked: a masked value ("j***@***.org") still carries part of the person's data.
                var current = member.GetValue(instance);
                instance = member.SetValue(instance, current is string ? Redaction.Erased : member.RedactedValueOf(current));
                erased.Add(member.Name);
            }
            return new ErasureOutcome<T>(table.TypeName, instance, erased, kept);
        }

        // The hold of the use that keeps the member longest (an unknown end outlasts any date); null when none keeps it.
        public static KeptMember? HoldOf(PrivacyMember member, RetentionAnchors anchors, DateTime asOf, ProcessingRegister? register)
        {
            KeptMember? longest = null;
            foreach (var use in member.Uses)
            {
                var basis = PurposeBasis.Of(register, use.PurposeId);
                KeptMember? hold;
                if (basis is null)
                {
                    hold = new KeptMember(member.Name, ErasureHold.UnknownBasis, use.PurposeId, null,
                        "the register declares no legal basis for purpose '" + use.PurposeId + "': kept until it does");
                }
                else
                {
                    var schedule = use.ScheduleFor(anchors);
                    var status = schedule?.StatusOn(asOf);
                    if (status == RetentionStatus.Erase) continue;
                    // In its archive phase the data no longer serves the purpose: what keeps it is the ground the rule
                    // states for that phase, whatever the purpose's basis (a legal obligation, or legal claims).
                    var archived = status == RetentionStatus.Archived;
                    var ground = archived ? use.Retention?.ArchiveGround ?? ArchiveGround.None : ArchiveGround.None;
                    if (ground == ArchiveGround.None && basis is not (LegalBasis.LegalObligation or LegalBasis.Contract)) continue;
                    ErasureHold kind;
                    string why;
                    if (archived && ground == ArchiveGround.LegalClaims)
                    {
                        kind = ErasureHold.LegalClaims;
                        why = "kept in intermediate archive for the establishment, exercise or defence of legal claims (Art. 17(3)(e); " + use.Retention!.ArchiveReference + ")";
                    }
                    else if (archived && ground == ArchiveGround.LegalObligation)
                    {
                        kind = ErasureHold.LegalObligation;
                        why = "kept in intermediate archive to comply with a legal obligation (Art. 17(3)(b); " + use.Retention!.ArchiveReference + ")";
                    }
                    else if (basis == LegalBasis.LegalObligation)
                    {
                        kind = ErasureHold.LegalObligation;
                        why = "required by a legal obligation (Art. 17(3)(b))";
                    }
                    else if (archived)
                    {
                        // A contract's archive phase whose rule states no ground (KPA0037): kept, as the rule says, but
                        // no article is claimed for it; the answer to the person says what is missing.
                        kind = ErasureHold.LegalObligation;
                        why = "kept in archive after the contract; the retention rule states no ground for its archive phase";
                    }
                    else
                    {
                        kind = ErasureHold.Contract;
                        why = "still needed for the contract (Art. 6(1)(b))";
                    }
                    why += " for purpose '" + use.PurposeId + "'";
                    var until = schedule?.EraseOn;
                    why += until is { } day ? " until " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                         : schedule?.MissingAnchor is { } waiting ? " until '" + waiting + "' + its retention (" + use.RetentionText + ")"
                         : " (no readable retention rule)";
                    hold = new KeptMember(member.Name, kind, use.PurposeId, until, why);
                }
                if (longest is null || Outlasts(hold, longest)) longest = hold;
            }
            return longest;
        }

        private static bool Outlasts(KeptMember a, KeptMember b) =>
            b.Until is not null && (a.Until is null || a.Until.Value > b.Until.Value);
    }
}
