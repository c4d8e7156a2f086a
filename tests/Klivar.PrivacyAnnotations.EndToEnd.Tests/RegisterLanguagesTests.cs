using System.Text.Json.Nodes;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>Through the package: French files, the texts file, KPA1006, and the record's version and date.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class RegisterLanguagesTests(PackedPackage package)
{
    private const string Source = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme SAS", Email = "privacy@acme.test", NoDataProtectionOfficer = true)]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, Description = "Managing accounts.",
            DataSubjects = new[] { "Customers" }, Retention = "during contract + 5y archive",
            InternalRecipients = new[] { "Customer service" }, SecurityChecklist = new[] { SecurityMeasure.AccessControl }, Dpia = DpiaStatus.Required, Created = "2024-01-15")]
        public class Account
        {
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email { get; set; } = "";
        }
        """;

    private const string FrenchTexts = """
        {
          "activities": { "platform-management": { "name": "Gestion des comptes", "description": "Gérer les comptes." } },
          "texts": { "Customers": "Clients", "Account": "Compte", "Email": "adresse électronique", "Customer service": "Service clients" }
        }
        """;

    // The texts file reaches the build step as an AdditionalFiles item, as docs/build-integration.md shows.
    private const string TextsItem = """
        <Project>
          <ItemGroup><AdditionalFiles Include="Acme.privacy-texts.fr.json" /></ItemGroup>
        </Project>
        """;

    [Fact]
    public void KPA1006_a_missing_french_text_is_a_warning_and_shows_untranslated_and_the_date_comes_from_SOURCE_DATE_EPOCH()
    {
        var project = package.CreateProject("Acme.Fr", new Dictionary<string, string> { ["Account.cs"] = Source },
            "<PrivacyRegisterLanguages>fr</PrivacyRegisterLanguages>");

        var build = project.Build("-p:SOURCE_DATE_EPOCH=1767225600");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("warning KPA1006: No French translation of \"Managing accounts.\"", build.Output);
        Assert.Contains("warning KPA1006: No French translation of \"Customers\"", build.Output);
        // French only: the four French files, no English ones.
        // The record declares no version: a point to confirm, so the French notice is a draft.
        foreach (var suffix in new[] { ".privacy-register.fr.json", ".privacy-register.fr.md", ".privacy-register.fr.csv", ".privacy-notice.draft.fr.md" })
            Assert.True(File.Exists(project.OutputFile(suffix)), suffix + " missing:\n" + build.Output);
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.md")));
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.draft.md")));
        var notice = File.ReadAllText(project.OutputFile(".privacy-notice.draft.fr.md"));
        Assert.Contains("(non traduit) Managing accounts.", notice);
        Assert.Contains("Base légale : exécution d'un contrat (art. 6.1.b RGPD).", notice);
        // SOURCE_DATE_EPOCH 1767225600 is 2026-01-01.
        Assert.Equal("2026-01-01", JsonNode.Parse(File.ReadAllText(project.OutputFile(".privacy-register.fr.json")))!["date"]!.GetValue<string>());
    }

    [Fact]
    public void With_every_text_translated_both_languages_are_written_without_a_warning_with_the_records_declared_version_and_date()
    {
        var project = package.CreateProject("Acme", new Dictionary<string, string>
        {
            ["Account.cs"] = Source,
            ["Acme.privacy-texts.fr.json"] = FrenchTexts,
            ["Directory.Build.props"] = TextsItem,
        }, "<PrivacyRegisterLanguages>en;fr</PrivacyRegisterLanguages><Version>9.9.9</Version><PrivacyRegisterVersion>2.4.0</PrivacyRegisterVersion>");

        var build = project.Build("-p:PrivacyRegisterDate=2026-02-03");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("KPA1006", build.Output);
        var notice = File.ReadAllText(project.OutputFile(".privacy-notice.fr.md"));
        Assert.DoesNotContain("non traduit", notice);
        Assert.Contains("### Gestion des comptes", notice);
        Assert.Contains("  - Compte : la durée du contrat, puis 5 ans en archivage intermédiaire", notice);
        // The notice carries the register's version and date, in words.
        Assert.Contains("\nVersion 2.4.0 du 3 février 2026.\n", notice);
        Assert.Contains("  - Account: the duration of the contract, then 5 years in archive", File.ReadAllText(project.OutputFile(".privacy-notice.md")));
        var json = JsonNode.Parse(File.ReadAllText(project.OutputFile(".privacy-register.json")))!;
        // The record's own version, never the application's.
        Assert.Equal("2.4.0", json["version"]!.GetValue<string>());
        Assert.Equal("fr", JsonNode.Parse(File.ReadAllText(project.OutputFile(".privacy-register.fr.json")))!["language"]!.GetValue<string>());
        Assert.Equal("2026-02-03", json["date"]!.GetValue<string>());
        Assert.Contains("- **Date of this version:** 2026-02-03", File.ReadAllText(project.OutputFile(".privacy-register.md")));
    }
}
