using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// A column that holds personal data, reached from its entity through owned navigations or complex properties
    /// (<see cref="Path"/>, empty for the entity's own), with what the model says about writing it.
    /// </summary>
    internal sealed class PersonalColumn
    {
        private readonly object? _erased;

        public PersonalColumn(PrivacyTypeMetadata table, PrivacyMember member, IReadOnlyList<IPropertyBase> path, IProperty property, string label)
        {
            Table = table;
            Member = member;
            Path = path;
            Property = property;
            Label = label;
            Name = string.Concat(path.Select(p => p.Name + ".")) + property.Name;
            IsUnique = !property.IsKey() && property.GetContainingIndexes().Any(i => i.IsUnique);
            IsComputed = property.GetComputedColumnSql() is not null;
            if (property.IsKey())
            {
                Protection = (ErasureHold.RowKey, "a key of the stored row: it goes with the row; delete the row to erase it");
            }
            else if (property.IsForeignKey())
            {
                var principals = property.GetContainingForeignKeys().Select(k => k.PrincipalEntityType.ClrType.Name).Distinct();
                Protection = (ErasureHold.Link, "links the row to its " + string.Join(", ", principals) + " row: it goes with the row; delete the row to erase it");
            }
            else if (!property.IsNullable && ErasedValueOf(property, IsUnique, out _erased) is { } why)
            {
                Protection = (ErasureHold.CannotErase, why);
            }
        }

        public PrivacyTypeMetadata Table { get; }
        public PrivacyMember Member { get; }
        public IReadOnlyList<IPropertyBase> Path { get; }
        public IProperty Property { get; }
        public string Label { get; }

        /// <summary>The column as C# reaches it from the entity: <c>Email</c>, <c>Address.Street</c>.</summary>
        public string Name { get; }

        /// <summary>A unique index covers the column: each erased row gets a value of its own.</summary>
        public bool IsUnique { get; }

        /// <summary>
        /// The database computes the column from others (<c>HasComputedColumnSql</c>): no statement may write it, and it
        /// changes with the columns it is computed from.
        /// </summary>
        public bool IsComputed { get; }

        /// <summary>Why the column is never written (a key, a link, no erased value it can take); null when it can be erased.</summary>
        public (ErasureHold Hold, string Reason)? Protection { get; }

        /// <summary>Reached through an owned collection: one value per owned row.</summary>
        public bool ThroughCollection => Path.Any(p => p is INavigation { IsCollection: true });

        /// <summary>
        /// The value an erased row holds: null where the column allows it; text, "[redacted]" (a unique column adds the
        /// row's key, so any number of people can be erased); any other type its default.
        /// </summary>
        public object? ErasedValue(string rowKey) =>
            Property.IsNullable ? null
            : IsUnique && Property.ClrType == typeof(string) ? UniqueErasedText(rowKey)
            : _erased;

        public static string UniqueErasedText(string rowKey) => "[redacted " + rowKey + "]";

        // The erased value of a column that allows no null; the reason it has none otherwise.
        private static string? ErasedValueOf(IProperty property, bool unique, out object? erased)
        {
            erased = null;
            var type = property.ClrType;
            var converter = property.GetValueConverter() ?? property.FindTypeMapping()?.Converter;
            if (type == typeof(string))
            {
                erased = Redaction.Erased;
                return null;
            }
            if (unique) return "a unique column that is not text: no erased value can be unique to its row; delete the row to erase it";
            if (converter is not null)
            {
                try
                {
                    var provider = converter.ProviderClrType == typeof(string) ? Redaction.Erased
                        : converter.ProviderClrType.IsValueType ? Activator.CreateInstance(converter.ProviderClrType) : null;
                    erased = provider is null ? null : converter.ConvertFromProvider(provider);
                    if (erased is not null) return null;
                }
                catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or InvalidCastException)
                {
                    return "its value converter refuses an erased value (" + e.Message + "); delete the row to erase it";
                }
                return "its value converter gives no erased value; delete the row to erase it";
            }
            if (type.IsValueType)
            {
                erased = Activator.CreateInstance(type);
                return null;
            }
            if (type == typeof(byte[]))
            {
                erased = Array.Empty<byte>();
                return null;
            }
            return "a required column of type " + type.Name + " has no erased value; make it nullable or delete the row to erase it";
        }
    }

    /// <summary>Where a row's date of one retention event is read: a column of its own, or of the row its foreign key points to.</summary>
    internal sealed class AnchorSource
    {
        private AnchorSource(IProperty column, IForeignKey? through)
        {
            Column = column;
            Through = through;
        }

        public IProperty Column { get; }

        /// <summary>The foreign key to the principal that holds <see cref="Column"/>; null when the column is the row's own.</summary>
        public IForeignKey? Through { get; }

        public string Describe() => Through is null ? Column.Name : Through.PrincipalEntityType.ClrType.Name + "." + Column.Name;

        public static AnchorSource? Resolve(IEntityType entity, string text, out string why)
        {
            why = "";
            var cut = text.IndexOf(PrivacyModelBuilderExtensions.PrincipalSeparator);
            if (cut < 0)
            {
                var own = EntityPlan.FindProperty(entity, text);
                if (own is null) { why = "names no column of it ('" + text + "')"; return null; }
                return IsDate(own) ? new AnchorSource(own, null) : Fail(out why, "column '" + text + "' is not a date");
            }
            var principalName = text.Substring(0, cut);
            var column = text.Substring(cut + 1);
            foreach (var key in entity.GetForeignKeys())
            {
                if (key.Properties.Count != 1 || key.PrincipalKey.Properties.Count != 1) continue;
                for (var p = key.PrincipalEntityType; p is not null; p = p.BaseType)
                {
                    if (p.ClrType.FullName != principalName) continue;
                    var principalColumn = EntityPlan.FindProperty(key.PrincipalEntityType, column);
                    if (principalColumn is null) { why = "names no column '" + column + "' of " + p.ClrType.Name; return null; }
                    return IsDate(principalColumn) ? new AnchorSource(principalColumn, key) : Fail(out why, "column '" + column + "' is not a date");
                }
            }
            why = "names " + principalName + ", but no single-column foreign key of " + entity.ClrType.Name + " points to it";
            return null;
        }

        private static AnchorSource? Fail(out string why, string text)
        {
            why = text;
            return null;
        }

        private static bool IsDate(IProperty property) => (Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType) == typeof(DateTime);
    }

    /// <summary>The register's words for data sets and data items (<c>Label</c>), so a person never reads a C# name.</summary>
    internal sealed class RegisterLabels
    {
        public string LabelOf(PrivacyTypeMetadata table, string member)
        {
            if (table.Type is { } type && PrivacyTypes.RegisterOf(type) is { } register)
            {
                foreach (var activity in register.Activities)
                {
                    foreach (var field in activity.Fields)
                    {
                        if (field.Member == member && field.Type == table.TypeName) return field.Label;
                    }
                }
            }
            return Humanize(member);
        }

        public string DataSetOf(Type type)
        {
            var name = (type.FullName ?? type.Name).Replace('+', '.');
            if (PrivacyTypes.RegisterOf(type) is { } register)
            {
                foreach (var activity in register.Activities)
                {
                    foreach (var field in activity.Fields)
                    {
                        if (field.Type == name) return field.DataSet;
                    }
                }
            }
            return NaturalNames.DataSet(name);
        }

        public string Humanize(string member) => NaturalNames.Humanize(member);
    }
}
