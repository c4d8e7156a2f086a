using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>A row about the subject, with the plans of its entity type and its bases, and how it was found.</summary>
    internal sealed class SubjectRow
    {
        public SubjectRow(object entity, EntityEntry entry, IReadOnlyList<EntityPlan> plans, string foundBy, SubjectRow? parent)
        {
            Entity = entity;
            Entry = entry;
            Plans = plans;
            FoundBy = foundBy;
            Parent = parent;
        }

        public object Entity { get; }
        public EntityEntry Entry { get; }

        /// <summary>The plans of the row's entity type and of its mapped bases, base first.</summary>
        public IReadOnlyList<EntityPlan> Plans { get; }

        public string FoundBy { get; }

        /// <summary>The row whose key this row's foreign key holds, when it was found through that link.</summary>
        public SubjectRow? Parent { get; }

        public EntityPlan Plan => Plans[Plans.Count - 1];

        public IEnumerable<PersonalColumn> Columns => Plans.SelectMany(p => p.Columns);

        /// <summary>The row's key as text ("42", "3-1"), for a unique column's erased value.</summary>
        public static string KeyText(EntityEntry entry) =>
            entry.Metadata.FindPrimaryKey() is { } key
                ? string.Join("-", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)))
                : "";
    }

    /// <summary>
    /// Finds every row about one person: the rows whose subject key holds the request's key, then, through the model's
    /// foreign keys, the rows that refer to those (a buyer's orders), and so on. Types whose own subject key has the
    /// request's key type are searched by that key only, and a person type never leads to other rows of its own type,
    /// so no one else's rows come along.
    /// </summary>
    internal static class SubjectRows
    {
        public static async Task<List<SubjectRow>> FindAsync<TKey>(DbContext db, PrivacyModel model, TKey subject, CancellationToken cancellationToken)
        {
            if (subject is null) throw new ArgumentNullException(nameof(subject));
            var keyType = Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey);
            var roots = model.Entities.Where(p => p.SubjectKeyType == keyType).ToList();
            if (roots.Count == 0)
            {
                var keys = model.Entities.Where(p => p.SubjectKey is not null).Select(p => p.Name + "." + p.SubjectKey!.Name + " (" + p.SubjectKeyType!.Name + ")").ToList();
                throw new ArgumentException("No entity of the model has a subject key of type " + keyType.Name + "; the subject keys are: "
                    + (keys.Count == 0 ? "none ([DataSubjectKey] marks them)" : string.Join(", ", keys)) + ".", nameof(subject));
            }

            var found = new List<SubjectRow>();
            var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
            foreach (var root in roots)
            {
                // A derived type that inherits its base's key is searched with the base.
                if (root.SubjectKey!.DeclaringType != root.EntityType && roots.Any(r => r.EntityType == root.SubjectKey.DeclaringType)) continue;
                var rows = await root.Ops.WhereInAsync(db, root.SubjectKey, new object[] { subject }, cancellationToken).ConfigureAwait(false);
                foreach (var row in rows)
                {
                    if (seen.Add(row)) found.Add(Row(db, model, row, root.Name + "." + root.SubjectKey.Name + " = " + Text(root.SubjectKey, subject), null));
                }
            }

            // The key of a person's row is a subject key of its own elsewhere: a review whose [DataSubjectKey] CustomerId holds
            // the customer's Id, with no foreign key to say so. Matched by name (the person type's name and its key's:
            // Customer.Id is CustomerId), so another person type's ids of the same type are never taken for theirs.
            foreach (var person in found.ToList())
            {
                if (person.Plan.PrimaryKey is not { } key) continue;
                var keyValue = person.Entry.Property(key.Name).CurrentValue;
                if (keyValue is null) continue;
                var ownKeyName = person.Plan.Name + key.Name;
                foreach (var other in model.Entities)
                {
                    if (other.SubjectKey is null || other.SubjectKeyType == keyType || other.EntityType == person.Plan.EntityType) continue;
                    if ((Nullable.GetUnderlyingType(key.ClrType) ?? key.ClrType) != other.SubjectKeyType) continue;
                    if (!other.SubjectKey.Name.TrimStart('_').EndsWith(ownKeyName, StringComparison.OrdinalIgnoreCase)) continue;
                    if (other.SubjectKey.IsForeignKey()) continue; // followed as a link below
                    var rows = await other.Ops.WhereInAsync(db, other.SubjectKey, new[] { keyValue }, cancellationToken).ConfigureAwait(false);
                    foreach (var row in rows)
                    {
                        if (seen.Add(row))
                            found.Add(Row(db, model, row, other.Name + "." + other.SubjectKey.Name + " = " + Text(other.SubjectKey, keyValue) + " (the " + key.Name + " of its " + person.Plan.Name + ")", person));
                    }
                }
            }

            // Breadth first along the foreign keys that point at found rows.
            for (var next = 0; next < found.Count; next++)
            {
                var principal = found[next];
                foreach (var plan in principal.Plans)
                {
                    foreach (var (key, dependent) in plan.Dependents)
                    {
                        if (!dependent.IsAnnotated || dependent.SubjectKeyType == keyType || dependent.EntityType == principal.Plan.EntityType) continue;
                        var value = principal.Entry.Property(key.PrincipalKey.Properties[0].Name).CurrentValue;
                        if (value is null) continue;
                        var rows = await dependent.Ops.WhereInAsync(db, key.Properties[0], new[] { value }, cancellationToken).ConfigureAwait(false);
                        foreach (var row in rows)
                        {
                            if (seen.Add(row))
                                found.Add(Row(db, model, row, dependent.Name + "." + key.Properties[0].Name + " = " + Text(key.Properties[0], value) + " (its " + principal.Plan.Name + ")", principal));
                        }
                    }
                }
            }
            return found;
        }

        /// <summary>A key as the person reads it: the value stored, not a value object's ToString().</summary>
        public static string Text(IProperty property, object? value) =>
            Convert.ToString(SubjectRights.StoredValue(property, value), System.Globalization.CultureInfo.InvariantCulture) ?? "";

        private static SubjectRow Row(DbContext db, PrivacyModel model, object entity, string foundBy, SubjectRow? parent)
        {
            var entry = db.Entry(entity);
            var plans = new List<EntityPlan>();
            for (var t = entry.Metadata; t is not null; t = t.BaseType)
            {
                if (model.Find(t) is { } plan) plans.Insert(0, plan);
            }
            return new SubjectRow(entity, entry, plans, foundBy, parent);
        }

        /// <summary>
        /// The values of a column on a row: one for the row's own column or an owned or complex value, one per owned row
        /// for an owned collection (with its position in the collection); none where an optional owned value is absent.
        /// </summary>
        public static IEnumerable<(string Name, PropertyEntry Value, EntityEntry Owner, int? Position)> ValuesOf(EntityEntry entry, PersonalColumn column)
        {
            var containers = new List<(string Prefix, EntityEntry Entity, ComplexPropertyEntry? Complex, int? Position)> { ("", entry, null, null) };
            foreach (var step in column.Path)
            {
                var next = new List<(string, EntityEntry, ComplexPropertyEntry?, int?)>();
                foreach (var (prefix, owner, complex, position) in containers)
                {
                    switch (step)
                    {
                        case INavigation { IsCollection: true } navigation:
                            var collection = owner.Collection(navigation.Name);
                            var index = 0;
                            foreach (var item in collection.CurrentValue ?? Array.Empty<object>())
                            {
                                if (collection.FindEntry(item) is { } itemEntry) next.Add((prefix + navigation.Name + "[" + index + "].", itemEntry, null, index));
                                index++;
                            }
                            break;
                        case INavigation navigation:
                            if (owner.Reference(navigation.Name).TargetEntry is { } target) next.Add((prefix + navigation.Name + ".", target, null, position));
                            break;
                        case IComplexProperty property:
                            next.Add((prefix + property.Name + ".", owner, complex is null ? owner.ComplexProperty(property.Name) : complex.ComplexProperty(property.Name), position));
                            break;
                    }
                }
                containers = next;
            }
            foreach (var (prefix, owner, complex, position) in containers)
            {
                var value = complex is null ? owner.Property(column.Property.Name) : complex.Property(column.Property.Name);
                yield return (prefix + column.Property.Name, value, owner, position);
            }
        }
    }
}
