using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Customers;

/// <summary>
/// The customer file: kept for the duration of the contract, then 5 years in archives (the policy's words). The archive
/// is kept while a claim about the contract can still be brought: the five-year limitation period of Code civil art. 2224.
/// </summary>
public sealed partial class CustomerFile
{
    // The customer's contact's employer: professional life (CNIL: vie professionnelle).
    [PersonalData(DataCategory.Professional, Purpose.PlatformManagement, Retention = "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
    public string CompanyName { get; set; } = "";

    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
    public string ContactName { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
    public string ContactEmail { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
    public string ContactPhone { get; set; } = "";
}
