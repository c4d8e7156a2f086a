// The invoicing service's part of Klivar's register. The controller, the two activities it shares with Klivar.Platform
// and the transfer outside the EU are declared with the same words there and here, and state only what Klivar's privacy
// policy states: what the policy leaves open carries the same ToConfirm note as in Klivar.Platform. `klivar-privacy merge`
// reports any difference (a different legal basis, a transfer to a different country) between the two assemblies and
// refuses to publish either version as fact.
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
    DataSubjects = new[] { "Customers" },
    Retention = "during contract")]

[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
    Name = "Logging system",
    Description = "Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered.",
    LegitimateInterest = "Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.",
    DataSubjects = new[] { "Platform users" },
    Retention = "1y",
    // "ensures that these records cannot be altered": traceability, in the policy's words.
    SecurityChecklist = new[] { SecurityMeasure.Traceability })]

// The policy names no country: the invoicing service's providers outside the EU are the platform's, to be confirmed.
[assembly: InternationalTransfer("Service providers operating outside the European Union",
    TransferSafeguard.StandardContractualClauses,
    AdditionalSafeguards = "a Data Processing Agreement (DPA) in the contract with each provider",
    ToConfirm = "The policy names no country and no provider: name each destination country, and the activities whose data is transferred")]
