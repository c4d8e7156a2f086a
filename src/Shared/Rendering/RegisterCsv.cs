using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register as CSV (RFC 4180), one row per activity and data category, with columns after the CNIL register
    /// template, for a DPO's spreadsheet, in English or French. Every row has the same number of columns, and cells
    /// that a spreadsheet would read as a formula are neutralised.
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class RegisterCsv
    {
        private static readonly string[] ColumnKeys =
        {
            "csv.id", "csv.activity", "csv.purpose", "csv.basis", "csv.interest", "csv.condition", "csv.subjects", "csv.category", "csv.cnil",
            "csv.sensitive", "csv.dataSets", "csv.retention", "csv.rule", "csv.archive", "csv.internal", "csv.processors", "csv.thirdParties",
            "csv.recipients", "csv.transfers", "csv.checklist", "csv.security", "csv.jointControllers", "csv.dpia", "csv.created", "csv.toConfirm", "csv.fields",
        };

        /// <summary>The header row's columns (English).</summary>
        public static readonly IReadOnlyList<string> Columns = ColumnKeys.Select(k => Lexicon.English[k]).ToArray();

        /// <summary>Renders the register in English.</summary>
        public static string Write(ProcessingRegister register) => Write(register, Lexicon.English);

        /// <summary>Renders the register in a language; its team texts must already be in it (<see cref="RegisterTranslation"/>).</summary>
        internal static string Write(ProcessingRegister register, Lexicon l)
        {
            var csv = new StringBuilder();
            Line(csv, ColumnKeys.Select(k => l[k]).ToArray());
            foreach (var a in register.Activities)
            {
                var categories = a.DataCategories.Count > 0 ? a.DataCategories : new[] { "" };
                foreach (var category in categories)
                {
                    var retention = a.Retention.Where(r => r.AppliesTo == category || r.AppliesTo == "*").ToList();
                    var known = TryCategory(category, out var parsed);
                    var isSpecial = known && DataCategoryFacts.IsSensitive(parsed);
                    var fields = a.Fields.Where(f => f.Category == category).ToList();
                    Line(csv, new[]
                    {
                        a.Id,
                        a.Name,
                        a.Description ?? "",
                        a.LegalBasis is null ? l["csv.noBasis"] : l.Basis(a.LegalBasis) + " (" + l.BasisArticle(a.LegalBasis) + ")",
                        a.LegitimateInterest ?? "",
                        a.SpecialCategoryCondition is null || a.SpecialCategoryCondition == "None" ? "" : l.Condition(a.SpecialCategoryCondition),
                        string.Join("; ", a.DataSubjects),
                        category.Length == 0 ? "" : l.Category(category),
                        known ? l.CnilHeading(category) : "",
                        isSpecial ? (DataCategoryFacts.Article(parsed) ?? "NIR") : l["csv.no"],
                        string.Join("; ", fields.Select(f => f.DataSet).Distinct()),
                        string.Join("; ", retention.Select(r => r.Description).Distinct()),
                        string.Join("; ", retention.Select(r => r.Text ?? "").Distinct()),
                        string.Join("; ", retention.Select(r => r.ArchiveDuration ?? "").Where(d => d.Length > 0).Distinct()),
                        string.Join("; ", a.InternalRecipients),
                        string.Join("; ", a.Processors.Select(p => p.Name + (p.Country is null ? "" : " (" + p.Country + ")") + (p.Contract is null ? "" : ", " + l["md.contract", p.Contract]))),
                        string.Join("; ", a.ThirdPartyRecipients),
                        string.Join("; ", a.Recipients),
                        string.Join("; ", a.Transfers.Select(t => t.Recipient + " (" + (t.Country ?? l["countryNotIdentified"]) + ", " + l.Safeguard(t.Safeguard) + ")")),
                        string.Join("; ", a.SecurityChecklist.Select(l.SecurityMeasure)),
                        string.Join("; ", a.SecurityMeasures.Where(m => !SecurityFacts.IsDerived(m)).Concat(RegisterMarkdown.FieldFacts(a.Fields, l))),
                        string.Join("; ", a.JointControllers),
                        l.Dpia(a.Dpia.Status) + (a.Dpia.Reference is null ? "" : ", " + a.Dpia.Reference) + (a.Dpia.Date is null ? "" : ", " + a.Dpia.Date) + (a.Dpia.Reason is null ? "" : ": " + a.Dpia.Reason),
                        a.Created ?? "",
                        string.Join("; ", new[] { a.ToConfirm }.Concat(fields.Select(f => f.ToConfirm)).Concat(a.Transfers.Select(t => t.ToConfirm)).Concat(a.Processors.Select(p => p.ToConfirm))
                            .Where(n => !string.IsNullOrWhiteSpace(n)).Distinct()),
                        string.Join("; ", fields.Select(f => f.Type + "." + f.Member + (f.IsStatic ? " (" + l["md.static"] + ")" : ""))),
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
