// Klivar's privacy policy, read as a register (shared/design/regulatory.md §5): the controller, one processing activity
// per purpose with its legal basis, and the transfer outside the EU. The members that hold the data are annotated where
// they are declared; their retention rules are the policy's six.
using Klivar.PrivacyAnnotations;

[assembly: DataController("Klivar",
    Identifier = "SIREN 909 093 148",
    Email = "avotreecoute@klivar.com",
    Address = "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France",
    SupervisoryAuthority = "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07")]

[assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract,
    Description = "Managing access to and use of the platform: processing subscription requests, technical support and maintenance, sending changes and updates to the site or platform, answering requests for information and comments.",
    DataSubjects = new[] { "Platform users", "Customers" },
    Retention = "during contract",
    Recipients = new[] { "Klivar customer service", "Klivar technical teams", "Hosting and service providers, chosen mainly within the European Union" },
    SecurityMeasures = new[] { "Access control", "Passwords stored as salted hashes" })]

[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent,
    Description = "Carrying out commercial prospecting operations.",
    DataSubjects = new[] { "Prospects" },
    Retention = "3y after last-contact unless consent-withdrawn",
    Recipients = new[] { "Klivar sales and marketing" })]

[assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent,
    Description = "Improving functionality and navigation on the site and platform through tests, analyses and surveys; evaluating service quality and improving customer relations.",
    DataSubjects = new[] { "Platform users", "Beta testers" },
    // The policy states no period here; usage and beta-test data belong to the account and go with it.
    Retention = "during contract",
    Recipients = new[] { "Klivar product teams" })]

[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
    Name = "Logging system",
    Description = "Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered.",
    LegitimateInterest = "Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.",
    DataSubjects = new[] { "Website visitors", "Platform users" },
    Retention = "1y",
    Recipients = new[] { "Klivar security and operations teams" },
    SecurityMeasures = new[] { "Traceability: records cannot be altered", "Access control" })]

[assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.Consent,
    Description = "Allowing any user to contact Klivar about an issue that may interest them.",
    DataSubjects = new[] { "Website visitors" },
    // The policy states no period here; contact requests are consent-based sales contacts, kept like prospects: 3 years
    // after the last contact unless consent is withdrawn (one of the policy's six rules, no seventh).
    Retention = "3y after last-contact unless consent-withdrawn",
    Recipients = new[] { "Klivar customer service", "Klivar sales and marketing" })]

[assembly: ProcessingActivity(Purpose.ExercisingRights, LegalBasis.LegalObligation,
    Description = "Responding to any data subject's request about their personal data and its processing.",
    DataSubjects = new[] { "Any data subject" },
    Retention = "calendar-year of request + 2y archive",
    Recipients = new[] { "Klivar data protection contact" })]

// "Klivar mainly chooses service providers who host their data within the European Union"; where one operates outside
// it, Standard Contractual Clauses and a Data Processing Agreement. The policy names no country; the sample records
// the United States as an example destination.
[assembly: InternationalTransfer("Service providers operating outside the European Union", "US",
    TransferSafeguard.StandardContractualClauses,
    AdditionalSafeguards = "a Data Processing Agreement (DPA) in the contract with each provider")]
