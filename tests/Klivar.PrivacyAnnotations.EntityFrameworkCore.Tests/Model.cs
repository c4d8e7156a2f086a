using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;

[assembly: DataController("Klivar SAS", Email = "dpo@klivar.example")]
[assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)")]
[assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent, Retention = "3y after last-contact unless consent-withdrawn")]

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

public class Customer
{
    [DataSubjectKey]
    public Guid Id { get; set; }
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    public string Name { get; set; } = "";
    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string Email { get; set; } = "";
    public DateTime CreatedOn { get; set; }
    public DateTime? ContractEndedOn { get; set; }
}

public class Invoice
{
    public int Id { get; set; }
    [DataSubjectKey]
    public Guid CustomerId { get; set; }
    [PersonalData(DataCategory.Identification, Purpose.Billing)]
    public string BillingName { get; set; } = "";
    [PersonalData(DataCategory.Location, Purpose.Billing)]
    public string? BillingAddress { get; set; }
    public decimal Amount { get; set; }
    public DateTime IssuedOn { get; set; }
    public DateTime? ContractEndedOn { get; set; }
    public DateTime? ArchivedOn { get; set; }
}

public class Prospect
{
    public int Id { get; set; }
    [DataSubjectKey]
    public Guid PersonId { get; set; }
    [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)]
    public string Email { get; set; } = "";
    public DateTime CollectedOn { get; set; }
    public DateTime LastContactOn { get; set; }
    public DateTime? ConsentWithdrawnOn { get; set; }
}

// A record with init-only members: erased into a copy whose values go back into the tracked row.
public record SupportTicket
{
    public int Id { get; init; }
    [DataSubjectKey]
    public Guid CustomerId { get; init; }
    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string Message { get; init; } = "";
    public DateTime OpenedOn { get; init; }
    public DateTime? ContractEndedOn { get; init; }

    // Printed by id only: the message is personal (KPA0009).
    protected virtual bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id);
        return true;
    }
}

public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Invoice> Invoices => Set<Invoice>();
    public DbSet<Prospect> Prospects => Set<Prospect>();
    public DbSet<SupportTicket> Tickets => Set<SupportTicket>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Customer>()
            .HasRetentionAnchor(PrivacyAnchors.Collection, c => c.CreatedOn)
            .HasRetentionAnchor(PrivacyAnchors.Contract, c => c.ContractEndedOn);
        model.Entity<Invoice>()
            .HasRetentionAnchor(PrivacyAnchors.Collection, i => i.IssuedOn)
            .HasRetentionAnchor(PrivacyAnchors.Contract, i => i.ContractEndedOn)
            .HasArchiveMarker(i => i.ArchivedOn);
        model.Entity<Prospect>()
            .HasRetentionAnchor(PrivacyAnchors.Collection, p => p.CollectedOn)
            .HasRetentionAnchor(PrivacyAnchors.LastContact, p => p.LastContactOn)
            .HasRetentionAnchor(PrivacyAnchors.ConsentWithdrawn, p => p.ConsentWithdrawnOn)
            .DeleteRowsWhenErased();
        model.Entity<SupportTicket>()
            .HasRetentionAnchor(PrivacyAnchors.Collection, t => t.OpenedOn)
            .HasRetentionAnchor(PrivacyAnchors.Contract, t => t.ContractEndedOn);
    }
}
