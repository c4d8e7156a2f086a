using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    /// <summary>One subject's data across the model: the answer to an access (Art. 15) or portability (Art. 20) request.</summary>
    public sealed class SubjectExport
    {
        internal SubjectExport(object? subject, IReadOnlyList<PersonalDataExport> items, IReadOnlyList<string> searched)
        {
            Subject = subject;
            Items = items;
            Searched = searched;
        }

        /// <summary>The subject's key, as the request named it.</summary>
        public object? Subject { get; }

        /// <summary>One export per row found, entity by entity in model order.</summary>
        public IReadOnlyList<PersonalDataExport> Items { get; }

        /// <summary>The entities searched (those whose subject key has the request's key type).</summary>
        public IReadOnlyList<string> Searched { get; }

        /// <summary>The whole answer as one JSON document: <c>{ "subject": ..., "items": [ ... ] }</c>.</summary>
        public string ToJson() => PersonalDataExport.ToJson(Subject, Items);
    }

    /// <summary>What an erasure request did across the model, committed in one transaction.</summary>
    public sealed class SubjectErasureReport
    {
        internal SubjectErasureReport(object? subject, IReadOnlyList<ErasureOutcome> outcomes)
        {
            Subject = subject;
            Outcomes = outcomes;
        }

        /// <summary>The subject's key.</summary>
        public object? Subject { get; }

        /// <summary>One outcome per row: members erased, members kept with their reason and until-date.</summary>
        public IReadOnlyList<ErasureOutcome> Outcomes { get; }

        /// <summary>Every personal member of every row was erased.</summary>
        public bool IsComplete => Outcomes.All(o => o.IsComplete);

        /// <inheritdoc />
        public override string ToString() => string.Join(Environment.NewLine, Outcomes.Select(o => o.ToString()));
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

        /// <summary>Members or entities the purge could not handle, and why (no anchor column, no readable rule...): never silently kept.</summary>
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
