using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

// A member whose owned name has a column the database computes from the others (a stored generated column), as
// domain models often map a full name.
public class ClubMember
{
    public int Id { get; set; }
    [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting)]
    public PersonName Name { get; set; } = new();
    public DateTime LastContactOn { get; set; }
}

public class PersonName
{
    public string First { get; set; } = "";
    public string Last { get; set; } = "";
    public string Full { get; private set; } = "";
}

public sealed class ClubContext(DbContextOptions<ClubContext> options) : DbContext(options)
{
    public DbSet<ClubMember> Members => Set<ClubMember>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model) =>
        model.Entity<ClubMember>(member =>
        {
            member.OwnsOne(m => m.Name, name => name.Property(n => n.Full).HasComputedColumnSql("\"Name_First\" || ' ' || \"Name_Last\"", stored: true));
            member.HasRetentionAnchor(PrivacyAnchors.LastContact, m => m.LastContactOn);
        });
}

/// <summary>A purge never writes a column the database computes: it erases the columns it is computed from, and the count of the dry run holds.</summary>
public sealed class ComputedColumnTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_erases_the_columns_a_computed_column_is_made_of_and_never_writes_it(string provider)
    {
        using var store = new TestDatabase(provider);
        ClubContext Open() => new(store.Options<ClubContext>());
        using (var db = Open())
        {
            db.Database.EnsureCreated();
            db.Members.AddRange(
                new ClubMember { Name = new PersonName { First = "Ada", Last = "Lovelace" }, LastContactOn = new(2019, 1, 1) },
                new ClubMember { Name = new PersonName { First = "Alan", Last = "Turing" }, LastContactOn = new(2026, 1, 1) });
            db.SaveChanges();
        }

        using var purge = Open();
        var dry = await purge.PurgeAsync(new DateTime(2026, 6, 1), new PurgeOptions { DryRun = true });
        var real = await purge.PurgeAsync(new DateTime(2026, 6, 1));

        Assert.Equal(new[] { ("ClubMember", "Name.First, Name.Last", 1) }, dry.Steps.Select(s => (s.Entity, string.Join(", ", s.Members), s.Rows)));
        Assert.Equal(dry.Steps.Select(s => s.Rows), real.Steps.Select(s => s.Rows));
        Assert.Contains("ClubMember.Name.Full: computed by the database from other columns, never written; it changes with them", real.Skipped);

        var rows = store.Query("SELECT \"Name_First\" || '|' || \"Name_Last\" || '|' || \"Name_Full\" FROM \"Members\" ORDER BY \"Id\"");
        Assert.Equal(new[] { "[redacted]|[redacted]|[redacted] [redacted]", "Alan|Turing|Alan Turing" }, rows);
    }
}
