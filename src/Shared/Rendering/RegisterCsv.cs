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
        /// <summary>The header row's columns (English).</summary>
        public static readonly IReadOnlyList<string> Columns = Headers(ColumnsIn(Lexicon.English), Lexicon.English);

        /// <summary>Renders the register in English.</summary>
        public static string Write(ProcessingRegister register) => Write(register, Lexicon.English);

        /// <summary>Renders the register in a language; its team texts must already be in it (<see cref="RegisterTranslation"/>).</summary>
        internal static string Write(ProcessingRegister register, Lexicon l)
        {
            // A byte-order mark, so a spreadsheet reads the file as UTF-8 (accents intact) when it is opened as it is;
            // French spreadsheets split columns on ';' (the comma is their decimal separator), English ones on ','.
            var csv = new StringBuilder().Append('\uFEFF');
            var separator = Separator(l);
            var columns = ColumnsIn(l);
            Line(csv, Headers(columns, l), separator);
            foreach (var a in register.Activities)
            {
                var categories = a.DataCategories.Count > 0 ? a.DataCategories : new[] { "" };
                foreach (var category in categories)
                {
                    var row = new Row(a, category, l);
                    Line(csv, columns.Select(column => Cell(column, row, register)).ToArray(), separator);
                }
            }
            return csv.ToString();
        }

        /// <summary>
        /// The columns of a file in a language: a French file leaves out the rule in the retention language, which is
        /// code written in English; its retention column says the same in French words.
        /// </summary>
        private static IReadOnlyList<string> ColumnsIn(Lexicon l) =>
            l.IsFrench ? RegisterSchema.CsvColumns.Where(c => c != "[rule]").ToList() : RegisterSchema.CsvColumns;

        /// <summary>The column separator: <c>;</c> in French, <c>,</c> in English.</summary>
        public static char Separator(Lexicon l) => l.IsFrench ? ';' : ',';

        /// <summary>
        /// A column's header: a field's label from the schema (the record's own fields for its version and date), or the
        /// lexicon's word for a column derived from several fields.
        /// </summary>
        private static IReadOnlyList<string> Headers(IReadOnlyList<string> columns, Lexicon l) =>
            columns.Select(c =>
                c == "[controller]" ? l["md.controller"]
                : c is "[version]" or "[date]" ? RegisterSchema.Register[c.Substring(1, c.Length - 2)].Label!.In(l.Language)
                : c[0] == '[' ? l["csv." + c.Substring(1, c.Length - 2)]
                : RegisterSchema.Activity[c].Column!.In(l.Language)).ToArray();

        /// <summary>One row: an activity and one of its data categories.</summary>
        private sealed class Row
        {
            public Row(RegisterActivity activity, string category, Lexicon lexicon)
            {
                Activity = activity;
                Category = category;
                Lexicon = lexicon;
                Retention = activity.Retention.Where(r => r.AppliesTo == category || r.AppliesTo == "*").ToList();
                Fields = activity.Fields.Where(f => f.Category == category).ToList();
            }

            public RegisterActivity Activity { get; }
            public string Category { get; }
            public Lexicon Lexicon { get; }
            public List<RegisterRetention> Retention { get; }
            public List<RegisterField> Fields { get; }
        }

        private static string Cell(string column, Row row, ProcessingRegister register)
        {
            var a = row.Activity;
            var l = row.Lexicon;
            var known = TryCategory(row.Category, out var parsed);
            switch (column)
            {
                // The record on every row, so each row read alone (filtered, pasted) still says whose record and which version.
                case "[controller]": return register.Controller?.Name ?? l["toConfirm"];
                case "[version]": return register.Version ?? l["toConfirm"];
                case "[date]": return register.Date ?? l["toConfirm"];
                case "[category]": return row.Category.Length == 0 ? "" : l.Category(row.Category);
                case "[cnil]": return known ? l.CnilHeading(row.Category) : "";
                case "[sensitive]": return known && DataCategoryFacts.IsSensitive(parsed) ? (DataCategoryFacts.Article(parsed) ?? "NIR") : l["csv.no"];
                case "[dataSets]": return string.Join("; ", row.Fields.Select(f => f.DataSet).Distinct());
                case "[retention]": return string.Join("; ", row.Retention.Select(r => r.Description).Distinct());
                case "[rule]": return string.Join("; ", row.Retention.Select(r => r.Text ?? "").Distinct());
                case "[archive]": return string.Join("; ", row.Retention.Select(r => r.ArchiveDuration ?? "").Where(d => d.Length > 0).Distinct());
                case "[toConfirm]":
                    // The notes, and the fields the activity leaves empty (the register's points to confirm, RegisterOpenPoints).
                    var empty = RegisterOpenPoints.EmptyFields(a);
                    return string.Join("; ", new[] { a.ToConfirm, empty.Count == 0 ? null : RegisterOpenPoints.ActivityNote(empty, l.Language) }
                        .Concat(row.Fields.Select(f => f.ToConfirm)).Concat(a.Transfers.Select(t => t.ToConfirm))
                        .Concat(a.Processors.Select(p => p.ToConfirm)).Where(n => !string.IsNullOrWhiteSpace(n)).Distinct());
                case "legalBasis": return a.LegalBasis is null ? l["csv.noBasis"] : l.Basis(a.LegalBasis) + " (" + l.BasisArticle(a.LegalBasis) + ")";
                case "specialCategoryCondition": return a.SpecialCategoryCondition is null || a.SpecialCategoryCondition == "None" ? "" : l.Condition(a.SpecialCategoryCondition);
                case "processors":
                    return string.Join("; ", a.Processors.Select(p => p.Name + (p.Country is null ? "" : " (" + p.Country + ")") + (p.Contract is null ? "" : ", " + l["md.contract", p.Contract])));
                case "transfers":
                    return string.Join("; ", a.Transfers.Select(t => t.Recipient + " (" + (t.Country ?? l["countryNotIdentified"]) + ", " + l.Safeguard(t.Safeguard) + ")"));
                case "securityChecklist": return string.Join("; ", a.SecurityChecklist.Select(l.SecurityMeasure));
                case "securityMeasures": return string.Join("; ", a.SecurityMeasures.Where(m => !SecurityFacts.IsDerived(m)));
                // What the code proves of the fields, apart from the declared measures, in the file's language.
                case "technicalEvidence": return string.Join("; ", RegisterMarkdown.FieldFacts(a.Fields, l));
                case "dpia":
                    return l.Dpia(a.Dpia.Status) + (a.Dpia.Reference is null ? "" : ", " + a.Dpia.Reference) + (a.Dpia.Date is null ? "" : ", " + a.Dpia.Date) + (a.Dpia.Reason is null ? "" : ": " + a.Dpia.Reason);
                // English: the C# type and member, for the developers who keep the record; French: the datum's label, as
                // the French Markdown names it (no code identifier in a French file).
                case "fields":
                    return string.Join("; ", row.Fields.Select(f => (l.Language == "fr" ? f.Label : f.Type + "." + f.Member) + (f.IsStatic ? " (" + l["md.static"] + ")" : "")).Distinct());
                default:
                    // Any other field: its text, or its list joined.
                    var property = RegisterSchema.Activity[column];
                    return property.Kind == RegisterValueKind.Texts ? string.Join("; ", property.GetTexts(a)) : property.GetText(a) ?? "";
            }
        }

        private static bool TryCategory(string name, out DataCategory category)
        {
            for (var candidate = DataCategory.Identification; candidate <= DataCategory.Professional; candidate++)
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

        private static void Line(StringBuilder csv, IReadOnlyList<string> cells, char separator)
        {
            for (var i = 0; i < cells.Count; i++)
            {
                if (i > 0) csv.Append(separator);
                Cell(csv, cells[i]);
            }
            csv.Append("\r\n");
        }

        private static void Cell(StringBuilder csv, string value)
        {
            // A leading = + - @ (or tab, CR) makes spreadsheets evaluate the cell: prefix a quote so it stays text.
            if (value.Length > 0 && "=+-@\t\r".IndexOf(value[0]) >= 0) value = "'" + value;
            var needsQuotes = value.IndexOfAny(new[] { ',', ';', '"', '\r', '\n' }) >= 0 || value.Length != value.Trim().Length;
            if (!needsQuotes)
            {
                csv.Append(value);
                return;
            }
            csv.Append('"').Append(value.Replace("\"", "\"\"")).Append('"');
        }
    }
}
