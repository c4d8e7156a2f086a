// Klivar's privacy policy (shared/seed/000_9724e63eefc6d3ed.txt), read as a register: the controller, one processing
// activity per purpose with the policy's legal basis, the service providers and the transfer outside the EU. What the
// policy states is written as it states it; what the code had to assume carries a ToConfirm note, which the register
// shows, the notice draft lists under "To confirm before publishing", and KPA0014 reports (see .editorconfig).
using Klivar.PrivacyAnnotations;

[assembly: DataController("Klivar",
    Identifier = "SIREN 909 093 148",
    Email = "avotreecoute@klivar.com",
    Address = "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France",
    SupervisoryAuthority = "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
    // The policy names no data protection officer: neither DataProtectionOfficer nor NoDataProtectionOfficer is set,
    // so the register leaves the DPO as a point to confirm (KPA0014).
    ApplicableLaw = "the French Data Protection Act (Loi Informatique et Libertés)")]

[assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract,
    Description = "Managing access to and use of the platform: processing subscription requests, technical support and maintenance, sending changes and updates to the site or platform, answering requests for information and comments.",
    DataSubjects = new[] { "Platform users", "Customers" },
    Retention = "during contract")]

[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent,
    Description = "Carrying out commercial prospecting operations.",
    DataSubjects = new[] { "Prospects" },
    Retention = "3y after last-contact unless consent-withdrawn")]

[assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent,
    Description = "Improving functionality and navigation on the site and platform through tests, analyses and surveys; evaluating service quality and improving customer relations.",
    DataSubjects = new[] { "Platform users", "Beta testers" },
    // Consent can be withdrawn at any time: the data goes with it (KPA0038).
    Retention = "during contract unless consent-withdrawn",
    ToConfirm = "The policy states no retention period for service improvement: the duration of the contract is assumed")]

[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
    Name = "Logging system",
    Description = "Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered.",
    LegitimateInterest = "Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.",
    DataSubjects = new[] { "Website visitors", "Platform users" },
    Retention = "1y",
    // "ensures that these records cannot be altered": traceability, in the policy's words.
    SecurityChecklist = new[] { SecurityMeasure.Traceability })]

[assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.Consent,
    Description = "Allowing any user to contact Klivar about an issue that may interest them.",
    DataSubjects = new[] { "Website visitors" },
    Retention = "3y after last-contact unless consent-withdrawn",
    ToConfirm = "The policy states no retention period for the contact form: 3 years after the last contact, as for prospecting, is assumed")]

[assembly: ProcessingActivity(Purpose.ExercisingRights, LegalBasis.LegalObligation,
    Description = "Responding to any data subject's request about their personal data and its processing.",
    DataSubjects = new[] { "Any data subject" },
    // The archive keeps proof of the answer: the policy gives the period, not the ground (KPA0037).
    Retention = "calendar-year of request + 2y archive for legal-claims (proof of the answer, should the person complain to the CNIL or bring a claim)",
    ToConfirm = "The policy states no ground for keeping rights requests 2 years in archives: keeping proof of the answer against a complaint or a claim is assumed; confirm it and name the limitation period")]

// "Klivar mainly chooses service providers who host their data within the European Union."
[assembly: Processor("Service providers hosting Klivar's data",
    Country = "mainly within the European Union",
    ToConfirm = "The policy names no provider: name each processor with its country and the Art. 28 contract that binds it, and the activities it serves")]

// "If these service providers operate in a country that is not considered to offer adequate protection by the European
// Commission, we implement the Standard Contractual Clauses ... and we also include a Data Processing Agreement."
[assembly: InternationalTransfer("Service providers operating outside the European Union",
    TransferSafeguard.StandardContractualClauses,
    AdditionalSafeguards = "a Data Processing Agreement (DPA) in the contract with each provider",
    ToConfirm = "The policy names no country and no provider: name each destination country, and the activities whose data is transferred")]
