using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// The typed steps an entity type needs (queries name the CLR type as a type argument): made once per type with
    /// <c>MakeGenericType</c>; everything else is read from the EF model, never from attributes.
    /// </summary>
    internal abstract class EntityOps
    {
        private static readonly ConcurrentDictionary<Type, EntityOps> Made = new ConcurrentDictionary<Type, EntityOps>();

        public static EntityOps For(Type clrType) =>
            Made.GetOrAdd(clrType, t => (EntityOps)Activator.CreateInstance(typeof(EntityOps<>).MakeGenericType(t))!);

        public abstract Type ClrType { get; }

        /// <summary>The rows whose <paramref name="property"/> is one of <paramref name="values"/>, tracked.</summary>
        public abstract Task<List<object>> WhereInAsync(DbContext db, IProperty property, IReadOnlyCollection<object> values, CancellationToken cancellationToken);

        /// <summary>How many rows have <paramref name="property"/> equal to <paramref name="value"/> (none loaded).</summary>
        public abstract Task<int> CountWhereAsync(DbContext db, IProperty property, object value, CancellationToken cancellationToken);

        /// <summary>The entity set as a query expression (for a subquery in another entity's statement).</summary>
        public abstract IQueryable Query(DbContext db);

        /// <summary>Runs a statement over a query of this type: a count (dry run), an update of the given columns, or a delete.</summary>
        public abstract Task<int> RunAsync(IQueryable rows, IReadOnlyList<(LambdaExpression Column, LambdaExpression Value)>? setters, bool countOnly, CancellationToken cancellationToken);
    }

    internal sealed class EntityOps<T> : EntityOps where T : class
    {
        private static readonly MethodInfo SetPropertyOfT = typeof(EntityOps<T>).GetMethod(nameof(SetProperty), BindingFlags.NonPublic | BindingFlags.Static)!;
        private static readonly ConcurrentDictionary<Type, Action<UpdateSettersBuilder<T>, LambdaExpression, LambdaExpression>> Setters =
            new ConcurrentDictionary<Type, Action<UpdateSettersBuilder<T>, LambdaExpression, LambdaExpression>>();

        public override Type ClrType => typeof(T);

        public override IQueryable Query(DbContext db) => db.Set<T>();

        public override async Task<List<object>> WhereInAsync(DbContext db, IProperty property, IReadOnlyCollection<object> values, CancellationToken cancellationToken)
        {
            var row = Expression.Parameter(typeof(T), "e");
            var column = Columns.Of(row, property);
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(column.Type))!;
            foreach (var value in values) list.Add(Columns.Convert(value, column.Type));
            var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), new[] { column.Type }, Expression.Constant(list), column);
            var found = await db.Set<T>().Where(Expression.Lambda<Func<T, bool>>(contains, row)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return found.Cast<object>().ToList();
        }

        public override Task<int> CountWhereAsync(DbContext db, IProperty property, object value, CancellationToken cancellationToken)
        {
            var row = Expression.Parameter(typeof(T), "e");
            var column = Columns.Of(row, property);
            var left = Columns.AsNullable(column);
            var equal = Expression.Equal(left, Expression.Constant(Columns.Convert(value, column.Type), left.Type));
            return db.Set<T>().CountAsync(Expression.Lambda<Func<T, bool>>(equal, row), cancellationToken);
        }

        public override Task<int> RunAsync(IQueryable rows, IReadOnlyList<(LambdaExpression Column, LambdaExpression Value)>? setters, bool countOnly, CancellationToken cancellationToken)
        {
            var typed = (IQueryable<T>)rows;
            if (countOnly) return typed.CountAsync(cancellationToken);
            if (setters is null) return typed.ExecuteDeleteAsync(cancellationToken);
            return typed.ExecuteUpdateAsync(builder =>
            {
                foreach (var (column, value) in setters)
                {
                    var set = Setters.GetOrAdd(column.ReturnType, t => (Action<UpdateSettersBuilder<T>, LambdaExpression, LambdaExpression>)
                        SetPropertyOfT.MakeGenericMethod(t).CreateDelegate(typeof(Action<UpdateSettersBuilder<T>, LambdaExpression, LambdaExpression>)));
                    set(builder, column, value);
                }
            }, cancellationToken);
        }

        private static void SetProperty<TValue>(UpdateSettersBuilder<T> builder, LambdaExpression column, LambdaExpression value) =>
            builder.SetProperty((Expression<Func<T, TValue>>)column, (Expression<Func<T, TValue>>)value);
    }

    /// <summary>Expressions over the model's columns, for statements EF Core translates to SQL.</summary>
    internal static class Columns
    {
        private static readonly MethodInfo PropertyMethod = typeof(EF).GetMethod(nameof(EF.Property))!;

        /// <summary><c>EF.Property&lt;TValue&gt;(instance, name)</c>: any mapped column, private, shadow, owned or complex alike.</summary>
        public static Expression Of(Expression instance, IPropertyBase property) =>
            Expression.Call(PropertyMethod.MakeGenericMethod(ValueType(property)), instance, Expression.Constant(property.Name));

        /// <summary>The column reached from the entity through <paramref name="path"/>.</summary>
        public static Expression Of(Expression instance, IReadOnlyList<IPropertyBase> path, IPropertyBase property)
        {
            foreach (var step in path) instance = Of(instance, step);
            return Of(instance, property);
        }

        private static Type ValueType(IPropertyBase property) => property switch
        {
            INavigation { IsCollection: true } navigation => typeof(IEnumerable<>).MakeGenericType(navigation.TargetEntityType.ClrType),
            INavigation navigation => navigation.TargetEntityType.ClrType,
            IComplexProperty complex => complex.ComplexType.ClrType,
            _ => property.ClrType,
        };

        /// <summary>A date column as <c>DateTime?</c>, on or before <paramref name="day"/> (a day as the column stores it).</summary>
        public static Expression OnOrBefore(Expression date, IProperty column, DateTime day) =>
            Expression.LessThanOrEqual(AsNullable(date), Expression.Constant((DateTime?)DayFor(column, day), typeof(DateTime?)));

        /// <summary>
        /// A day as the column takes it: UTC for a column with a time zone (PostgreSQL's <c>timestamp with time zone</c>,
        /// which refuses a date of unspecified kind), as given otherwise.
        /// </summary>
        public static DateTime DayFor(IProperty column, DateTime day) =>
            (column.FindRelationalTypeMapping()?.StoreType ?? "").IndexOf("with time zone", StringComparison.OrdinalIgnoreCase) >= 0 && day.Kind != DateTimeKind.Utc
                ? DateTime.SpecifyKind(day, DateTimeKind.Utc)
                : day;

        public static Expression AsNullable(Expression value) =>
            value.Type.IsValueType && Nullable.GetUnderlyingType(value.Type) is null ? Expression.Convert(value, typeof(Nullable<>).MakeGenericType(value.Type)) : value;

        /// <summary>A boxed key converted to the column's type (an int key given as a long, a Guid as its text).</summary>
        public static object? Convert(object? value, Type type)
        {
            if (value is null) return null;
            var target = Nullable.GetUnderlyingType(type) ?? type;
            if (target.IsInstanceOfType(value)) return value;
            if (target == typeof(Guid) && value is string text) return Guid.Parse(text);
            return System.Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
