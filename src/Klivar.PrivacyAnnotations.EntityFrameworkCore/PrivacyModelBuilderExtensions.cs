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

        /// <summary>
        /// The column that holds the date of <paramref name="eventName"/> (<c>collection</c>, <c>contract</c>,
        /// <c>last-contact</c>: use the generated <c>PrivacyAnchors</c> constants). A null value: the event has not happened.
        /// </summary>
        public static EntityTypeBuilder<T> HasRetentionAnchor<T>(this EntityTypeBuilder<T> entity, string eventName, Expression<Func<T, DateTime?>> column) where T : class =>
            Anchor(entity, eventName, column.Body);

        /// <summary>The column that holds the date of <paramref name="eventName"/>, never null.</summary>
        public static EntityTypeBuilder<T> HasRetentionAnchor<T>(this EntityTypeBuilder<T> entity, string eventName, Expression<Func<T, DateTime>> column) where T : class =>
            Anchor(entity, eventName, column.Body);

        /// <summary>A nullable date column the purge sets to the run's date when a row enters its archive phase.</summary>
        public static EntityTypeBuilder<T> HasArchiveMarker<T>(this EntityTypeBuilder<T> entity, Expression<Func<T, DateTime?>> column) where T : class
        {
            entity.Metadata.SetAnnotation(ArchiveMarker, PropertyName(column.Body));
            return entity;
        }

        /// <summary>The purge deletes a row (<c>ExecuteDelete</c>) once every personal member of it is due for erasure, instead of blanking them.</summary>
        public static EntityTypeBuilder<T> DeleteRowsWhenErased<T>(this EntityTypeBuilder<T> entity) where T : class
        {
            entity.Metadata.SetAnnotation(DeleteWhenErased, true);
            return entity;
        }

        private static EntityTypeBuilder<T> Anchor<T>(EntityTypeBuilder<T> entity, string eventName, Expression body) where T : class
        {
            if (string.IsNullOrWhiteSpace(eventName)) throw new ArgumentException("An event name is required.", nameof(eventName));
            entity.Metadata.SetAnnotation(AnchorPrefix + eventName.Trim().ToLowerInvariant(), PropertyName(body));
            return entity;
        }

        private static string PropertyName(Expression body)
        {
            while (body is UnaryExpression { NodeType: ExpressionType.Convert } convert) body = convert.Operand;
            return body is MemberExpression member ? member.Member.Name
                : throw new ArgumentException("Expected a property of the entity, as in e => e.ContractEndedOn.");
        }
    }
}
