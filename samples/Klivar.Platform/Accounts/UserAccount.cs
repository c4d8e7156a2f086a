using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Accounts;

/// <summary>A subscriber's platform account ("platform subscription data"), kept for the duration of the contract.</summary>
public sealed partial class UserAccount
{
    // The account's key links every row of the account to the subscriber: a pseudonymous identifier (KPA0012).
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract")]
    [DataSubjectKey]
    public Guid Id { get; init; }

    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract")]
    public string Username { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract")]
    public string EmailAddress { get; set; } = "";

    [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement, Retention = "during contract", Hashed = true)]
    public string PasswordHash { get; set; } = "";

    [PersonalData(DataCategory.Account, Purpose.PlatformManagement, Retention = "during contract")]
    public string Plan { get; set; } = "";

    public DateTime CreatedOn { get; set; }

    public DateTime? ContractEndedOn { get; set; }
}
