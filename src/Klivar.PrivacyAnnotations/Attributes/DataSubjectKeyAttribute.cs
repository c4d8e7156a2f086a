using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Marks the member that identifies whose data an object holds: a user id, a customer number, an e-mail address.
    /// The generated privacy table records it (<see cref="PrivacyTypeMetadata.SubjectKey"/>) and the register lists it,
    /// so an access, portability or erasure request can find every object about one person.
    /// </summary>
    /// <example><code>
    /// [DataSubjectKey]
    /// public Guid CustomerId { get; set; }
    /// </code></example>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = false, Inherited = true)]
    public sealed class DataSubjectKeyAttribute : Attribute
    {
    }
}
