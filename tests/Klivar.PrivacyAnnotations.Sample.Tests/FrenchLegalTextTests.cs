using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>
/// The sample's French notice read as a French DPO reads it: the GDPR's own French for each right and condition, the
/// CNIL's words, the French law's post-mortem directives, and none of what gives away a machine translation or a
/// developer's file (English words, C# enum names and members, rule identifiers, calques).
/// </summary>
public class FrenchLegalTextTests
{
    private static readonly string Notice = SampleOutput.Read("Klivar.Platform.privacy-notice.draft.fr.md");

    /// <summary>The phrases the law and the CNIL use, which the French notice must use as they are.</summary>
    public static TheoryData<string, string> ExpectedPhrases => new()
    {
        { "first line says draft", "# Projet de politique de confidentialité : Klivar\n" },
        { "draft, not to publish", "**Projet, à ne pas publier :**" },
        { "Art. 17 title", "droit à l'effacement (« droit à l'oubli »)" },
        { "Art. 20(1)", "dans un format structuré, couramment utilisé et lisible par machine" },
        { "Art. 20(1), transmission", "et les transmettre à un autre responsable du traitement" },
        { "Art. 7(3), second sentence", "le retrait du consentement ne compromet pas la licéité du traitement fondé sur le consentement effectué avant ce retrait" },
        { "Art. 21(1)", "pour des raisons tenant à votre situation particulière" },
        { "Art. 21(1), compelling grounds", "motifs légitimes et impérieux pour le traitement qui prévalent sur vos intérêts et vos droits et libertés" },
        { "Art. 21(2)", "à des fins de prospection, vous pouvez vous y opposer à tout moment" },
        { "objection apart", "## Votre droit d'opposition" },
        { "Art. 18", "droit à la limitation du traitement" },
        { "Art. 77", "introduire une réclamation auprès d'une autorité de contrôle" },
        { "post-mortem directives", "directives relatives à la conservation, à l'effacement et à la communication de vos données personnelles après votre décès (article 85 de la loi Informatique et Libertés)" },
        { "CNIL: intermediate archive", "archivage intermédiaire" },
        { "Art. 17(3)(e) in French", "la constatation, l'exercice ou la défense de droits en justice" },
        { "Art. 13(1)(f)", "Vous pouvez obtenir une copie de ces garanties sur demande" },
        { "Art. 28 in French practice", "contrat de sous-traitance (art. 28 du RGPD)" },
        { "SCC", "clauses contractuelles types approuvées par la Commission européenne" },
        { "Art. 6(1)(b)", "exécution d'un contrat (art. 6.1.b RGPD)" },
        { "DPO not settled", "- Délégué à la protection des données : à confirmer" },
        { "DPO point", "Aucun délégué à la protection des données n'est indiqué, et l'absence de désignation n'est pas confirmée" },
        { "Empty fields of an activity", "Restent à renseigner : les destinataires internes (services ayant accès aux données) ; les mesures de sécurité ; la position sur l'analyse d'impact relative à la protection des données (AIPD) ; la date de création de la fiche" },
    };

    [Theory]
    [MemberData(nameof(ExpectedPhrases))]
    public void The_french_notice_uses_the_laws_own_words(string what, string phrase)
    {
        Assert.True(Notice.Contains(phrase, StringComparison.Ordinal), $"{what}: the French notice lacks \"{phrase}\"");
    }

    /// <summary>What a French DPO would strike out: English words, paraphrases of the law, calques, the second person in purposes.</summary>
    public static TheoryData<string, string> ForbiddenPhrases => new()
    {
        { "English 'not stated'", "not stated" },
        { "English 'to confirm'", "to confirm" },
        { "English 'archive'", " archive " },
        { "English DPA", "Data Processing Agreement" },
        { "French for DPA, not the practice", "accord de traitement" },
        { "the acronym DPA", "(DPA)" },
        { "Art. 17 paraphrased", "droit d'effacement" },
        { "archives, not the CNIL's word", "en archives" },
        { "Art. 7(3) paraphrased", "sans remettre en cause" },
        { "calque", "qu'il sert" },
        { "calque", "est supposé" },
        { "second person in a purpose", "Gérer votre" },
        { "untranslated text", "(non traduit)" },
        { "rule identifier", "KPA0" },
        { "C# member", "DataProtectionOfficer" },
        { "C# attribute", "[assembly:" },
        { "code note", "`ToConfirm`" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenPhrases))]
    public void The_french_notice_has_none_of_the_phrases_a_french_dpo_would_strike_out(string what, string phrase)
    {
        var at = Notice.IndexOf(phrase, StringComparison.Ordinal);
        Assert.True(at < 0, $"{what}: the French notice contains \"{phrase}\" in: {(at < 0 ? "" : Notice.Substring(Math.Max(0, at - 60), Math.Min(160, Notice.Length - Math.Max(0, at - 60))))}");
    }

    private static readonly string RegisterCsv = SampleOutput.Read("Klivar.Platform.privacy-register.fr.csv");
    private static readonly string RegisterMarkdown = SampleOutput.Read("Klivar.Platform.privacy-register.fr.md");

    /// <summary>
    /// The French register files, as a French DPO opens them: the CNIL's words, and no rule of the retention language
    /// (code written in English) where the French says the period in words.
    /// </summary>
    public static TheoryData<string, string, bool> RegisterPhrases => new()
    {
        { "CSV: CNIL's intermediate archive", "archivage intermédiaire", true },
        { "CSV: period in French", "3 ans après le dernier contact, sauf retrait du consentement", true },
        { "CSV: professional life", "Vie professionnelle", true },
        { "CSV: the record's empty fields", "Restent à renseigner : les destinataires internes", true },
        { "CSV: English rule, relationship", "during contract", false },
        { "CSV: English rule, event", "after last-contact", false },
        { "CSV: English rule, withdrawal", "unless consent-withdrawn", false },
        { "CSV: English rule, archive ground", "archive for legal-", false },
        { "CSV: English column", "Retention rule", false },
        { "CSV: archives, not the CNIL's word", "en archives", false },
        { "CSV: a datum by its label", "adresse électronique", true },
        { "CSV: a C# type and member", "Klivar.Platform.", false },
        { "CSV: an MSBuild property", "PrivacyRegisterVersion", false },
    };

    [Theory]
    [MemberData(nameof(RegisterPhrases))]
    public void The_french_register_csv_says_retention_in_the_cnils_french_and_carries_no_english_rule(string what, string phrase, bool expected)
    {
        Assert.True(RegisterCsv.Contains(phrase, StringComparison.Ordinal) == expected, $"{what}: the French CSV {(expected ? "lacks" : "contains")} \"{phrase}\"");
    }

    [Fact]
    public void The_french_register_markdown_carries_no_english_rule_either()
    {
        foreach (var rule in new[] { "during contract", "after last-contact", "unless consent-withdrawn", "What changed", "Technical evidence", "Points to confirm", "PrivacyRegisterVersion", "PrivacyRegisterDate" })
            Assert.DoesNotContain(rule, RegisterMarkdown);
        Assert.Contains("archivage intermédiaire", RegisterMarkdown);
    }

    [Fact]
    public void The_french_notice_names_no_enum_value_of_the_vocabulary()
    {
        // Every name of every enum a team writes: a French file shows the words, never `StandardContractualClauses`.
        var vocabulary = Path.GetFullPath(Path.Combine(SampleOutput.Directory, "..", "..", "..", "..", "..", "src", "Shared", "Vocabulary"));
        var names = Directory.EnumerateFiles(vocabulary, "*.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^\s+(\w+) = \d+,", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            // A single word that is also French ("Contact", "Usage") cannot be told apart; the compound names can.
            .Where(n => Regex.IsMatch(n, "^[A-Z][a-z]+[A-Z]"))
            .Distinct().ToList();
        Assert.Contains("StandardContractualClauses", names);
        foreach (var name in names)
            Assert.False(Regex.IsMatch(Notice, @"\b" + name + @"\b"), $"the French notice shows the enum name '{name}'");
    }

    private static readonly string Register = SampleOutput.Read("Klivar.Platform.privacy-register.fr.md");

    [Fact]
    public void The_french_register_agrees_its_words_and_shows_no_code()
    {
        foreach (var phrase in new[]
        {
            "- **Données sensibles :** aucune\n", "- **Autres mesures :** aucune\n", "- **Destinataires : services internes :** non renseignés\n",
            "- **Mesures de sécurité :** non renseignées\n", "archivage intermédiaire", "contrat de sous-traitance (art. 28 du RGPD)",
            "| Ensemble de données | Donnée | Catégorie |",
        })
            Assert.True(Register.Contains(phrase, StringComparison.Ordinal), "the French register lacks \"" + phrase + "\"");
        foreach (var phrase in new[]
        {
            "- **Données sensibles :** aucun\n", "- **Mesures de sécurité :** non renseigné\n", "en archives", "accord de traitement",
            "KPA0", "[assembly:", "Klivar.Platform.Accounts", "UserAccount", "PasswordHash", "after last-contact", "during contract", "`commercial-prospecting`",
        })
            Assert.False(Register.Contains(phrase, StringComparison.Ordinal), "the French register shows \"" + phrase + "\"");
    }

    [Fact]
    public void The_french_register_keeps_the_record_of_the_dpo_policy_it_was_checked_against()
    {
        var english = System.Text.Json.Nodes.JsonNode.Parse(SampleOutput.Read("Klivar.Platform.privacy-register.json"))!["policy"];
        var french = System.Text.Json.Nodes.JsonNode.Parse(SampleOutput.Read("Klivar.Platform.privacy-register.fr.json"))!["policy"];
        Assert.NotNull(french);
        Assert.Equal(english!.ToJsonString(), french!.ToJsonString());
        Assert.Equal("privacy-policy.json", french["file"]!.GetValue<string>());
    }

    [Fact]
    public void Each_right_is_one_sentence_of_the_list_in_french_punctuation()
    {
        var rights = Notice.Split('\n').SkipWhile(l => l != "## Vos droits").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(8, rights.Count);
        Assert.All(rights.Take(rights.Count - 1), r => Assert.EndsWith(" ;", r));
        Assert.EndsWith(".", rights[^1]);
    }
}
