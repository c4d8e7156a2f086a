using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Cascade;

public partial class Subscriber
{
    public int Id { get; set; }

    [DataSubjectKey]
    [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)]
    public string Email { get; set; } = "";

    public DateTime LastContactOn { get; set; }
}

// A join row with no personal data of its own: it goes with its subscriber through the model's cascade.
public class Membership
{
    public int Id { get; set; }
    public int SubscriberId { get; set; }
    public string List { get; set; } = "";
}

public sealed class ListsContext(DbContextOptions<ListsContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Subscriber>().HasRetentionAnchor("last-contact", s => s.LastContactOn).DeleteRowsWhenErased();
        model.Entity<Membership>().HasOne<Subscriber>().WithMany().HasForeignKey(m => m.SubscriberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CascadeTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_that_deletes_a_row_names_the_rows_the_cascade_takes_with_it(string provider)
    {
        using var store = new TestDatabase(provider);
        using (var db = new ListsContext(store.Options<ListsContext>()))
        {
            db.Database.EnsureCreated();
            var ana = new Subscriber { Email = "ana@example.org", LastContactOn = new(2025, 1, 1) };
            var ben = new Subscriber { Email = "ben@example.org", LastContactOn = new(2025, 1, 1) };
            db.AddRange(ana, ben);
            db.SaveChanges();
            db.AddRange(new Membership { SubscriberId = ana.Id, List = "news" }, new Membership { SubscriberId = ana.Id, List = "offers" }, new Membership { SubscriberId = ben.Id, List = "news" });
            db.SaveChanges();
        }

        using (var db = new ListsContext(store.Options<ListsContext>()))
        {
            var report = await db.EraseSubjectAsync("ana@example.org", new DateTime(2026, 6, 1));
            var deleted = Assert.Single(report.DeletedRows);
            Assert.EndsWith(", and with it by the model's cascade: 2 Membership rows", deleted);
        }
        Assert.Equal(new[] { "1" }, store.Query("SELECT COUNT(*) FROM \"Membership\""));
        Assert.DoesNotContain("ana@example.org", store.RawValues());
    }
}
