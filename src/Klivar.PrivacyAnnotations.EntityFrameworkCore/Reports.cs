using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>One subject's data across the model: the answer to an access (Art. 15) or portability (Art. 20) request.</summary>
    public sealed class SubjectExport
    {
        internal SubjectExport(object? subject, IReadOnlyList<ExportedRecord> items, IReadOnlyList<string> searched, IReadOnlyList<string> notCovered)
        {
            Subject = subject;
            Items = items;
            Searched = searched;
            NotCovered = notCovered;
        }

        /// <summary>The subject's key, as the request named it.</summary>
        public object? Subject { get; }

        // The key as the database stores it (a value object's text), for the JSON the person reads.
        internal object? StoredSubject { get; init; }

        /// <summary>One record per row found: the rows the key finds first, then those linked to them.</summary>
        public IReadOnlyList<ExportedRecord> Items { get; }

        /// <summary>The entities of the model that hold personal data.</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>What the package cannot reach in this model (<see cref="PrivacyDatabase.CheckPrivacyModel"/>): data there is not in this export.</summary>
        public IReadOnlyList<string> NotCovered { get; }

        /// <summary>The whole answer as one JSON document (see docs/rights.md for its shape).</summary>
        public string ToJson() => ExportJson.Write(this);
    }

    /// <summary>One row about the subject, as the person reads it: the data set, how it was found, what identifies it, and its personal data.</summary>
    public sealed class ExportedRecord
    {
        internal ExportedRecord(string typeName, string dataSet, string foundBy, IReadOnlyList<KeyValuePair<string, object?>> record, IReadOnlyList<ExportedMember> members)
        {
            TypeName = typeName;
            DataSet = dataSet;
            FoundBy = foundBy;
            Record = record;
            Members = members;
        }

        /// <summary>The entity's CLR type, full name.</summary>
        public string TypeName { get; }

        /// <summary>The data set in the register's words ("Customer file").</summary>
        public string DataSet { get; }

        /// <summary>How the row was found: by the subject key, or through a link to a row found before.</summary>
        public string FoundBy { get; }

        /// <summary>What makes the row recognisable (its key, dates, amounts, states), in words: an order's number and date.</summary>
        public IReadOnlyList<KeyValuePair<string, object?>> Record { get; }

        /// <summary>The personal data the row holds, each item by its register label; columns that hold nothing are left out.</summary>
        public IReadOnlyList<ExportedMember> Members { get; }
    }

    /// <summary>How an erasure request runs.</summary>
    public sealed class ErasureOptions
    {
        /// <summary>
        /// Event dates that come with the request (<c>consent-withdrawn</c> today, the <c>contract</c>'s end), by event
        /// name: they apply to every row and win over the rows' own columns.
        /// </summary>
        public IReadOnlyDictionary<string, DateTime>? Events { get; set; }

        /// <summary>Report what the erasure would do, and change nothing.</summary>
        public bool DryRun { get; set; }
    }

    /// <summary>What an erasure request did across the model, committed in one transaction.</summary>
    public sealed class SubjectErasureReport
    {
        internal SubjectErasureReport(object? subject, IReadOnlyList<ErasureOutcome> outcomes, IReadOnlyList<string> deleted, bool dryRun, IReadOnlyList<string> notCovered)
        {
            Subject = subject;
            Outcomes = outcomes;
            DeletedRows = deleted;
            DryRun = dryRun;
            NotCovered = notCovered;
        }

        /// <summary>The subject's key.</summary>
        public object? Subject { get; }

        /// <summary>One outcome per row: columns erased, columns kept with their reason and until-date.</summary>
        public IReadOnlyList<ErasureOutcome> Outcomes { get; }

        /// <summary>The rows deleted (entities marked <c>DeleteRowsWhenErased</c> with nothing kept), with how each was found.</summary>
        public IReadOnlyList<string> DeletedRows { get; }

        /// <summary>Nothing was changed: the outcomes say what the erasure would do.</summary>
        public bool DryRun { get; }

        /// <summary>What the package cannot reach in this model (<see cref="PrivacyDatabase.CheckPrivacyModel"/>): never erased silently.</summary>
        public IReadOnlyList<string> NotCovered { get; }

        /// <summary>Every personal column of every row was erased.</summary>
        public bool IsComplete => Outcomes.All(o => o.IsComplete);

        /// <inheritdoc />
        public override string ToString() => string.Join(Environment.NewLine, Outcomes.Select(o => o.ToString()).Concat(DeletedRows.Select(d => "deleted " + d)));
    }

    /// <summary>An erasure could not be written (a row changed since it was read, a constraint refused a value): nothing was changed.</summary>
    public sealed class ErasureConflictException : InvalidOperationException
    {
        internal ErasureConflictException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    /// <summary>The database stopped a purge (a lock held past the command timeout, a constraint): the run was rolled back, nothing was changed.</summary>
    public sealed class PurgeFailedException : InvalidOperationException
    {
        internal PurgeFailedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    /// <summary>What <see cref="PrivacyDatabase.CheckPrivacyModel"/> found: the entities covered and what is out of reach.</summary>
    public sealed class PrivacyModelReport
    {
        internal PrivacyModelReport(IReadOnlyList<PrivacyModelEntity> entities, IReadOnlyList<string> problems, IReadOnlyList<string> notStored)
        {
            Entities = entities;
            Problems = problems;
            NotStored = notStored;
        }

        /// <summary>The entities that hold personal data or a subject key.</summary>
        public IReadOnlyList<PrivacyModelEntity> Entities { get; }

        /// <summary>What export, erasure or purge cannot reach or date, in words; empty when everything is covered.</summary>
        public IReadOnlyList<string> Problems { get; }

        /// <summary>Personal members of annotated types that no column stores (computed, ignored): nothing to export or erase.</summary>
        public IReadOnlyList<string> NotStored { get; }

        /// <inheritdoc />
        public override string ToString() =>
            string.Join(Environment.NewLine, Entities.Select(e => e.ToString()).Concat(Problems.Select(p => "problem: " + p)).Concat(NotStored.Select(n => "not stored: " + n)));
    }

    /// <summary>One entity as the rights and the purge see it.</summary>
    public sealed class PrivacyModelEntity
    {
        internal PrivacyModelEntity(string name, string? subjectKey, IReadOnlyList<string> personalColumns, IReadOnlyList<string> protectedColumns, IReadOnlyList<string> anchors)
        {
            Name = name;
            SubjectKey = subjectKey;
            PersonalColumns = personalColumns;
            ProtectedColumns = protectedColumns;
            Anchors = anchors;
        }

        /// <summary>The entity type's name.</summary>
        public string Name { get; }

        /// <summary>Its <c>[DataSubjectKey]</c> column; null when its rows are found through links only.</summary>
        public string? SubjectKey { get; }

        /// <summary>Its personal columns, owned and complex ones by their path (<c>Address.Street</c>).</summary>
        public IReadOnlyList<string> PersonalColumns { get; }

        /// <summary>Personal columns never overwritten (keys, links, no erased value), with the reason: they go with the row.</summary>
        public IReadOnlyList<string> ProtectedColumns { get; }

        /// <summary>Its retention events and where each date is read.</summary>
        public IReadOnlyList<string> Anchors { get; }

        /// <inheritdoc />
        public override string ToString() => Name + (SubjectKey is null ? "" : " (subject key " + SubjectKey + ")") + ": " + string.Join(", ", PersonalColumns);
    }

    /// <summary>What one set-based statement of a purge does.</summary>
    public enum PurgePhase
    {
        /// <summary>Rows entering their archive phase get the run's date in their archive marker.</summary>
        Archive,
        /// <summary>Members due for erasure are set to their erased value (<c>ExecuteUpdate</c>).</summary>
        Erase,
        /// <summary>Rows whose every personal member is due are deleted (<c>ExecuteDelete</c>).</summary>
        Delete,
    }

    /// <summary>One statement of a purge: an entity, a phase, the members it touches, and the rows (counted in a dry run).</summary>
    public sealed class PurgeStep
    {
        internal PurgeStep(string entity, PurgePhase phase, IReadOnlyList<string> members, string rule, int rows)
        {
            Entity = entity;
            Phase = phase;
            Members = members;
            Rule = rule;
            Rows = rows;
        }

        /// <summary>The entity type's name.</summary>
        public string Entity { get; }

        /// <summary>Archive, erase or delete.</summary>
        public PurgePhase Phase { get; }

        /// <summary>The members the statement sets (the archive marker for <see cref="PurgePhase.Archive"/>).</summary>
        public IReadOnlyList<string> Members { get; }

        /// <summary>The condition in words: which anchor column on or before which date.</summary>
        public string Rule { get; }

        /// <summary>The rows changed, or in a dry run the rows that would be.</summary>
        public int Rows { get; }

        /// <inheritdoc />
        public override string ToString() => Entity + " " + Phase.ToString().ToLowerInvariant() + " " + string.Join(", ", Members) + " where " + Rule + ": " + Rows + " rows";
    }

    /// <summary>What a purge run did (or, in a dry run, would do).</summary>
    public sealed class PurgeReport
    {
        internal PurgeReport(DateTime asOf, bool dryRun, IReadOnlyList<PurgeStep> steps, IReadOnlyList<string> skipped)
        {
            AsOf = asOf;
            DryRun = dryRun;
            Steps = steps;
            Skipped = skipped;
        }

        /// <summary>The day of the run.</summary>
        public DateTime AsOf { get; }

        /// <summary>Nothing was changed: <see cref="PurgeStep.Rows"/> are counts.</summary>
        public bool DryRun { get; }

        /// <summary>The statements, in the order they ran.</summary>
        public IReadOnlyList<PurgeStep> Steps { get; }

        /// <summary>
        /// Columns or entities the purge could not handle, and why (no anchor column, no readable rule, a key that goes
        /// only with its row), then what the model check found out of reach: never silently kept.
        /// </summary>
        public IReadOnlyList<string> Skipped { get; }

        /// <summary>The rows touched by all statements.</summary>
        public int TotalRows => Steps.Sum(s => s.Rows);
    }

    /// <summary>How a purge runs.</summary>
    public sealed class PurgeOptions
    {
        /// <summary>Count the rows each statement would change, and change nothing.</summary>
        public bool DryRun { get; set; }

        /// <summary>Called after each statement, inside the transaction (an exception thrown here rolls the whole run back).</summary>
        public Action<PurgeStep>? AfterStep { get; set; }
    }

    /// <summary>No row of the model is about the requested subject: nothing was exported or changed.</summary>
    public sealed class SubjectNotFoundException : KeyNotFoundException
    {
        internal SubjectNotFoundException(string message) : base(message)
        {
        }
    }
}
