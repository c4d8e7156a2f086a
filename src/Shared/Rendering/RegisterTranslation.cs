using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// A team's texts in one language: the translations of what the code states in English (activity names and
    /// descriptions, data subjects, recipients, data sets, notes...). Read from a JSON file the project adds as an
    /// <c>AdditionalFiles</c> item named <c>*.privacy-texts.&lt;language&gt;.json</c> (docs/build-integration.md):
    /// <code>
    /// {
    ///   "activities": { "contact-form": { "name": "Formulaire de contact", "description": "..." } },
    ///   "texts": { "Website visitors": "Visiteurs du site" },
    ///   "events": { "renewal": "le renouvellement" }
    /// }
    /// </code>
    /// An activity's own texts are keyed by its id (<c>name</c>, <c>description</c>, <c>legitimateInterest</c>,
    /// <c>toConfirm</c>, <c>dpiaReason</c>); any other text by its English wording; retention events by their name.
    /// </summary>
    internal sealed class RegisterTexts
    {
        public static readonly RegisterTexts Empty = new RegisterTexts(
            new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal),
            new Dictionary<string, string>(StringComparer.Ordinal));

        private readonly Dictionary<string, Dictionary<string, string>> _activities;
        private readonly Dictionary<string, string> _texts;
        private readonly Dictionary<string, string> _events;

        private RegisterTexts(Dictionary<string, Dictionary<string, string>> activities, Dictionary<string, string> texts, Dictionary<string, string> events)
        {
            _activities = activities;
            _texts = texts;
            _events = events;
        }

        /// <summary>Reads a texts file.</summary>
        /// <exception cref="FormatException">The text is not JSON, or not a texts file.</exception>
        public static RegisterTexts Parse(string json)
        {
            var root = RegisterJson.ParseObject(json, "A privacy texts file");
            var activities = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var pair in Section(root, "activities"))
            {
                if (pair.Value is not Dictionary<string, object?> fields) throw new FormatException("'activities." + pair.Key + "' is an object of texts.");
                activities[pair.Key] = Strings(fields, "activities." + pair.Key);
            }
            return new RegisterTexts(activities, Strings(Section(root, "texts"), "texts"), Strings(Section(root, "events"), "events"));
        }

        /// <summary>Several texts files as one (klivar-privacy merge reads each assembly's): the first file that translates a text wins.</summary>
        public static RegisterTexts Combine(IEnumerable<RegisterTexts> files)
        {
            var activities = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var events = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var pair in file._activities)
                {
                    if (!activities.TryGetValue(pair.Key, out var fields)) activities[pair.Key] = fields = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var field in pair.Value) if (!fields.ContainsKey(field.Key)) fields[field.Key] = field.Value;
                }
                foreach (var pair in file._texts) if (!texts.ContainsKey(pair.Key)) texts[pair.Key] = pair.Value;
                foreach (var pair in file._events) if (!events.ContainsKey(pair.Key)) events[pair.Key] = pair.Value;
            }
            return new RegisterTexts(activities, texts, events);
        }

        public string? Activity(string id, string field) =>
            _activities.TryGetValue(id, out var fields) && fields.TryGetValue(field, out var text) ? text : null;

        public string? Text(string english) => _texts.TryGetValue(english, out var text) ? text : null;

        public string? Event(string name) => _events.TryGetValue(name, out var text) ? text : null;

        private static Dictionary<string, object?> Section(Dictionary<string, object?> root, string name)
        {
            if (!root.TryGetValue(name, out var value) || value is null) return new Dictionary<string, object?>(StringComparer.Ordinal);
            return value as Dictionary<string, object?> ?? throw new FormatException("'" + name + "' is an object.");
        }

        private static Dictionary<string, string> Strings(Dictionary<string, object?> o, string where)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in o)
                result[pair.Key] = pair.Value as string ?? throw new FormatException("'" + where + "." + pair.Key + "' is a string.");
            return result;
        }
    }

    /// <summary>
    /// Puts a register into another language: the team's texts from <see cref="RegisterTexts"/>, retention rules
    /// described in that language. The code's texts are English; a text with no translation stays visible as
    /// untranslated (never silently English in another language) and is reported, so the build can warn (KPA1006).
    /// </summary>
    internal static class RegisterTranslation
    {
        /// <summary>The register in <paramref name="lexicon"/>'s language; <paramref name="missing"/> collects each untranslated text once.</summary>
        public static ProcessingRegister Translate(ProcessingRegister register, Lexicon lexicon, RegisterTexts texts, ICollection<string> missing)
        {
            if (!lexicon.IsFrench) return register;
            // The DPO policy record (file, version, hash) is the same in every language: the French register keeps it.
            var translated = (ProcessingRegister)TranslateObject(RegisterSchema.Register, register, new Translator(texts, missing, lexicon), null);
            translated.Language = lexicon.Language;
            return translated;
        }

        // Each field as the schema says (RegisterSchema: RegisterTranslate); the few with a rule of their own in TranslateCustom.
        private static object TranslateObject(RegisterShape shape, object value, Translator t, RegisterActivity? activity)
        {
            var copy = shape.Copy(value);
            if (copy is RegisterActivity own) activity = own;
            foreach (var property in shape.Properties)
            {
                switch (property.Translate)
                {
                    case RegisterTranslate.Text when property.Kind == RegisterValueKind.Text:
                        property.SetValue(copy, t.Text(property.GetText(copy)));
                        break;
                    case RegisterTranslate.Text when property.Kind == RegisterValueKind.Texts:
                        property.SetValue(copy, t.Texts(property.GetTexts(copy)));
                        break;
                    case RegisterTranslate.Text when property.Kind == RegisterValueKind.Object:
                        if (property.GetValue(copy) is { } child) property.SetValue(copy, TranslateObject(property.Shape!, child, t, activity));
                        break;
                    case RegisterTranslate.Text when property.Kind == RegisterValueKind.Objects:
                        property.SetValue(copy, property.GetObjects(copy).Select(item => TranslateObject(property.Shape!, item, t, activity)).ToList());
                        break;
                    case RegisterTranslate.ActivityText:
                        property.SetValue(copy, t.Activity(activity!.Id, property.TextKey, property.GetText(copy)));
                        break;
                    case RegisterTranslate.Custom:
                        TranslateCustom(property, copy, t);
                        break;
                }
            }
            return copy;
        }

        private static void TranslateCustom(RegisterProperty property, object value, Translator t)
        {
            switch (value, property.Key)
            {
                // An undeclared activity's name is made from its id: no team text to translate.
                case (RegisterActivity a, "name"):
                    if (a.Declared) a.Name = t.Activity(a.Id, "name", a.Name)!;
                    break;
                // The facts derived from the fields are the product's words, rendered in each language by the renderers.
                case (RegisterActivity a, "securityMeasures"):
                    a.SecurityMeasures = a.SecurityMeasures.Select(m => SecurityFacts.IsDerived(m) ? m : t.Text(m)!).ToList();
                    break;
                // What the code proves of the fields, in the product's words of the language (the fields are translated first).
                case (RegisterActivity a, "technicalEvidence"):
                    if (a.TechnicalEvidence.Count > 0) a.TechnicalEvidence = RegisterMarkdown.FieldFacts(a.Fields, t.Lexicon).ToList();
                    break;
                // A statute ("Code civil, art. 2224") reads the same in every language: kept as written unless translated.
                case (RegisterRetention r, "archiveReference"):
                    if (r.ArchiveReference is not null) r.ArchiveReference = t.Reference(r.ArchiveReference);
                    break;
                case (RegisterRetention r, "description"):
                    r.Description = t.Retention(r.Text) ?? FrenchRetention.Unstated(r.Description);
                    break;
                case (RegisterProcessor p, "country"):
                    p.Country = IsCountryCode(p.Country) ? p.Country : t.Text(p.Country);
                    break;
                default:
                    throw new InvalidOperationException("The register schema marks '" + property.Key + "' as translated by a rule of its own, and there is none.");
            }
        }

        /// <summary>A processor's location as an ISO code ("FR") needs no translation; in words it does.</summary>
        private static bool IsCountryCode(string? country) =>
            country is null || (country.Length == 2 && char.IsUpper(country[0]) && char.IsUpper(country[1]));

        /// <summary>How an untranslated text shows: visibly, so no reader takes it for a translation.</summary>
        public static string Untranslated(string english) => "(non traduit) " + english;

        private sealed class Translator
        {
            private readonly RegisterTexts _texts;
            private readonly ICollection<string> _missing;

            public Translator(RegisterTexts texts, ICollection<string> missing, Lexicon lexicon)
            {
                _texts = texts;
                _missing = missing;
                Lexicon = lexicon;
            }

            /// <summary>The language translated into, for the product's own words.</summary>
            public Lexicon Lexicon { get; }

            public string? Text(string? english)
            {
                if (string.IsNullOrWhiteSpace(english)) return english;
                return _texts.Text(english!) ?? Missing(english!);
            }

            public string? Activity(string id, string field, string? english)
            {
                if (string.IsNullOrWhiteSpace(english)) return english;
                return _texts.Activity(id, field) ?? _texts.Text(english!) ?? Missing(english!);
            }

            public IReadOnlyList<string> Texts(IReadOnlyList<string> english) => english.Select(e => Text(e)!).ToList();

            public string? Retention(string? text)
            {
                if (string.IsNullOrWhiteSpace(text) || !RetentionPolicy.TryParse(text, out var policy) || policy is null) return null;
                return FrenchRetention.Describe(policy, Event, Reference);
            }

            // A statute ("Code civil, art. 2224") reads the same in every language: a reference the texts file does not
            // translate is kept as written, and not reported missing.
            public string Reference(string reference) => _texts.Text(reference) ?? reference;

            private string Event(string name)
            {
                var known = FrenchRetention.KnownEvent(name) ?? _texts.Event(name);
                if (known is not null) return known;
                if (!_missing.Contains("event " + name)) _missing.Add("event " + name);
                return "« " + name.Replace('-', ' ') + " »";
            }

            private string Missing(string english)
            {
                if (!_missing.Contains(english)) _missing.Add(english);
                return Untranslated(english);
            }
        }
    }

    /// <summary>Retention rules in French, as a French privacy policy words them: "3 ans après le dernier contact".</summary>
    internal static class FrenchRetention
    {
        public static string Describe(RetentionPolicy policy, Func<string, string> eventNoun, Func<string, string>? reference = null)
        {
            var builder = new StringBuilder();
            switch (policy.Kind)
            {
                case RetentionKind.FromCollection:
                    builder.Append(Period(policy.Period!.Value));
                    break;
                case RetentionKind.AfterEvent:
                    builder.Append(Period(policy.Period!.Value)).Append(" après ").Append(eventNoun(policy.Anchor));
                    break;
                case RetentionKind.Relationship:
                    builder.Append("la durée ").Append(Of(eventNoun(policy.Anchor)));
                    break;
                case RetentionKind.CalendarYear:
                    builder.Append("l'année civile ").Append(Of(eventNoun(policy.Anchor)));
                    break;
            }
            // "Archivage intermédiaire": the CNIL's word for data kept, access restricted, after its purpose is over.
            if (policy.ArchivePeriod.HasValue) builder.Append(", puis ").Append(Period(policy.ArchivePeriod.Value)).Append(" en archivage intermédiaire");
            if (policy.ArchiveGround == ArchiveGround.LegalObligation) builder.Append(" pour respecter une obligation légale (").Append(reference is null ? policy.ArchiveReference : reference(policy.ArchiveReference!)).Append(')');
            else if (policy.ArchiveGround == ArchiveGround.LegalClaims)
                builder.Append(" pour la constatation, l'exercice ou la défense de droits en justice (").Append(reference is null ? policy.ArchiveReference : reference(policy.ArchiveReference!)).Append(')');
            if (policy.EndingEvent != null)
                builder.Append(", sauf ").Append(policy.EndingEvent == "consent-withdrawn" ? "retrait du consentement" : eventNoun(policy.EndingEvent));
            return builder.ToString();
        }

        /// <summary>The register's English words for a missing or unreadable rule, in French.</summary>
        public static string Unstated(string english) =>
            english == "Not stated" ? "Non renseignée" : english == "Unreadable retention rule" ? "Règle de conservation illisible" : RegisterTranslation.Untranslated(english);

        /// <summary>The events teams use most, as French nouns with their article.</summary>
        public static string? KnownEvent(string name)
        {
            switch (name)
            {
                case "contract": return "le contrat";
                case "last-contact": return "le dernier contact";
                case "request": return "la demande";
                case "consent-withdrawn": return "le retrait du consentement";
                case "subscription": return "l'abonnement";
                case "account": return "le compte";
                case "account-closure": return "la clôture du compte";
                case "employment": return "le contrat de travail";
                case "collection": return "la collecte";
                case "purchase": return "l'achat";
                case "last-login": return "la dernière connexion";
                default: return null;
            }
        }

        public static string Period(RetentionPeriod period)
        {
            var parts = new List<string>(3);
            if (period.Years != 0) parts.Add(Count(period.Years, "an", "ans"));
            if (period.Months != 0) parts.Add(Count(period.Months, "mois", "mois"));
            if (period.Days != 0 || parts.Count == 0) parts.Add(Count(period.Days, "jour", "jours"));
            if (parts.Count == 1) return parts[0];
            return string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " et " + parts[parts.Count - 1];
        }

        private static string Count(int n, string one, string many) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);

        /// <summary>"de" before a noun with its article: "du contrat", "de la demande", "de l'abonnement".</summary>
        private static string Of(string noun)
        {
            if (noun.StartsWith("le ", StringComparison.Ordinal)) return "du " + noun.Substring(3);
            if (noun.StartsWith("les ", StringComparison.Ordinal)) return "des " + noun.Substring(4);
            return "de " + noun;
        }
    }
}
