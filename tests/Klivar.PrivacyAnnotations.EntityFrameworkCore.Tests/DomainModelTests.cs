using System.Text.Json;
using Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

/// <summary>
/// Rights and purges on a domain-driven model stored in a real database (a SQLite file, and PostgreSQL when a server is
/// configured), checked with raw SQL: every value the database holds is read back, so a value the package left behind
/// cannot hide.
/// </summary>
public sealed class DomainModelTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    public static TheoryData<string> Providers => TestDatabase.Providers;

    // The people of the tests: their values are what the checks look for, not data the tests process.
#pragma warning disable KPA0001
    internal sealed record Person(string Identity, string Name, string Email, string Street, string City, string PostCode, string OldStreet, string Holder, string Digits,
        string Number, string ShipStreet, string Subject, string Body, DateTime? ContractEnded);
#pragma warning restore KPA0001

    internal static readonly Person Ana = new("auth|ana", "Ana Lopez", "ana@example.org", "1 rue Alpha", "Lyon", "69001", "9 rue Ancienne", "ANA LOPEZ", "4242",
        "P-1001", "5 quai Nord", "Invoice question", "My card 4242 was charged twice", new DateTime(2026, 1, 31));
    internal static readonly Person Ben = new("auth|ben", "Ben Moreau", "ben@example.org", "2 rue Beta", "Nantes", "44000", "8 rue Vieille", "BEN MOREAU", "1313",
        "P-2002", "6 quai Sud", "Password reset", "Please reset, my phone is 0612345678", null);
    internal static readonly Person Cleo = new("auth|cleo", "Cleo Martin", "cleo@example.org", "3 rue Gamma", "Lille", "59000", "7 rue Passee", "CLEO MARTIN", "7777",
        "P-3003", "4 quai Est", "Hello", "Thanks for the help", new DateTime(2014, 1, 31));

    /// <summary>A new database of the domain model with Ana, Ben and Cleo in it.</summary>
    internal static TestDatabase Seeded(string provider, params Person[] people)
    {
        var store = new TestDatabase(provider);
        using var db = Open(store);
        db.Database.EnsureCreated();
        foreach (var person in people.Length == 0 ? new[] { Ana, Ben, Cleo } : people) Seed(db, person);
        return store;
    }

    internal static DomainContext Open(TestDatabase store, params IInterceptor[] interceptors) => new(store.Options<DomainContext>(interceptors));

    internal static void Seed(DomainContext db, Person p, DateTime? joined = null)
    {
        var member = new Member(p.Identity, p.Name, p.Email, new PostalAddress(p.Street, p.City, p.PostCode), new PaymentCard { Holder = p.Holder, LastDigits = p.Digits }, joined ?? new DateTime(2020, 1, 1),
            new PhoneNumber("+33 6 " + p.Identity));
        member.PreviousAddresses.Add(new PostalAddress(p.OldStreet, p.City, p.PostCode));
        if (p.ContractEnded is { } ended) member.EndContract(ended);
        db.Add(member);
        db.SaveChanges();
        db.Add(new Purchase(member.Id, p.Number, new DateTime(2021, 3, 1), 120m, new PostalAddress(p.ShipStreet, p.City, p.PostCode)));
        db.Add(new Review { MemberId = member.Id, Text = "Great product, " + p.Identity, WrittenOn = new DateTime(2024, 5, 1) });
        var message = new SupportMessage { Subject = p.Subject, Body = p.Body, SentOn = new DateTime(2025, 2, 1) };
        db.Add(message);
        db.Entry(message).Property("MemberId").CurrentValue = member.Id;
        db.SaveChanges();
        db.ChangeTracker.Clear();
    }

    [Theory, MemberData(nameof(Providers))]
    public void The_model_check_finds_every_shape_and_names_what_it_cannot_write(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var report = db.CheckPrivacyModel();
        var member = report.Entities.Single(e => e.Name == "Member");
        Assert.Equal("IdentityId", member.SubjectKey);
        Assert.Equal(new[] { "Address.City", "Address.PostCode", "Address.Street", "Card.Holder", "Card.LastDigits", "Email", "IdentityId", "Phone", "PreviousAddresses.City", "PreviousAddresses.PostCode", "PreviousAddresses.Street", "_displayName" },
            member.PersonalColumns.OrderBy(c => c, StringComparer.Ordinal));
        var purchase = report.Entities.Single(e => e.Name == "Purchase");
        Assert.Contains(purchase.ProtectedColumns, c => c.StartsWith("_memberId: links the row to its Member row"));
        Assert.Contains("contract = Member.ContractEndedOn", purchase.Anchors);
        Assert.Contains(report.Entities, e => e.Name == "SupportMessage" && e.PersonalColumns.SequenceEqual(new[] { "Body" }));
        // A review's rule counts from its member's contract, which no column of the review holds and no foreign key reaches:
        // an erasure dates it from the member it was found through; the purge cannot, and the check says so.
        Assert.Equal(new[] { "Review: no column for the event 'contract' (HasRetentionAnchor) that the retention of Text uses, so the purge cannot date it; an erasure takes its date from the request (ErasureOptions.Events) or from the row it was found through" },
            report.Problems);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Two_people_erased_leave_none_of_their_values_in_the_file_but_what_the_outcome_holds_and_nobody_else_changes(string provider)
    {
        using var store = Seeded(provider);
        var before = store.RawValues();
        SubjectErasureReport ana, ben;
        using (var db = Open(store)) ana = await db.EraseSubjectAsync(Ana.Identity, Today);
        using (var db = Open(store)) ben = await db.EraseSubjectAsync(Ben.Identity, Today); // a second person: no unique index collides

        var after = store.RawValues();
        // Ana's contract ended: her purchase's address is kept for the law until the archive ends, dated from her contract's
        // end read on her member row; the purchase's link to her is kept with the row.
        var anaHeld = ana.Outcomes.SelectMany(o => o.Kept).ToList();
        Assert.Contains(anaHeld, k => k.Member == "ShipTo.Street" && k.Hold == ErasureHold.LegalObligation && k.Until == new DateTime(2036, 1, 31));
        Assert.Contains(anaHeld, k => k.Hold == ErasureHold.Link && k.Member == "_memberId");
        // Ben's contract runs: what it needs is reported kept for the contract.
        Assert.Contains(ben.Outcomes.SelectMany(o => o.Kept), k => k.Member == "Email" && k.Hold == ErasureHold.Contract);
        foreach (var (person, report) in new[] { (Ana, ana), (Ben, ben) })
        {
            var kept = report.Outcomes.SelectMany(o => o.Kept).ToList();
            foreach (var (column, value) in Columns(person))
            {
                if (!after.Contains(value)) continue;
                var hold = kept.FirstOrDefault(k => k.Member == column);
                Assert.True(hold is not null && hold.Reason.Length > 0, value + " (" + column + ") is still in the file but no outcome reports it held:\n" + report);
            }
        }
        Assert.DoesNotContain(Ana.Email, after);
        Assert.DoesNotContain(Ana.Name, after);
        Assert.DoesNotContain(Ana.OldStreet, after);
        Assert.DoesNotContain(Ana.Holder, after);
        Assert.DoesNotContain(Ana.Body, after);
        Assert.DoesNotContain("Great product, " + Ana.Identity, after); // dated by her member row's contract
        // Cleo untouched.
        foreach (var value in PersonalValues(Cleo)) Assert.Contains(value, after);
        Assert.Empty(Orphans(store));
        Assert.Equal(before.Count(v => v.StartsWith("P-", StringComparison.Ordinal)), after.Count(v => v.StartsWith("P-", StringComparison.Ordinal)));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Any_number_of_people_can_be_erased_from_a_unique_column(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store))
        {
            for (var i = 0; i < 5; i++) Seed(db, Cleo with { Identity = "auth|x" + i, Email = "x" + i + "@example.org", Number = "X-" + i, ContractEnded = new DateTime(2025, 1, 1) });
        }
        for (var i = 0; i < 5; i++)
        {
            using var db = Open(store);
            await db.EraseSubjectAsync("auth|x" + i, Today);
        }
        var emails = store.Query("SELECT \"Email\" FROM \"Member\" WHERE \"Email\" LIKE '[redacted%'");
        Assert.Equal(5, emails.Distinct().Count());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task The_export_holds_every_stored_value_of_the_person_in_words_and_nothing_of_anyone_else(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var export = await db.ExportSubjectAsync(Ana.Identity);
        var json = export.ToJson();
        var strings = StringsOf(json);
        foreach (var value in PersonalValues(Ana)) Assert.Contains(value, strings);
        foreach (var value in PersonalValues(Ben).Concat(PersonalValues(Cleo))) Assert.DoesNotContain(value, json);
        Assert.DoesNotContain("\"_", json); // no C# field names
        // An owned collection's row is told apart in words, not by its C# navigation.
        Assert.Contains(export.Items.SelectMany(i => i.Members), m => m.Name == "Street (previous addresses 1)");
        Assert.DoesNotContain("PreviousAddresses", json);
        var purchase = export.Items.Single(i => i.TypeName.EndsWith(".Purchase"));
        Assert.Contains("its Member", purchase.FoundBy);
        Assert.Contains(purchase.Record, r => r.Key == "Placed on");
        Assert.Contains(purchase.Record, r => r.Key == "Total");
        // Found through the member's id, which the review keeps as its subject key with no foreign key.
        Assert.Contains(export.Items, i => i.FoundBy.StartsWith("Review.MemberId = ", StringComparison.Ordinal) && i.FoundBy.EndsWith("(the Id of its Member)", StringComparison.Ordinal));
        Assert.Empty(db.ChangeTracker.Entries()); // nothing left tracked by the export
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_dry_run_counts_what_the_real_run_then_changes_and_leaves_no_orphan(string provider)
    {
        using var store = Seeded(provider);
        using (var db = Open(store)) Seed(db, Cleo with { Identity = "auth|old", Email = "old@example.org", Number = "O-1", ContractEnded = new DateTime(2010, 1, 1) });
        using var run = Open(store);
        var dry = await run.PurgeAsync(Today, new PurgeOptions { DryRun = true });
        var real = await run.PurgeAsync(Today);
        Assert.Equal(dry.Steps.Select(s => (s.Entity, s.Phase, string.Join(",", s.Members), s.Rows)), real.Steps.Select(s => (s.Entity, s.Phase, string.Join(",", s.Members), s.Rows)));
        Assert.True(real.TotalRows > 0);
        Assert.DoesNotContain("old@example.org", store.RawValues());
        Assert.Empty(Orphans(store));
        Assert.Equal(0, (await run.PurgeAsync(Today)).TotalRows);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_concurrent_change_fails_clearly_and_nothing_is_half_written(string provider)
    {
        using var store = Seeded(provider);
        var before = store.RawValues();
        using var db = Open(store, new BumpVersionBeforeSave());
        var failure = await Assert.ThrowsAsync<ErasureConflictException>(() => db.EraseSubjectAsync(Cleo.Identity, Today));
        Assert.Contains("changed since it was read", failure.Message);
        Assert.Equal(before, store.RawValues());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_interrupted_after_writing_leaves_the_file_as_it_was(string provider)
    {
        using var store = Seeded(provider);
        var before = store.RawValues();
        using var db = Open(store, new FailAfterSave());
        await Assert.ThrowsAsync<IOException>(() => db.EraseSubjectAsync(Cleo.Identity, Today));
        Assert.Equal(before, store.RawValues());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_unknown_person_or_a_key_of_the_wrong_type_is_a_clear_error(string provider)
    {
        using var store = Seeded(provider);
        using var db = Open(store);
        var unknown = await Assert.ThrowsAsync<SubjectNotFoundException>(() => db.EraseSubjectAsync("auth|nobody", Today));
        Assert.Contains("Member.IdentityId", unknown.Message);
        var wrong = await Assert.ThrowsAsync<ArgumentException>(() => db.ExportSubjectAsync(Guid.NewGuid()));
        Assert.Contains("Member.IdentityId (String)", wrong.Message);
    }

    // Every string value of a JSON document, unescaped.
    internal static HashSet<string> StringsOf(string json)
    {
        var strings = new HashSet<string>(StringComparer.Ordinal);
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: strings.Add(e.GetString()!); break;
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var i in e.EnumerateArray()) Walk(i); break;
            }
        }
        using var document = JsonDocument.Parse(json);
        Walk(document.RootElement);
        return strings;
    }

    internal static string[] PersonalValues(Person p) => Columns(p).Select(c => c.Value).ToArray();

    // Each personal value a person's rows hold, with the column the erasure report names it by.
    internal static (string Column, string Value)[] Columns(Person p) => new[]
    {
        ("IdentityId", p.Identity), ("_displayName", p.Name), ("Email", p.Email), ("Address.Street", p.Street), ("PreviousAddresses[0].Street", p.OldStreet),
        ("Card.Holder", p.Holder), ("Card.LastDigits", p.Digits), ("Phone", "+33 6 " + p.Identity), ("ShipTo.Street", p.ShipStreet), ("Subject", p.Subject), ("Body", p.Body), ("Text", "Great product, " + p.Identity),
    };

    // A row whose link to its person is gone while it still holds personal data.
    internal static List<string> Orphans(TestDatabase store) =>
        store.Query("SELECT 'purchase ' || p.\"Id\" FROM \"Purchase\" p LEFT JOIN \"Member\" m ON m.\"Id\" = p.\"MemberId\" WHERE m.\"Id\" IS NULL " +
              "UNION ALL SELECT 'history ' || h.\"Id\" FROM \"MemberAddressHistory\" h LEFT JOIN \"Member\" m ON m.\"Id\" = h.\"MemberId\" WHERE m.\"Id\" IS NULL " +
              "UNION ALL SELECT 'message ' || g.\"Id\" FROM \"Message\" g WHERE g.\"MemberId\" IS NULL AND g.\"Kind\" = 'support' AND g.\"Body\" NOT LIKE '[redacted%'");

    // Another writer bumps the member's version between the erasure's read and its write (same connection, same transaction).
    private sealed class BumpVersionBeforeSave : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            eventData.Context!.Database.ExecuteSqlRaw("UPDATE \"Member\" SET \"Version\" = \"Version\" + 1");
            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    // The process dies after the statements ran and before the commit.
    private sealed class FailAfterSave : SaveChangesInterceptor
    {
        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
            throw new IOException("power cut");
    }
}
