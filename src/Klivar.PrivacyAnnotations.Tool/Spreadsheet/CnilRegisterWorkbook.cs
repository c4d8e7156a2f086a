using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Klivar.PrivacyAnnotations.Tool.Spreadsheet
{
    /// <summary>
    /// The register as the CNIL's model register (<i>modèle de registre des activités de traitement</i>), the spreadsheet
    /// French DPOs keep their record in: an organisation sheet (the controller, the DPO or its absence, the Union
    /// representative, the list of activities, the points to confirm), then one sheet per processing activity with the
    /// template's parts in its order (description, actors, purposes, data subjects, data categories with their erasure
    /// periods, sensitive data, recipients, transfers outside the EU, security measures, DPIA). In French.
    /// </summary>
    /// <remarks>
    /// Written with the Open XML SDK (DocumentFormat.OpenXml). The package's zip entries carry a fixed date, and no
    /// document property records when or by whom it was written: the same register gives the same bytes.
    /// </remarks>
    internal static class CnilRegisterWorkbook
    {
        /// <summary>The sheet that describes the organisation and lists the activities.</summary>
        public const string OrganisationSheet = "Registre";

        // The template's categories of data, in its order; each DataCategory falls under the heading the lexicon gives it.
        private static readonly string[] CnilHeadings =
        {
            "État civil, identité, données d'identification", "Vie personnelle", "Vie professionnelle", "Informations d'ordre économique et financier",
            "Données de connexion", "Données de localisation", "Internet (cookies, traceurs...)",
        };

        // The cell styles of Stylesheet(), by index.
        private const uint Plain = 0, Bold = 1, Wrapped = 2, Section = 3, Title = 4;

        /// <summary>The workbook's bytes, from a register already in French (<see cref="RegisterTranslation"/>).</summary>
        public static byte[] Write(ProcessingRegister register)
        {
            var l = Lexicon.French;
            using var package = new MemoryStream();
            using (var document = SpreadsheetDocument.Create(package, SpreadsheetDocumentType.Workbook))
            {
                // Relationship ids given, not generated: the SDK's own are random, and the bytes would differ on each run.
                var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
                workbookPart.Workbook = new Workbook();
                var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
                styles.Stylesheet = Stylesheet();
                var sheets = workbookPart.Workbook.AppendChild(new Sheets());

                var names = SheetNames(register.Activities);
                AddSheet(workbookPart, sheets, OrganisationSheet, Organisation(register, names, l));
                for (var i = 0; i < register.Activities.Count; i++)
                    AddSheet(workbookPart, sheets, names[i], Activity(register, register.Activities[i], l));
                workbookPart.Workbook.Save();
            }
            return Reproducible(package.ToArray());
        }

        private static List<Row> Organisation(ProcessingRegister register, IReadOnlyList<string> sheetNames, Lexicon l)
        {
            var c = register.Controller;
            var rows = new Rows();
            rows.Add(Title, "Registre des activités de traitement de " + (c?.Name ?? register.Assembly));
            rows.Pair("Version du registre", register.Version ?? "non renseignée (à confirmer)");
            rows.Pair("Date de mise à jour", register.Date ?? "non renseignée (à confirmer)");
            rows.Pair("Établi à partir du code", register.MergedFrom is { } merged ? string.Join(", ", merged) : register.Assembly);
            if (register.Policy is { } policy)
                rows.Pair("Politique du DPO appliquée à la compilation", policy.File + (policy.Version is null ? "" : " " + policy.Version) + " (" + policy.Hash + ")");
            rows.Blank();

            rows.Add(Section, "Coordonnées du responsable de l'organisme (responsable du traitement ou son représentant si le responsable est situé en dehors de l'UE)");
            if (c is null)
            {
                rows.Pair("Responsable du traitement", "non déclaré (à confirmer)");
            }
            else
            {
                rows.Pair("Nom", c.Name);
                rows.Pair("Numéro d'identification (SIREN)", c.Identifier ?? "");
                rows.Pair("Adresse", c.Address ?? "");
                rows.Pair("Téléphone", c.Phone ?? "");
                rows.Pair("Adresse de messagerie", c.Email ?? "");
                rows.Pair("Autorité de contrôle", c.SupervisoryAuthority ?? "");
                rows.Pair("Loi nationale applicable", c.ApplicableLaw ?? "");
            }
            rows.Blank();
            rows.Add(Section, "Nom et coordonnées du délégué à la protection des données (si un DPO est désigné)");
            rows.Pair("Délégué à la protection des données", c is null ? l["dpoToConfirm"] : RegisterMarkdown.Dpo(c, l));
            rows.Pair("Représentant dans l'Union (art. 27 du RGPD)", c?.EuRepresentative ?? "sans objet (responsable établi dans l'Union)");
            rows.Blank();

            rows.Add(Section, "Activités de l'organisme impliquant le traitement de données personnelles");
            rows.Header("Activités", "Désignation des activités", "Base légale", "Fiche", "Date de création", "Mise à jour");
            for (var i = 0; i < register.Activities.Count; i++)
            {
                var a = register.Activities[i];
                rows.Cells("Activité " + (i + 1), a.Name, Basis(a, l), sheetNames[i], a.Created ?? "non renseignée", register.Date ?? "");
            }
            rows.Blank();

            var points = OpenPoints.Of(register, l);
            rows.Add(Section, "Points à confirmer avant de signer le registre");
            if (points.Count == 0) rows.Add(Plain, "Aucun.");
            foreach (var (subject, note) in points) rows.Pair(subject, note);
            return rows.Items;
        }

        private static List<Row> Activity(ProcessingRegister register, RegisterActivity a, Lexicon l)
        {
            var rows = new Rows();
            rows.Add(Title, a.Name);
            rows.Blank();

            rows.Add(Section, "Description du traitement");
            rows.Pair("Nom / sigle", a.Name);
            rows.Pair("N° / REF", a.Id);
            rows.Pair("Date de création", a.Created ?? "non renseignée (à confirmer)");
            rows.Pair("Mise à jour", register.Date ?? "non renseignée");
            rows.Pair("Logiciel(s)", string.Join(", ", register.MergedFrom ?? new[] { register.Assembly }));
            rows.Blank();

            rows.Add(Section, "Acteurs");
            rows.Pair("Responsable du traitement", register.Controller?.Name ?? "non déclaré (à confirmer)");
            rows.Pair("Délégué à la protection des données", register.Controller is null ? l["dpoToConfirm"] : RegisterMarkdown.Dpo(register.Controller, l));
            rows.Pair("Représentant", register.Controller?.EuRepresentative ?? "sans objet");
            rows.Pair("Responsable(s) conjoint(s)", List(a.JointControllers, "aucun"));
            rows.Blank();

            rows.Add(Section, "Finalité(s) du traitement effectué");
            rows.Pair("Finalité principale", a.Description ?? a.Name);
            rows.Pair("Base légale", Basis(a, l));
            if (a.LegitimateInterest is not null) rows.Pair("Intérêt légitime poursuivi", a.LegitimateInterest);
            rows.Blank();

            rows.Add(Section, "Catégories de personnes concernées");
            rows.Pair("Personnes concernées", List(a.DataSubjects, "non renseignées (à confirmer)"));
            rows.Blank();

            rows.Add(Section, "Catégories de données personnelles concernées");
            rows.Header("Catégorie", "Description (données traitées)", "Délai d'effacement");
            var sensitive = new List<string>();
            var placed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var heading in CnilHeadings.Concat(new[] { "Autres catégories de données" }))
            {
                var categories = a.DataCategories.Where(category =>
                    heading == "Autres catégories de données"
                        ? !placed.Contains(category) && !IsSensitive(category)
                        : l.CnilHeading(category) == heading && !IsSensitive(category)).ToList();
                foreach (var category in categories) placed.Add(category);
                if (categories.Count == 0)
                {
                    rows.Cells(heading, "Non", "");
                    continue;
                }
                rows.Cells(heading, Items(a, categories, l), Periods(a, categories));
            }
            foreach (var category in a.DataCategories.Where(IsSensitive))
                sensitive.Add(l.Category(category) + " (" + Periods(a, new[] { category }).Trim().Replace("\n", " ; ") + ")");
            rows.Blank();

            rows.Add(Section, "Données sensibles");
            rows.Pair("Données sensibles traitées (art. 9 et 10 du RGPD, NIR)", sensitive.Count == 0 ? "Non" : string.Join("\n", sensitive));
            if (a.SpecialCategoryCondition is { } condition && condition != "None") rows.Pair("Condition de l'article 9(2)", l.Condition(condition));
            rows.Blank();

            rows.Add(Section, "Destinataires");
            rows.Pair("Services internes", List(a.InternalRecipients.Concat(a.Recipients), "non renseignés (à confirmer)"));
            rows.Pair("Organismes externes", List(a.ThirdPartyRecipients, "aucun déclaré"));
            rows.Pair("Sous-traitants", List(a.Processors.Select(p => p.Name + (p.Country is null ? "" : " (" + p.Country + ")") +
                (p.Contract is null ? "" : ", contrat : " + p.Contract) + (p.ToConfirm is null ? "" : " ; à confirmer : " + p.ToConfirm)), "aucun déclaré"));
            rows.Blank();

            rows.Add(Section, "Transferts des données hors UE");
            if (a.Transfers.Count == 0)
            {
                rows.Pair("Transferts", "Non");
            }
            else
            {
                rows.Header("Destinataire", "Pays", "Type de garanties", "Garanties complémentaires", "À confirmer");
                foreach (var t in a.Transfers)
                    rows.Cells(t.Recipient, t.Country ?? l["countryNotIdentified"], l.Safeguard(t.Safeguard), t.AdditionalSafeguards ?? "", t.ToConfirm ?? "");
            }
            rows.Blank();

            rows.Add(Section, "Mesures de sécurité");
            foreach (var measure in new[] { "AccessControl", "Traceability", "SoftwareProtection", "Backups", "Encryption", "ProcessorControl" })
                rows.Pair(l.SecurityMeasure(measure), a.SecurityChecklist.Contains(measure) ? "Oui" : "non déclarée (à confirmer)");
            var other = a.SecurityChecklist.Where(m => m == "PhysicalSecurity").Select(l.SecurityMeasure)
                .Concat(a.SecurityMeasures.Where(m => !SecurityFacts.IsDerived(m))).ToList();
            rows.Pair("Autres mesures", List(other, "aucune déclarée"));
            rows.Pair("Constats techniques tirés du code", List(Evidence(a.Fields), "aucun"));
            rows.Blank();

            rows.Add(Section, "Analyse d'impact relative à la protection des données (AIPD)");
            rows.Pair("AIPD", l.Dpia(a.Dpia.Status) + (a.Dpia.Status == nameof(DpiaStatus.NotStated) ? " (à confirmer)" : "") + (a.Dpia.Reference is null ? "" : ", " + a.Dpia.Reference) +
                (a.Dpia.Date is null ? "" : ", du " + a.Dpia.Date) + (a.Dpia.Reason is null ? "" : " : " + a.Dpia.Reason));
            rows.Blank();

            var notes = new[] { a.ToConfirm }.Concat(a.Fields.Select(f => f.ToConfirm)).Concat(a.Transfers.Select(t => t.ToConfirm)).Concat(a.Processors.Select(p => p.ToConfirm))
                .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!).Distinct(StringComparer.Ordinal).ToList();
            rows.Add(Section, "Points à confirmer");
            rows.Add(Wrapped, notes.Count == 0 ? "Aucun." : string.Join("\n", notes));
            return rows.Items;
        }

        private static string Basis(RegisterActivity a, Lexicon l) =>
            a.LegalBasis is null ? "non déclarée (à confirmer)" : l.Basis(a.LegalBasis) + " (" + l.BasisArticle(a.LegalBasis) + ")";

        private static bool IsSensitive(string category) =>
            Enum.TryParse<DataCategory>(category, out var parsed) && DataCategoryFacts.IsSensitive(parsed);

        /// <summary>The data items of some categories, one line per data set: "Fichier clients : nom, adresse électronique".</summary>
        private static string Items(RegisterActivity a, IReadOnlyCollection<string> categories, Lexicon l)
        {
            var lines = BySet(a, categories).Select(g => g.Key + " : " + string.Join(", ", g.Select(f => f.Label).Distinct(StringComparer.Ordinal)));
            return string.Join(", ", categories.Select(l.Category)) + "\n" + string.Join("\n", lines);
        }

        /// <summary>
        /// The erasure period of each data set, on the same lines as <see cref="Items"/>: the template asks for each
        /// category's own period, and one category can hold data sets kept for different periods.
        /// </summary>
        private static string Periods(RegisterActivity a, IReadOnlyCollection<string> categories)
        {
            var lines = BySet(a, categories).Select(g => g.Key + " : " + string.Join(" ; ", g.Select(f => Period(a, f)).Distinct(StringComparer.Ordinal)));
            var text = string.Join("\n", lines);
            if (text.Length > 0) return "\n" + text; // aligned with Items, whose first line names the categories
            var periods = a.Retention.Where(r => categories.Contains(r.AppliesTo) || r.AppliesTo == "*").Select(r => r.Description).Distinct(StringComparer.Ordinal).ToList();
            return periods.Count == 0 ? "non renseigné (à confirmer)" : string.Join("\n", periods);
        }

        private static IEnumerable<IGrouping<string, RegisterField>> BySet(RegisterActivity a, IReadOnlyCollection<string> categories) =>
            a.Fields.Where(f => categories.Contains(f.Category)).GroupBy(f => f.DataSet, StringComparer.Ordinal);

        /// <summary>A field's period in words, from the activity's retention entry for its category and rule.</summary>
        private static string Period(RegisterActivity a, RegisterField f) =>
            a.Retention.FirstOrDefault(r => r.AppliesTo == f.Category && r.Text == f.Retention)?.Description
            ?? a.Retention.FirstOrDefault(r => r.AppliesTo == f.Category)?.Description
            ?? "non renseigné (à confirmer)";

        /// <summary>What the code proves about the fields, in words (no member names): encrypted, pseudonymised, hashed, redacted.</summary>
        private static IEnumerable<string> Evidence(IReadOnlyList<RegisterField> fields)
        {
            string Names(IEnumerable<RegisterField> some) => string.Join(", ", some.Select(f => f.DataSet + " (" + f.Label + ")").Distinct(StringComparer.Ordinal));
            if (fields.Any(f => f.Encrypted)) yield return "Chiffrées au repos : " + Names(fields.Where(f => f.Encrypted));
            if (fields.Any(f => f.Pseudonymised)) yield return "Pseudonymisées : " + Names(fields.Where(f => f.Pseudonymised));
            if (fields.Any(f => f.Hashed)) yield return "Conservées sous forme d'empreinte (hachage) : " + Names(fields.Where(f => f.Hashed));
            if (fields.Count > 0) yield return "Masquées dans les journaux et les sorties par le code généré : " + fields.Count + (fields.Count == 1 ? " donnée" : " données");
        }

        private static string List(IEnumerable<string> items, string none)
        {
            var list = items.Where(i => !string.IsNullOrWhiteSpace(i)).Distinct(StringComparer.Ordinal).ToList();
            return list.Count == 0 ? none : string.Join("\n", list);
        }

        /// <summary>
        /// One sheet name per activity, as the template names its sheets by activity: "1 - Gestion de la plateforme", cut
        /// to the 31 characters a sheet name may hold, without the characters it may not.
        /// </summary>
        internal static IReadOnlyList<string> SheetNames(IReadOnlyList<RegisterActivity> activities)
        {
            var names = new List<string>();
            for (var i = 0; i < activities.Count; i++)
            {
                var clean = new string(activities[i].Name.Select(ch => "[]:*?/\\'".IndexOf(ch) >= 0 ? ' ' : ch).ToArray()).Trim();
                var name = (i + 1) + " - " + clean;
                names.Add(name.Length <= 31 ? name : name.Substring(0, 31).TrimEnd());
            }
            return names;
        }

        private static void AddSheet(WorkbookPart workbookPart, Sheets sheets, string name, List<Row> rows)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>("rIdSheet" + (sheets.ChildElements.Count + 1));
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new DocumentFormat.OpenXml.Spreadsheet.Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Cells.Count; c++)
                {
                    var text = rows[r].Cells[c];
                    row.Append(new Cell
                    {
                        CellReference = Column(c) + (r + 1),
                        DataType = CellValues.InlineString,
                        StyleIndex = rows[r].Styles[c],
                        InlineString = new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }
                data.Append(row);
            }
            part.Worksheet = new Worksheet(
                new Columns(
                    new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 1, Max = 1, Width = 48, CustomWidth = true },
                    new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 2, Max = 2, Width = 70, CustomWidth = true },
                    new DocumentFormat.OpenXml.Spreadsheet.Column { Min = 3, Max = 6, Width = 36, CustomWidth = true }),
                data);
            part.Worksheet.Save();
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.ChildElements.Count + 1), Name = name });
        }

        /// <summary>Characters XML 1.0 cannot hold are dropped, and a leading = + - @ stays text (the value is never a formula).</summary>
        private static string Clean(string text)
        {
            var kept = new string(text.Where(ch => ch == '\n' || ch == '\t' || ch >= ' ' && ch != '\uFFFE' && ch != '\uFFFF').ToArray());
            return kept;
        }

        private static string Column(int index) => ((char)('A' + index)).ToString();

        private static Stylesheet Stylesheet() => new Stylesheet(
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" })),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDCE6F1" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellFormats(
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top } },
                new CellFormat { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true } },
                new CellFormat { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true, Alignment = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true } },
                new CellFormat { FontId = 1, FillId = 2, BorderId = 0, ApplyFont = true, ApplyFill = true },
                new CellFormat { FontId = 2, FillId = 0, BorderId = 0, ApplyFont = true }));

        /// <summary>The package again, its entries in the same order with a fixed date, so the same register gives the same bytes.</summary>
        private static byte[] Reproducible(byte[] package)
        {
            var fixedDate = new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);
            using var output = new MemoryStream();
            using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
            using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in source.Entries)
                {
                    var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                    copy.LastWriteTime = fixedDate;
                    using var from = entry.Open();
                    using var to = copy.Open();
                    from.CopyTo(to);
                }
            }
            return output.ToArray();
        }

        /// <summary>One row: its cells' texts and their styles.</summary>
        private sealed class Row
        {
            public Row(IReadOnlyList<string> cells, IReadOnlyList<uint> styles)
            {
                Cells = cells;
                Styles = styles;
            }

            public IReadOnlyList<string> Cells { get; }
            public IReadOnlyList<uint> Styles { get; }
        }

        private sealed class Rows
        {
            public List<Row> Items { get; } = new List<Row>();

            /// <summary>A line of one cell: a title, a section heading, a paragraph.</summary>
            public void Add(uint style, string text) => Items.Add(new Row(new[] { text }, new[] { style }));

            /// <summary>A field of the template and its value.</summary>
            public void Pair(string name, string value) => Items.Add(new Row(new[] { name, value }, new[] { Bold, Wrapped }));

            /// <summary>A table's column headings.</summary>
            public void Header(params string[] names) => Items.Add(new Row(names, names.Select(_ => Section).ToArray()));

            /// <summary>A table's row: its first cell names it.</summary>
            public void Cells(params string[] cells) => Items.Add(new Row(cells, cells.Select((_, i) => i == 0 ? Bold : Wrapped).ToArray()));

            public void Blank() => Items.Add(new Row(Array.Empty<string>(), Array.Empty<uint>()));
        }
    }
}
