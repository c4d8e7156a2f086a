using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    // One entity type of the model with its privacy table and the columns of its retention events.
    internal sealed class PrivacyEntity
    {
        public PrivacyEntity(IEntityType entityType, PrivacyTypeMetadata table)
        {
            EntityType = entityType;
            Table = table;
            Name = entityType.ClrType.Name;
            foreach (var annotation in entityType.GetAnnotations())
            {
                if (annotation.Name.StartsWith(PrivacyModelBuilderExtensions.AnchorPrefix, StringComparison.Ordinal) && annotation.Value is string column)
                    Anchors[annotation.Name.Substring(PrivacyModelBuilderExtensions.AnchorPrefix.Length)] = column;
            }
            ArchiveMarker = entityType.FindAnnotation(PrivacyModelBuilderExtensions.ArchiveMarker)?.Value as string;
            DeleteWhenErased = entityType.FindAnnotation(PrivacyModelBuilderExtensions.DeleteWhenErased)?.Value is true;
            if (table.SubjectKey is { } key)
            {
                var property = entityType.FindProperty(key.Name)
                    ?? throw new InvalidOperationException(Name + "." + key.Name + " is its [DataSubjectKey] but the model maps no column for it.");
                KeyType = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            }
            else
            {
                KeyType = typeof(void);
            }
            // The one generic step: typed queries need the CLR type as a type argument; nothing else is reflected on.
            Ops = (EntityOps)Activator.CreateInstance(typeof(EntityOps<>).MakeGenericType(entityType.ClrType))!;
        }

        public IEntityType EntityType { get; }
        public PrivacyTypeMetadata Table { get; }
        public string Name { get; }
        public Type KeyType { get; }
        public EntityOps Ops { get; }
        public Dictionary<string, string> Anchors { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
        public string? ArchiveMarker { get; }
        public bool DeleteWhenErased { get; }

        // A row's anchors; with no collection column the request's day stands in, so no hold ends earlier than it should.
        public RetentionAnchors AnchorsOf(EntityEntry entry, DateTime asOf)
        {
            var collected = Anchors.TryGetValue(RetentionAnchors.CollectionEvent, out var column) && entry.Property(column).CurrentValue is DateTime day ? day : asOf;
            var anchors = new RetentionAnchors(collected);
            foreach (var anchor in Anchors)
            {
                if (anchor.Key != RetentionAnchors.CollectionEvent) anchors = anchors.With(anchor.Key, entry.Property(anchor.Value).CurrentValue as DateTime?);
            }
            return anchors;
        }

        // A primary or alternate key of the row: never overwritten (rows would collide, references break).
        public bool IsRowKey(string member) => EntityType.FindProperty(member)?.IsKey() == true;

        public IEnumerable<PlannedStep> Plan(DateTime asOf, List<string> skipped) => Ops.Plan(this, asOf, skipped);
    }

    internal abstract class PlannedStep
    {
        protected PlannedStep(PurgePhase phase, IReadOnlyList<string> members, string rule)
        {
            Phase = phase;
            Members = members;
            Rule = rule;
        }

        public PurgePhase Phase { get; }
        public IReadOnlyList<string> Members { get; }
        public string Rule { get; }
        public abstract Task<int> RunAsync(DbContext db, bool dryRun, CancellationToken cancellationToken);
    }

    internal abstract class EntityOps
    {
        public abstract Task<List<object>> FindAsync(DbContext db, PrivacyEntity entity, object subject, bool tracked, CancellationToken cancellationToken);
        public abstract IEnumerable<PlannedStep> Plan(PrivacyEntity entity, DateTime asOf, List<string> skipped);
    }

    internal sealed class EntityOps<T> : EntityOps where T : class
    {
        private static readonly ParameterExpression Row = Expression.Parameter(typeof(T), "e");

        public override async Task<List<object>> FindAsync(DbContext db, PrivacyEntity entity, object subject, bool tracked, CancellationToken cancellationToken)
        {
            var key = Expression.PropertyOrField(Row, entity.Table.SubjectKey!.Name);
            var where = Expression.Lambda<Func<T, bool>>(Expression.Equal(key, Expression.Constant(subject, key.Type)), Row);
            IQueryable<T> rows = db.Set<T>();
            if (!tracked) rows = rows.AsNoTracking();
            var found = await rows.Where(where).ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Cast<object>().ToList();
        }

        public override IEnumerable<PlannedStep> Plan(PrivacyEntity entity, DateTime asOf, List<string> skipped)
        {
            var table = (PrivacyTypeMetadata<T>)entity.Table;
            var personal = table.MemberTable.Where(m => m.IsPersonal).ToList();
            var groups = new SortedDictionary<string, (Expression Due, List<MemberEraser<T>> Erasers)>(StringComparer.Ordinal);
            var activeEnds = new List<Expression>();
            var activeRules = new List<string>();
            var hasArchivePhase = false;
            var complete = true;
            foreach (var member in personal)
            {
                if (entity.EntityType.FindProperty(member.Name) is not { } property)
                {
                    skipped.Add(entity.Name + "." + member.Name + ": no column in the model, not purged");
                    complete = false;
                    continue;
                }
                // A key column is never overwritten (rows would collide, references break): it goes with its row.
                if (property.IsKey())
                {
                    if (!entity.DeleteWhenErased) skipped.Add(entity.Name + "." + member.Name + ": a key of the row, erased only with the row (DeleteRowsWhenErased), not purged");
                    continue;
                }
                var conditions = new List<Expression>();
                var rules = new List<string>();
                string? problem = null;
                foreach (var use in member.Uses)
                {
                    if (use.Retention is not { } policy) { problem = "no readable retention rule for purpose '" + use.PurposeId + "'"; break; }
                    if (!entity.Anchors.TryGetValue(policy.Anchor, out var column)) { problem = "no column for anchor '" + policy.Anchor + "' (HasRetentionAnchor)"; break; }
                    var eraseCutoff = Cutoff(policy, asOf, s => s.EraseOn);
                    Expression due = eraseCutoff is { } erase ? OnOrBefore(column, erase) : Expression.Constant(false);
                    var rule = eraseCutoff is { } e ? column + " <= " + Day(e) : "never";
                    if (policy.EndingEvent is { } ending && entity.Anchors.TryGetValue(ending, out var endingColumn))
                    {
                        due = Expression.OrElse(due, OnOrBefore(endingColumn, asOf));
                        rule += " or " + endingColumn + " <= " + Day(asOf);
                    }
                    conditions.Add(due);
                    rules.Add(rule + " (" + use.RetentionText + ")");
                    if (policy.ArchivePeriod is not null) hasArchivePhase = true;
                    activeEnds.Add(Cutoff(policy, asOf, s => s.ArchiveOn ?? s.EraseOn) is { } active ? OnOrBefore(column, active) : Expression.Constant(false));
                    activeRules.Add(column + " past its active phase (" + use.RetentionText + ")");
                }
                if (problem is not null || conditions.Count == 0)
                {
                    skipped.Add(entity.Name + "." + member.Name + ": " + (problem ?? "serves no purpose") + ", not purged");
                    complete = false;
                    continue;
                }
                var key = string.Join(" and ", rules);
                var eraser = member.Accept(new EraserVisitor(property.IsNullable));
                if (groups.TryGetValue(key, out var group)) group.Erasers.Add(eraser);
                else groups.Add(key, (conditions.Aggregate(Expression.AndAlso), new List<MemberEraser<T>> { eraser }));
            }

            if (entity.ArchiveMarker is { } marker && hasArchivePhase && complete && activeEnds.Count > 0)
            {
                var notMarked = Expression.Equal(Expression.PropertyOrField(Row, marker), Expression.Constant(null, typeof(DateTime?)));
                var where = Expression.Lambda<Func<T, bool>>(Expression.AndAlso(notMarked, activeEnds.Aggregate(Expression.AndAlso)), Row);
                var stamp = (DateTime?)asOf;
                yield return new Step(PurgePhase.Archive, new[] { marker }, string.Join(" and ", activeRules.Distinct()), where,
                    s => s.SetProperty(e => EF.Property<DateTime?>(e, marker), stamp));
            }

            var deleteRows = entity.DeleteWhenErased && complete && groups.Count == 1;
            foreach (var group in groups)
            {
                var members = group.Value.Erasers.Select(e => e.Name).ToList();
                if (deleteRows)
                {
                    yield return new Step(PurgePhase.Delete, members, group.Key, Expression.Lambda<Func<T, bool>>(group.Value.Due, Row), null);
                    continue;
                }
                // Rows already erased are left alone: a second run changes nothing and reports 0.
                var notErased = group.Value.Erasers.Select(e => e.NotErased).Aggregate(Expression.OrElse);
                var erasers = group.Value.Erasers;
                yield return new Step(PurgePhase.Erase, members, group.Key, Expression.Lambda<Func<T, bool>>(Expression.AndAlso(group.Value.Due, notErased), Row),
                    s => { foreach (var eraser in erasers) eraser.Set(s); });
            }
        }

        private static Expression OnOrBefore(string column, DateTime day)
        {
            var value = Expression.PropertyOrField(Row, column);
            return Expression.LessThanOrEqual(value, Expression.Constant(value.Type == typeof(DateTime) ? day : (DateTime?)day, value.Type));
        }

        // The latest anchor date whose schedule date (erase, or end of the active phase) falls on or before asOf: a
        // schedule only moves later as its anchor does, so a binary search over days finds it for every kind of rule.
        internal static DateTime? Cutoff(RetentionPolicy policy, DateTime asOf, Func<RetentionSchedule, DateTime?> pick)
        {
            bool Due(DateTime anchor) => pick(policy.ComputeSchedule(new RetentionAnchors(anchor).With(policy.Anchor, anchor))) is { } day && day <= asOf;
            var low = asOf.Year > 1000 ? asOf.AddYears(-1000) : DateTime.MinValue.AddYears(1);
            if (!Due(low)) return null;
            var high = asOf;
            if (Due(high)) return high;
            while ((high - low).TotalDays > 1)
            {
                var middle = low.AddDays(Math.Floor((high - low).TotalDays / 2));
                if (Due(middle)) low = middle; else high = middle;
            }
            return low;
        }

        private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private sealed class Step : PlannedStep
        {
            private readonly Expression<Func<T, bool>> _where;
            private readonly Action<UpdateSettersBuilder<T>>? _set;

            public Step(PurgePhase phase, IReadOnlyList<string> members, string rule, Expression<Func<T, bool>> where, Action<UpdateSettersBuilder<T>>? set)
                : base(phase, members, rule)
            {
                _where = where;
                _set = set;
            }

            public override Task<int> RunAsync(DbContext db, bool dryRun, CancellationToken cancellationToken)
            {
                var rows = db.Set<T>().Where(_where);
                if (dryRun) return rows.CountAsync(cancellationToken);
                return _set is null ? rows.ExecuteDeleteAsync(cancellationToken) : rows.ExecuteUpdateAsync(_set, cancellationToken);
            }
        }

        // Each member gets its typed setter here, from its table row: no reflection over the value type.
        private sealed class EraserVisitor : IPrivacyMemberVisitor<T, MemberEraser<T>>
        {
            private readonly bool _nullable;

            public EraserVisitor(bool nullable) => _nullable = nullable;

            public MemberEraser<T> Visit<TValue>(PrivacyMember<T, TValue> member)
            {
                // Set-based, so one value for every row: null where the column allows it, else erased text or the default.
                TValue erased = _nullable ? default! : typeof(TValue) == typeof(string) ? (TValue)(object)Redaction.Redact("x", member.Category, RedactionKind.Erase) : default!;
                var name = member.Name;
                var notErased = Expression.NotEqual(Expression.PropertyOrField(Row, name), Expression.Constant(erased, Expression.PropertyOrField(Row, name).Type));
                return new MemberEraser<T>(name, notErased, s => s.SetProperty(e => EF.Property<TValue>(e, name), erased));
            }
        }
    }

    internal sealed class MemberEraser<T> where T : class
    {
        public MemberEraser(string name, Expression notErased, Action<UpdateSettersBuilder<T>> set)
        {
            Name = name;
            NotErased = notErased;
            Set = set;
        }

        public string Name { get; }
        public Expression NotErased { get; }
        public Action<UpdateSettersBuilder<T>> Set { get; }
    }
}
