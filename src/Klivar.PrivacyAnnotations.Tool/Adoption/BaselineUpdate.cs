using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>
    /// What <c>klivar-privacy baseline</c> writes. A first run accepts every finding. After that the file only shrinks:
    /// a line whose member is no longer reported goes, a line still reported stays as it is, and a new finding is left
    /// out (it must fail the build) unless the team asks to accept it. Lines of assemblies the run did not analyse stay.
    /// </summary>
    internal sealed class BaselineUpdate
    {
        private BaselineUpdate(List<BaselineEntry> entries, List<BaselineEntry> removed, List<Finding> added, List<Finding> leftOut)
        {
            Entries = entries;
            Removed = removed;
            Added = added;
            LeftOut = leftOut;
        }

        /// <summary>The lines to write.</summary>
        public IReadOnlyList<BaselineEntry> Entries { get; }
        /// <summary>Lines of the old file whose member is declared or gone.</summary>
        public IReadOnlyList<BaselineEntry> Removed { get; }
        /// <summary>Findings written as new lines.</summary>
        public IReadOnlyList<Finding> Added { get; }
        /// <summary>New findings not written (the file existed and accepting new ones was not asked for).</summary>
        public IReadOnlyList<Finding> LeftOut { get; }

        public static BaselineUpdate Compute(PrivacyBaseline? existing, IReadOnlyList<Finding> findings, IReadOnlyCollection<string> analysedAssemblies, bool acceptNew)
        {
            var entries = new List<BaselineEntry>();
            var removed = new List<BaselineEntry>();
            var added = new List<Finding>();
            var leftOut = new List<Finding>();
            var current = new HashSet<string>(findings.Select(f => Key(f.Assembly, f.Type, f.Member)), StringComparer.Ordinal);
            var analysed = new HashSet<string>(analysedAssemblies, StringComparer.Ordinal);

            if (existing is not null)
            {
                foreach (var entry in existing.Entries)
                {
                    if (!analysed.Contains(entry.Assembly) || current.Contains(Key(entry.Assembly, entry.Type, entry.Member))) entries.Add(entry);
                    else removed.Add(entry);
                }
            }
            foreach (var finding in findings)
            {
                if (existing is not null && existing.Contains(finding.Assembly, finding.Type, finding.Member)) continue;
                if (existing is null || acceptNew)
                {
                    entries.Add(finding.ToEntry());
                    added.Add(finding);
                }
                else leftOut.Add(finding);
            }
            return new BaselineUpdate(entries, removed, added, leftOut);
        }

        private static string Key(string assembly, string type, string member) => assembly + " " + type + " " + member;
    }
}
