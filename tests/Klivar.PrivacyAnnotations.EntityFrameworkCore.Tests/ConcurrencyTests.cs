using Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

/// <summary>
/// An erasure or a purge while the application keeps writing on another connection: no update is lost, no row is half
/// erased, and a lock is waited for or fails the whole run, never skipped. On both providers: SQLite serialises
/// writers on the whole file, PostgreSQL locks rows and relies on the model's concurrency token.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly DateTime Today = new(2026, 6, 1);

    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly DomainModelTests.Person Gone = DomainModelTests.Cleo with
    {
        Identity = "auth|gone", Email = "gone@example.org", Name = "Gone Person", Number = "G-1", ContractEnded = new DateTime(2010, 1, 1),
    };

    [Theory, MemberData(nameof(Providers))]
    public async Task A_copy_the_application_read_before_an_erasure_cannot_write_the_persons_data_back(string provider)
    {
        using var store = DomainModelTests.Seeded(provider);
        using var application = DomainModelTests.Open(store);
        var ana = await application.Set<Member>().SingleAsync(m => m.IdentityId == DomainModelTests.Ana.Identity);

        using (var db = DomainModelTests.Open(store)) await db.EraseSubjectAsync(DomainModelTests.Ana.Identity, Today);

        ana.Rename("Ana Lopez-Garcia");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => application.SaveChangesAsync());
        Assert.DoesNotContain(store.RawValues(), v => v.StartsWith("Ana Lopez", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task An_erasure_racing_the_applications_write_on_the_same_row_loses_neither(string provider)
    {
        using var store = DomainModelTests.Seeded(provider);
        using var application = DomainModelTests.Open(store);
        var ana = await application.Set<Member>().SingleAsync(m => m.IdentityId == DomainModelTests.Ana.Identity);
        ana.Rename("Ana Renamed");
        var race = new SaveOnAnotherConnection(application);

        Exception? erasureFailure = null;
        try
        {
            using var db = DomainModelTests.Open(store, race);
            await db.EraseSubjectAsync(DomainModelTests.Ana.Identity, Today);
        }
        catch (ErasureConflictException e)
        {
            erasureFailure = e;
        }
        var applicationFailure = await race.Outcome!;
        var values = store.RawValues();

        // Exactly one wins, and the database holds the winner's whole write.
        Assert.True((erasureFailure is null) != (applicationFailure is null), "erasure: " + erasureFailure?.Message + "; application: " + applicationFailure?.Message);
        if (erasureFailure is null)
        {
            Assert.IsType<DbUpdateConcurrencyException>(applicationFailure);
            Assert.DoesNotContain("Ana Renamed", values);
            Assert.DoesNotContain(DomainModelTests.Ana.Email, values);
        }
        else
        {
            Assert.Contains("Ana Renamed", values);
            Assert.Contains(DomainModelTests.Ana.Email, values); // nothing of the erasure was written
        }
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_that_meets_a_lock_waits_for_it_and_purges_the_locked_rows_too(string provider)
    {
        using var store = DomainModelTests.Seeded(provider, DomainModelTests.Ana, Gone);
        using var locker = store.Connect();
        using var transaction = Lock(store, locker);

        Task<PurgeReport> purge;
        using var db = DomainModelTests.Open(store);
        purge = Task.Run(() => db.PurgeAsync(Today)); // SQLite's provider blocks the calling thread while it waits
        await Task.Delay(700);
        Assert.False(purge.IsCompleted); // waiting for the lock, not skipping the row
        transaction.Commit();
        var report = await purge;

        Assert.True(report.TotalRows > 0);
        Assert.DoesNotContain(Gone.Email, store.RawValues());
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_purge_that_meets_a_lock_held_past_its_timeout_fails_clearly_and_changes_nothing(string provider)
    {
        using var store = DomainModelTests.Seeded(provider, DomainModelTests.Ana, Gone);
        var before = store.RawValues();
        using (var locker = store.Connect())
        using (Lock(store, locker))
        {
            using var db = new DomainContext(store.Options<DomainContext>(timeoutSeconds: 1));
            var failure = await Assert.ThrowsAsync<PurgeFailedException>(() => db.PurgeAsync(Today));
            Assert.Contains("nothing was changed", failure.Message);
        }
        Assert.Equal(before, store.RawValues());
    }

    // Another connection's open write: SQLite locks the whole file, PostgreSQL the row of the person the purge is due to erase.
    private static System.Data.Common.DbTransaction Lock(TestDatabase store, System.Data.Common.DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = store.Provider == TestDatabase.Sqlite
            ? "UPDATE \"Member\" SET \"Version\" = \"Version\" WHERE \"IdentityId\" = '" + Gone.Identity + "'"
            : "SELECT 1 FROM \"Member\" WHERE \"IdentityId\" = '" + Gone.Identity + "' FOR UPDATE";
        command.ExecuteNonQuery();
        return transaction;
    }

    // When the erasure is about to write, the application saves its own change to the same row on its own connection.
    private sealed class SaveOnAnotherConnection(DbContext application) : SaveChangesInterceptor
    {
        public Task<Exception?>? Outcome { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Outcome = Task.Run(async () =>
            {
                try
                {
                    await application.SaveChangesAsync();
                    return (Exception?)null;
                }
                catch (DbUpdateException e)
                {
                    return e;
                }
            });
            // Give the application's write the time to land first where the database lets it (PostgreSQL); SQLite makes it wait.
            await Task.WhenAny(Outcome, Task.Delay(500, cancellationToken));
            return result;
        }
    }
}
