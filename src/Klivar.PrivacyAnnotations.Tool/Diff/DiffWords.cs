using System.Collections.Generic;
using System.Globalization;

namespace Klivar.PrivacyAnnotations.Tool.Diff
{
    /// <summary>
    /// The fixed words of a diff, in the language of the registers it compares: a French register gives a French diff.
    /// The fields' own words come from the register's schema; the register's vocabulary (categories, legal bases,
    /// safeguards) from the lexicon the register files use.
    /// </summary>
    internal sealed class DiffWords
    {
        public static readonly DiffWords English = new DiffWords("en", Lexicon.English, new Dictionary<string, string>
        {
            ["record"] = "Record",
            ["flows"] = "What changed in the data flows",
            ["flowsIntro"] = "Each activity changed, with what was added (green) and removed (red, dashed), boxes and arrows alike.",
            ["flowAdded"] = " (added)",
            ["flowRemoved"] = " (removed)",
            ["controller"] = "Controller",
            ["policy"] = "DPO policy",
            ["version"] = "version",
            ["none"] = "none",
            ["notStated"] = "not stated",
            ["added"] = "added",
            ["removed"] = "removed",
            ["changed"] = "changed",
            ["yes"] = "yes",
            ["no"] = "no",
            ["declared"] = "declared",
            ["notDeclared"] = "not declared (KPA0002)",
            ["noBasis"] = "no declared legal basis",
            ["activityAdded"] = "New processing activity '{0}' on {1}",
            ["activityRemoved"] = "Processing activity '{0}' removed",
            ["processor"] = "Processor (Art. 28) {0}",
            ["transferTo"] = "Transfer outside the EEA to {0} ({1})",
            ["countryNotIdentified"] = "country not identified",
            ["countryNotStated"] = "country not stated",
            ["contract"] = "contract",
            ["toConfirm"] = "to confirm",
            ["field"] = "Field",
            ["dataSet"] = "data set",
            ["dataSets"] = "data sets",
            ["kept"] = "kept",
            ["redaction"] = "redaction",
            ["encrypted"] = "encrypted",
            ["pseudonymised"] = "pseudonymised",
            ["hashed"] = "hashed",
            ["special"] = "special category",
            ["criminal"] = "criminal data",
            ["allData"] = "All data",
            ["categoryData"] = "{0} data",
            ["keptLonger"] = "kept longer",
            ["keptShorter"] = "kept shorter",
            ["keptSame"] = "kept under another rule, no longer than before at most",
            ["keptIncomparable"] = "kept under a rule that cannot be compared with the old one",
            ["noChange"] = "No change to the privacy register.",
            ["changes"] = "{0} to the privacy register; ",
            ["oneChange"] = "1 change",
            ["manyChanges"] = "{0} changes",
            ["noReview"] = "none needs the DPO's review.",
            ["oneReview"] = "1 needs the DPO's review.",
            ["manyReviews"] = "{0} need the DPO's review.",
            ["title"] = "Privacy register diff",
            ["mdTitle"] = "Privacy register changes",
            ["reviewList"] = "Review list",
            ["where"] = "Where",
            ["change"] = "Change",
            ["kind"] = "Kind",
            ["review"] = "review",
        });

        public static readonly DiffWords French = new DiffWords("fr", Lexicon.French, new Dictionary<string, string>
        {
            ["record"] = "Registre",
            ["flows"] = "Évolution des flux de données",
            ["flowsIntro"] = "Chaque traitement modifié, avec ce qui a été ajouté (en vert) et retiré (en rouge, en pointillés), cadres et flèches compris.",
            ["flowAdded"] = " (ajouté)",
            ["flowRemoved"] = " (supprimé)",
            ["controller"] = "Responsable du traitement",
            ["policy"] = "Politique du DPO",
            ["version"] = "version",
            ["none"] = "aucun",
            ["notStated"] = "non renseignée",
            ["added"] = "ajouté",
            ["removed"] = "supprimé",
            ["changed"] = "modifié",
            ["yes"] = "oui",
            ["no"] = "non",
            ["declared"] = "déclarée",
            ["notDeclared"] = "non déclarée (KPA0002)",
            ["noBasis"] = "sans base légale déclarée",
            ["activityAdded"] = "Nouvelle activité de traitement « {0} » : {1}",
            ["activityRemoved"] = "Activité de traitement « {0} » supprimée",
            ["processor"] = "Sous-traitant (art. 28) {0}",
            ["transferTo"] = "Transfert hors de l'EEE vers {0} ({1})",
            ["countryNotIdentified"] = "pays non identifié",
            ["countryNotStated"] = "pays non renseigné",
            ["contract"] = "contrat",
            ["toConfirm"] = "à confirmer",
            ["field"] = "Champ",
            ["dataSet"] = "ensemble de données",
            ["dataSets"] = "ensembles de données",
            ["kept"] = "conservation",
            ["redaction"] = "masquage",
            ["encrypted"] = "chiffré",
            ["pseudonymised"] = "pseudonymisé",
            ["hashed"] = "haché",
            ["special"] = "catégorie particulière",
            ["criminal"] = "données pénales",
            ["allData"] = "Toutes les données",
            ["categoryData"] = "{0}",
            ["keptLonger"] = "conservées plus longtemps",
            ["keptShorter"] = "conservées moins longtemps",
            ["keptSame"] = "conservées selon une autre règle, au plus aussi longtemps qu'avant",
            ["keptIncomparable"] = "conservées selon une règle qui ne se compare pas à l'ancienne",
            ["noChange"] = "Aucune modification du registre.",
            ["changes"] = "{0} du registre ; ",
            ["oneChange"] = "1 modification",
            ["manyChanges"] = "{0} modifications",
            ["noReview"] = "aucune ne demande l'examen du DPO.",
            ["oneReview"] = "1 demande l'examen du DPO.",
            ["manyReviews"] = "{0} demandent l'examen du DPO.",
            ["title"] = "Modifications du registre",
            ["mdTitle"] = "Modifications du registre des activités de traitement",
            ["reviewList"] = "Liste d'examen",
            ["where"] = "Où",
            ["change"] = "Modification",
            ["kind"] = "Type",
            ["review"] = "à examiner",
        });

        private readonly Dictionary<string, string> _words;
        private readonly Lexicon _lexicon;

        private DiffWords(string language, Lexicon lexicon, Dictionary<string, string> words)
        {
            Language = language;
            _lexicon = lexicon;
            _words = words;
        }

        /// <summary>The language code: <c>en</c> or <c>fr</c>.</summary>
        public string Language { get; }

        /// <summary>The register files' lexicon of the same language (the diagrams' words).</summary>
        public Lexicon Lexicon => _lexicon;

        /// <summary>The words of a register's language (<see cref="ProcessingRegister.Language"/>); English when none or unknown.</summary>
        public static DiffWords For(string? language) => language == "fr" ? French : English;

        public string this[string key, params object[] args] =>
            args.Length == 0 ? _words[key] : string.Format(CultureInfo.InvariantCulture, _words[key], args);

        /// <summary>A data category: its enum name in English (as the diff always said it), the register's words in French.</summary>
        public string Category(string category) => Language == "en" ? category : _lexicon.Category(category);

        /// <summary>A legal basis: its name and article.</summary>
        public string Basis(string basis) =>
            Language == "en"
                ? basis + (LegalBasisFacts.TryParse(basis, out var parsed) ? " (" + LegalBasisFacts.Article(parsed) + ")" : "")
                : _lexicon.Basis(basis) + (_lexicon.BasisArticle(basis) is { Length: > 0 } article ? " (" + article + ")" : "");

        /// <summary>A legal basis alone: its enum name in English (as the diff always said it), the register's words in French.</summary>
        public string BasisName(string basis) => Language == "en" ? basis : _lexicon.Basis(basis);

        public string Safeguard(string safeguard) => Language == "en" ? safeguard : _lexicon.Safeguard(safeguard);

        public string Dpia(string status) => Language == "en" ? status : _lexicon.Dpia(status);
    }
}
