using System;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// Tells the purge and erasure which column holds the date of each retention event of an entity, and where it marks
    /// archived rows. Stored as model annotations: nothing is looked up by reflection at run time.
    /// </summary>
    public static class PrivacyModelBuilderExtensions
    {
        internal const string AnchorPrefix = "Klivar:RetentionAnchor:";
        internal const string ArchiveMarker = "Klivar:ArchiveMarker";
        internal const string DeleteWhenErased = "Klivar:DeleteWhenErased";

        // A principal's column is stored as "<principal entity type name>|<property>": the link is the foreign key to it.
        internal const char PrincipalSeparator = '|';

        /// <summary>
        /// The column that holds the date of <paramref name="eventName"/> (<c>collection</c>, <c>contract</c>,
        /// <c>last-contact</c>: use the generated <c>PrivacyAnchors</c> constants). A null value: the event has not happened.
        /// </summary>
        public static EntityTypeBuilder<T> HasRetentionAnchor<T>(this EntityTypeBuilder<T> entity, string eventName, Expression<Func<T, DateTime?>> column) where T : class =>
            Anchor(entity, eventName, PropertyName(column.Body));

        /// <summary>The column that holds the date of <paramref name="eventName"/>, never null.</summary>
        public static EntityTypeBuilder<T> HasRetentionAnchor<T>(this EntityTypeBuilder<T> entity, string eventName, Expression<Func<T, DateTime>> column) where T : class =>
            Anchor(entity, eventName, PropertyName(column.Body));

        /// <summary>
        /// The column that holds the date of <paramref name="eventName"/>, by its name in the model: a private field, a
        /// shadow property, or a property whose setter the entity hides.
        /// </summary>
        public static EntityTypeBuilder<T> HasRetentionAnchor<T>(this EntityTypeBuilder<T> entity, string eventName, string propertyName) where T : class =>
            Anchor(entity, eventName, RequireName(propertyName, nameof(propertyName)));

        /// <summary>
        /// The date of <paramref name="eventName"/> is a column of the row this entity links to through its foreign key to
        /// <typeparamref name="TPrincipal"/>: an order's contract ends when its buyer's does
        /// (<c>order.HasRetentionAnchorFrom&lt;Order, Buyer&gt;(PrivacyAnchors.Contract, b =&gt; b.ContractEndedOn)</c>).
        /// No column is added to the entity; the purge reads the principal's column in the same statement.
        /// </summary>
        public static EntityTypeBuilder<T> HasRetentionAnchorFrom<T, TPrincipal>(this EntityTypeBuilder<T> entity, string eventName, Expression<Func<TPrincipal, DateTime?>> column)
            where T : class where TPrincipal : class =>
            Anchor(entity, eventName, typeof(TPrincipal).FullName + PrincipalSeparator + PropertyName(column.Body));

        /// <summary>
        /// The date of <paramref name="eventName"/> is the column <paramref name="propertyName"/> of the row this entity
        /// links to through its foreign key to <typeparamref name="TPrincipal"/> (a private or shadow property by its name).
        /// </summary>
        public static EntityTypeBuilder<T> HasRetentionAnchorFrom<T, TPrincipal>(this EntityTypeBuilder<T> entity, string eventName, string propertyName)
            where T : class where TPrincipal : class =>
            Anchor(entity, eventName, typeof(TPrincipal).FullName + PrincipalSeparator + RequireName(propertyName, nameof(propertyName)));

        /// <summary>A nullable date column the purge sets to the run's date when a row enters its archive phase.</summary>
        public static EntityTypeBuilder<T> HasArchiveMarker<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, DateTime?>> column) where T : class
        {
            entity.Metadata.SetAnnotation(ArchiveMarker, PropertyName(column.Body));
            return entity;
        }

        /// <summary>
        /// Rows of this entity are deleted once every personal member of them is due for erasure, instead of blanking them:
        /// by the purge (<c>ExecuteDelete</c>, only rows no other row refers to) and by an erasure request (only when
        /// nothing of the row, and no row that refers to it, is kept). Deletion follows the model's cascades.
        /// </summary>
        public static EntityTypeBuilder<T> DeleteRowsWhenErased<T>(this EntityTypeBuilder<T> entity) where T : class
        {
            entity.Metadata.SetAnnotation(DeleteWhenErased, true);
            return entity;
        }

        private static EntityTypeBuilder<T> Anchor<T>(EntityTypeBuilder<T> entity, string eventName, string column) where T : class
        {
            if (string.IsNullOrWhiteSpace(eventName)) throw new ArgumentException("An event name is required.", nameof(eventName));
            entity.Metadata.SetAnnotation(AnchorPrefix + eventName.Trim().ToLowerInvariant(), column);
            return entity;
        }

        private static string RequireName(string name, string parameter) =>
            string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A property name is required.", parameter) : name.Trim();

        private static string PropertyName(Expression body)
        {
            while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert) body = convert.Operand;
            return body is MemberExpression member ? member.Member.Name
                : throw new ArgumentException("Expected a property of the entity, as in e => e.ContractEndedOn.");
        }
    }
}
