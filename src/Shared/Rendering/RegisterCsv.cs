using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register as CSV (RFC 4180), one row per activity and data category, with columns after the CNIL register
    /// template, for a DPO's spreadsheet. Every row has the same number of columns, and cells that a spreadsheet would
    /// read as a formula are neutralised.
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class RegisterCsv
    {
        /// <summary>The header row's columns.</summary>
        public static readonly IReadOnlyList<string> Columns = new[]
        {
            "Activity id", "Activity", "Purpose", "Legal basis", "Legitimate interest", "Art. 9 condition",
            "Data subjects", "Data category", "CNIL category", "Sensitive data", "Retention", "Retention rule",
            "Archive period", "Recipients", "Transfers outside the EU", "Security measures", "Fields",
        };

        /// <summary>Renders the register.</summary>
        public static string Write(ProcessingRegister register)
        {
            var csv = new StringBuilder();
            Line(csv, Columns);
            foreach (var a in register.Activities)
            {
                var categories = a.DataCategories.Count > 0 ? a.DataCategories : new[] { "" };
                foreach (var category in categories)
                {
                    var retention = a.Retention.Where(r => r.AppliesTo == category || r.AppliesTo == "*").ToList();
                    var known = TryCategory(category, out var parsed);
                    var isSpecial = known && DataCategoryFacts.IsSensitive(parsed);
                    Line(csv, new[]
                    {
                        a.Id,
                        a.Name,
                        a.Description ?? "",
                        a.LegalBasis ?? "none declared",
                        a.LegitimateInterest ?? "",
                        a.SpecialCategoryCondition ?? "",
                        string.Join("; ", a.DataSubjects),
                        category,
                        known ? DataCategoryFacts.CnilHeading(parsed) : "",
                        isSpecial ? (DataCategoryFacts.Article(parsed) ?? "NIR") : "no",
                        string.Join("; ", retention.Select(r => r.Description).Distinct()),
                        string.Join("; ", retention.Select(r => r.Text ?? "").Distinct()),
                        string.Join("; ", retention.Select(r => r.ArchiveDuration ?? "").Where(d => d.Length > 0).Distinct()),
                        string.Join("; ", a.Recipients),
                        string.Join("; ", a.Transfers.Select(t => t.Recipient + " (" + t.Country + ", " + t.Safeguard + ")")),
                        string.Join("; ", a.SecurityMeasures),
                        string.Join("; ", a.Fields.Where(f => f.Category == category).Select(f => f.Type + "." + f.Member + (f.IsStatic ? " (static)" : ""))),
                    });
                }
            }
            return csv.ToString();
        }

        private static bool TryCategory(string name, out DataCategory category)
        {
            for (var candidate = DataCategory.Identification; candidate <= DataCategory.Criminal; candidate++)
            {
                if (candidate.ToString() == name)
                {
                    category = candidate;
                    return true;
                }
            }
            category = default;
            return false;
        }

        private static void Line(StringBuilder csv, IReadOnlyList<string> cells)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0) csv.Append(',');
                Cell(csv, cells[i]);
            }
            csv.Append("\r\n");
        }

        private static void Cell(StringBuilder csv, string value)
        {
            // A leading = + - @ (or tab, CR) makes spreadsheets evaluate the cell: prefix a quote so it stays text.
            if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0) value = "'" + value;
            var needsQuotes = value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || value.Length != value.Trim().Length;
            if (!needsQuotes)
            {
                csv.Append(value);
                return;
            }
            csv.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        }
    }
}
