using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Domain;

// A domain-driven model as teams write it, not shaped for the package: private setters and fields, an owned address in
// the member's table and a history of addresses in a table of its own, a complex type, a unique identity and a unique
// e-mail, a NOT NULL foreign key held in a private field, a shadow foreign key, a concurrency token, and a hierarchy
// stored in one table.

public partial class Member
{
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    private string _displayName;

    private Member()
    {
        _displayName = "";
        IdentityId = "";
        Email = "";
        Address = null!;
        Card = new PaymentCard();
        Phone = new PhoneNumber("");
    }

    public Member(string identityId, string displayName, string email, PostalAddress address, PaymentCard card, DateTime joinedOn, PhoneNumber phone)
    {
        Phone = phone;
        IdentityId = identityId;
        _displayName = displayName;
        Email = email;
        Address = address;
        Card = card;
        JoinedOn = joinedOn;
    }

    public int Id { get; private set; }

    [DataSubjectKey]
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    public string IdentityId { get; private set; }

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string Email { get; private set; }

    [NotPersonalData("reads _displayName, which is declared where it is stored")]
    public string DisplayName => _displayName;

    public PostalAddress Address { get; private set; }

    // A value object stored as text through a value converter.
    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public PhoneNumber Phone { get; private set; }

    public List<PostalAddress> PreviousAddresses { get; } = new();

    public PaymentCard Card { get; private set; }

    public DateTime JoinedOn { get; private set; }

    public DateTime? ContractEndedOn { get; private set; }

    public int Version { get; private set; }

    public void EndContract(DateTime day) => ContractEndedOn = day;

    public void Rename(string name)
    {
        _displayName = name;
        Version++;
    }
}

public sealed record PhoneNumber(string Value);

[PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
public partial record PostalAddress(string Street, string City, string PostCode);

public partial class PaymentCard
{
    [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
    public string? Holder { get; set; }

    [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
    public string? LastDigits { get; set; }
}

public partial class Purchase
{
    // The buyer's link: personal (it says whose purchase this is), and a NOT NULL foreign key the erasure never writes.
    [PersonalData(DataCategory.Identification, Purpose.Billing)]
    private int _memberId;

    private Purchase()
    {
        Number = "";
        ShipTo = null!;
    }

    public Purchase(int memberId, string number, DateTime placedOn, decimal total, PostalAddress shipTo)
    {
        _memberId = memberId;
        Number = number;
        PlacedOn = placedOn;
        Total = total;
        ShipTo = shipTo;
    }

    public int Id { get; private set; }
    public string Number { get; private set; }
    public DateTime PlacedOn { get; private set; }
    public decimal Total { get; private set; }

    [PersonalData(DataCategory.Location, Purpose.Billing)]
    public PostalAddress ShipTo { get; private set; }
}

// A review keeps its author's member id with no foreign key (the reviews live apart from the members): the subject key
// says whose it is.
public partial class Review
{
    public int Id { get; set; }

    [DataSubjectKey]
    public int MemberId { get; set; }

    [PersonalData(DataCategory.Content, Purpose.PlatformManagement)]
    public string Text { get; set; } = "";

    public DateTime WrittenOn { get; set; }
}

public abstract partial class Message
{
    public int Id { get; set; }
    public DateTime SentOn { get; set; }

    [PersonalData(DataCategory.Content, Purpose.PlatformManagement)]
    public string Subject { get; set; } = "";
}

public partial class SupportMessage : Message
{
    [PersonalData(DataCategory.Content, Purpose.PlatformManagement)]
    public string Body { get; set; } = "";
}

public partial class Announcement : Message
{
    public string Audience { get; set; } = "";
}

public sealed class DomainContext(DbContextOptions<DomainContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Member>(member =>
        {
            member.Property<string>("_displayName").HasColumnName("DisplayName").IsRequired();
            member.Ignore(m => m.DisplayName);
            member.HasIndex(m => m.IdentityId).IsUnique();
            member.HasIndex(m => m.Email).IsUnique();
            member.Property(m => m.Version).IsConcurrencyToken();
            member.Property(m => m.Phone).HasConversion(p => p.Value, text => new PhoneNumber(text)).IsRequired();
            member.OwnsOne(m => m.Address);
            member.OwnsMany(m => m.PreviousAddresses, history =>
            {
                history.ToTable("MemberAddressHistory");
                history.Property<int>("Id");
                history.HasKey("Id");
            });
            member.ComplexProperty(m => m.Card);
            member.HasRetentionAnchor(PrivacyAnchors.Collection, m => m.JoinedOn)
                  .HasRetentionAnchor(PrivacyAnchors.Contract, m => m.ContractEndedOn);
        });
        model.Entity<Purchase>(purchase =>
        {
            purchase.Property<int>("_memberId").HasColumnName("MemberId");
            purchase.HasOne<Member>().WithMany().HasForeignKey("_memberId").IsRequired();
            purchase.HasIndex(p => p.Number).IsUnique();
            purchase.OwnsOne(p => p.ShipTo);
            purchase.HasRetentionAnchor(PrivacyAnchors.Collection, p => p.PlacedOn)
                    .HasRetentionAnchorFrom<Purchase, Member>(PrivacyAnchors.Contract, m => m.ContractEndedOn);
        });
        model.Entity<Message>(message =>
        {
            message.HasDiscriminator<string>("Kind").HasValue<SupportMessage>("support").HasValue<Announcement>("announcement");
            message.HasOne<Member>().WithMany().HasForeignKey("MemberId").IsRequired(false).OnDelete(DeleteBehavior.SetNull);
            message.HasRetentionAnchor(PrivacyAnchors.Collection, m => m.SentOn)
                   .HasRetentionAnchorFrom<Message, Member>(PrivacyAnchors.Contract, m => m.ContractEndedOn);
        });
        model.Entity<Review>().HasRetentionAnchor(PrivacyAnchors.Collection, r => r.WrittenOn);
        model.Entity<SupportMessage>();
        model.Entity<Announcement>();
    }
}
