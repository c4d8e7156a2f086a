using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// Data-subject rights and retention on an EF Core model, driven by the generated privacy tables and EF's own model:
    /// every entity type whose CLR type (or owned type, or complex type) has a table takes part. A request names the
    /// person by one key (<c>[DataSubjectKey]</c>); the rows that refer to theirs through the model's foreign keys come
    /// along. Columns are read and written as EF maps them: private setters, backing fields, shadow, owned and complex
    /// properties alike.
    /// </summary>
    public static class PrivacyDatabase
    {
        /// <summary>
        /// What the package covers in this model and what it cannot reach: call it at start-up or in a test, and fail on
        /// <see cref="PrivacyModelReport.Problems"/> if you want none left.
        /// </summary>
        public static PrivacyModelReport CheckPrivacyModel(this DbContext db)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            var model = PrivacyModel.Of(db);
            var entities = model.Entities.Select(p => new PrivacyModelEntity(p.Name, p.SubjectKey?.Name, p.Columns.Select(c => c.Name).ToList(),
                p.Columns.Where(c => c.Protection is not null).Select(c => c.Name + ": " + c.Protection!.Value.Reason).ToList(),
                p.Anchors.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + " = " + a.Value.Describe()).ToList())).ToList();
            return new PrivacyModelReport(entities, model.Problems, model.NotStored);
        }

        /// <summary>
        /// Finds every row about <paramref name="subject"/> (the entities whose subject key is a <typeparamref name="TKey"/>,
        /// then the rows linked to theirs) and exports its personal data in the register's words, with purposes, legal
        /// basis and retention, and how each row was found.
        /// </summary>
        /// <exception cref="ArgumentException">No entity of the model has a subject key of type <typeparamref name="TKey"/>.</exception>
        /// <exception cref="SubjectNotFoundException">No row is about the subject.</exception>
        public static async Task<SubjectExport> ExportSubjectAsync<TKey>(this DbContext db, TKey subject, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            var model = PrivacyModel.Of(db);
            var tracked = new HashSet<object>(db.ChangeTracker.Entries().Select(e => e.Entity), ReferenceEqualityComparer.Instance);
            var rows = await SubjectRows.FindAsync(db, model, subject, cancellationToken).ConfigureAwait(false);
            try
            {
                if (rows.Count == 0) throw NotFound(subject, model);
                var key = model.Entities.First(e => e.SubjectKey is not null && e.SubjectKeyType == (Nullable.GetUnderlyingType(typeof(TKey)) ?? typeof(TKey))).SubjectKey!;
                return new SubjectExport(subject, rows.Select(SubjectRights.Export).ToList(), Searched(model), model.Problems) { StoredSubject = SubjectRights.StoredValue(key, subject) };
            }
            finally
            {
                // Only what this call brought into the context leaves it: the caller's own tracked rows stay.
                foreach (var row in rows)
                {
                    if (!tracked.Contains(row.Entity)) row.Entry.State = EntityState.Detached;
                }
            }
        }

        /// <summary>
        /// Erases <paramref name="subject"/>'s personal data across the model on <paramref name="asOf"/> (Art. 17), keeping
        /// what a hold still needs (a legal obligation, a running contract, an archive phase) and what the database needs
        /// to keep a row (its keys and links), in one transaction: all rows or none.
        /// </summary>
        /// <exception cref="ArgumentException">No entity of the model has a subject key of type <typeparamref name="TKey"/>.</exception>
        /// <exception cref="SubjectNotFoundException">No row is about the subject: nothing changed.</exception>
        /// <exception cref="ErasureConflictException">A row changed since it was read, or the database refused a change: nothing changed.</exception>
        public static async Task<SubjectErasureReport> EraseSubjectAsync<TKey>(this DbContext db, TKey subject, DateTime asOf, ErasureOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            options ??= new ErasureOptions();
            var model = PrivacyModel.Of(db);
            using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var rows = await SubjectRows.FindAsync(db, model, subject, cancellationToken).ConfigureAwait(false);
            if (rows.Count == 0) throw NotFound(subject, model);
            var (outcomes, deleted, changed) = await SubjectRights.EraseAsync(db, rows, asOf, options.Events, cancellationToken).ConfigureAwait(false);
            var report = new SubjectErasureReport(subject, outcomes, deleted, options.DryRun, model.Problems);
            if (options.DryRun)
            {
                Undo(rows, changed);
                return report;
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction!.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException e)
            {
                Undo(rows, changed);
                throw new ErasureConflictException("A row about subject '" + subject + "' changed since it was read (" + Names(e.Entries) + "): nothing was erased. Retry the request.", e);
            }
            catch (DbUpdateException e)
            {
                Undo(rows, changed);
                throw new ErasureConflictException("The database refused the erasure of subject '" + subject + "' (" + Names(e.Entries) + ": " + (e.InnerException?.Message ?? e.Message) + "): nothing was erased.", e);
            }
            return report;
        }

        /// <summary>
        /// Runs the retention rules on <paramref name="asOf"/> for every annotated entity: one set-based statement per
        /// entity, owned collection, phase and rule (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, no entity loaded), all in one
        /// transaction. With <see cref="PurgeOptions.DryRun"/>, counts the same statements' rows and changes nothing. A row
        /// another transaction holds locked is waited for, up to the context's command timeout.
        /// </summary>
        /// <exception cref="PurgeFailedException">The database stopped a statement (a lock held past the command timeout): nothing was changed.</exception>
        public static async Task<PurgeReport> PurgeAsync(this DbContext db, DateTime asOf, PurgeOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            options ??= new PurgeOptions();
            var model = PrivacyModel.Of(db);
            var steps = new List<PurgeStep>();
            var skipped = new List<string>();
            Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? transaction = null;
            try
            {
                if (!options.DryRun) transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is System.Data.Common.DbException || e.InnerException is System.Data.Common.DbException)
            {
                throw new PurgeFailedException("The database refused to start the purge (" + e.Message + "): nothing was changed.", e);
            }
            using var owned = transaction;
            foreach (var root in model.Entities.Select(p => p.EntityType.GetRootType()).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                foreach (var step in PurgePlanner.Plan(db, model, root, asOf.Date, skipped))
                {
                    int rows;
                    try
                    {
                        rows = await step.RunAsync(options.DryRun, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is System.Data.Common.DbException || e.InnerException is System.Data.Common.DbException)
                    {
                        // A lock held past the command timeout, a constraint: the whole run is rolled back, never partly applied.
                        throw new PurgeFailedException("The database stopped the purge at " + step.Entity + " " + step.Phase.ToString().ToLowerInvariant() + " " +
                            string.Join(", ", step.Members) + " (" + e.Message + "): nothing was changed.", e);
                    }
                    var done = new PurgeStep(step.Entity, step.Phase, step.Members, step.Rule, rows);
                    steps.Add(done);
                    options.AfterStep?.Invoke(done);
                }
            }
            if (transaction is not null) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new PurgeReport(asOf.Date, options.DryRun, steps, skipped.Concat(model.Problems).ToList());
        }

        private static void Undo(List<SubjectRow> rows, List<PropertyEntry> changed)
        {
            foreach (var value in changed)
            {
                value.CurrentValue = value.OriginalValue;
                value.IsModified = false;
            }
            foreach (var row in rows)
            {
                if (row.Entry.State == EntityState.Deleted) row.Entry.State = EntityState.Unchanged;
            }
        }

        private static string Names(IReadOnlyList<EntityEntry> entries) =>
            entries.Count == 0 ? "no row named" : string.Join(", ", entries.Select(e => e.Metadata.ClrType.Name + " " + SubjectRow.KeyText(e)));

        private static IReadOnlyList<string> Searched(PrivacyModel model) => model.Entities.Select(e => e.Name).ToList();

        private static SubjectNotFoundException NotFound(object? subject, PrivacyModel model) =>
            new SubjectNotFoundException("No row is about subject '" + subject + "' (searched " +
                string.Join(", ", model.Entities.Where(e => e.SubjectKey is not null).Select(e => e.Name + "." + e.SubjectKey!.Name)) + "); nothing was exported or changed.");
    }
}
