using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.Compliance;

[assembly: DataController("Klivar Test Shop")]
[assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "3y")]
[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "10y")]
[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Finding the origin of incidents", Retention = "1y")]

namespace Klivar.PrivacyAnnotations.Logging.Tests;

// The annotated types the tests log. Each personal member also carries its Microsoft.Extensions.Compliance
// classification ([ContactData]...): what the [LogProperties] pipeline needs (docs/logging.md).

public partial class Address
{
    [PersonalData(DataCategory.Location, Purpose.CustomerManagement), LocationData]
    public string City { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.CustomerManagement), ContactData]
    public string Street { get; set; } = "";

    public int Floor { get; set; }
}

public partial record Customer
{
    public int Id { get; init; }

    [PersonalData(DataCategory.Contact, Purpose.CustomerManagement), ContactData]
    public string Email { get; init; } = "";

    [PersonalData(DataCategory.Identification, Purpose.CustomerManagement), IdentificationData]
    public string Name { get; init; } = "";

    [PersonalData(DataCategory.Technical, Purpose.Logging), TechnicalData]
    public string LastIp { get; init; } = "";

    [PersonalData(DataCategory.Financial, Purpose.Billing), FinancialData]
    public string Iban { get; init; } = "";

    // [LogProperties] makes the [LogProperties] logging generator log the address member by member, its classified
    // members redacted (without it, it would print the address through its ToString, which it cannot see is generated).
    [Microsoft.Extensions.Logging.LogProperties]
    public Address? Home { get; init; }

    public List<Address> Previous { get; init; } = new();
}
