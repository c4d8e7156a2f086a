using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>One set-based statement of a purge, ready to run or count.</summary>
    internal sealed class PlannedStep
    {
        public PlannedStep(string entity, PurgePhase phase, IReadOnlyList<string> members, string rule, EntityOps ops, IQueryable rows,
            IReadOnlyList<(LambdaExpression Column, LambdaExpression Value)>? setters)
        {
            Entity = entity;
            Phase = phase;
            Members = members;
            Rule = rule;
            Ops = ops;
            Rows = rows;
            Setters = setters;
        }

        public string Entity { get; }
        public PurgePhase Phase { get; }
        public IReadOnlyList<string> Members { get; }
        public string Rule { get; }
        private EntityOps Ops { get; }
        private IQueryable Rows { get; }
        private IReadOnlyList<(LambdaExpression Column, LambdaExpression Value)>? Setters { get; }

        public Task<int> RunAsync(bool dryRun, CancellationToken cancellationToken) => Ops.RunAsync(Rows, Setters, dryRun, cancellationToken);
    }

    /// <summary>
    /// The purge of one entity type on one day: per group of columns due under the same rule, one statement over its
    /// rows (its owned rows for an owned collection). The cut-off of each rule is computed once, so any rule of the
    /// retention language becomes a <c>column &lt;= date</c> condition, read from the row or from its principal's row.
    /// </summary>
    internal static class PurgePlanner
    {
        public static IEnumerable<PlannedStep> Plan(DbContext db, EntityPlan plan, DateTime asOf, List<string> skipped)
        {
            var row = Expression.Parameter(plan.Ops.ClrType, "e");
            var groups = new SortedDictionary<string, (IReadOnlyList<IPropertyBase> Path, Expression Due, List<PersonalColumn> Columns)>(StringComparer.Ordinal);
            var activeEnds = new List<Expression>();
            var activeRules = new List<string>();
            var hasArchivePhase = false;
            var complete = true;
            foreach (var column in plan.Columns)
            {
                if (column.Protection is { } protection)
                {
                    if (!plan.DeleteWhenErased || protection.Hold == ErasureHold.CannotErase) skipped.Add(plan.Name + "." + column.Name + ": " + protection.Reason + ", not purged");
                    if (protection.Hold == ErasureHold.CannotErase) complete = false;
                    continue;
                }
                if (column.Path.Count(p => p is INavigation { IsCollection: true }) > 1 || (column.ThroughCollection && !(column.Path[column.Path.Count - 1] is INavigation { IsCollection: true })))
                {
                    skipped.Add(plan.Name + "." + column.Name + ": inside an owned collection nested in another, not purged");
                    complete = false;
                    continue;
                }
                if (column.ThroughCollection && column.IsUnique && !column.Property.IsNullable)
                {
                    skipped.Add(plan.Name + "." + column.Name + ": a unique column of an owned collection, not purged");
                    complete = false;
                    continue;
                }
                var conditions = new List<Expression>();
                var rules = new List<string>();
                string? problem = null;
                foreach (var use in column.Member.Uses)
                {
                    if (use.Retention is not { } policy) { problem = "no readable retention rule for purpose '" + use.PurposeId + "'"; break; }
                    if (!plan.Anchors.TryGetValue(policy.Anchor, out var anchor)) { problem = "no column for anchor '" + policy.Anchor + "' (HasRetentionAnchor)"; break; }
                    var date = DateOf(db, row, anchor);
                    var eraseCutoff = Cutoff(policy, asOf, s => s.EraseOn);
                    Expression due = eraseCutoff is { } erase ? Columns.OnOrBefore(date, anchor.Column, erase) : Expression.Constant(false);
                    var rule = eraseCutoff is { } e ? anchor.Describe() + " <= " + Day(e) : "never";
                    if (policy.EndingEvent is { } ending && plan.Anchors.TryGetValue(ending, out var endingAnchor))
                    {
                        due = Expression.OrElse(due, Columns.OnOrBefore(DateOf(db, row, endingAnchor), endingAnchor.Column, asOf));
                        rule += " or " + endingAnchor.Describe() + " <= " + Day(asOf);
                    }
                    conditions.Add(due);
                    rules.Add(rule + " (" + use.RetentionText + ")");
                    if (policy.ArchivePeriod is not null) hasArchivePhase = true;
                    activeEnds.Add(Cutoff(policy, asOf, s => s.ArchiveOn ?? s.EraseOn) is { } active ? Columns.OnOrBefore(date, anchor.Column, active) : Expression.Constant(false));
                    activeRules.Add(anchor.Describe() + " past its active phase (" + use.RetentionText + ")");
                }
                if (problem is not null || conditions.Count == 0)
                {
                    skipped.Add(plan.Name + "." + column.Name + ": " + (problem ?? "serves no purpose") + ", not purged");
                    complete = false;
                    continue;
                }
                var ruleKey = string.Join(" and ", rules);
                var pathKey = InOwnersTable(plan, column) ? "" : string.Join(".", column.Path.Select(p => p.Name));
                var key = pathKey + "\u0001" + ruleKey;
                if (groups.TryGetValue(key, out var group)) group.Columns.Add(column);
                else groups.Add(key, (column.Path, conditions.Aggregate(Expression.AndAlso), new List<PersonalColumn> { column }));
            }

            var source = plan.Ops.Query(db).Expression;
            if (plan.ArchiveMarker is { } marker && hasArchivePhase && complete && activeEnds.Count > 0)
            {
                var notMarked = Expression.Equal(Columns.AsNullable(Columns.Of(row, marker)), Expression.Constant(null, typeof(DateTime?)));
                var rows = Where(source, row, Expression.AndAlso(notMarked, activeEnds.Aggregate(Expression.AndAlso)));
                var stamp = Expression.Lambda(Expression.Constant((DateTime?)Columns.DayFor(marker, asOf), Columns.Of(row, marker).Type), row);
                yield return new PlannedStep(plan.Name, PurgePhase.Archive, new[] { marker.Name }, string.Join(" and ", activeRules.Distinct()), plan.Ops,
                    plan.Ops.Query(db).Provider.CreateQuery(rows), new[] { (Expression.Lambda(Columns.Of(row, marker), row), stamp) });
            }

            // Rows no other row refers to are deleted (their owned rows with them); the others are erased in place below,
            // so a deletion never orphans a row or cascades into what another entity keeps.
            Expression? referenced = null;
            var deleteRows = plan.DeleteWhenErased && complete && groups.Count > 0 && groups.Keys.Select(RuleOf).Distinct().Count() == 1;
            if (deleteRows)
            {
                var first = groups.Values.First();
                foreach (var (key, dependent) in plan.Dependents)
                {
                    var one = Referenced(db, row, key, dependent);
                    referenced = referenced is null ? one : Expression.OrElse(referenced, one);
                }
                var unreferenced = referenced is null ? first.Due : Expression.AndAlso(first.Due, Expression.Not(referenced));
                yield return new PlannedStep(plan.Name, PurgePhase.Delete, groups.Values.SelectMany(g => g.Columns).Select(c => c.Name).ToList(),
                    RuleOf(groups.Keys.First()), plan.Ops, plan.Ops.Query(db).Provider.CreateQuery(Where(source, row, unreferenced)), null);
                if (referenced is null) yield break;
            }

            foreach (var group in groups)
            {
                var columns = group.Value.Columns;
                var rule = RuleOf(group.Key);
                // With deletion, only the rows another row refers to are left to erase in place.
                var due = deleteRows ? Expression.AndAlso(group.Value.Due, referenced!) : group.Value.Due;
                var names = columns.Select(c => c.Name).ToList();
                if (!columns[0].ThroughCollection)
                {
                    // Rows already erased are left alone: a second run changes nothing and reports 0.
                    var notErased = columns.Select(c => NotErased(row, c, plan)).Aggregate(Expression.OrElse);
                    var setters = columns.Select(c => (Expression.Lambda(Columns.Of(row, c.Path, c.Property), row), Expression.Lambda(ErasedValue(row, c, plan), row))).ToList();
                    yield return new PlannedStep(plan.Name, PurgePhase.Erase, names, rule, plan.Ops,
                        plan.Ops.Query(db).Provider.CreateQuery(Where(source, row, Expression.AndAlso(due, notErased))), setters);
                    continue;
                }
                // An owned collection: its rows, reached from the owners that are due.
                var navigation = (INavigation)group.Value.Path[group.Value.Path.Count - 1];
                var ownedOps = EntityOps.For(navigation.TargetEntityType.ClrType);
                var owned = Expression.Parameter(ownedOps.ClrType, "o");
                var prefix = group.Value.Path.Take(group.Value.Path.Count - 1).ToList();
                var ownedRows = Expression.Call(typeof(Queryable), nameof(Queryable.SelectMany), new[] { row.Type, owned.Type },
                    Where(source, row, due),
                    Expression.Quote(Expression.Lambda(Columns.Of(row, prefix, navigation), row)));
                var pending = columns.Select(c => NotErased(owned, c, null, ownPath: true)).Aggregate(Expression.OrElse);
                var ownedSetters = columns.Select(c => (Expression.Lambda(Columns.Of(owned, c.Property), owned), Expression.Lambda(ErasedValue(owned, c, null), owned))).ToList();
                yield return new PlannedStep(plan.Name, PurgePhase.Erase, names, rule, ownedOps,
                    plan.Ops.Query(db).Provider.CreateQuery(Where(ownedRows, owned, pending)), ownedSetters);
            }
        }

        // An owned value stored in its owner's columns, or a complex property: written by the owner's own statement.
        private static bool InOwnersTable(EntityPlan plan, PersonalColumn column)
        {
            var table = plan.EntityType.GetTableName();
            return column.Path.All(step => step is IComplexProperty || (step is INavigation { IsCollection: false } navigation && navigation.TargetEntityType.GetTableName() == table));
        }

        private static string RuleOf(string groupKey) => groupKey.Substring(groupKey.IndexOf('\u0001') + 1);

        private static Expression Where(Expression source, ParameterExpression row, Expression condition) =>
            Expression.Call(typeof(Queryable), nameof(Queryable.Where), new[] { row.Type }, source, Expression.Quote(Expression.Lambda(condition, row)));

        // The row's date of an event: its own column, or its principal's through the foreign key (a correlated subquery).
        private static Expression DateOf(DbContext db, ParameterExpression row, AnchorSource anchor)
        {
            if (anchor.Through is not { } key) return Columns.Of(row, anchor.Column);
            var principalOps = EntityOps.For(key.PrincipalEntityType.ClrType);
            var principal = Expression.Parameter(principalOps.ClrType, "p");
            var match = Expression.Equal(Columns.AsNullable(Columns.Of(principal, key.PrincipalKey.Properties[0])), Columns.AsNullable(Columns.Of(row, key.Properties[0])));
            var rows = Where(principalOps.Query(db).Expression, principal, match);
            var dates = Expression.Call(typeof(Queryable), nameof(Queryable.Select), new[] { principal.Type, typeof(DateTime?) }, rows,
                Expression.Quote(Expression.Lambda(Columns.AsNullable(Columns.Of(principal, anchor.Column)), principal)));
            return Expression.Call(typeof(Queryable), nameof(Queryable.FirstOrDefault), new[] { typeof(DateTime?) }, dates);
        }

        // Some row of the dependent entity refers to this row through the foreign key.
        private static Expression Referenced(DbContext db, ParameterExpression row, IForeignKey key, EntityPlan dependent)
        {
            var other = Expression.Parameter(dependent.Ops.ClrType, "d");
            var match = Expression.Equal(Columns.AsNullable(Columns.Of(other, key.Properties[0])), Columns.AsNullable(Columns.Of(row, key.PrincipalKey.Properties[0])));
            return Expression.Call(typeof(Queryable), nameof(Queryable.Any), new[] { other.Type }, dependent.Ops.Query(db).Expression,
                Expression.Quote(Expression.Lambda(match, other)));
        }

        private static Expression NotErased(ParameterExpression row, PersonalColumn column, EntityPlan? plan, bool ownPath = false)
        {
            var value = ownPath ? Columns.Of(row, column.Property) : Columns.Of(row, column.Path, column.Property);
            return Expression.NotEqual(value, ErasedValue(row, column, plan));
        }

        // One value for every row (null where the column allows it, else the erased text or the default); a unique text
        // column gets its row's key in it, so no two erased rows collide.
        private static Expression ErasedValue(ParameterExpression row, PersonalColumn column, EntityPlan? plan)
        {
            var type = column.Property.ClrType;
            if (column.IsUnique && type == typeof(string) && !column.Property.IsNullable)
            {
                var key = plan?.PrimaryKey
                    ?? throw new InvalidOperationException(column.Name + ": a unique column needs its entity's single-column key to be erased by a purge.");
                var keyText = Expression.Call(Columns.Of(row, key), typeof(object).GetMethod(nameof(ToString))!);
                var concat = typeof(string).GetMethod(nameof(string.Concat), new[] { typeof(string), typeof(string), typeof(string) })!;
                return Expression.Call(concat, Expression.Constant("[redacted "), keyText, Expression.Constant("]"));
            }
            return Expression.Constant(column.ErasedValue(""), type);
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
    }
}
