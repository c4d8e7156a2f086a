using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// The EF Core model read once against the generated privacy tables: for each entity type, the columns that hold
    /// personal data (its own, those of its owned types and complex properties), what protects each column (a key, a
    /// foreign key, a unique index), the columns of its retention events, and the foreign keys that link its rows to a
    /// person's. Every later decision (export, erasure, purge) reads this, never the CLR types.
    /// </summary>
    internal sealed class PrivacyModel
    {
        private static readonly ConditionalWeakTable<IModel, PrivacyModel> Read = new ConditionalWeakTable<IModel, PrivacyModel>();

        private readonly Dictionary<IEntityType, EntityPlan> _byType = new Dictionary<IEntityType, EntityPlan>();

        private PrivacyModel(IModel model)
        {
            var problems = new List<string>();
            var notStored = new List<string>();
            foreach (var entityType in model.GetEntityTypes().Where(e => !e.IsOwned()).OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entityType.HasSharedClrType || !entityType.ClrType.IsClass) continue;
                var plan = new EntityPlan(entityType, problems, notStored);
                _byType.Add(entityType, plan);
            }
            foreach (var plan in _byType.Values) plan.LinkDependents(this);
            Entities = _byType.Values.Where(p => p.IsAnnotated).ToList();
            foreach (var plan in Entities)
            {
                if (!Reachable(plan))
                    problems.Add(plan.Name + ": no [DataSubjectKey] and no foreign key to an entity that has one, so an access or erasure request cannot find its rows (the purge still covers them)");
                if (plan.Columns.Count > 0 && plan.Anchors.Count == 0)
                    problems.Add(plan.Name + ": no retention anchor column (HasRetentionAnchor), so the purge cannot date its rows");
                else
                    problems.AddRange(EventsWithoutColumn(plan));
                problems.AddRange(UnusedAnchors(plan));
            }
            Problems = problems;
            NotStored = notStored;
        }

        // A row is found by its subject key, or through a link to its type or to a base type of its hierarchy.
        private bool Reachable(EntityPlan plan)
        {
            for (var t = plan.EntityType; t is not null; t = t.BaseType)
            {
                if (Find(t) is { } p && (p.SubjectKey is not null || p.ReachableFromSubject)) return true;
            }
            return false;
        }

        // An anchor configured under a name no rule of the entity uses: a typo ('contract-end' for 'contract') that would
        // leave the rule undated. Names come as text from projects that cannot see the generated constants.
        private static IEnumerable<string> UnusedAnchors(EntityPlan plan)
        {
            if (plan.Columns.Count == 0) yield break;
            var used = new SortedSet<string>(StringComparer.Ordinal) { RetentionAnchors.CollectionEvent };
            foreach (var use in plan.Columns.SelectMany(c => c.Member.Uses))
            {
                if (use.Retention is not { } policy) continue;
                used.Add(policy.Anchor);
                if (policy.EndingEvent is { } ending) used.Add(ending);
            }
            foreach (var anchor in plan.Anchors.Keys.OrderBy(k => k, StringComparer.Ordinal))
            {
                if (!used.Contains(anchor))
                    yield return plan.Name + ": HasRetentionAnchor names the event '" + anchor + "', which no retention rule of its personal data uses (they use: " + string.Join(", ", used) + ")";
            }
        }

        // Each event a rule of the entity counts from (or ends on, for an 'unless' event) that has no column: the purge
        // cannot date it, whatever the other anchors of the entity.
        private static IEnumerable<string> EventsWithoutColumn(EntityPlan plan)
        {
            var missing = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var column in plan.Columns.Where(c => !c.IsComputed))
            {
                foreach (var use in column.Member.Uses)
                {
                    if (use.Retention is not { } policy) continue;
                    foreach (var name in new[] { policy.Anchor, policy.EndingEvent })
                    {
                        if (name is null || plan.Anchors.ContainsKey(name)) continue;
                        if (!missing.TryGetValue(name, out var columns)) missing.Add(name, columns = new List<string>());
                        if (!columns.Contains(column.Name)) columns.Add(column.Name);
                    }
                }
            }
            return missing.Select(m => plan.Name + ": no column for the event '" + m.Key + "' (HasRetentionAnchor) that the retention of " + string.Join(", ", m.Value)
                + " uses, so the purge cannot date it; an erasure takes its date from the request (ErasureOptions.Events) or from the row it was found through");
        }

        /// <summary>The model of <paramref name="db"/>'s EF model, read once per model.</summary>
        public static PrivacyModel Of(DbContext db) => Read.GetValue(db.Model, m => new PrivacyModel(m));

        /// <summary>The entity types that hold personal data, a subject key, or both, by name.</summary>
        public IReadOnlyList<EntityPlan> Entities { get; }

        /// <summary>What the package cannot reach or date, in words: reported by the model check and in every outcome.</summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>Personal members of the annotated types that no column holds (computed, ignored, or never stored).</summary>
        public IReadOnlyList<string> NotStored { get; }

        public EntityPlan? Find(IEntityType entityType) => _byType.TryGetValue(entityType, out var plan) ? plan : null;

        /// <summary>The plan of an entity type, else of its nearest base type that has one.</summary>
        public EntityPlan? FindOrBase(IEntityType entityType)
        {
            for (var t = entityType; t is not null; t = t.BaseType)
            {
                if (Find(t) is { } plan) return plan;
            }
            return null;
        }
    }
}
