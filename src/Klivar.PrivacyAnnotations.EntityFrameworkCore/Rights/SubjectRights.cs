using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    // Export and erasure of the rows SubjectRows found, through EF Core's own access to each column: private setters,
    // backing fields, shadow, owned and complex properties are written as EF writes them when it loads a row.
    internal static class SubjectRights
    {
        public static ExportedRecord Export(SubjectRow row)
        {
            var labels = new RegisterLabels();
            var record = row.Plan.RecordProperties
                .Select(p => new KeyValuePair<string, object?>(labels.Humanize(p.Name), row.Entry.Property(p.Name).CurrentValue))
                .ToList();
            var members = new List<ExportedMember>();
            foreach (var column in row.Columns)
            {
                var uses = column.Member.Uses.Select(u => Use(column.Table, u)).ToList();
                // An owned collection's rows are told apart by their place in it, in words: "Street (previous addresses 2)".
                var collection = column.Path.OfType<INavigation>().FirstOrDefault(n => n.IsCollection);
                foreach (var (_, value, _, position) in SubjectRows.ValuesOf(row.Entry, column))
                {
                    if (value.CurrentValue is null) continue;
                    var label = collection is not null && position is { } at ? column.Label + " (" + labels.Humanize(collection.Name).ToLowerInvariant() + " " + (at + 1) + ")" : column.Label;
                    members.Add(new ExportedMember(label, StoredValue(column.Property, value.CurrentValue), column.Member.Category, uses));
                }
            }
            return new ExportedRecord(row.Entity.GetType().FullName!.Replace('+', '.'), row.Plan.DataSet, row.FoundBy, record, members);
        }

        // A value object the model stores through a value converter (an e-mail record kept as its text) is exported as the
        // value stored, never as its C# ToString() ("EmailAddress { Value = ... }"); plain values keep their own type.
        internal static object? StoredValue(IProperty property, object? value)
        {
            if (value is null || value is string or decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid or byte[] || value.GetType().IsPrimitive || value is Enum) return value;
            var converter = property.GetValueConverter() ?? property.FindTypeMapping()?.Converter;
            return converter is null ? value : converter.ConvertToProvider(value);
        }

        private static ExportedUse Use(PrivacyTypeMetadata table, PersonalDataUse use)
        {
            var activity = table.Type is { } type && PrivacyTypes.RegisterOf(type) is { } register
                ? register.Activities.FirstOrDefault(a => a.Id == use.PurposeId)
                : null;
            LegalBasis? basis = activity?.LegalBasis is { } text && Enum.TryParse<LegalBasis>(text, out var parsed) ? parsed : null;
            return new ExportedUse(use.PurposeId, activity?.Name, basis, use.RetentionText);
        }

        /// <summary>
        /// Sets every personal column of the rows to its erased value unless a hold keeps it; then deletes the rows whose
        /// entity asks for it, when nothing of them and of the rows that refer to them is kept. Changes the tracked
        /// entries only: the caller saves or undoes them.
        /// </summary>
        public static async Task<(List<ErasureOutcome> Outcomes, List<string> Deleted, List<PropertyEntry> Changed)> EraseAsync(
            DbContext db, List<SubjectRow> rows, DateTime asOf, IReadOnlyDictionary<string, DateTime>? events, CancellationToken cancellationToken)
        {
            var outcomes = new List<ErasureOutcome>();
            var changed = new List<PropertyEntry>();
            var keptRows = new HashSet<SubjectRow>();
            var results = new List<(SubjectRow Row, List<string> Erased, List<KeptMember> Kept)>();
            var dates = new AnchorDates(db, asOf, events);
            foreach (var row in rows)
            {
                var erased = new List<string>();
                var kept = new List<KeptMember>();
                var anchors = await dates.OfAsync(row, cancellationToken).ConfigureAwait(false);
                // A column no erased value fits (a unique value object) goes with its row: where the entity deletes erased
                // rows, it does not keep the row by itself, unless a hold of its own still applies.
                var deletes = row.Plans.Any(p => p.DeleteWhenErased);
                var computed = new List<string>();
                foreach (var column in row.Columns)
                {
                    foreach (var (name, value, owner, _) in SubjectRows.ValuesOf(row.Entry, column))
                    {
                        // The database computes it from other columns: never written, it follows them (below).
                        if (column.IsComputed)
                        {
                            if (value.CurrentValue is not null) computed.Add(name);
                            continue;
                        }
                        var erasedValue = column.Protection is null ? column.ErasedValue(SubjectRow.KeyText(owner)) : null;
                        if (value.CurrentValue is null || (column.Protection is null && Equals(value.CurrentValue, erasedValue))) continue;
                        if (column.Protection is { } protection)
                        {
                            if (deletes && protection.Hold == ErasureHold.CannotErase && column.Table.FindHold(column.Member, anchors, asOf) is { } held)
                                kept.Add(new KeptMember(name, held.Hold, held.PurposeId, held.Until, held.Reason));
                            else
                                kept.Add(new KeptMember(name, protection.Hold, null, null, protection.Reason));
                            continue;
                        }
                        if (column.Table.FindHold(column.Member, anchors, asOf) is { } hold)
                        {
                            kept.Add(new KeptMember(name, hold.Hold, hold.PurposeId, hold.Until, hold.Reason));
                            continue;
                        }
                        value.CurrentValue = erasedValue;
                        changed.Add(value);
                        erased.Add(name);
                    }
                }
                // A computed column holds what its sources hold: erased with them, kept while any of them is.
                var keptData = kept.Where(k => k.Hold is not (ErasureHold.RowKey or ErasureHold.Link)).ToList();
                foreach (var name in computed)
                {
                    if (keptData.Count == 0) erased.Add(name);
                    else kept.Add(new KeptMember(name, keptData[0].Hold, keptData[0].PurposeId, keptData[0].Until,
                        "computed by the database from the row's other columns, some of them kept (" + string.Join(", ", keptData.Select(k => k.Member)) + ")"));
                }
                if (erased.Count > 0) BumpConcurrencyTokens(row.Entry, changed);
                if (kept.Any(k => k.Hold is not (ErasureHold.RowKey or ErasureHold.Link) && !(deletes && k.Hold == ErasureHold.CannotErase))) keptRows.Add(row);
                results.Add((row, erased, kept));
            }

            // A row is deleted only when nothing of it is kept and no kept row refers to it: a held invoice keeps its
            // customer's row (erased in place), and deletion never orphans or cascades into what the law keeps.
            var deleted = new List<string>();
            for (var i = results.Count - 1; i >= 0; i--)
            {
                var (row, erased, kept) = results[i];
                var blocked = keptRows.Contains(row) || rows.Any(r => r.Parent == row && keptRows.Contains(r));
                if (blocked)
                {
                    for (var p = row.Parent; p is not null; p = p.Parent) keptRows.Add(p);
                }
                if (!blocked && row.Plans.Any(p => p.DeleteWhenErased))
                {
                    row.Entry.State = EntityState.Deleted;
                    erased.AddRange(kept.Select(k => k.Member));
                    kept.Clear();
                    deleted.Add(row.Plan.Name + " (" + row.FoundBy + ")" + await CascadesAsync(db, row, cancellationToken).ConfigureAwait(false));
                }
                outcomes.Insert(0, new ErasureOutcome(row.Entity.GetType().FullName!.Replace('+', '.'), row.Entity, erased, kept));
            }
            return (outcomes, deleted, changed);
        }

        // The rows the database deletes with this one (a cascading foreign key): said in the report, so no deletion goes
        // unmentioned.
        private static async Task<string> CascadesAsync(DbContext db, SubjectRow row, CancellationToken cancellationToken)
        {
            var parts = new List<string>();
            foreach (var (key, dependent) in row.Plans.SelectMany(p => p.Dependents))
            {
                if (key.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.ClientCascade)) continue;
                if (row.Entry.Property(key.PrincipalKey.Properties[0].Name).CurrentValue is not { } value) continue;
                var count = await dependent.Ops.CountWhereAsync(db, key.Properties[0], value, cancellationToken).ConfigureAwait(false);
                if (count > 0) parts.Add(count + " " + dependent.Name + (count == 1 ? " row" : " rows"));
            }
            return parts.Count == 0 ? "" : ", and with it by the model's cascade: " + string.Join(", ", parts);
        }

        // A version the application keeps itself (an int it increments, a Guid it renews) moves on with the erasure, so a
        // copy of the row the application read before it cannot be saved over the erased values: that save fails with
        // EF's concurrency error instead of writing the person's data back. Versions the database keeps move by themselves.
        private static void BumpConcurrencyTokens(EntityEntry entry, List<PropertyEntry> changed)
        {
            foreach (var property in entry.Metadata.GetProperties())
            {
                if (!property.IsConcurrencyToken || property.ValueGenerated != Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never) continue;
                var value = entry.Property(property.Name);
                object? next = value.CurrentValue switch
                {
                    int i => i + 1,
                    long l => l + 1,
                    short s => (short)(s + 1),
                    Guid => Guid.NewGuid(),
                    _ => null,
                };
                if (next is null) continue;
                value.CurrentValue = next;
                changed.Add(value);
            }
        }

        // A row's retention dates, each row's and each principal's read once per request: a person's thousand orders
        // share their buyer's contract end, and the rows found through a parent share the parent's dates.
        private sealed class AnchorDates(DbContext db, DateTime asOf, IReadOnlyDictionary<string, DateTime>? events)
        {
            private readonly Dictionary<SubjectRow, RetentionAnchors> _rows = new Dictionary<SubjectRow, RetentionAnchors>();
            private readonly Dictionary<(IForeignKey Key, object Link), object?> _principals = new Dictionary<(IForeignKey, object), object?>();

            // The row's collection date (the request's day without a column: no hold ends earlier than it should), then
            // each event: the request's date for it, else the row's column, else its principal's, else the date the row
            // it was found through has for it.
            public async Task<RetentionAnchors> OfAsync(SubjectRow row, CancellationToken cancellationToken)
            {
                if (_rows.TryGetValue(row, out var known)) return known;
                var sources = new Dictionary<string, AnchorSource>(StringComparer.Ordinal);
                foreach (var plan in row.Plans)
                {
                    foreach (var anchor in plan.Anchors) sources[anchor.Key] = anchor.Value;
                }
                DateTime? collected = null;
                if (events is not null && events.TryGetValue(RetentionAnchors.CollectionEvent, out var given)) collected = given;
                else if (sources.TryGetValue(RetentionAnchors.CollectionEvent, out var source)) collected = await DateOfAsync(row, source, cancellationToken).ConfigureAwait(false);
                var anchors = new RetentionAnchors(collected ?? asOf);
                foreach (var anchor in sources)
                {
                    if (anchor.Key == RetentionAnchors.CollectionEvent || (events?.ContainsKey(anchor.Key) ?? false)) continue;
                    anchors = anchors.With(anchor.Key, await DateOfAsync(row, anchor.Value, cancellationToken).ConfigureAwait(false));
                }
                if (events is not null)
                {
                    foreach (var e in events)
                    {
                        if (e.Key != RetentionAnchors.CollectionEvent) anchors = anchors.With(e.Key, e.Value);
                    }
                }
                // An event the row keeps no date of is the person's: the row it was found through dates it (a review's
                // contract ends with its member's).
                if (row.Parent is { } parent)
                {
                    var needed = row.Columns.SelectMany(c => c.Member.Uses).Select(u => u.Retention).Where(p => p is not null)
                        .SelectMany(p => new[] { p!.Anchor, p.EndingEvent }).Where(e => e is not null && e != RetentionAnchors.CollectionEvent && !anchors.TryGet(e, out _)).Distinct().ToList();
                    if (needed.Count > 0)
                    {
                        var inherited = await OfAsync(parent, cancellationToken).ConfigureAwait(false);
                        foreach (var e in needed)
                        {
                            if (inherited.TryGet(e, out var day)) anchors = anchors.With(e!, day);
                        }
                    }
                }
                _rows.Add(row, anchors);
                return anchors;
            }

            private async Task<DateTime?> DateOfAsync(SubjectRow row, AnchorSource source, CancellationToken cancellationToken)
            {
                if (source.Through is not { } key) return row.Entry.Property(source.Column.Name).CurrentValue as DateTime?;
                var link = row.Entry.Property(key.Properties[0].Name).CurrentValue;
                if (link is null) return null;
                if (!_principals.TryGetValue((key, link), out var principal))
                {
                    var found = await EntityOps.For(key.PrincipalEntityType.ClrType).WhereInAsync(db, key.PrincipalKey.Properties[0], new[] { link }, cancellationToken).ConfigureAwait(false);
                    principal = found.Count == 0 ? null : found[0];
                    _principals.Add((key, link), principal);
                }
                return principal is null ? null : db.Entry(principal).Property(source.Column.Name).CurrentValue as DateTime?;
            }
        }
    }
}
