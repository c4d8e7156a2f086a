using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares a processor (Art. 28, <i>sous-traitant</i>): who processes personal data on the controller's behalf,
    /// where, and under which contract. A recipient of the data (Art. 30(1)(d)). By default it serves every activity;
    /// <see cref="Purposes"/> or <see cref="PurposeIds"/> narrow it.
    /// </summary>
    /// <example><code>
    /// [assembly: Processor("Acme Hosting", Country = "FR", Contract = "Art. 28 data processing agreement of 2024-03-01",
    ///     Purposes = new[] { Purpose.PlatformManagement })]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ProcessorAttribute : Attribute
    {
        /// <summary>Declares a processor.</summary>
        /// <param name="name">The processor's name, or a category of processors ("Hosting providers").</param>
        public ProcessorAttribute(string name) => Name = name;

        /// <summary>The processor's name.</summary>
        public string Name { get; }

        /// <summary>Where it processes the data: an ISO 3166-1 alpha-2 code, or words.</summary>
        public string? Country { get; set; }

        /// <summary>The contract that binds it (Art. 28(3)).</summary>
        public string? Contract { get; set; }

        /// <summary>The built-in purposes it serves; with <see cref="PurposeIds"/> empty too, all of them.</summary>
        public Purpose[]? Purposes { get; set; }

        /// <summary>The purpose ids it serves (a team's own purposes).</summary>
        public string[]? PurposeIds { get; set; }

        /// <summary>
        /// What this declaration assumes and a person must confirm ("The policy names no country: confirm with the
        /// hosting contracts"). The register shows it, the notice draft lists it under "To confirm before publishing",
        /// and KPA0014 reports it until someone confirms the fact and removes the note.
        /// </summary>
        public string? ToConfirm { get; set; }
    }
}
