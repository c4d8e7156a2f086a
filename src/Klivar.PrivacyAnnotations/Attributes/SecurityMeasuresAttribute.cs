using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares the security measures in place for every processing activity of the assembly (Art. 30(1)(g), Art. 32):
    /// the measures of the CNIL checklist, and others in words. The register lists them under each activity, with the
    /// activity's own <see cref="ProcessingActivityAttribute.SecurityChecklist"/> and
    /// <see cref="ProcessingActivityAttribute.SecurityMeasures"/>. What the annotations prove of the fields (redaction,
    /// hashing, encryption) is listed apart as technical evidence and declares no measure.
    /// </summary>
    /// <example><code>
    /// [assembly: SecurityMeasures(SecurityMeasure.AccessControl, SecurityMeasure.Backups,
    ///     Other = new[] { "Annual penetration test of the platform" })]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class SecurityMeasuresAttribute : Attribute
    {
        /// <summary>Declares the measures of the CNIL checklist in place for every activity.</summary>
        /// <param name="checklist">The measures in place.</param>
        public SecurityMeasuresAttribute(params SecurityMeasure[] checklist) => Checklist = checklist ?? Array.Empty<SecurityMeasure>();

        /// <summary>The measures of the CNIL checklist in place for every activity.</summary>
        public SecurityMeasure[] Checklist { get; }

        /// <summary>Other measures in place for every activity, in words.</summary>
        public string[]? Other { get; set; }
    }
}
