using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Marks a type whose objects are never stored: a domain event, a message, a request or a command that carries
    /// personal data while it is handled and is then gone. The register still lists its personal members (processing
    /// them is processing), marked not stored, and the privacy notice does not present them as a data set kept for a
    /// retention period. Derived types inherit the mark (mark the events' base class once); <c>[NotStored(false)]</c>
    /// on a derived type, or on a type recognised by convention (a MediatR <c>INotification</c>), says it is stored after all.
    /// </summary>
    /// <example><code>
    /// [NotStored(Reason = "Domain event: published to in-process handlers, never persisted")]
    /// public abstract record DomainEvent;
    /// </code></example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, AllowMultiple = false, Inherited = false)]
    public sealed class NotStoredAttribute : Attribute
    {
        /// <summary>Marks the type as never stored.</summary>
        public NotStoredAttribute() : this(true)
        {
        }

        /// <summary>Marks the type as never stored, or (false) as stored after all.</summary>
        /// <param name="notStored">false: objects of this type are stored, whatever a base type or a convention says.</param>
        public NotStoredAttribute(bool notStored) => NotStored = notStored;

        /// <summary>Whether objects of the type are never stored.</summary>
        public bool NotStored { get; }

        /// <summary>Why, in words, for the register ("Domain event: published to in-process handlers, never persisted").</summary>
        public string? Reason { get; set; }
    }
}
