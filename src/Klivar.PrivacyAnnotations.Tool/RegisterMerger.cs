using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Merges the registers of several assemblies (one solution, one company) into one record of processing
    /// activities, and reports every activity or controller declared differently in two assemblies.
    /// </summary>
    /// <remarks>
    /// The result does not depend on the order of the inputs: registers are taken in ordinal order of their assembly
    /// names, lists are de-duplicated and sorted the way the generator sorts them, and declared lists (data subjects,
    /// recipients, security measures) keep the order of the first assembly that states them. Nothing is dropped: when
    /// two assemblies declare one purpose differently, the merged register keeps one activity per distinct declaration
    /// (as the generator does for two declarations in one assembly) and <see cref="RegisterMergeResult.Conflicts"/> says
    /// what differs.
    /// </remarks>
    internal static class RegisterMerger
    {
        /// <summary>Merges registers.</summary>
        /// <param name="registers">At least one register.</param>
        /// <param name="version">The merged record's own version; null: the inputs' version when they all state the same one.</param>
        /// <param name="date">The merged record's date (<c>yyyy-MM-dd</c>); null: the newest of the inputs' dates.</param>
        /// <returns>The merged register and the conflicts found.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="registers"/> or one of its items is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="registers"/> is empty.</exception>
        public static RegisterMergeResult Merge(IEnumerable<ProcessingRegister> registers, string? version = null, string? date = null)
        {
            if (registers == null) throw new ArgumentNullException(nameof(registers));
            var inputs = registers.ToList();
            if (inputs.Count == 0) throw new ArgumentException("Give at least one register to merge.", nameof(registers));
            if (inputs.Any(r => r == null)) throw new ArgumentNullException(nameof(registers), "A register to merge is null.");

            // Stable sort (OrderBy is stable): equal assembly names keep the caller's order, and then the output is the same anyway.
            var ordered = inputs.OrderBy(r => r.Assembly, StringComparer.Ordinal).ToList();
            var conflicts = new List<RegisterConflict>();

            var versions = ordered.Select(r => (r.Assembly, Value: (string?)r.SchemaVersion)).ToList();
            AddConflict(conflicts, null, "schemaVersion", versions);

            var controller = MergeController(ordered, conflicts);
            var activities = new List<RegisterActivity>();
            var entries = ordered.SelectMany(r => r.Activities.Select(a => (r.Assembly, Activity: a)));
            foreach (var group in entries.GroupBy(e => e.Activity.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                activities.AddRange(MergeActivity(group.Key, group.ToList(), conflicts));
            activities.Sort(CompareActivities);

            var assemblyNames = ordered
                .SelectMany(r => r.Assembly.Split('+'))
                .Select(n => n.Trim())
                .Where(n => n.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            // Assemblies checked against different DPO policies (or some against none) disagree: the conflict says so,
            // and the merged register keeps the first assembly's policy.
            var policies = ordered.Where(r => r.Policy != null).ToList();
            AddConflict(conflicts, null, "policy", ordered.Select(r => (r.Assembly, r.Policy is null ? null : r.Policy.Hash + " " + r.Policy.Version)));
            // A merged record is a record of its own: its version is the one CI gives it, or the inputs' one where they agree
            // (never one input's over another's); its date the one CI gives, or that of its newest input.
            var inputVersions = ordered.Select(r => r.Version).Distinct(StringComparer.Ordinal).ToList();
            version ??= inputVersions.Count == 1 ? inputVersions[0] : null;
            date ??= ordered.Select(r => r.Date).Where(d => d is not null).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault();
            var merged = new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, string.Join("+", assemblyNames), controller, activities, assemblyNames,
                version, date, policies.Count == 0 ? null : policies[0].Policy);
            return new RegisterMergeResult(merged, conflicts);
        }

        private static RegisterController? MergeController(List<ProcessingRegister> ordered, List<RegisterConflict> conflicts)
        {
            // An assembly that declares no controller has nothing to disagree with; the others must agree field by field.
            var declared = ordered.Where(r => r.Controller != null).Select(r => (r.Assembly, Controller: r.Controller!)).ToList();
            if (declared.Count == 0) return null;
            // On a conflict the first assembly in ordinal order gives the merged controller and the conflict is reported
            // (RegisterMergeResult.HasControllerConflicts): a register names one controller, so such a result must not be
            // published as it is; klivar-privacy refuses to write it, even with --allow-conflicts.
            return Combine(RegisterSchema.Controller, declared.Select(d => (d.Assembly, (object)d.Controller)).ToList(), null, conflicts);
        }

        private static IEnumerable<RegisterActivity> MergeActivity(string id, List<(string Assembly, RegisterActivity Activity)> entries, List<RegisterConflict> conflicts)
        {
            var declared = entries.Where(e => e.Activity.Declared).ToList();
            foreach (var property in RegisterSchema.Activity.Properties.Where(p => p.Merge == RegisterJoin.MustAgree))
                AddConflict(conflicts, id, property.Key, declared.Select(d => (d.Assembly, property.GetText(d.Activity))));

            if (declared.Count == 0)
            {
                // Used but declared nowhere: one undeclared activity with everyone's data (the register keeps it visible).
                yield return Combine(id, entries, null, conflicts);
                yield break;
            }

            // One activity per distinct declaration. Data from assemblies that use the purpose without declaring it
            // joins the first declaration (in ordinal order of assemblies), so it is never dropped. Two declarations of
            // one purpose contradict each other: each is published only as a point to confirm, never as fact.
            var variants = declared.GroupBy(d => Signature(d.Activity)).ToList();
            var undeclared = entries.Where(e => !e.Activity.Declared).ToList();
            for (var i = 0; i < variants.Count; i++)
            {
                var parts = variants[i].ToList();
                if (i == 0) parts.AddRange(undeclared);
                var contradiction = variants.Count == 1 ? null :
                    "Declared differently in " + string.Join(" and ", variants.Select(v => string.Join(", ", v.Select(p => p.Assembly).Distinct(StringComparer.Ordinal)))) +
                    "; this is the declaration of " + string.Join(", ", variants[i].Select(p => p.Assembly).Distinct(StringComparer.Ordinal)) +
                    ": confirm which one is right and make the assemblies agree.";
                yield return Combine(id, parts, contradiction, conflicts);
            }
        }

        /// <summary>The fields two declarations of one activity must agree on, as one key.</summary>
        private static string Signature(RegisterActivity a) =>
            string.Join("\u0000", RegisterSchema.Activity.Properties.Where(p => p.Merge == RegisterJoin.MustAgree).Select(p => p.GetText(a) ?? "\u0001"));

        /// <summary>
        /// One activity from several: the first one's declaration, everything else combined as the schema says. A transfer
        /// or processor that two assemblies describe differently (one names the US, the other no country), or a DPIA or
        /// creation date stated differently, is a conflict, and each version of a transfer or processor is kept marked to
        /// confirm; so is each declaration of an activity declared differently (<paramref name="contradiction"/>).
        /// </summary>
        private static RegisterActivity Combine(string id, List<(string Assembly, RegisterActivity Activity)> sources, string? contradiction, List<RegisterConflict> conflicts)
        {
            var parts = sources.Select(s => s.Activity).ToList();
            var merged = Combine(RegisterSchema.Activity, sources.Select(s => (s.Assembly, (object)s.Activity)).ToList(), null, null);
            merged.Transfers = Reconcile(id, "transfers", sources, a => a.Transfers, t => t.Recipient, DescribeTransfer,
                (t, note) => new RegisterTransfer(t.Recipient, t.Country, t.Safeguard, t.AdditionalSafeguards, note), t => t.ToConfirm, conflicts);
            merged.Processors = Reconcile(id, "processors", sources, a => a.Processors, p => p.Name, p => Key(p.Country, p.Contract),
                (p, note) => new RegisterProcessor(p.Name, p.Country, p.Contract, note), p => p.ToConfirm, conflicts);
            // The DPIA and the creation date are facts about the activity: two assemblies that state them differently contradict each other.
            AddConflict(conflicts, id, "dpia", sources.Where(s => s.Activity.Dpia.Status != nameof(DpiaStatus.NotStated))
                .Select(s => (s.Assembly, (string?)(s.Activity.Dpia.Status + (s.Activity.Dpia.Reference is { } r ? " " + r : "") + (s.Activity.Dpia.Date is { } d ? " " + d : "")))));
            AddConflict(conflicts, id, "created", sources.Where(s => s.Activity.Created is not null).Select(s => (s.Assembly, s.Activity.Created)));
            merged.ToConfirm = JoinNotes(new[] { merged.ToConfirm, contradiction });
            merged.DataCategories = parts.SelectMany(p => p.DataCategories).Concat(merged.Fields.Select(f => f.Category))
                .Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
            // The technical evidence is recomputed from the merged fields, so the merged register does not carry one "N fields"
            // line per assembly; a register written before the evidence had its own field carries it among the measures.
            merged.SecurityMeasures = Union(parts.Select(p => p.SecurityMeasures.Where(m => !SecurityFacts.IsDerived(m))));
            var evidence = new List<string>();
            if (parts.Any(p => p.TechnicalEvidence.Count > 0 || p.SecurityMeasures.Any(SecurityFacts.IsDerived))) SecurityFacts.Add(evidence, merged.Fields);
            merged.TechnicalEvidence = evidence;
            return merged;
        }

        /// <summary>
        /// One object from the inputs' objects of one shape, each field by its <see cref="RegisterJoin"/> rule; a
        /// <see cref="RegisterJoin.MustAgree"/> field that differs is reported when <paramref name="conflicts"/> is given.
        /// </summary>
        private static T Combine<T>(RegisterShape<T> shape, List<(string Assembly, object Value)> parts, string? activityId, List<RegisterConflict>? conflicts)
            where T : class
        {
            var merged = shape.Copy((T)parts[0].Value);
            foreach (var property in shape.Properties)
            {
                var values = parts.Select(p => property.GetValue(p.Value)).ToList();
                switch (property.Merge)
                {
                    case RegisterJoin.MustAgree when conflicts is not null:
                        AddConflict(conflicts, activityId, property.Key, parts.Select(p => (p.Assembly, property.GetText(p.Value))));
                        break;
                    case RegisterJoin.FirstStated:
                        property.SetValue(merged, values.FirstOrDefault(IsStated) ?? values[0]);
                        break;
                    case RegisterJoin.JoinNotes:
                        property.SetValue(merged, JoinNotes(values.Select(v => v as string)));
                        break;
                    case RegisterJoin.Union:
                        property.SetValue(merged, Union(parts.Select(p => property.GetTexts(p.Value))));
                        break;
                    case RegisterJoin.Distinct:
                        var itemShape = property.Shape!;
                        var items = parts.SelectMany(p => property.GetObjects(p.Value))
                            .GroupBy(item => ItemKey(itemShape, item), StringComparer.Ordinal)
                            .Select(g => (Key: g.Key, Item: g.First()))
                            .ToList();
                        property.SetValue(merged, InGeneratorOrder(items).Select(i => i.Item).ToList());
                        break;
                }
            }
            return merged;
        }

        /// <summary>
        /// The entries (transfers, processors) of the parts, each once. Entries with one name but different facts in two
        /// assemblies contradict each other: the conflict is reported and each version carries a note to confirm which
        /// is right, so neither is published as fact. One assembly that names one provider in two countries contradicts
        /// nobody.
        /// </summary>
        private static List<T> Reconcile<T>(string id, string field, List<(string Assembly, RegisterActivity Activity)> sources,
            Func<RegisterActivity, IEnumerable<T>> entries, Func<T, string> name, Func<T, string> facts, Func<T, string?, T> withNote, Func<T, string?> note,
            List<RegisterConflict> conflicts)
        {
            var result = new List<T>();
            var all = sources.SelectMany(s => entries(s.Activity).Select(e => (s.Assembly, Entry: e))).ToList();
            foreach (var byName in all.GroupBy(e => name(e.Entry), StringComparer.Ordinal))
            {
                // What each assembly says of the entry; two assemblies that say different things contradict each other.
                var said = byName.GroupBy(e => e.Assembly, StringComparer.Ordinal)
                    .Select(g => (Assembly: g.Key, Facts: string.Join("; ", g.Select(e => facts(e.Entry)).Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal))))
                    .ToList();
                string? contradiction = null;
                if (said.Select(x => x.Facts).Distinct(StringComparer.Ordinal).Count() > 1)
                {
                    AddConflict(conflicts, id, field + "[" + byName.Key + "]", said.Select(x => (x.Assembly, (string?)x.Facts)));
                    contradiction = "Described differently by the merged registers (" + string.Join("; ", said.Select(x => x.Assembly + ": " + x.Facts)) +
                        "): confirm which description is right and make the assemblies agree.";
                }
                foreach (var version in byName.GroupBy(e => facts(e.Entry), StringComparer.Ordinal))
                    result.Add(withNote(version.First().Entry, JoinNotes(version.Select(v => note(v.Entry)).Append(contradiction))));
            }
            return result;
        }

        private static string DescribeTransfer(RegisterTransfer t) =>
            (t.Country ?? "country not identified") + ", " + t.Safeguard + (t.AdditionalSafeguards is null ? "" : ", " + t.AdditionalSafeguards);

        /// <summary>A value a declaration states: a text, or a DPIA status other than "not stated".</summary>
        private static bool IsStated(object? value) =>
            value is RegisterDpia dpia ? dpia.Status != nameof(DpiaStatus.NotStated) : value is not null;

        /// <summary>Fields and retention entries in the order the generator writes them; other items in the order first stated.</summary>
        private static IEnumerable<(string Key, object Item)> InGeneratorOrder(List<(string Key, object Item)> items)
        {
            if (items.Count == 0) return items;
            return items[0].Item switch
            {
                RegisterField => items.OrderBy(i => ((RegisterField)i.Item).Type, StringComparer.Ordinal)
                    .ThenBy(i => ((RegisterField)i.Item).Member, StringComparer.Ordinal)
                    .ThenBy(i => ((RegisterField)i.Item).Category, StringComparer.Ordinal)
                    .ThenBy(i => ((RegisterField)i.Item).Retention ?? "", StringComparer.Ordinal)
                    .ThenBy(i => i.Key, StringComparer.Ordinal),
                RegisterRetention => items.OrderBy(i => ((RegisterRetention)i.Item).AppliesTo, StringComparer.Ordinal)
                    .ThenBy(i => ((RegisterRetention)i.Item).Text ?? "", StringComparer.Ordinal)
                    .ThenBy(i => i.Key, StringComparer.Ordinal),
                _ => items,
            };
        }

        /// <summary>The distinct "to confirm" notes of the parts, so no open point is lost in a merge.</summary>
        private static string? JoinNotes(IEnumerable<string?> notes)
        {
            var distinct = notes.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
            return distinct.Count == 0 ? null : string.Join(" ", distinct);
        }

        private static List<string> Union(IEnumerable<IEnumerable<string>> lists)
        {
            var result = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in lists.SelectMany(l => l))
            {
                if (seen.Add(item)) result.Add(item);
            }
            return result;
        }

        /// <summary>Every field of an item, as one key: two items are the same when every field is.</summary>
        private static string ItemKey(RegisterShape shape, object item) =>
            Key(shape.Properties.Select(p => p.Kind switch
            {
                RegisterValueKind.Text => p.GetText(item),
                RegisterValueKind.Flag => p.GetValue(item) is true ? "true" : "",
                RegisterValueKind.Texts => string.Join(",", p.GetTexts(item)),
                _ => p.GetValue(item) is { } child ? ItemKey(p.Shape!, child) : null,
            }).ToArray());

        /// <summary>A key no two different tuples share: each part length-prefixed, null distinct from empty.</summary>
        private static string Key(params string?[] parts) =>
            string.Concat(parts.Select(p => p == null ? "~|" : p.Length + ":" + p + "|"));

        private static int CompareActivities(RegisterActivity a, RegisterActivity b)
        {
            var c = string.CompareOrdinal(a.Id, b.Id);
            if (c == 0) c = string.CompareOrdinal(a.LegalBasis, b.LegalBasis);
            if (c == 0) c = string.CompareOrdinal(a.Name, b.Name);
            if (c == 0) c = string.CompareOrdinal(Signature(a), Signature(b));
            return c;
        }

        private static void AddConflict(List<RegisterConflict> conflicts, string? activityId, string field, IEnumerable<(string Assembly, string? Value)> values)
        {
            var byValue = values
                .GroupBy(v => v.Value ?? "\u0000null", StringComparer.Ordinal)
                .Select(g => new RegisterConflictValue(g.First().Value, g.Select(v => v.Assembly).Distinct(StringComparer.Ordinal).ToList()))
                .ToList();
            if (byValue.Count > 1) conflicts.Add(new RegisterConflict(activityId, field, byValue));
        }
    }

    /// <summary>What <see cref="RegisterMerger.Merge"/> gives: the merged register and the conflicts found.</summary>
    internal sealed class RegisterMergeResult
    {
        /// <summary>Creates a result.</summary>
        public RegisterMergeResult(ProcessingRegister register, IReadOnlyList<RegisterConflict> conflicts)
        {
            Register = register;
            Conflicts = conflicts;
        }

        /// <summary>The merged register; its <see cref="ProcessingRegister.Assembly"/> lists the assemblies, joined by <c>+</c>.</summary>
        public ProcessingRegister Register { get; }

        /// <summary>Every field declared differently in two assemblies, controller first, then activities by id.</summary>
        public IReadOnlyList<RegisterConflict> Conflicts { get; }

        /// <summary>True when at least one conflict was found.</summary>
        public bool HasConflicts => Conflicts.Count > 0;

        /// <summary>
        /// True when the assemblies describe the controller differently. A record of processing activities belongs to
        /// one controller (GDPR Art. 30(1)): the merged register can keep two declarations of an activity, never two
        /// controllers, so <see cref="Register"/> shows only the first one and must not be published.
        /// </summary>
        public bool HasControllerConflicts => Conflicts.Any(c => c.IsAboutController);
    }

    /// <summary>One field of the controller or of an activity declared differently in two or more assemblies.</summary>
    internal sealed class RegisterConflict
    {
        /// <summary>Creates a conflict.</summary>
        public RegisterConflict(string? activityId, string field, IReadOnlyList<RegisterConflictValue> values)
        {
            ActivityId = activityId;
            Field = field;
            Values = values;
        }

        /// <summary>The activity's id; null when the conflict is about the controller or the register itself.</summary>
        public string? ActivityId { get; }

        /// <summary>The JSON name of the field that differs (<c>legalBasis</c>, <c>description</c>, <c>email</c>...).</summary>
        public string Field { get; }

        /// <summary>Each distinct value with the assemblies that declare it, in ordinal order of the first assembly.</summary>
        public IReadOnlyList<RegisterConflictValue> Values { get; }

        /// <summary>True when the conflict is about the controller (not an activity, not the schema version).</summary>
        public bool IsAboutController => ActivityId == null && Field != "schemaVersion";

        /// <summary>The conflict in one line, e.g. <c>activity 'logging': legalBasis differs: "Consent" in A; "LegitimateInterests" in B</c>.</summary>
        public override string ToString()
        {
            var subject = ActivityId != null ? "activity '" + ActivityId + "'" : IsAboutController ? "controller" : "register";
            return subject + ": " + Field + " differs: " + string.Join("; ", Values.Select(v => v.ToString()));
        }
    }

    /// <summary>One of the values of a <see cref="RegisterConflict"/>, with the assemblies that declare it.</summary>
    internal sealed class RegisterConflictValue
    {
        /// <summary>Creates a conflicting value.</summary>
        public RegisterConflictValue(string? value, IReadOnlyList<string> assemblies)
        {
            Value = value;
            Assemblies = assemblies;
        }

        /// <summary>The value; null when the assembly does not state it.</summary>
        public string? Value { get; }

        /// <summary>The assemblies whose register holds this value.</summary>
        public IReadOnlyList<string> Assemblies { get; }

        /// <summary><c>"value" in A, B</c>, or <c>(not stated) in A</c>.</summary>
        public override string ToString() =>
            (Value == null ? "(not stated)" : "\"" + Value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n").Replace("\r", "\\r") + "\"")
            + " in " + string.Join(", ", Assemblies);
    }
}
