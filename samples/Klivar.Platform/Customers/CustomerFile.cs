using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Customers;

/// <summary>The customer file: kept for the duration of the contract, then 5 years in archives.</summary>
public sealed partial class CustomerFile
{
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
    public string CompanyName { get; set; } = "";

    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
    public string ContactName { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
    public string ContactEmail { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
    public string ContactPhone { get; set; } = "";
}
