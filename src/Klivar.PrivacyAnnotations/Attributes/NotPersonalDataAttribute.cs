using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// States that a member looks like personal data but is not, and why. It silences KPA0001 for the member (or every
    /// member of the type) and keeps the reason where a reviewer will read it.
    /// </summary>
    /// <example><code>
    /// [NotPersonalData("The support desk's shared mailbox, not a person's address")]
    /// public string SupportEmail { get; set; }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter |
        AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = false, Inherited = true)]
    public sealed class NotPersonalDataAttribute : Attribute
    {
        /// <summary>States that the member is not personal data.</summary>
        /// <param name="justification">Why the member is not personal data.</param>
        public NotPersonalDataAttribute(string justification) => Justification = justification;

        /// <summary>Why the member is not personal data.</summary>
        public string Justification { get; }
    }
}
