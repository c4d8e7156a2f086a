// The invoicing service's part of Klivar's register. The controller and the two activities it shares with
// Klivar.Platform are declared with the same words there and here: `klivar-privacy merge` reports any difference
// (a different legal basis, interest or description) between the two assemblies and refuses to merge them.
using Klivar.PrivacyAnnotations;

[assembly: DataController("Klivar",
    Identifier = "SIREN 909 093 148",
    Email = "avotreecoute@klivar.com",
    Address = "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France",
    SupervisoryAuthority = "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
    ApplicableLaw = "the French Data Protection Act (Loi Informatique et Libertés)")]

[assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract,
    Description = "Managing access to and use of the platform: processing subscription requests, technical support and maintenance, sending changes and updates to the site or platform, answering requests for information and comments.",
    DataSubjects = new[] { "Customers" },
    Retention = "during contract",
    Recipients = new[] { "Klivar accounting" },
    SecurityMeasures = new[] { "Access control" })]

[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
    Name = "Logging system",
    Description = "Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered.",
    LegitimateInterest = "Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.",
    DataSubjects = new[] { "Platform users" },
    Retention = "1y",
    Recipients = new[] { "Klivar security and operations teams" },
    SecurityMeasures = new[] { "Traceability: records cannot be altered", "Access control" })]

[assembly: InternationalTransfer("Service providers operating outside the European Union", "US",
    TransferSafeguard.StandardContractualClauses,
    AdditionalSafeguards = "a Data Processing Agreement (DPA) in the contract with each provider")]
