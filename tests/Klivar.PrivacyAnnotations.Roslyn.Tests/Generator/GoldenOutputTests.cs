extern alias runtime;
extern alias tool;

using Xunit;
using ToolRegisterCsv = tool::Klivar.PrivacyAnnotations.RegisterCsv;
using ToolRegisterJson = tool::Klivar.PrivacyAnnotations.RegisterJson;
using ToolRegisterMarkdown = tool::Klivar.PrivacyAnnotations.RegisterMarkdown;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>The generated sources and the three register files for a Klivar-like application, compared with golden files.</summary>
public class GoldenOutputTests
{
    internal const string Declarations = """
        using Klivar.PrivacyAnnotations;

        [assembly: DataController("Klivar", Identifier = "SIREN 909 093 148", Email = "avotreecoute@klivar.com",
            Address = "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve",
            SupervisoryAuthority = "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract,
            Description = "Subscriptions, access, support and maintenance",
            DataSubjects = new[] { "customers", "users" }, Retention = "during contract",
            Recipients = new[] { "Support team", "Hosting provider" }, SecurityMeasures = new[] { "Encrypted backups" },
            InternalRecipients = new[] { "Customer service" }, JointControllers = new[] { "Klivar Partner SAS, partner@example.test" },
            SecurityChecklist = new[] { SecurityMeasure.AccessControl, SecurityMeasure.Backups }, Created = "2024-01-15",
            Dpia = DpiaStatus.NotRequired, DpiaReason = "No large-scale or sensitive processing")]
        [assembly: Processor("CloudCo", Country = "FR", Contract = "Art. 28 DPA of 2024-01-10", Purposes = new[] { Purpose.PlatformManagement })]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
            LegitimateInterest = "Detecting fraudulent access and finding the origin of incidents", Retention = "1y")]
        [assembly: InternationalTransfer("Hosting provider", "US", TransferSafeguard.StandardContractualClauses,
            AdditionalSafeguards = "Data processing agreement")]
        [assembly: InternationalTransfer("Support desk", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.Logging },
            ToConfirm = "Which country hosts the support desk?")]
        """;

    internal const string Types = """
        using Klivar.PrivacyAnnotations;

        namespace Klivar.Accounts
        {
            public partial class Customer
            {
                public int Id { get; set; }

                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string FullName { get; set; } = "";

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive", DataSet = "Customer file")]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement, Hashed = true)]
                public string PasswordHash { get; set; } = "";

                [PersonalData(DataCategory.Technical, Purpose.Logging, Encrypted = true)]
                public string? LastIpAddress { get; set; }
            }

            public record Invoice(int Number,
                [PersonalData(DataCategory.Financial, Purpose.Billing, Retention = "during contract + 10y archive")] string Iban);
        }
        """;

    private static GeneratorRun RunSample() => GeneratorRun.Run(Declarations, Types);

    [Theory]
    [InlineData("Klivar.Accounts.Customer.Privacy.g.cs")]
    [InlineData("Klivar.Accounts.Invoice.Privacy.g.cs")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyRegister.g.cs")]
    public void Generated_sources_match_their_golden_files(string hintName)
    {
        var run = RunSample();
        run.AssertCompilesCleanly();
        Golden.Verify(hintName.Replace(".g.cs", ".g.cs.txt"), run.Source(hintName));
    }

    [Fact]
    public void The_register_files_match_their_golden_files_and_the_schema()
    {
        var json = RunSample().RegisterJson();
        PublishedRegisterSchema.AssertValid(json);
        var register = ToolRegisterJson.Read(json);
        Golden.Verify("TestAssembly.privacy-register.json", json);
        Golden.Verify("TestAssembly.privacy-register.md", ToolRegisterMarkdown.Write(register));
        // The CSV opens with a byte-order mark (a spreadsheet then reads it as UTF-8); the golden file holds the text after it.
        var csv = ToolRegisterCsv.Write(register);
        Assert.Equal('\uFEFF', csv[0]);
        Golden.Verify("TestAssembly.privacy-register.csv", csv.Substring(1));
        Golden.Verify("TestAssembly.privacy-notice.md", tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(register));
    }

    /// <summary>The team's texts in French for the sample above: every text translated, so nothing is marked untranslated.</summary>
    internal const string FrenchTexts = """
        {
          "activities": {
            "platform-management": { "name": "Gestion de la plateforme", "description": "Abonnements, accès, assistance et maintenance", "dpiaReason": "Aucun traitement à grande échelle ni de données sensibles" },
            "logging": { "name": "Journalisation", "legitimateInterest": "Détecter les accès frauduleux et trouver l'origine des incidents" }
          },
          "texts": {
            "customers": "clients", "users": "utilisateurs", "Support team": "Équipe support", "Hosting provider": "Hébergeur",
            "Customer service": "Service client", "Encrypted backups": "Sauvegardes chiffrées", "Data processing agreement": "contrat de sous-traitance (art. 28 du RGPD)",
            "Support desk": "Centre d'assistance", "Which country hosts the support desk?": "Quel pays héberge le centre d'assistance ?",
            "Customer": "Client", "Customer file": "Fichier clients", "Invoice": "Facture", "Full name": "nom complet", "Email": "courriel",
            "Password hash": "empreinte du mot de passe", "Last IP address": "dernière adresse IP", "Iban": "IBAN", "IBAN": "IBAN",
            "CloudCo": "CloudCo", "Art. 28 DPA of 2024-01-10": "Contrat de sous-traitance (art. 28) du 10 janvier 2024"
          }
        }
        """;

    [Fact]
    public void The_french_register_files_match_their_golden_files_and_need_no_missing_text()
    {
        var register = ToolRegisterJson.Read(RunSample().RegisterJson());
        var missing = new List<string>();
        var french = tool::Klivar.PrivacyAnnotations.RegisterTranslation.Translate(register, tool::Klivar.PrivacyAnnotations.Lexicon.French,
            tool::Klivar.PrivacyAnnotations.RegisterTexts.Parse(FrenchTexts), missing);
        Assert.Empty(missing);
        Golden.Verify("TestAssembly.privacy-register.fr.md", ToolRegisterMarkdown.Write(french, tool::Klivar.PrivacyAnnotations.Lexicon.French));
        var frenchCsv = ToolRegisterCsv.Write(french, tool::Klivar.PrivacyAnnotations.Lexicon.French);
        Assert.Equal('\uFEFF', frenchCsv[0]);
        Golden.Verify("TestAssembly.privacy-register.fr.csv", frenchCsv.Substring(1));
        Golden.Verify("TestAssembly.privacy-notice.fr.md", tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(french, tool::Klivar.PrivacyAnnotations.Lexicon.French));
    }

    [Fact]
    public void The_register_holds_what_Art_30_asks()
    {
        var register = ToolRegisterJson.Read(RunSample().RegisterJson());
        Assert.Equal("Klivar", register.Controller!.Name);
        Assert.Equal(new[] { "billing", "logging", "platform-management" }, register.Activities.Select(a => a.Id));

        var platform = register.Activities.Single(a => a.Id == "platform-management");
        Assert.Equal("Contract", platform.LegalBasis);
        Assert.Equal(new[] { "Contact", "Credentials", "Identification" }, platform.DataCategories);
        // Each distinct period per category: the e-mail's own, and the activity's for the name and the password hash.
        Assert.Equal(new[] { ("Contact", "during contract + 5y archive"), ("Credentials", "during contract"), ("Identification", "during contract") },
            platform.Retention.Select(r => (r.AppliesTo, r.Text!)));
        Assert.Equal("P5Y", platform.Retention[0].ArchiveDuration);
        Assert.Equal(new[] { "Hosting provider" }, platform.Transfers.Select(t => t.Recipient));
        Assert.Equal("StandardContractualClauses", platform.Transfers[0].Safeguard);
        Assert.Equal(("CloudCo", "FR", "Art. 28 DPA of 2024-01-10"), (platform.Processors[0].Name, platform.Processors[0].Country, platform.Processors[0].Contract));
        Assert.Equal(new[] { "Customer service" }, platform.InternalRecipients);
        Assert.Equal(("NotRequired", "No large-scale or sensitive processing"), (platform.Dpia.Status, platform.Dpia.Reason));
        Assert.Equal(new[] { "AccessControl", "Backups" }, platform.SecurityChecklist);
        Assert.Equal("2024-01-15", platform.Created);
        Assert.Equal(new[] { "Customer file", "Customer", "Customer" }, platform.Fields.Select(f => f.DataSet));
        Assert.True(platform.Fields.Single(f => f.Member == "PasswordHash").Hashed);

        var logging = register.Activities.Single(a => a.Id == "logging");
        Assert.Equal("Detecting fraudulent access and finding the origin of incidents", logging.LegitimateInterest);
        var ip = Assert.Single(logging.Fields);
        Assert.Equal(("Klivar.Accounts.Customer", "LastIpAddress", "1y", true), (ip.Type, ip.Member, ip.Retention!, ip.Encrypted));
        // What the code proves is technical evidence, never a declared measure.
        Assert.Contains("Encrypted at rest: Customer.LastIpAddress", logging.TechnicalEvidence);
        Assert.DoesNotContain(logging.SecurityMeasures, m => m.StartsWith("Encrypted at rest", StringComparison.Ordinal));
        // "Outside the EEA" with no country: kept as such, with its note.
        var unidentified = Assert.Single(logging.Transfers, t => t.Recipient == "Support desk");
        Assert.Equal((null, "Which country hosts the support desk?"), (unidentified.Country, unidentified.ToConfirm));

        var billing = register.Activities.Single(a => a.Id == "billing");
        Assert.False(billing.Declared);
        Assert.Equal("Iban", Assert.Single(billing.Fields).Member);
    }

    [Fact]
    public void The_typed_register_at_run_time_is_the_compiled_one()
    {
        var assembly = RunSample().Load();
        var type = assembly.GetType("Klivar.PrivacyAnnotations.Generated.PrivacyRegister", throwOnError: true)!;
        var register = (runtime::Klivar.PrivacyAnnotations.ProcessingRegister)type.GetProperty("Register")!.GetValue(null)!;
        Assert.Equal("TestAssembly", register.Assembly);
        Assert.Equal(3, register.Activities.Count);
    }

    [Fact]
    public void Two_runs_give_byte_identical_output()
    {
        var first = RunSample().Sources;
        // Another compilation, files in the other order: the output must not depend on either.
        var second = GeneratorRun.Run(Types, Declarations).Sources;
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in first) Assert.Equal(text, second[name]);
    }
}
