using System.Reflection;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Klivar.PrivacyAnnotations.Tool.Spreadsheet;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// The CNIL register template as a spreadsheet (<c>klivar-privacy merge --formats xlsx</c>), on the two samples' real
/// registers: a valid Open XML workbook, in the template's layout, in French, the same bytes from one run to the next.
/// </summary>
public sealed class CnilSpreadsheetTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klivar-cnil-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }

    private static string SampleFile(string assembly, params string[] path)
    {
        var bin = typeof(CnilSpreadsheetTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == assembly).Value!;
        return path.Length == 0 ? Path.Combine(bin, assembly + ".privacy-register.json") : Path.Combine(new[] { bin, "..", "..", ".." }.Concat(path).ToArray());
    }

    private string Merge(string output, params string[] extra)
    {
        var stderr = new StringWriter();
        var exit = Cli.Run(new[]
        {
            "merge", SampleFile("Klivar.Platform"), SampleFile("Klivar.Billing"), "--output", output, "--name", "Klivar", "--formats", "xlsx",
            "--texts", SampleFile("Klivar.Platform", "Privacy", "Klivar.Platform.privacy-texts.fr.json"),
            "--texts", SampleFile("Klivar.Billing", "Privacy", "Klivar.Billing.privacy-texts.fr.json"),
            "--version", "2026.2", "--date", "2026-12-07",
        }.Concat(extra).ToArray(), new StringWriter(), stderr);
        Assert.True(exit == 0, stderr.ToString());
        Assert.Equal("", stderr.ToString());
        var path = Path.Combine(output, "Klivar.privacy-register.fr.xlsx");
        Assert.True(File.Exists(path));
        Assert.Equal(new[] { "Klivar.privacy-register.fr.xlsx" }, Directory.GetFiles(output).Select(Path.GetFileName));
        return path;
    }

    /// <summary>Each sheet's rows, each row's cells' texts.</summary>
    private static List<(string Name, List<List<string>> Rows)> Read(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var workbook = document.WorkbookPart!;
        return workbook.Workbook.Sheets!.Elements<Sheet>().Select(sheet =>
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            Assert.Empty(part.Worksheet.Descendants<CellFormula>()); // every value is text, never a formula
            var rows = part.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? "").ToList()).ToList();
            return (sheet.Name!.Value!, rows);
        }).ToList();
    }

    private static string Value(List<List<string>> rows, string field) =>
        rows.Single(r => r.Count > 1 && r[0] == field)[1];

    [Fact]
    public void The_workbook_is_valid_open_xml()
    {
        var path = Merge(_dir);

        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path?.XPath + ": " + e.Description)));
    }

    [Fact]
    public void It_has_the_organisation_sheet_then_one_sheet_per_activity_in_the_templates_order_in_french()
    {
        var sheets = Read(Merge(_dir));

        Assert.Equal(new[]
        {
            "Registre", "1 - Prospection commerciale", "2 - Formulaire de contact", "3 - Exercice des droits", "4 - Système de journalisation",
            "5 - Gestion de la plateforme", "6 - Amélioration du service",
        }, sheets.Select(s => s.Name));

        var organisation = sheets[0].Rows;
        Assert.Equal("Registre des activités de traitement de Klivar", organisation[0][0]);
        Assert.Equal("2026.2", Value(organisation, "Version du registre"));
        Assert.Equal("2026-12-07", Value(organisation, "Date de mise à jour"));
        Assert.Equal("SIREN 909 093 148", Value(organisation, "Numéro d'identification (SIREN)"));
        // The policy names no DPO and nobody has confirmed there is none: to confirm, never "none designated".
        Assert.Equal("non renseigné (à confirmer : délégué désigné ou absence de désignation)", Value(organisation, "Délégué à la protection des données"));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => "Activité " + i), organisation.Where(r => r.Count == 6 && r[0].StartsWith("Activité ", StringComparison.Ordinal)).Select(r => r[0]));
        // The open points, the DPO's absence first: what a DPO must confirm before signing.
        var points = organisation.SkipWhile(r => r.FirstOrDefault() != "Points à confirmer avant de signer le registre").Skip(1).ToList();
        Assert.StartsWith("Aucun délégué à la protection des données n'est indiqué", points[0][1]);
        // The DPO, 3 activity notes, the empty fields of each of the 6 activities, the transfer and the processor.
        Assert.Equal(12, points.Count);

        // The sheet of an activity: the template's parts in its order.
        var platform = sheets.Single(s => s.Name == "5 - Gestion de la plateforme").Rows;
        var parts = platform.Where(r => r.Count == 1 && r[0].Length > 0).Select(r => r[0]).Skip(1).ToList();
        Assert.Equal(new[]
        {
            "Description du traitement", "Acteurs", "Finalité(s) du traitement effectué", "Catégories de personnes concernées",
            "Catégories de données personnelles concernées", "Données sensibles", "Destinataires", "Transferts des données hors UE",
            "Mesures de sécurité", "Analyse d'impact relative à la protection des données (AIPD)", "Points à confirmer",
        }, parts.Take(11));
        Assert.Equal("exécution d'un contrat (art. 6.1.b RGPD)", Value(platform, "Base légale"));
        // The template's categories, in its order; each data set with its own erasure period.
        var categories = platform.SkipWhile(r => r.FirstOrDefault() != "Catégorie").Skip(1).TakeWhile(r => r.Count > 0).ToList();
        Assert.Equal(new[]
        {
            "État civil, identité, données d'identification", "Vie personnelle", "Vie professionnelle", "Informations d'ordre économique et financier",
            "Données de connexion", "Données de localisation", "Internet (cookies, traceurs...)", "Autres catégories de données",
        }, categories.Select(r => r[0]));
        Assert.Contains("Fichier clients : la durée du contrat, puis 5 ans en archivage intermédiaire pour la constatation, l'exercice ou la défense de droits en justice (Code civil, art. 2224)", categories[0][2]);
        Assert.Contains("Facturation : la durée du contrat, puis 10 ans en archivage intermédiaire pour respecter une obligation légale (Code de commerce, art. L123-22)", categories[3][2]);
        // The customer's contact's employer is professional life; account and subscription data is no part of personal life.
        Assert.Contains("Fichier clients", categories[2][2]);
        Assert.DoesNotContain("Compte utilisateur", categories[1][2]);
        var transfer = platform.SkipWhile(r => r.FirstOrDefault() != "Destinataire").Skip(1).First();
        Assert.Equal("pays non identifié", transfer[1]);
        Assert.Equal("les clauses contractuelles types approuvées par la Commission européenne", transfer[2]);
        Assert.Equal("non déclarée (à confirmer)", Value(platform, "Contrôle d'accès des utilisateurs"));

        // French throughout: no enum name, no untranslated text.
        var all = string.Join("\n", sheets.SelectMany(s => s.Rows).SelectMany(r => r));
        Assert.DoesNotContain("(non traduit)", all);
        foreach (var code in new[] { "StandardContractualClauses", "LegitimateInterests", "NotStated", "Identification,", "Financial" })
            Assert.DoesNotContain(code, all);
    }

    [Fact]
    public void The_same_registers_give_the_same_bytes()
    {
        var first = File.ReadAllBytes(Merge(Path.Combine(_dir, "a")));
        var second = File.ReadAllBytes(Merge(Path.Combine(_dir, "b")));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_register_with_no_controller_and_no_activity_is_still_a_valid_workbook_that_says_what_is_missing()
    {
        Directory.CreateDirectory(_dir);
        var path = Path.Combine(_dir, "empty.xlsx");
        File.WriteAllBytes(path, CnilRegisterWorkbook.Write(new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Empty", null, Array.Empty<RegisterActivity>())));

        using (var document = SpreadsheetDocument.Open(path, isEditable: false))
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        var sheet = Assert.Single(Read(path));
        Assert.Equal("non déclaré (à confirmer)", Value(sheet.Rows, "Responsable du traitement"));
        Assert.Equal("non renseignée (à confirmer)", Value(sheet.Rows, "Version du registre"));
    }

    [Fact]
    public void Sheet_names_fit_the_31_characters_and_the_characters_a_sheet_name_may_hold()
    {
        var activity = Registers.Platform().Activities[0];
        var long_ = new RegisterActivity(activity.Id, "Gestion/des [réclamations]: clients * prospects ? et partenaires", activity.Description, true,
            activity.LegalBasis, activity.LegitimateInterest, "None", activity.DataSubjects, activity.DataCategories, activity.Retention,
            activity.Recipients, activity.Transfers, activity.SecurityMeasures, activity.Fields);
        var name = Assert.Single(CnilRegisterWorkbook.SheetNames(new[] { long_ }));
        Assert.True(name.Length <= 31, name);
        Assert.Equal(-1, name.IndexOfAny("[]:*?/\\".ToCharArray()));
        Assert.StartsWith("1 - Gestion des  réclamations", name);
    }
}
