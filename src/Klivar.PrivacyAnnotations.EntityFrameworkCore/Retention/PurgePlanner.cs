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
        /// <summary>
        /// The statements of one hierarchy (an entity type and the types derived from it): each type's own columns over its
        /// own rows (every column over each concrete type's rows when each has a table of its own), then deletion at the
        /// root when the whole row is due at once. No two statements touch the same row's same columns, so a dry run
        /// counts what the real run changes.
        /// </summary>
        public static IEnumerable<PlannedStep> Plan(DbContext db, PrivacyModel model, IEntityType root, DateTime asOf, List<string> skipped)
        {
            var types = new[] { root }.Concat(root.GetDerivedTypes().OrderBy(t => t.Name, StringComparer.Ordinal)).ToList();
            var perConcreteTable = root.GetMappingStrategy() == RelationalAnnotationNames.TpcMappingStrategy && types.Count > 1;
            var sources = new List<Source>();
            foreach (var type in types)
            {
                if (model.Find(type) is not { } plan) continue;
                if (perConcreteTable && type.ClrType.IsAbstract) continue;
                var columns = perConcreteTable
                    ? types.Where(t => t.IsAssignableFrom(type)).Select(model.Find).Where(p => p is not null).SelectMany(p => p!.Columns).ToList()
                    : plan.Columns.ToList();
                if (columns.Count == 0 && !(type == root && plan.ArchiveMarker is not null)) continue;
                sources.Add(Analyze(db, plan, columns, asOf, skipped));
            }
            if (sources.Count == 0) yield break;

            var rootPlan = model.Find(root)!;
            var all = sources.SelectMany(s => s.Groups.Keys.Select(RuleOf)).Distinct().ToList();
            var deleteRows = types.Any(t => model.Find(t)?.DeleteWhenErased == true) && sources.All(s => s.Complete) && all.Count == 1;
            // Deletion is one statement over the root's rows, dated by the root's own columns: a hierarchy whose personal
            // data is declared on derived types only is erased in place.
            if (deleteRows && !sources.Any(s => s.Plan == rootPlan && s.Groups.Count > 0))
            {
                skipped.Add(rootPlan.Name + ": DeleteRowsWhenErased: its personal data is declared on derived types only, so no statement over its rows can date them; they are erased in place");
                deleteRows = false;
            }
            if (deleteRows && SpansTables(root))
            {
                skipped.Add(rootPlan.Name + ": DeleteRowsWhenErased: its rows span the tables of a table-per-type or table-per-concrete-type hierarchy, which one statement cannot delete; they are erased in place");
                deleteRows = false;
            }

            foreach (var source in sources)
            {
                var plan = source.Plan;
                var row = source.Row;
                // The archive marker is set once per row: by the statement over the type that declares it.
                if (plan.ArchiveMarker is { } marker && (perConcreteTable || marker.DeclaringType == plan.EntityType) && source.HasArchivePhase && source.Complete && source.ActiveEnds.Count > 0)
                {
                    var notMarked = Expression.Equal(Columns.AsNullable(Columns.Of(row, marker)), Expression.Constant(null, typeof(DateTime?)));
                    var rows = Where(source.Query, row, Expression.AndAlso(notMarked, source.ActiveEnds.Aggregate(Expression.AndAlso)));
                    var stamp = Expression.Lambda(Expression.Constant((DateTime?)Columns.DayFor(marker, asOf), Columns.Of(row, marker).Type), row);
                    yield return new PlannedStep(plan.Name, PurgePhase.Archive, new[] { marker.Name }, string.Join(" and ", source.ActiveRules.Distinct()), plan.Ops,
                        source.Provider.CreateQuery(rows), new[] { (Expression.Lambda(Columns.Of(row, marker), row), stamp) });
                }
            }

            // Rows no other row refers to are deleted (their owned rows with them); the others are erased in place below,
            // so a deletion never orphans a row or cascades into what another entity keeps.
            var dependents = types.Select(model.Find).Where(p => p is not null).SelectMany(p => p!.Dependents).Distinct().ToList();
            if (deleteRows)
            {
                var rootSource = sources.First(s => s.Plan == rootPlan);
                var due = rootSource.Groups.Values.First().Due;
                var referenced = Referenced(db, rootSource.Row, dependents);
                yield return new PlannedStep(rootPlan.Name, PurgePhase.Delete, sources.SelectMany(s => s.Groups.Values.SelectMany(g => g.Columns)).Select(c => c.Name).Distinct().ToList(),
                    all[0], rootPlan.Ops, rootSource.Provider.CreateQuery(Where(rootSource.Query, rootSource.Row, referenced is null ? due : Expression.AndAlso(due, Expression.Not(referenced)))), null);
                if (dependents.Count == 0) yield break;
            }

            foreach (var source in sources)
            {
                var plan = source.Plan;
                var row = source.Row;
                // With deletion, only the rows another row refers to are left to erase in place.
                var referenced = deleteRows ? Referenced(db, row, dependents) : null;
                foreach (var group in source.Groups)
                {
                    var rule = RuleOf(group.Key);
                    // A column no erased value fits took part in the deletion's rule only: it stays in the rows kept.
                    foreach (var column in group.Value.Columns.Where(c => c.Protection is not null))
                        skipped.Add(plan.Name + "." + column.Name + ": " + column.Protection!.Value.Reason + (deleteRows ? ", not purged in rows another row refers to" : ", not purged"));
                    var columns = group.Value.Columns.Where(c => c.Protection is null).ToList();
                    if (columns.Count == 0) continue;
                    var due = referenced is null ? group.Value.Due : Expression.AndAlso(group.Value.Due, referenced);
                    var names = columns.Select(c => c.Name).ToList();
                    if (!columns[0].ThroughCollection)
                    {
                        // Rows already erased are left alone: a second run changes nothing and reports 0.
                        var notErased = columns.Select(c => NotErased(row, c, plan)).Aggregate(Expression.OrElse);
                        var setters = columns.Select(c => (Expression.Lambda(Columns.Of(row, c.Path, c.Property), row), Expression.Lambda(ErasedValue(row, c, plan), row))).ToList();
                        yield return new PlannedStep(plan.Name, PurgePhase.Erase, names, rule, plan.Ops,
                            source.Provider.CreateQuery(Where(source.Query, row, Expression.AndAlso(due, notErased))), setters);
                        continue;
                    }
                    // An owned collection: its rows, reached from the owners that are due.
                    var navigation = (INavigation)group.Value.Path[group.Value.Path.Count - 1];
                    var ownedOps = EntityOps.For(navigation.TargetEntityType.ClrType);
                    var owned = Expression.Parameter(ownedOps.ClrType, "o");
                    var prefix = group.Value.Path.Take(group.Value.Path.Count - 1).ToList();
                    var ownedRows = Expression.Call(typeof(Queryable), nameof(Queryable.SelectMany), new[] { row.Type, owned.Type },
                        Where(source.Query, row, due),
                        Expression.Quote(Expression.Lambda(Columns.Of(row, prefix, navigation), row)));
                    var pending = columns.Select(c => NotErased(owned, c, null, ownPath: true)).Aggregate(Expression.OrElse);
                    var ownedSetters = columns.Select(c => (Expression.Lambda(Columns.Of(owned, c.Property), owned), Expression.Lambda(ErasedValue(owned, c, null), owned))).ToList();
                    yield return new PlannedStep(plan.Name, PurgePhase.Erase, names, rule, ownedOps,
                        source.Provider.CreateQuery(Where(ownedRows, owned, pending)), ownedSetters);
                }
            }
        }

        // One entity set's columns grouped by statement (the owner's table, or an owned collection) and rule.
        private sealed class Source
        {
            public Source(EntityPlan plan, ParameterExpression row, IQueryable query)
            {
                Plan = plan;
                Row = row;
                Query = query.Expression;
                Provider = query.Provider;
            }

            public EntityPlan Plan { get; }
            public ParameterExpression Row { get; }
            public Expression Query { get; }
            public IQueryProvider Provider { get; }
            public SortedDictionary<string, (IReadOnlyList<IPropertyBase> Path, Expression Due, List<PersonalColumn> Columns)> Groups { get; } =
                new SortedDictionary<string, (IReadOnlyList<IPropertyBase>, Expression, List<PersonalColumn>)>(StringComparer.Ordinal);
            public List<Expression> ActiveEnds { get; } = new List<Expression>();
            public List<string> ActiveRules { get; } = new List<string>();
            public bool HasArchivePhase { get; set; }
            public bool Complete { get; set; } = true;
        }

        private static Source Analyze(DbContext db, EntityPlan plan, IReadOnlyList<PersonalColumn> columns, DateTime asOf, List<string> skipped)
        {
            var row = Expression.Parameter(plan.Ops.ClrType, "e");
            var source = new Source(plan, row, plan.Ops.Query(db));
            var groups = source.Groups;
            var activeEnds = source.ActiveEnds;
            var activeRules = source.ActiveRules;
            foreach (var column in columns)
            {
                if (column.IsComputed)
                {
                    // An UPDATE of a generated column fails the whole run; erasing the columns it is computed from erases it.
                    skipped.Add(plan.Name + "." + column.Name + ": computed by the database from other columns, never written; it changes with them");
                    continue;
                }
                // With DeleteRowsWhenErased, a column no erased value fits goes with its row: its rule takes part in the
                // deletion like any other column's, and only rows another row refers to keep it.
                if (column.Protection is { } protection && !(plan.DeleteWhenErased && protection.Hold == ErasureHold.CannotErase))
                {
                    if (!plan.DeleteWhenErased || protection.Hold == ErasureHold.CannotErase) skipped.Add(plan.Name + "." + column.Name + ": " + protection.Reason + ", not purged");
                    if (protection.Hold == ErasureHold.CannotErase) source.Complete = false;
                    continue;
                }
                if (column.Path.Count(p => p is INavigation { IsCollection: true }) > 1 || (column.ThroughCollection && !(column.Path[column.Path.Count - 1] is INavigation { IsCollection: true })))
                {
                    skipped.Add(plan.Name + "." + column.Name + ": inside an owned collection nested in another, not purged");
                    source.Complete = false;
                    continue;
                }
                if (column.ThroughCollection && column.IsUnique && !column.Property.IsNullable)
                {
                    skipped.Add(plan.Name + "." + column.Name + ": a unique column of an owned collection, not purged");
                    source.Complete = false;
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
                    if (policy.ArchivePeriod is not null) source.HasArchivePhase = true;
                    activeEnds.Add(Cutoff(policy, asOf, s => s.ArchiveOn ?? s.EraseOn) is { } active ? Columns.OnOrBefore(date, anchor.Column, active) : Expression.Constant(false));
                    activeRules.Add(anchor.Describe() + " past its active phase (" + use.RetentionText + ")");
                }
                if (problem is not null || conditions.Count == 0)
                {
                    skipped.Add(plan.Name + "." + column.Name + ": " + (problem ?? "serves no purpose") + ", not purged");
                    source.Complete = false;
                    continue;
                }
                var ruleKey = string.Join(" and ", rules);
                var pathKey = InOwnersTable(plan, column) ? "" : string.Join(".", column.Path.Select(p => p.Name));
                var key = pathKey + "\u0001" + ruleKey;
                if (groups.TryGetValue(key, out var group)) group.Columns.Add(column);
                else groups.Add(key, (column.Path, conditions.Aggregate(Expression.AndAlso), new List<PersonalColumn> { column }));
            }

            return source;
        }

        // A row of a hierarchy mapped to several tables (TPT, TPC): EF Core deletes no such row in one statement.
        private static bool SpansTables(IEntityType entity)
        {
            var root = entity.GetRootType();
            return root.GetMappingStrategy() is RelationalAnnotationNames.TptMappingStrategy or RelationalAnnotationNames.TpcMappingStrategy && root.GetDerivedTypes().Any();
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

        // Some row of another entity refers to this row through one of its foreign keys; null when none can.
        private static Expression? Referenced(DbContext db, ParameterExpression row, IReadOnlyList<(IForeignKey Key, EntityPlan Dependent)> dependents)
        {
            Expression? referenced = null;
            foreach (var (key, dependent) in dependents)
            {
                var one = Referenced(db, row, key, dependent);
                referenced = referenced is null ? one : Expression.OrElse(referenced, one);
            }
            return referenced;
        }

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
