using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

// A domain model's e-mail value object, stored as its text through a value converter, refusing anything that is not an
// address: no erased value fits it, so the row is the unit of erasure.
public sealed record MailAddress
{
    public MailAddress(string value) => Value = value.Contains('@') ? value : throw new ArgumentException("Not an e-mail address.", nameof(value));

    public string Value { get; }
}

public class Subscriber
{
    private Subscriber()
    {
    }

    public Subscriber(MailAddress email, string name, DateTime lastContactOn)
    {
        Email = email;
        Name = name;
        LastContactOn = lastContactOn;
    }

    public int Id { get; private set; }

    [DataSubjectKey]
    [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)]
    public MailAddress Email { get; private set; } = null!;

    [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting)]
    public string Name { get; private set; } = "";

    public DateTime LastContactOn { get; private set; }
}

// A row that refers to a subscriber and holds nothing personal (a mailing-list membership).
public class Membership
{
    public int Id { get; set; }
    public int SubscriberId { get; set; }
    public string List { get; set; } = "";
}

public sealed class NewsletterContext(DbContextOptions<NewsletterContext> options) : DbContext(options)
{
    public DbSet<Subscriber> Subscribers => Set<Subscriber>();
    public DbSet<Membership> Memberships => Set<Membership>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Subscriber>(subscriber =>
        {
            subscriber.Property(s => s.Email).HasConversion(e => e.Value, text => new MailAddress(text));
            subscriber.HasIndex(s => s.Email).IsUnique();
            subscriber.HasRetentionAnchor(PrivacyAnchors.LastContact, s => s.LastContactOn).DeleteRowsWhenErased();
        });
        model.Entity<Membership>().HasOne<Subscriber>().WithMany().HasForeignKey(m => m.SubscriberId);
    }
}

/// <summary>
/// Value objects stored through a value converter: exported as the value stored, and, where no erased value fits a
/// unique one, erased with their row when the entity deletes erased rows.
/// </summary>
public sealed class ValueObjectTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static TestDatabase Seeded(string provider)
    {
        var store = new TestDatabase(provider);
        using var db = Open(store);
        db.Database.EnsureCreated();
        var ada = new Subscriber(new MailAddress("ada@example.org"), "Ada Lovelace", new(2019, 1, 1));
        var alan = new Subscriber(new MailAddress("alan@example.org"), "Alan Turing", new(2019, 1, 1));
        var grace = new Subscriber(new MailAddress("grace@example.org"), "Grace Hopper", new(2026, 1, 1));
        db.Subscribers.AddRange(ada, alan, grace);
        db.SaveChanges();
        db.Memberships.Add(new Membership { SubscriberId = alan.Id, List = "Weekly" });
        db.SaveChanges();
        return store;
    }

    private static NewsletterContext Open(TestDatabase store) => new(store.Options<NewsletterContext>());

    [Theory, MemberData(nameof(Providers))]
    public async Task An_export_gives_a_converted_value_object_as_the_value_stored(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var export = await db.ExportSubjectAsync(new MailAddress("ada@example.org"));

        var email = Assert.Single(export.Items).Members.Single(m => m.Name == "Email");
        Assert.Equal("ada@example.org", email.Value);
        Assert.Contains("\"value\": \"ada@example.org\"", export.ToJson());
        Assert.Contains("\"subject\": \"ada@example.org\"", export.ToJson());
        Assert.Equal("Subscriber.Email = ada@example.org", export.Items[0].FoundBy);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_deletes_the_row_whose_unique_value_object_no_erased_value_fits(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store))
        {
            var events = new Dictionary<string, DateTime> { [PrivacyAnchors.ConsentWithdrawn] = Today };
            var report = await db.EraseSubjectAsync(new MailAddress("grace@example.org"), Today, new ErasureOptions { Events = events });

            Assert.True(report.IsComplete);
            Assert.Single(report.DeletedRows);
        }
        Assert.Equal(new[] { "ada@example.org|Ada Lovelace", "alan@example.org|Alan Turing" }, Rows(store, "SELECT \"Email\" || '|' || \"Name\" FROM \"Subscribers\" ORDER BY \"Id\""));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_deletes_due_rows_with_their_unique_value_object_and_reports_it_kept_where_another_row_refers_to_them(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var dry = await db.PurgeAsync(Today, new PurgeOptions { DryRun = true });
        var real = await db.PurgeAsync(Today);

        var expected = new[] { ("Subscriber", PurgePhase.Delete, "Email, Name", 1), ("Subscriber", PurgePhase.Erase, "Name", 1) };
        Assert.Equal(expected, dry.Steps.Select(s => (s.Entity, s.Phase, string.Join(", ", s.Members), s.Rows)));
        Assert.Equal(expected, real.Steps.Select(s => (s.Entity, s.Phase, string.Join(", ", s.Members), s.Rows)));
        Assert.Contains(real.Skipped, s => s.StartsWith("Subscriber.Email: a unique column that is not text", StringComparison.Ordinal) && s.EndsWith(", not purged in rows another row refers to", StringComparison.Ordinal));
        Assert.Equal(new[] { "alan@example.org|[redacted]", "grace@example.org|Grace Hopper" }, Rows(store, "SELECT \"Email\" || '|' || \"Name\" FROM \"Subscribers\" ORDER BY \"Id\""));
        Assert.Equal(new[] { "Weekly" }, Rows(store, "SELECT \"List\" FROM \"Memberships\""));
    }

    private static List<string> Rows(TestDatabase store, string sql) => store.Query(sql);
}
