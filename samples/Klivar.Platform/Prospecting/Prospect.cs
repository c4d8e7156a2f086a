using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Prospecting;

/// <summary>A prospect: kept 3 years after the last contact, unless consent is withdrawn.</summary>
public sealed partial class Prospect
{
    // The row's key links the prospect's data together: a pseudonymous identifier (KPA0012).
    [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting)]
    public int Id { get; set; }

    [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting)]
    public string Name { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)]
    public string EmailAddress { get; set; } = "";

    [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting)]
    public string Company { get; set; } = "";

    public DateTime LastContactedOn { get; set; }

    public DateTime? ConsentWithdrawnOn { get; set; }
}
