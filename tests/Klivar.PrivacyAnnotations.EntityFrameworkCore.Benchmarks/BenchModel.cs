using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;

[assembly: DataController("Klivar SAS", Email = "dpo@klivar.example")]
[assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)")]
[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent, Retention = "3y after last-contact unless consent-withdrawn")]

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Benchmarks;

public partial class Subscriber
{
    [DataSubjectKey]
    public int Id { get; set; }

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string Email { get; set; } = "";

    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    public string Name { get; set; } = "";

    [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
    public Address Home { get; set; } = new();

    public DateTime CreatedOn { get; set; }
    public DateTime? ContractEndedOn { get; set; }
}

// A value object owned by subscribers and orders, each of which declares it for its own purpose.
public partial class Address
{
    [NotPersonalData("part of Subscriber.Home or Order.ShipTo, declared there")]
    public string Street { get; set; } = "";

    [NotPersonalData("part of Subscriber.Home or Order.ShipTo, declared there")]
    public string City { get; set; } = "";
}

public partial class Order
{
    public int Id { get; set; }
    public int SubscriberId { get; set; }
    public decimal Total { get; set; }

    [PersonalData(DataCategory.Identification, Purpose.Billing)]
    public string BilledTo { get; set; } = "";

    [PersonalData(DataCategory.Location, Purpose.Billing)]
    public Address ShipTo { get; set; } = new();

    public DateTime PlacedOn { get; set; }
    public DateTime? ContractEndedOn { get; set; }
    public DateTime? ArchivedOn { get; set; }
}

public partial class Lead
{
    public int Id { get; set; }

    [DataSubjectKey]
    [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)]
    public string Email { get; set; } = "";

    public DateTime LastContactedOn { get; set; }
    public DateTime? ConsentWithdrawnOn { get; set; }
}

public sealed class BenchDb(DbContextOptions<BenchDb> options) : DbContext(options)
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<Lead> Leads => Set<Lead>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Subscriber>(s =>
        {
            s.HasIndex(x => x.Email).IsUnique();
            s.OwnsOne(x => x.Home);
            s.HasRetentionAnchor(PrivacyAnchors.Collection, x => x.CreatedOn).HasRetentionAnchor(PrivacyAnchors.Contract, x => x.ContractEndedOn);
        });
        model.Entity<Order>(o =>
        {
            o.HasOne<Subscriber>().WithMany().HasForeignKey(x => x.SubscriberId).IsRequired();
            o.OwnsOne(x => x.ShipTo);
            o.HasRetentionAnchor(PrivacyAnchors.Collection, x => x.PlacedOn).HasRetentionAnchor(PrivacyAnchors.Contract, x => x.ContractEndedOn).HasArchiveMarker(x => x.ArchivedOn);
        });
        model.Entity<Lead>(l =>
        {
            l.HasIndex(x => x.Email).IsUnique();
            l.HasRetentionAnchor(PrivacyAnchors.LastContact, x => x.LastContactedOn).HasRetentionAnchor(PrivacyAnchors.ConsentWithdrawn, x => x.ConsentWithdrawnOn);
            l.DeleteRowsWhenErased();
        });
    }
}
