using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The privacy baseline (MSBuild <c>PrivacyBaselineFile</c>, docs/adoption.md): the members that held undeclared
    /// personal data when a code base adopted the package, accepted until someone declares them. One line per member,
    /// <c>assembly type member rule category</c>, sorted, so the file diffs line by line in review and a rerun writes the
    /// same bytes. A member is keyed by its type's metadata name and its own name, never by a line number, so moving code
    /// does not invalidate the file.
    /// </summary>
    internal sealed class PrivacyBaseline
    {
        /// <summary>The file name <c>klivar-privacy baseline</c> writes, and that the analyzers recognise without metadata.</summary>
        public const string FileName = "privacy-baseline.txt";

        /// <summary>
        /// The purpose id under which the register lists the baseline's members: an activity nobody declared, each of
        /// its members marked to confirm.
        /// </summary>
        public const string RegisterPurposeId = "privacy-baseline";

        /// <summary>The name of that activity in the register.</summary>
        public const string RegisterActivityName = "Not yet declared (privacy baseline)";

        /// <summary>The to-confirm note the register gives each member of the baseline.</summary>
        public static string ToConfirmNote(BaselineEntry entry) =>
            "Accepted by the privacy baseline: found by " + entry.Rule + " as " + entry.Category +
            " data and not declared yet; declare its purposes and retention with [PersonalData], or state with [NotPersonalData] why it is not personal data, then remove its line from the baseline";

        private static readonly string[] HeaderLines =
        {
            "# Klivar.PrivacyAnnotations privacy baseline (docs/adoption.md), written by 'klivar-privacy baseline'.",
            "# Members found holding personal data before the package was adopted, accepted until they are declared: the build",
            "# does not fail on them (KPA0001, KPA0012), the register lists them as points to confirm, and KPA0030 reports a line",
            "# whose member has since been declared or removed. Delete lines as members get declared; never add one by hand.",
            "# assembly type member rule category",
        };

        public PrivacyBaseline(IReadOnlyList<BaselineEntry> entries, IReadOnlyList<BaselineError> errors)
        {
            Entries = entries;
            Errors = errors;
        }

        /// <summary>The entries, in file order.</summary>
        public IReadOnlyList<BaselineEntry> Entries { get; }

        /// <summary>Lines that could not be read (the analyzers report them as KPA0031).</summary>
        public IReadOnlyList<BaselineError> Errors { get; }

        /// <summary>Whether the baseline accepts this member of this assembly, whichever rule reports it.</summary>
        public bool Contains(string assembly, string type, string member) => Find(assembly, type, member) is not null;

        /// <summary>The entry for the member, or null.</summary>
        public BaselineEntry? Find(string assembly, string type, string member)
        {
            _index ??= BuildIndex();
            return _index.TryGetValue(Key(assembly, type, member), out var entry) ? entry : null;
        }

        private Dictionary<string, BaselineEntry>? _index;

        private Dictionary<string, BaselineEntry> BuildIndex()
        {
            var index = new Dictionary<string, BaselineEntry>(StringComparer.Ordinal);
            foreach (var entry in Entries)
            {
                var key = Key(entry.Assembly, entry.Type, entry.Member);
                if (!index.ContainsKey(key)) index.Add(key, entry);
            }
            return index;
        }

        private static string Key(string assembly, string type, string member) => assembly + " " + type + " " + member;

        /// <summary>Reads the file's text. Never throws: what it cannot read is in <see cref="Errors"/>.</summary>
        public static PrivacyBaseline Parse(string text)
        {
            var entries = new List<BaselineEntry>();
            var errors = new List<BaselineError>();
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].TrimEnd('\r').Trim();
                if (line.Length == 0 || line[0] == '#') continue;
                var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length != 5)
                {
                    errors.Add(new BaselineError(i, "expected 5 fields (assembly type member rule category), found " + parts.Length));
                    continue;
                }
                if (parts[3] != "KPA0001" && parts[3] != "KPA0012")
                {
                    errors.Add(new BaselineError(i, "'" + parts[3] + "' is not a rule the baseline accepts (KPA0001 or KPA0012)"));
                    continue;
                }
                if (!IsCategoryName(parts[4]))
                {
                    errors.Add(new BaselineError(i, "'" + parts[4] + "' is not a DataCategory name"));
                    continue;
                }
                entries.Add(new BaselineEntry(parts[0], parts[1], parts[2], parts[3], parts[4], i));
            }
            return new PrivacyBaseline(entries, errors);
        }

        private static bool IsCategoryName(string name) =>
            name.Length > 0 && char.IsLetter(name[0]) && Enum.TryParse<DataCategory>(name, ignoreCase: false, out var category) && DataCategoryFacts.IsDefined(category);

        /// <summary>
        /// The file's text: the header, then one line per member (the first entry of a member wins), sorted by assembly,
        /// type, member and rule in ordinal order, with '\n' line ends: the same entries always give the same bytes.
        /// </summary>
        public static string Write(IEnumerable<BaselineEntry> entries)
        {
            var text = new StringBuilder();
            foreach (var line in HeaderLines) text.Append(line).Append('\n');
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries.OrderBy(e => e, Comparer))
            {
                if (!seen.Add(Key(entry.Assembly, entry.Type, entry.Member))) continue;
                text.Append(entry.Assembly).Append(' ').Append(entry.Type).Append(' ').Append(entry.Member).Append(' ')
                    .Append(entry.Rule).Append(' ').Append(entry.Category).Append('\n');
            }
            return text.ToString();
        }

        /// <summary>The file's order: assembly, type, member, rule, category, each ordinal.</summary>
        public static readonly IComparer<BaselineEntry> Comparer = Comparer<BaselineEntry>.Create((a, b) =>
        {
            var c = string.CompareOrdinal(a.Assembly, b.Assembly);
            if (c == 0) c = string.CompareOrdinal(a.Type, b.Type);
            if (c == 0) c = string.CompareOrdinal(a.Member, b.Member);
            if (c == 0) c = string.CompareOrdinal(a.Rule, b.Rule);
            if (c == 0) c = string.CompareOrdinal(a.Category, b.Category);
            return c;
        });

        /// <summary>
        /// The type as C# writes it, from its metadata name (<c>Shop.Order+Line</c> to <c>Shop.Order.Line</c>,
        /// <c>Shop.Page`1</c> to <c>Shop.Page</c>): how the register names types.
        /// </summary>
        public static string DisplayType(string metadataName)
        {
            var text = new StringBuilder(metadataName.Length);
            var skipping = false;
            foreach (var c in metadataName)
            {
                if (c == '`') { skipping = true; continue; }
                if (skipping && char.IsDigit(c)) continue;
                skipping = false;
                text.Append(c == '+' ? '.' : c);
            }
            return text.ToString();
        }
    }

    /// <summary>One accepted member. <see cref="Line"/> is the zero-based line in the file (0 for an entry not read from one).</summary>
    internal sealed class BaselineEntry
    {
        public BaselineEntry(string assembly, string type, string member, string rule, string category, int line = 0)
        {
            Assembly = assembly;
            Type = type;
            Member = member;
            Rule = rule;
            Category = category;
            Line = line;
        }

        /// <summary>The assembly name: one file can serve every project of a solution.</summary>
        public string Assembly { get; }
        /// <summary>The type's metadata name: namespace, nested types after '+', generic arity after '`'.</summary>
        public string Type { get; }
        /// <summary>The property or field (a record's positional parameter: its property).</summary>
        public string Member { get; }
        /// <summary>The rule that found it: KPA0001 or KPA0012.</summary>
        public string Rule { get; }
        /// <summary>The <see cref="DataCategory"/> name the rule proposed.</summary>
        public string Category { get; }
        public int Line { get; }
    }

    /// <summary>A line the reader could not use: zero-based line, and why.</summary>
    internal sealed class BaselineError
    {
        public BaselineError(int line, string message)
        {
            Line = line;
            Message = message;
        }

        public int Line { get; }
        public string Message { get; }
    }
}
