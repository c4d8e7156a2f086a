using Klivar.PrivacyAnnotations.Tool.Diff;
using Klivar.PrivacyAnnotations.Tool.Tests.Rendering;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>The diff reports the record's own version and date, names data sets, and speaks the language of its registers.</summary>
public class DiffRecordAndLanguageTests
{
    [Fact]
    public void A_new_version_and_date_of_the_record_are_reported()
    {
        var changes = RegisterDiff.Compare(RegisterJsonTests.Sample(version: "3", date: "2026-11-02"), RegisterJsonTests.Sample(version: "4", date: "2026-12-01"));

        Assert.Equal(new[] { "version", "date" }, changes.Where(c => c.Kind == RegisterChangeKinds.RecordChanged).Select(c => c.Field));
        Assert.Contains(changes, c => c.Summary == "Record version: '3' → '4'" && c.Scope == "Record");
        Assert.Contains(changes, c => c.Summary == "Record date: '2026-11-02' → '2026-12-01'");
        Assert.Empty(RegisterDiff.Compare(RegisterJsonTests.Sample(version: "3"), RegisterJsonTests.Sample(version: "3")));
    }

    [Fact]
    public void A_new_category_is_named_with_the_data_sets_that_hold_it()
    {
        var before = RegisterJsonTests.Sample();
        var after = RegisterJson.Read(RegisterJson.Write(before).Replace("\"Contact\"", "\"Financial\""));

        var added = Assert.Single(RegisterDiff.Compare(before, after), c => c.Kind == RegisterChangeKinds.DataCategoryAdded);
        Assert.StartsWith("Data category added: Financial, data sets User, kept ", added.Summary);
    }

    [Fact]
    public void French_registers_give_a_french_diff_in_the_registers_words()
    {
        var texts = RegisterTexts.Parse("""{ "texts": { "users": "utilisateurs", "Support team": "équipe support", "Sales team": "équipe commerciale", "Helpdesk plain": "Assistance", "DPA": "contrat de sous-traitance" }, "activities": { "platform-management": { "name": "Gestion de la plateforme", "description": "Comptes" } } }""");
        var missing = new List<string>();
        var before = RegisterTranslation.Translate(RegisterJsonTests.Sample(version: "3"), Lexicon.French, texts, missing);
        var head = RegisterJson.Read(RegisterJson.Write(RegisterJsonTests.Sample(version: "4")).Replace("\"Support team\"", "\"Sales team\"").Replace("\"Contract\"", "\"Consent\""));
        var after = RegisterTranslation.Translate(head, Lexicon.French, texts, missing);
        Assert.Equal("fr", after.Language);

        var changes = RegisterDiff.Compare(before, after);

        Assert.Contains(changes, c => c.Summary == "Version du registre : '3' → '4'" && c.Scope == "Registre");
        Assert.Contains(changes, c => c.Summary == "Base légale : 'exécution d\'un contrat' → 'consentement'" && c.Kind == RegisterChangeKinds.LegalBasisChanged);
        Assert.Contains(changes, c => c.Summary == "Destinataire ajouté : équipe commerciale");
        Assert.Contains(changes, c => c.Summary == "Destinataire supprimé : équipe support");
        RegisterDiff.Review(changes, RegisterChangeKinds.ReviewByDefault);
        var report = new DiffReport(before, after, changes, RegisterChangeKinds.ReviewByDefault, "liste intégrée").Text();
        Assert.StartsWith("Modifications du registre : Acme.App → Acme.App\n", report);
        Assert.Contains("4 modifications du registre ; 1 demande l'examen du DPO.", report);
        Assert.Contains("\nGestion de la plateforme (platform-management) :\n", report);
        Assert.Contains("[à examiner] Base légale", report);
        Assert.DoesNotContain(" added", report);
        Assert.DoesNotContain("changes to", report);

        // The Markdown's picture of the change speaks French too, heading and diagrams alike.
        var markdown = new DiffReport(before, after, changes, RegisterChangeKinds.ReviewByDefault, "liste intégrée").Markdown();
        Assert.Contains("\n### Évolution des flux de données\n\nChaque traitement modifié, avec ce qui a été ajouté (en vert) et retiré (en rouge, en pointillés)", markdown);
        Assert.Contains("Données traitées", markdown);
        Assert.DoesNotContain("What changed", markdown);
        Assert.DoesNotContain("Data processed", markdown);
    }

    [Fact]
    public void A_french_register_says_its_language_and_keeps_the_policy_it_was_checked_against()
    {
        var english = RegisterJson.Read(RegisterJson.Write(RegisterJsonTests.Sample()).Replace("\"policy\": null", "\"policy\": { \"file\": \"privacy-policy.json\", \"version\": \"1\", \"hash\": \"sha256:ab\" }"));
        var french = RegisterTranslation.Translate(english, Lexicon.French, RegisterTexts.Empty, new List<string>());

        var json = RegisterJson.Write(french);
        Assert.Contains("\"language\": \"fr\"", json);
        Assert.Equal("privacy-policy.json", RegisterJson.Read(json).Policy!.File);
        Assert.DoesNotContain("\"language\"", RegisterJson.Write(english));
    }
}
