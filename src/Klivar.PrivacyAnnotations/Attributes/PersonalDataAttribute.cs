using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares that a member holds personal data of a <see cref="DataCategory"/>, processed for one or more purposes.
    /// On a class, struct or record it is the default for every member. Apply it several times when one member serves
    /// purposes with different retention.
    /// </summary>
    /// <example><code>
    /// [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "1y")]
    /// public string IpAddress { get; set; }
    /// </code></example>
    [AttributeUsage(
        AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter |
        AttributeTargets.Class | AttributeTargets.Struct,
        AllowMultiple = true, Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Declares personal data processed for built-in purposes.</summary>
        /// <param name="category">What kind of personal data the member holds.</param>
        /// <param name="purpose">The purpose the data is processed for.</param>
        /// <param name="morePurposes">Further purposes the same data serves.</param>
        public PersonalDataAttribute(DataCategory category, Purpose purpose, params Purpose[] morePurposes)
        {
            Category = category;
            Purposes = Concat(purpose, morePurposes, PurposeFacts.Id);
        }

        /// <summary>Declares personal data processed for purposes named by id (a team's own purposes, or built-in ids).</summary>
        /// <param name="category">What kind of personal data the member holds.</param>
        /// <param name="purposeId">The id of a purpose declared by an <c>[assembly: ProcessingActivity]</c>.</param>
        /// <param name="morePurposeIds">Further purpose ids.</param>
        public PersonalDataAttribute(DataCategory category, string purposeId, params string[] morePurposeIds)
        {
            Category = category;
            Purposes = Concat(purposeId, morePurposeIds, id => id);
        }

        /// <summary>The category of personal data.</summary>
        public DataCategory Category { get; }

        /// <summary>The ids of the purposes the data serves (built-in purposes as <c>platform-management</c> and so on).</summary>
        public string[] Purposes { get; }

        /// <summary>
        /// How long the data is kept, in the retention language (<c>1y</c>, <c>3y after last-contact</c>,
        /// <c>during contract + 10y archive</c>; see docs/retention.md). When absent, the type's annotation or the
        /// activity's retention applies.
        /// </summary>
        public string? Retention { get; set; }

        /// <summary>How the generated redaction helpers hide the value; by default, the category's default.</summary>
        public RedactionKind Redaction { get; set; }

        /// <summary>The value is stored encrypted (Art. 32): shown in the register's security facts.</summary>
        public bool Encrypted { get; set; }

        /// <summary>The value is pseudonymised at rest (Art. 4(5), Art. 32): shown in the register's security facts.</summary>
        public bool Pseudonymised { get; set; }

        /// <summary>
        /// The value is stored as a one-way hash (a password hash): neither encrypted nor pseudonymised, since it cannot
        /// be reversed or re-identified with extra information (Art. 4(5)). Shown in the register's security facts.
        /// </summary>
        public bool Hashed { get; set; }

        /// <summary>
        /// The data set the value belongs to, in words ("Customer file", "Billing records"): the register and the notice
        /// group data and retention by it. By default, the type's name as words.
        /// </summary>
        public string? DataSet { get; set; }

        /// <summary>
        /// What this annotation assumes and a person must confirm ("The policy names no country: confirm with the
        /// hosting contracts"). The register shows it, the notice draft lists it under "To confirm before publishing",
        /// and KPA0014 reports it until someone confirms the fact and removes the note.
        /// </summary>
        public string? ToConfirm { get; set; }

        /// <summary>The data subjects the value is about (<c>users</c>, <c>prospects</c>), when it differs from the activity's.</summary>
        public string? DataSubject { get; set; }

        /// <summary>
        /// On a class or struct: the inherited members this annotation declares, by name, instead of the type's own
        /// members. For members a base type from another assembly declares (ASP.NET Core Identity's
        /// <c>IdentityUser.Email</c>), which cannot carry the annotation themselves: they join the type's privacy table,
        /// the register, the export and the erasure.
        /// </summary>
        /// <example><code>
        /// [PersonalData(DataCategory.Contact, Purpose.Authentication, Members = new[] { nameof(Email), nameof(PhoneNumber) })]
        /// public class AppUser : IdentityUser { }
        /// </code></example>
        public string[]? Members { get; set; }

        private static string[] Concat<T>(T first, T[]? more, Func<T, string> id)
        {
            var count = more?.Length ?? 0;
            var all = new string[count + 1];
            all[0] = id(first);
            for (var i = 0; i < count; i++) all[i + 1] = id(more![i]);
            return all;
        }
    }
}
