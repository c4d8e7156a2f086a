using Klivar.PrivacyAnnotations.Generated;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Hierarchy;

public abstract partial class Account
{
    public int Id { get; set; }

    [DataSubjectKey]
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    public string Login { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string Email { get; set; } = "";

    public DateTime OpenedOn { get; set; }
    public DateTime? ContractEndedOn { get; set; }
}

public partial class StaffAccount : Account
{
    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
    public string Badge { get; set; } = "";
}

public partial class CustomerAccount : Account
{
    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
    public string? Phone { get; set; }
}

public abstract class AccountsContext(DbContextOptions options) : DbContext(options)
{
    protected abstract void Map(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Account> accounts);

    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

    protected override void OnModelCreating(ModelBuilder model)
    {
        var accounts = model.Entity<Account>();
        Map(accounts);
        accounts.HasIndex(a => a.Email).IsUnique();
        accounts.HasRetentionAnchor(PrivacyAnchors.Collection, a => a.OpenedOn).HasRetentionAnchor(PrivacyAnchors.Contract, a => a.ContractEndedOn).DeleteRowsWhenErased();
        model.Entity<StaffAccount>();
        model.Entity<CustomerAccount>();
    }
}

public sealed class TphAccounts(DbContextOptions<TphAccounts> options) : AccountsContext(options)
{
    protected override void Map(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Account> accounts) => accounts.UseTphMappingStrategy();
}

public sealed class TptAccounts(DbContextOptions<TptAccounts> options) : AccountsContext(options)
{
    protected override void Map(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Account> accounts) => accounts.UseTptMappingStrategy();
}

public sealed class TpcAccounts(DbContextOptions<TpcAccounts> options) : AccountsContext(options)
{
    protected override void Map(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Account> accounts) => accounts.UseTpcMappingStrategy();
}

/// <summary>The same hierarchy stored one table per hierarchy, per type and per concrete type, on each provider.</summary>
public sealed class HierarchyTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var row in (IEnumerable<object[]>)TestDatabase.Providers)
            {
                foreach (var strategy in new[] { "tph", "tpt", "tpc" }) cases.Add((string)row[0], strategy);
            }
            return cases;
        }
    }

    private static AccountsContext Open(TestDatabase store, string strategy) => strategy switch
    {
        "tph" => new TphAccounts(store.Options<TphAccounts>()),
        "tpt" => new TptAccounts(store.Options<TptAccounts>()),
        _ => new TpcAccounts(store.Options<TpcAccounts>()),
    };

    private static TestDatabase Seeded(string provider, string strategy)
    {
        var store = new TestDatabase(provider);
        using var db = Open(store, strategy);
        db.Database.EnsureCreated();
        // TPC shares no identity across tables: the keys are given.
        db.AddRange(
            new StaffAccount { Id = 1, Login = "staff-ana", Email = "ana@klivar.example", Badge = "B-ANA-17", OpenedOn = new(2020, 1, 1), ContractEndedOn = new(2025, 1, 1) },
            new CustomerAccount { Id = 2, Login = "cust-ben", Email = "ben@example.org", Phone = "+33 6 00 00 00 02", OpenedOn = new(2021, 1, 1), ContractEndedOn = new(2024, 1, 1) },
            new CustomerAccount { Id = 3, Login = "cust-cleo", Email = "cleo@example.org", Phone = "+33 6 00 00 00 03", OpenedOn = new(2022, 1, 1) });
        db.SaveChanges();
        return store;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task An_erasure_reaches_the_base_and_the_derived_columns_of_a_row(string provider, string strategy)
    {
        using var store = Seeded(provider, strategy);
        using (var db = Open(store, strategy))
        {
            var report = await db.EraseSubjectAsync("staff-ana", Today);
            Assert.True(report.IsComplete, report.ToString());
        }
        var values = store.RawValues();
        Assert.DoesNotContain("ana@klivar.example", values);
        Assert.DoesNotContain("B-ANA-17", values);
        Assert.DoesNotContain("staff-ana", values);
        Assert.Contains("cleo@example.org", values);
        Assert.Contains("+33 6 00 00 00 03", values);
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task A_purge_covers_every_table_of_the_hierarchy_and_its_dry_run_counts_what_it_does(string provider, string strategy)
    {
        using var store = Seeded(provider, strategy);
        using var db = Open(store, strategy);
        var dry = await db.PurgeAsync(Today, new PurgeOptions { DryRun = true });
        var real = await db.PurgeAsync(Today);
        Assert.Equal(dry.Steps.Select(s => (s.Entity, s.Phase, s.Rows)), real.Steps.Select(s => (s.Entity, s.Phase, s.Rows)));
        var values = store.RawValues();
        foreach (var gone in new[] { "ana@klivar.example", "B-ANA-17", "ben@example.org", "+33 6 00 00 00 02" }) Assert.DoesNotContain(gone, values);
        Assert.Contains("cleo@example.org", values); // her contract runs
        Assert.Equal(strategy != "tph", real.Skipped.Any(s => s.Contains("erased in place", StringComparison.Ordinal)));
        Assert.Equal(0, (await db.PurgeAsync(Today)).TotalRows);
    }
}
