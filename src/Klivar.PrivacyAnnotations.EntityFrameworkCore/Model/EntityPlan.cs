using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// One entity type (not owned) as the rights and the purge see it: its personal columns, declared on it (a derived
    /// type of a hierarchy lists only its own), its subject key, retention anchors, and the links to it.
    /// </summary>
    internal sealed class EntityPlan
    {
        public EntityPlan(IEntityType entityType, List<string> problems, List<string> notStored)
        {
            EntityType = entityType;
            Name = entityType.ClrType.Name;
            Ops = EntityOps.For(entityType.ClrType);
            var labels = new RegisterLabels();
            DataSet = labels.DataSetOf(entityType.ClrType);

            // The tables of the CLR type and of its bases up to the mapped base type's: a base class that is not an entity
            // (a domain layer's Entity) lends its members to each entity derived from it.
            var stop = entityType.BaseType?.ClrType;
            var tables = new List<PrivacyTypeMetadata>();
            for (var t = entityType.ClrType; t is not null && t != stop && t != typeof(object); t = t.BaseType)
            {
                if (PrivacyTypes.Find(t) is { } table && table.Type == t) tables.Add(table);
            }
            Tables = tables;
            var columns = new List<PersonalColumn>();
            foreach (var table in tables)
            {
                foreach (var member in table.MemberTable)
                {
                    if (member.IsSubjectKey && SubjectKey is null)
                        SubjectKey = FindProperty(entityType, member.Name);
                    if (!member.IsPersonal) continue;
                    ColumnsOf(entityType, Array.Empty<IPropertyBase>(), table, member, labels, columns, notStored);
                }
            }
            // Owned types and complex properties whose own type is annotated: their members, reached through the owner.
            AddOwnedColumns(entityType, Array.Empty<IPropertyBase>(), labels, columns, notStored, problems, depth: 0);
            Columns = columns;
            SubjectKeyType = SubjectKey is null ? null : Nullable.GetUnderlyingType(SubjectKey.ClrType) ?? SubjectKey.ClrType;
            PrimaryKey = entityType.FindPrimaryKey() is { Properties.Count: 1 } key ? key.Properties[0] : null;

            for (var t = entityType; t is not null; t = t.BaseType)
            {
                foreach (var annotation in t.GetAnnotations())
                {
                    if (!annotation.Name.StartsWith(PrivacyModelBuilderExtensions.AnchorPrefix, StringComparison.Ordinal) || annotation.Value is not string text) continue;
                    var eventName = annotation.Name.Substring(PrivacyModelBuilderExtensions.AnchorPrefix.Length);
                    if (Anchors.ContainsKey(eventName)) continue;
                    if (AnchorSource.Resolve(entityType, text, out var why) is { } source) Anchors.Add(eventName, source);
                    else problems.Add(Name + ": the retention anchor '" + eventName + "' " + why);
                }
                if (ArchiveMarker is null && t.FindAnnotation(PrivacyModelBuilderExtensions.ArchiveMarker)?.Value is string marker) ArchiveMarker = FindProperty(entityType, marker);
                if (t.FindAnnotation(PrivacyModelBuilderExtensions.DeleteWhenErased)?.Value is true) DeleteWhenErased = true;
            }

            // What makes a row recognisable to its owner: its key, and its dates, numbers and states (an order's number
            // and date); never free text, which may be anyone's.
            RecordProperties = entityType.GetProperties()
                .Where(p => p.IsPrimaryKey() || (!p.IsForeignKey() && !p.IsShadowProperty() && IsRecognisable(p)))
                .Where(p => !columns.Any(c => c.Path.Count == 0 && c.Property == p))
                .ToList();
        }

        public IEntityType EntityType { get; }
        public string Name { get; }
        public string DataSet { get; }
        public EntityOps Ops { get; }
        public IReadOnlyList<PrivacyTypeMetadata> Tables { get; }
        public IReadOnlyList<PersonalColumn> Columns { get; }
        public IProperty? SubjectKey { get; }
        public Type? SubjectKeyType { get; }
        public IProperty? PrimaryKey { get; }
        public Dictionary<string, AnchorSource> Anchors { get; } = new Dictionary<string, AnchorSource>(StringComparer.Ordinal);
        public IProperty? ArchiveMarker { get; }
        public bool DeleteWhenErased { get; }
        public IReadOnlyList<IProperty> RecordProperties { get; }

        /// <summary>Foreign keys of other entity types whose principal is this one (or its base): the rows that refer to it.</summary>
        public List<(IForeignKey Key, EntityPlan Dependent)> Dependents { get; } = new List<(IForeignKey, EntityPlan)>();

        /// <summary>Some foreign-key chain leads from an entity with a subject key to this one.</summary>
        public bool ReachableFromSubject { get; private set; }

        /// <summary>The entity holds personal data or identifies a person: rights and purges concern it.</summary>
        public bool IsAnnotated => Tables.Count > 0 && (Columns.Count > 0 || SubjectKey is not null);

        public void LinkDependents(PrivacyModel model)
        {
            // The keys that target this type or a type it derives from: a derived row is referred to as a base row too.
            foreach (var key in EntityType.GetReferencingForeignKeys())
            {
                if (key.IsOwnership || key.DeclaringEntityType.IsOwned() || key.Properties.Count != 1 || key.PrincipalKey.Properties.Count != 1) continue;
                if (model.Find((IEntityType)key.DeclaringEntityType) is { } dependent && dependent != this) Dependents.Add((key, dependent));
            }
            if (SubjectKey is not null) MarkReachable(new HashSet<EntityPlan>());
        }

        private void MarkReachable(HashSet<EntityPlan> seen)
        {
            if (!seen.Add(this)) return;
            foreach (var (_, dependent) in Dependents)
            {
                dependent.ReachableFromSubject = true;
                dependent.MarkReachable(seen);
            }
        }

        /// <summary>The column of a member of <paramref name="type"/>: by its name, or by the field EF reads it through.</summary>
        internal static IProperty? FindProperty(ITypeBase type, string member) =>
            type.FindProperty(member) ?? type.GetProperties().FirstOrDefault(p =>
                string.Equals(p.FieldInfo?.Name, member, StringComparison.Ordinal) || string.Equals(p.PropertyInfo?.Name, member, StringComparison.Ordinal));

        // A personal member's columns: its own property; or, when it holds an owned or complex value, every column of it.
        private static void ColumnsOf(ITypeBase type, IReadOnlyList<IPropertyBase> path, PrivacyTypeMetadata table, PrivacyMember member, RegisterLabels labels,
            List<PersonalColumn> columns, List<string> notStored)
        {
            var label = labels.LabelOf(table, member.Name);
            if (FindProperty(type, member.Name) is { } property)
            {
                columns.Add(new PersonalColumn(table, member, path, property, label));
                return;
            }
            if (type is IEntityType entity && (entity.FindNavigation(member.Name) ?? entity.GetNavigations().FirstOrDefault(n => n.FieldInfo?.Name == member.Name)) is { TargetEntityType: var target } navigation
                && navigation.ForeignKey.IsOwnership && !navigation.IsOnDependent)
            {
                var inner = Append(path, navigation);
                foreach (var p in target.GetProperties().Where(p => !p.IsKey() && !p.IsForeignKey()))
                    columns.Add(new PersonalColumn(table, member, inner, p, label + ": " + labels.Humanize(p.Name)));
                return;
            }
            if (type.FindComplexProperty(member.Name) is { } complex)
            {
                var inner = Append(path, complex);
                foreach (var p in complex.ComplexType.GetProperties())
                    columns.Add(new PersonalColumn(table, member, inner, p, label + ": " + labels.Humanize(p.Name)));
                return;
            }
            // A navigation to another entity: that row is found, exported and erased as a row of its own.
            if (type is IEntityType owner && owner.FindNavigation(member.Name) is not null) return;
            notStored.Add(table.TypeName + "." + member.Name);
        }

        private static void AddOwnedColumns(ITypeBase type, IReadOnlyList<IPropertyBase> path, RegisterLabels labels, List<PersonalColumn> columns, List<string> notStored, List<string> problems, int depth)
        {
            var targets = new List<(IPropertyBase Step, ITypeBase Target)>();
            if (type is IEntityType entity)
            {
                foreach (var navigation in entity.GetDeclaredNavigations())
                {
                    if (navigation.ForeignKey.IsOwnership && !navigation.IsOnDependent) targets.Add((navigation, navigation.TargetEntityType));
                }
            }
            foreach (var complex in type.GetDeclaredComplexProperties()) targets.Add((complex, complex.ComplexType));
            foreach (var (step, target) in targets)
            {
                // Already expanded as a personal member of the owner (its whole value is personal).
                if (columns.Any(c => c.Path.Count > path.Count && c.Path[path.Count] == step)) continue;
                var inner = Append(path, step);
                var found = false;
                for (var t = target.ClrType; t is not null && t != typeof(object); t = t.BaseType)
                {
                    if (PrivacyTypes.Find(t) is not { } table || table.Type != t) continue;
                    foreach (var member in table.MemberTable)
                    {
                        if (!member.IsPersonal) continue;
                        found = true;
                        ColumnsOf(target, inner, table, member, labels, columns, notStored);
                    }
                }
                if (depth >= 3)
                {
                    if (found) problems.Add(string.Join(".", inner.Select(s => s.Name)) + ": owned types nested more than three deep are not followed");
                    continue;
                }
                AddOwnedColumns(target, inner, labels, columns, notStored, problems, depth + 1);
            }
        }

        private static IReadOnlyList<IPropertyBase> Append(IReadOnlyList<IPropertyBase> path, IPropertyBase step)
        {
            var list = new List<IPropertyBase>(path) { step };
            return list;
        }

        private static bool IsRecognisable(IProperty property)
        {
            var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
            return type.IsEnum || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(bool) || type == typeof(Guid)
                || type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(double);
        }
    }
}
