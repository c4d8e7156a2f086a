using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>
    /// Data-subject rights and retention on an EF Core model, driven by the generated privacy tables: every entity type
    /// whose CLR type has a table takes part; its <c>[DataSubjectKey]</c> member finds a subject's rows, and the columns
    /// declared with <see cref="PrivacyModelBuilderExtensions.HasRetentionAnchor{T}(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder{T}, string, System.Linq.Expressions.Expression{Func{T, DateTime?}})"/>
    /// give each row's retention dates.
    /// </summary>
    public static class PrivacyDatabase
    {
        /// <summary>
        /// Finds every row about <paramref name="subject"/> across the model (each entity whose subject key is a
        /// <typeparamref name="TKey"/>) and exports its personal data with purposes, legal basis and retention.
        /// </summary>
        /// <exception cref="ArgumentException">No entity of the model has a subject key of type <typeparamref name="TKey"/>.</exception>
        /// <exception cref="SubjectNotFoundException">No row is about the subject.</exception>
        public static async Task<SubjectExport> ExportSubjectAsync<TKey>(this DbContext db, TKey subject, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            var entities = Keyed<TKey>(db);
            var items = new List<PersonalDataExport>();
            foreach (var entity in entities)
            {
                foreach (var row in await entity.Ops.FindAsync(db, entity, subject!, tracked: false, cancellationToken).ConfigureAwait(false))
                    items.Add(entity.Table.Export(row));
            }
            if (items.Count == 0) throw NotFound(subject, entities);
            return new SubjectExport(subject, items, entities.Select(e => e.Name).ToList());
        }

        /// <summary>
        /// Erases <paramref name="subject"/>'s personal data across the model on <paramref name="asOf"/> (Art. 17), keeping
        /// what a legal obligation or a running contract still needs, in one transaction: all rows or none.
        /// </summary>
        /// <exception cref="ArgumentException">No entity of the model has a subject key of type <typeparamref name="TKey"/>.</exception>
        /// <exception cref="SubjectNotFoundException">No row is about the subject: nothing changed.</exception>
        public static async Task<SubjectErasureReport> EraseSubjectAsync<TKey>(this DbContext db, TKey subject, DateTime asOf, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            var entities = Keyed<TKey>(db);
            using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var outcomes = new List<ErasureOutcome>();
            foreach (var entity in entities)
            {
                foreach (var row in await entity.Ops.FindAsync(db, entity, subject!, tracked: true, cancellationToken).ConfigureAwait(false))
                {
                    var outcome = entity.Table.EraseKeepingRowKeys(row, entity.AnchorsOf(db.Entry(row), asOf), asOf, entity.IsRowKey);
                    // A record or struct is erased into a copy: its values go back into the tracked row.
                    if (!ReferenceEquals(outcome.Instance, row)) db.Entry(row).CurrentValues.SetValues(outcome.Instance);
                    outcomes.Add(outcome);
                }
            }
            if (outcomes.Count == 0) throw NotFound(subject, entities);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new SubjectErasureReport(subject, outcomes);
        }

        /// <summary>
        /// Runs the retention rules on <paramref name="asOf"/> for every annotated entity: one set-based statement per
        /// entity, phase and rule (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>, no entity loaded), all in one transaction.
        /// With <see cref="PurgeOptions.DryRun"/>, counts the rows and changes nothing.
        /// </summary>
        public static async Task<PurgeReport> PurgeAsync(this DbContext db, DateTime asOf, PurgeOptions? options = null, CancellationToken cancellationToken = default)
        {
            if (db is null) throw new ArgumentNullException(nameof(db));
            options ??= new PurgeOptions();
            var steps = new List<PurgeStep>();
            var skipped = new List<string>();
            using var transaction = options.DryRun ? null : await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            foreach (var entity in Entities(db))
            {
                foreach (var step in entity.Plan(asOf.Date, skipped))
                {
                    var rows = await step.RunAsync(db, options.DryRun, cancellationToken).ConfigureAwait(false);
                    var done = new PurgeStep(entity.Name, step.Phase, step.Members, step.Rule, rows);
                    steps.Add(done);
                    options.AfterStep?.Invoke(done);
                }
            }
            if (transaction is not null) await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new PurgeReport(asOf.Date, options.DryRun, steps, skipped);
        }

        /// <summary>The entity types of the model that have a privacy table, in model order.</summary>
        internal static List<PrivacyEntity> Entities(DbContext db)
        {
            var found = new List<PrivacyEntity>();
            foreach (var entityType in db.Model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal))
            {
                if (entityType.IsOwned() || entityType.ClrType is not { IsClass: true } clr) continue;
                if (PrivacyTypes.Find(clr) is { Type: not null } table && table.Type == clr) found.Add(new PrivacyEntity(entityType, table));
            }
            return found;
        }

        private static List<PrivacyEntity> Keyed<TKey>(DbContext db)
        {
            var all = Entities(db).Where(e => e.Table.SubjectKey is not null).ToList();
            var keyed = all.Where(e => e.KeyType == typeof(TKey)).ToList();
            if (keyed.Count == 0)
                throw new ArgumentException("No entity of the model has a subject key of type " + typeof(TKey).Name + "; the subject keys are: "
                    + (all.Count == 0 ? "none ([DataSubjectKey] marks them)" : string.Join(", ", all.Select(e => e.Name + "." + e.Table.SubjectKey!.Name + " (" + e.KeyType.Name + ")"))) + ".");
            return keyed;
        }

        private static SubjectNotFoundException NotFound(object? subject, List<PrivacyEntity> searched) =>
            new SubjectNotFoundException("No row is about subject '" + subject + "' (searched " + string.Join(", ", searched.Select(e => e.Name + "." + e.Table.SubjectKey!.Name)) + "); nothing was exported or changed.");
    }
}
