using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares the controller responsible for the processing (Art. 30(1)(a), Art. 13(1)(a)): the head of the register
    /// and the contact in the privacy notice. Declare it once per assembly.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class DataControllerAttribute : Attribute
    {
        /// <summary>Declares the controller.</summary>
        /// <param name="name">The legal name of the controller.</param>
        public DataControllerAttribute(string name) => Name = name;

        /// <summary>The legal name of the controller.</summary>
        public string Name { get; }

        /// <summary>A registration number that identifies the controller (in France, the SIREN).</summary>
        public string? Identifier { get; set; }

        /// <summary>The contact e-mail address for privacy matters.</summary>
        public string? Email { get; set; }

        /// <summary>The postal address.</summary>
        public string? Address { get; set; }

        /// <summary>The contact phone number.</summary>
        public string? Phone { get; set; }

        /// <summary>
        /// The data protection officer's name and contact, if one is designated. Without it, set
        /// <see cref="NoDataProtectionOfficer"/> once the controller confirms that none is designated; until then the
        /// record leaves the point open (KPA0014).
        /// </summary>
        public string? DataProtectionOfficer { get; set; }

        /// <summary>
        /// Confirms that no data protection officer is designated (Art. 37 does not require one): the register and the
        /// notice then say so, rather than leave the DPO as a point to confirm.
        /// </summary>
        public bool NoDataProtectionOfficer { get; set; }

        /// <summary>The supervisory authority a data subject may complain to, with its address.</summary>
        public string? SupervisoryAuthority { get; set; }

        /// <summary>The representative in the Union (Art. 27), for a controller established outside it.</summary>
        public string? EuRepresentative { get; set; }

        /// <summary>The national data-protection law that applies beside the GDPR (in France, the loi Informatique et Libertés).</summary>
        public string? ApplicableLaw { get; set; }

        /// <summary>
        /// What this declaration assumes and a person must confirm ("The policy names no country: confirm with the
        /// hosting contracts"). The register shows it, the notice draft lists it under "To confirm before publishing",
        /// and KPA0014 reports it until someone confirms the fact and removes the note.
        /// </summary>
        public string? ToConfirm { get; set; }
    }
}
