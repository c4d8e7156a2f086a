using Klivar.PrivacyAnnotations;
using Klivar.PrivacyAnnotations.EntityFrameworkCore;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

/// <summary>
/// Export, erasure and purge on a real database (one per test, on SQLite and on PostgreSQL when a server is configured): a subject with rows in several entities,
/// a legal hold on invoices, a consent withdrawal, purges in dry run and for real with archive phases, and bad input.
/// </summary>
public sealed class RightsTests
{
    private static readonly Guid Jane = new("6f1d2c3b-0000-4000-8000-000000000001");
    private static readonly Guid Paul = new("6f1d2c3b-0000-4000-8000-000000000002");
    private static readonly Guid Old = new("6f1d2c3b-0000-4000-8000-000000000003");
    private static readonly DateTime Today = new(2026, 6, 1);

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static TestDatabase Seeded(string provider)
    {
        var store = new TestDatabase(provider);
        using var db = Open(store);
        db.Database.EnsureCreated();
        db.Customers.AddRange(
            new Customer { Id = Jane, Name = "Jane Martin", Email = "jane@example.org", CreatedOn = new(2020, 1, 10), ContractEndedOn = new(2025, 12, 31) },
            new Customer { Id = Paul, Name = "Paul Durand", Email = "paul@example.org", CreatedOn = new(2023, 4, 2) },
            new Customer { Id = Old, Name = "Old Client", Email = "old@example.org", CreatedOn = new(2010, 1, 1), ContractEndedOn = new(2014, 6, 30) });
        db.Invoices.AddRange(
            new Invoice { CustomerId = Jane, BillingName = "Jane Martin", BillingAddress = "1 rue de Paris", Amount = 120m, IssuedOn = new(2024, 3, 1), ContractEndedOn = new(2025, 12, 31) },
            new Invoice { CustomerId = Jane, BillingName = "Jane Martin", BillingAddress = "1 rue de Paris", Amount = 80m, IssuedOn = new(2025, 6, 1), ContractEndedOn = new(2025, 12, 31) },
            new Invoice { CustomerId = Paul, BillingName = "Paul Durand", BillingAddress = "2 rue de Lyon", Amount = 50m, IssuedOn = new(2026, 1, 1) },
            new Invoice { CustomerId = Old, BillingName = "Old Client", BillingAddress = "3 rue de Nantes", Amount = 10m, IssuedOn = new(2014, 1, 1), ContractEndedOn = new(2014, 6, 30) });
        db.Prospects.AddRange(
            new Prospect { PersonId = Jane, Email = "jane@example.org", CollectedOn = new(2025, 1, 1), LastContactOn = new(2025, 11, 1) },
            new Prospect { PersonId = Paul, Email = "paul@example.org", CollectedOn = new(2025, 1, 1), LastContactOn = new(2026, 4, 1), ConsentWithdrawnOn = new(2026, 5, 1) },
            new Prospect { PersonId = Old, Email = "old@example.org", CollectedOn = new(2021, 1, 1), LastContactOn = new(2022, 1, 1) });
        db.Tickets.Add(new SupportTicket { CustomerId = Jane, Message = "Please call me on +33 6 12 34 56 78", OpenedOn = new(2025, 2, 1), ContractEndedOn = new(2025, 12, 31) });
        db.SaveChanges();
        return store;
    }

    private static ShopContext Open(TestDatabase store) => new(store.Options<ShopContext>());

    [Theory, MemberData(nameof(Providers))]
    public async Task An_access_request_exports_every_row_about_the_subject_with_purposes_and_retention(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var export = await db.ExportSubjectAsync(Jane);

        Assert.Equal(new[] { "Customer", "Invoice", "Invoice", "Prospect", "SupportTicket" }, export.Items.Select(i => i.TypeName.Split('.').Last()));
        var invoice = export.Items[1];
        Assert.Equal(new[] { "Billing name", "Billing address" }, invoice.Members.Select(m => m.Name)); // the register's words
        Assert.Equal("Invoice.CustomerId = 6f1d2c3b-0000-4000-8000-000000000001", invoice.FoundBy);
        Assert.Contains(invoice.Record, r => r.Key == "Issued on" && Equals(r.Value, new DateTime(2024, 3, 1))); // what makes the invoice recognisable
        var use = Assert.Single(invoice.Members[0].Uses);
        Assert.Equal(("billing", (LegalBasis?)LegalBasis.LegalObligation, "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)"), (use.PurposeId, use.LegalBasis, use.Retention!));

        var json = export.ToJson();
        Assert.StartsWith("{\n  \"subject\": \"6f1d2c3b-0000-4000-8000-000000000001\",\n  \"items\": [", json);
        Assert.Contains("\"value\": \"Please call me on +33 6 12 34 56 78\"", json);
        Assert.Contains("\"legalBasis\": \"Consent\"", json);
        Assert.DoesNotContain("Paul", json);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_keeps_invoice_data_under_legal_obligation_until_its_date_and_erases_the_rest(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store))
        {
            var report = await db.EraseSubjectAsync(Jane, Today);
            Assert.Equal(5, report.Outcomes.Count);
            Assert.False(report.IsComplete);
            var invoiceHolds = report.Outcomes.Where(o => o.TypeName.EndsWith(".Invoice")).SelectMany(o => o.Kept).ToList();
            Assert.Equal(4, invoiceHolds.Count);
            Assert.All(invoiceHolds, k => Assert.Equal((ErasureHold.LegalObligation, (DateTime?)new DateTime(2035, 12, 31)), (k.Hold, k.Until)));
            Assert.All(report.Outcomes.Where(o => !o.TypeName.EndsWith(".Invoice")), o => Assert.True(o.IsComplete));
        }

        using var check = Open(store);
        var customer = check.Customers.AsNoTracking().Single(c => c.Id == Jane);
        Assert.Equal(("[redacted]", "[redacted]"), (customer.Name, customer.Email)); // erased, not masked: no trace of the value is left
        Assert.All(check.Invoices.AsNoTracking().Where(i => i.CustomerId == Jane).ToList(), i => Assert.Equal(("Jane Martin", "1 rue de Paris"), (i.BillingName, i.BillingAddress)));
        Assert.NotEqual("Please call me on +33 6 12 34 56 78", check.Tickets.AsNoTracking().Single().Message); // a record, erased into a copy then saved
        Assert.Empty(check.Prospects.AsNoTracking().Where(p => p.PersonId == Jane)); // DeleteRowsWhenErased: nothing kept, the row goes
        Assert.Equal("Paul Durand", check.Customers.AsNoTracking().Single(c => c.Id == Paul).Name); // nobody else touched
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task After_a_consent_withdrawal_consent_data_is_erased_while_the_running_contract_keeps_its_own(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store))
        {
            var report = await db.EraseSubjectAsync(Paul, Today);
            var prospect = report.Outcomes.Single(o => o.TypeName.EndsWith(".Prospect"));
            Assert.Equal(new[] { "Email" }, prospect.Erased);
            var customer = report.Outcomes.Single(o => o.TypeName.EndsWith(".Customer"));
            Assert.Empty(customer.Erased);
            Assert.All(customer.Kept, k => Assert.Equal((ErasureHold.Contract, (DateTime?)null), (k.Hold, k.Until)));
        }
        using var check = Open(store);
        Assert.Empty(check.Prospects.AsNoTracking().Where(p => p.PersonId == Paul)); // DeleteRowsWhenErased: the consent row goes
        Assert.Equal("paul@example.org", check.Customers.AsNoTracking().Single(c => c.Id == Paul).Email);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_unknown_subject_or_a_key_of_the_wrong_type_is_a_clear_error_and_changes_nothing(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var unknown = await Assert.ThrowsAsync<SubjectNotFoundException>(() => db.EraseSubjectAsync(Guid.Empty, Today));
        Assert.Contains("No row is about subject '00000000-0000-0000-0000-000000000000'", unknown.Message);
        Assert.Contains("Invoice.CustomerId", unknown.Message);
        await Assert.ThrowsAsync<SubjectNotFoundException>(() => db.ExportSubjectAsync(Guid.Empty));

        var wrongType = await Assert.ThrowsAsync<ArgumentException>(() => db.ExportSubjectAsync(42));
        Assert.Contains("No entity of the model has a subject key of type Int32", wrongType.Message);
        Assert.Contains("Customer.Id (Guid)", wrongType.Message);

        using var check = Open(store);
        Assert.Equal(new[] { "Jane Martin", "Old Client", "Paul Durand" }, check.Customers.AsNoTracking().Select(c => c.Name).OrderBy(n => n).ToList());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_dry_run_counts_rows_per_rule_and_changes_nothing_then_the_real_run_changes_exactly_those(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var dry = await db.PurgeAsync(Today, new PurgeOptions { DryRun = true });
        var expected = new[]
        {
            ("Customer", PurgePhase.Erase, "Name, Email", 2),
            ("Invoice", PurgePhase.Archive, "ArchivedOn", 3),
            ("Invoice", PurgePhase.Erase, "BillingName, BillingAddress", 1),
            ("Prospect", PurgePhase.Delete, "Email", 2),
            ("SupportTicket", PurgePhase.Erase, "Message", 1),
        };
        Assert.Equal(expected, dry.Steps.Select(s => (s.Entity, s.Phase, string.Join(", ", s.Members), s.Rows)));
        Assert.True(dry.DryRun);
        Assert.Empty(dry.Skipped);
        Assert.Contains("ContractEndedOn <= 2016-06-01", dry.Steps[2].Rule);
        Assert.Equal(3, db.Prospects.Count());
        Assert.Equal(0, db.Invoices.Count(i => i.ArchivedOn != null));

        var real = await db.PurgeAsync(Today);
        Assert.Equal(expected, real.Steps.Select(s => (s.Entity, s.Phase, string.Join(", ", s.Members), s.Rows)));

        using var check = Open(store);
        Assert.Equal(new[] { Jane }, check.Prospects.AsNoTracking().Select(p => p.PersonId).ToList());
        Assert.Equal(3, check.Invoices.AsNoTracking().Count(i => i.ArchivedOn == Today));
        var old = check.Invoices.AsNoTracking().Single(i => i.CustomerId == Old);
        Assert.Equal(("[redacted]", (string?)null, 10m), (old.BillingName, old.BillingAddress, old.Amount)); // not personal: kept
        Assert.Equal("Paul Durand", check.Customers.AsNoTracking().Single(c => c.Id == Paul).Name);
        Assert.Equal("Jane Martin", check.Invoices.AsNoTracking().First(i => i.CustomerId == Jane).BillingName); // archived, not erased

        var again = await check.PurgeAsync(Today);
        Assert.Equal(0, again.TotalRows); // rows already done are left alone
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_interrupted_halfway_leaves_the_database_as_it_was(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store))
        {
            var steps = 0;
            var options = new PurgeOptions { AfterStep = _ => { if (++steps == 3) throw new InvalidOperationException("power cut"); } };
            var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PurgeAsync(Today, options));
            Assert.Equal("power cut", failure.Message);
        }
        using var check = Open(store);
        Assert.Equal(0, check.Customers.AsNoTracking().Count(c => c.Name == "[redacted]"));
        Assert.Equal(0, check.Invoices.AsNoTracking().Count(i => i.ArchivedOn != null));
        Assert.Equal(3, check.Prospects.AsNoTracking().Count());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_member_the_purge_cannot_date_is_reported_not_silently_kept(string provider)
    {
        using var store = Seeded(provider);
        // The same model without the contract column of customers: their members cannot be purged, and the report says so.
        using var db = new NoContractColumn(store.Options<NoContractColumn>());
        var report = await db.PurgeAsync(Today, new PurgeOptions { DryRun = true });
        Assert.Contains("Customer.Name: no column for anchor 'contract' (HasRetentionAnchor), not purged", report.Skipped);
        Assert.DoesNotContain(report.Steps, s => s.Entity == "Customer");
    }

    [Theory, MemberData(nameof(Providers))]
    public void The_model_check_names_each_event_a_rule_uses_that_has_no_column(string provider)
    {
        using var store = Seeded(provider);
        using var db = new NoContractColumn(store.Options<NoContractColumn>());
        Assert.Contains("Customer: no column for the event 'contract' (HasRetentionAnchor) that the retention of Name, Email uses, so the purge cannot date it; "
            + "an erasure takes its date from the request (ErasureOptions.Events) or from the row it was found through", db.CheckPrivacyModel().Problems);

        using var complete = Open(store);
        Assert.Empty(complete.CheckPrivacyModel().Problems);
    }

    [Theory, MemberData(nameof(Providers))]
    public void The_model_check_names_an_anchor_no_rule_uses_a_typo_from_another_project(string provider)
    {
        using var store = Seeded(provider);
        using var db = new MistypedAnchor(store.Options<MistypedAnchor>());
        Assert.Contains("Customer: HasRetentionAnchor names the event 'contract-end', which no retention rule of its personal data uses (they use: collection, contract)",
            db.CheckPrivacyModel().Problems);
    }

    private sealed class MistypedAnchor(DbContextOptions<MistypedAnchor> options) : DbContext(options)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

        protected override void OnModelCreating(ModelBuilder model) =>
            model.Entity<Customer>().HasRetentionAnchor("contract-end", c => c.ContractEndedOn);
    }

    private sealed class NoContractColumn(DbContextOptions<NoContractColumn> options) : DbContext(options)
    {
        protected override void ConfigureConventions(ModelConfigurationBuilder configuration) => configuration.DatesWithoutTimeZone(this);

        protected override void OnModelCreating(ModelBuilder model) =>
            model.Entity<Customer>().HasRetentionAnchor(RetentionAnchors.CollectionEvent, c => c.CreatedOn);
    }
}
