using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares a transfer of personal data to a recipient outside the EEA and the safeguard that makes it lawful
    /// (Art. 30(1)(e), Art. 44-49). By default it serves every activity; <see cref="Purposes"/> or
    /// <see cref="PurposeIds"/> narrow it.
    /// </summary>
    /// <example><code>
    /// [assembly: InternationalTransfer("Hosting provider", "US", TransferSafeguard.StandardContractualClauses,
    ///     AdditionalSafeguards = "Data processing agreement")]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class InternationalTransferAttribute : Attribute
    {
        /// <summary>Declares a transfer.</summary>
        /// <param name="recipient">Who receives the data (a processor, a category of recipients).</param>
        /// <param name="country">The destination, as an ISO 3166-1 alpha-2 code (<c>US</c>).</param>
        /// <param name="safeguard">The safeguard the transfer relies on.</param>
        public InternationalTransferAttribute(string recipient, string country, TransferSafeguard safeguard)
        {
            Recipient = recipient;
            Country = country;
            Safeguard = safeguard;
        }

        /// <summary>
        /// Declares a transfer outside the EEA whose country is not identified yet. The register says the country is not
        /// identified (Art. 30(1)(e) asks for it); state <see cref="ToConfirm"/>, else KPA0006 reports the declaration.
        /// </summary>
        /// <param name="recipient">Who receives the data.</param>
        /// <param name="safeguard">The safeguard the transfer relies on.</param>
        public InternationalTransferAttribute(string recipient, TransferSafeguard safeguard)
        {
            Recipient = recipient;
            Safeguard = safeguard;
        }

        /// <summary>Who receives the data.</summary>
        public string Recipient { get; }

        /// <summary>The destination country, ISO 3166-1 alpha-2; null when only "outside the EEA" is known.</summary>
        public string? Country { get; }

        /// <summary>The safeguard the transfer relies on.</summary>
        public TransferSafeguard Safeguard { get; }

        /// <summary>The built-in purposes whose data is transferred; with <see cref="PurposeIds"/> empty too, all of them.</summary>
        public Purpose[]? Purposes { get; set; }

        /// <summary>The purpose ids whose data is transferred (a team's own purposes).</summary>
        public string[]? PurposeIds { get; set; }

        /// <summary>Further safeguards in words (a data processing agreement, encryption in transit...).</summary>
        public string? AdditionalSafeguards { get; set; }

        /// <summary>
        /// What this declaration assumes and a person must confirm ("The policy names no country: confirm with the
        /// hosting contracts"). The register shows it, the notice draft lists it under "To confirm before publishing",
        /// and KPA0014 reports it until someone confirms the fact and removes the note.
        /// </summary>
        public string? ToConfirm { get; set; }
    }
}
