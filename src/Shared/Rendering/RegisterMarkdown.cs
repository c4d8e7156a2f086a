using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register as Markdown, for a DPO: the record's version and date, the DPO policy it was checked against, a
    /// diagram of the data flows, the points to confirm, the controller, a summary table, then one section per activity with its retention table and fields (the sheets of the CNIL
    /// template), in English or French.
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class RegisterMarkdown
    {
        /// <summary>Renders the register in English.</summary>
        public static string Write(ProcessingRegister register) => Write(register, Lexicon.English);

        /// <summary>Renders the register in a language; its team texts must already be in it (<see cref="RegisterTranslation"/>).</summary>
        internal static string Write(ProcessingRegister register, Lexicon l)
        {
            var md = new StringBuilder();
            md.Append("# ").Append(l["md.title", MarkdownText.Escape(register.Assembly)]).Append("\n\n");
            if (register.MergedFrom is { } mergedFrom)
                md.Append(l[mergedFrom.Count == 1 ? "md.mergedOne" : "md.merged", mergedFrom.Count, MarkdownText.Escape(string.Join(", ", mergedFrom)),
                    MarkdownText.Escape(register.SchemaVersion)]).Append("\n\n");
            else
                md.Append(l["md.generated", MarkdownText.Escape(register.SchemaVersion)]).Append("\n\n");
            // The record's own version and date, always: an undeclared one reads "to confirm" and is among the points below.
            Item(md, l, RegisterSchema.Register["version"].Label!.In(l.Language), MarkdownText.Escape(register.Version ?? l["toConfirm"]));
            Item(md, l, RegisterSchema.Register["date"].Label!.In(l.Language), MarkdownText.Escape(register.Date ?? l["toConfirm"]));
            md.Append('\n');

            if (register.Policy is { } policy)
                md.Append(l["md.policy", MarkdownText.Code(policy.File), policy.Version is null ? "" : " " + MarkdownText.Escape(policy.Version), MarkdownText.Code(policy.Hash)])
                  .Append("\n\n");

            if (register.Activities.Count > 0)
            {
                // The picture first: who the data is about, why it is processed, what it is, and where it goes.
                md.Append("## ").Append(l["md.flows"]).Append("\n\n").Append(l["md.flowsIntro"]).Append("\n\n");
                foreach (var (_, title, graph) in RegisterMermaid.Graphs(register, l))
                    md.Append("**").Append(MarkdownText.Escape(title)).Append("**\n\n```mermaid\n").Append(RegisterMermaid.Write(graph)).Append("```\n\n");
            }

            var points = OpenPoints.Of(register, l);
            if (points.Count > 0)
            {
                md.Append("## ").Append(l["md.openPoints"]).Append("\n\n").Append(l["md.openPointsIntro"]).Append("\n\n");
                foreach (var (subject, note) in points) Item(md, l, MarkdownText.Escape(subject), MarkdownText.Escape(note));
                md.Append('\n');
            }

            md.Append("## ").Append(l["md.controller"]).Append("\n\n");
            var c = register.Controller;
            if (c is null)
            {
                md.Append(l["md.noController"]).Append("\n\n");
            }
            else
            {
                md.Append("| ").Append(l["md.field"]).Append(" | ").Append(l["md.value"]).Append(" |\n|---|---|\n");
                foreach (var key in RegisterSchema.ControllerRows)
                {
                    var property = RegisterSchema.Controller[key];
                    // No DPO is a statement of its own (none designated), never a blank row.
                    var value = key == "dataProtectionOfficer" ? Dpo(c, l) : property.GetText(c);
                    Row(md, property.Label!.In(l.Language), value);
                }
                md.Append('\n');
            }

            md.Append("## ").Append(l["md.activities"]).Append("\n\n");
            if (register.Activities.Count == 0)
            {
                md.Append(l["md.noActivity"]).Append("\n\n");
            }
            else
            {
                md.Append("| ").Append(l["md.activity"]).Append(" | ").Append(RegisterSchema.Activity["legalBasis"].Label!.In(l.Language)).Append(" | ").Append(RegisterSchema.Activity["dataCategories"].Label!.In(l.Language))
                  .Append(" | ").Append(l["md.retention"]).Append(" |\n|---|---|---|---|\n");
                foreach (var a in register.Activities)
                {
                    // "(to confirm)" for a note and for an empty field of the record alike: both are points below.
                    var open = !string.IsNullOrWhiteSpace(a.ToConfirm) || RegisterOpenPoints.EmptyFields(a).Count > 0;
                    md.Append("| ").Append(MarkdownText.Escape(a.Name)).Append(open ? " (" + l["toConfirm"] + ")" : "")
                      .Append(" | ").Append(Basis(a, l))
                      .Append(" | ").Append(MarkdownText.List(a.DataCategories.Select(l.Category), l.None("f")))
                      .Append(" | ").Append(RetentionSummary(a, l))
                      .Append(" |\n");
                }
                md.Append('\n');
            }

            foreach (var a in register.Activities) WriteActivity(md, a, l);
            return md.ToString().TrimEnd('\n') + "\n";
        }

        private static void WriteActivity(StringBuilder md, RegisterActivity a, Lexicon l)
        {
            // The French file is the DPO's and the CNIL's: no code identifier in it, the activity's name alone.
            md.Append("## ").Append(MarkdownText.Escape(a.Name));
            if (!l.IsFrench) md.Append(" (").Append(MarkdownText.Code(a.Id)).Append(')');
            md.Append("\n\n");
            if (!a.Declared) md.Append(l["md.notDeclared"]).Append("\n\n");
            foreach (var key in RegisterSchema.ActivityItems)
            {
                if (key == "[sensitive]") Item(md, l, l["md.sensitive"], MarkdownText.List(a.DataCategories.Where(IsSensitive).Select(l.Category), l.None("fp")));
                else if (key == "[fieldFacts]") Item(md, l, l["md.fieldFacts"], MarkdownText.List(FieldFacts(a.Fields, l), l.None("f")));
                else
                {
                    var property = RegisterSchema.Activity[key];
                    Item(md, l, property.Label!.In(l.Language), ActivityValues.TryGetValue(key, out var value) ? value(a, l) : Value(property, a, l));
                }
            }
            md.Append('\n');

            md.Append("### ").Append(l["md.retention"]).Append("\n\n");
            if (a.Retention.Count == 0)
            {
                md.Append(Capital(l.NotStated("fp"))).Append(".\n\n");
            }
            else if (l.IsFrench)
            {
                // In French, the periods in words: the rule as written, its trigger and its ISO 8601 periods are the code's,
                // in the English file and the JSON.
                md.Append("| ").Append(l["md.dataCategory"]).Append(" | ").Append(l["md.period"]).Append(" |\n|---|---|\n");
                foreach (var r in a.Retention)
                {
                    md.Append("| ").Append(MarkdownText.Escape(r.AppliesTo == "*" ? l["md.allData"] : l.Category(r.AppliesTo)))
                      .Append(" | ").Append(MarkdownText.Escape(r.Description))
                      .Append(" |\n");
                }
                md.Append('\n');
            }
            else
            {
                md.Append("| ").Append(l["md.dataCategory"]).Append(" | ").Append(l["md.period"]).Append(" | ").Append(l["md.rule"]).Append(" | ")
                  .Append(l["md.duration"]).Append(" | ").Append(l["md.trigger"]).Append(" | ").Append(l["md.archive"]).Append(" |\n|---|---|---|---|---|---|\n");
                foreach (var r in a.Retention)
                {
                    md.Append("| ").Append(MarkdownText.Escape(r.AppliesTo == "*" ? l["md.allData"] : l.Category(r.AppliesTo)))
                      .Append(" | ").Append(MarkdownText.Escape(r.Description))
                      .Append(" | ").Append(r.Text is null ? "" : MarkdownText.Code(r.Text))
                      .Append(" | ").Append(MarkdownText.Escape(r.Duration))
                      .Append(" | ").Append(r.Trigger is null ? "" : MarkdownText.Code(r.Trigger))
                      .Append(" | ").Append(MarkdownText.Escape(r.ArchiveDuration))
                      .Append(" |\n");
                }
                md.Append('\n');
            }

            md.Append("### ").Append(l["md.fields"]).Append("\n\n");
            if (a.Fields.Count == 0)
            {
                md.Append(l["md.noField"]).Append("\n\n");
                return;
            }
            if (l.IsFrench)
            {
                WriteFrenchFields(md, a, l);
                return;
            }
            md.Append("| ").Append(l["md.dataSet"]).Append(" | ").Append(l["md.type"]).Append(" | ").Append(l["md.member"]).Append(" | ").Append(l["md.category"])
              .Append(" | ").Append(l["md.purposes"]).Append(" | ").Append(l["md.retention"]).Append(" | ").Append(l["md.protection"]).Append(" |\n|---|---|---|---|---|---|---|\n");
            foreach (var f in a.Fields)
            {
                md.Append("| ").Append(MarkdownText.Escape(f.DataSet))
                  .Append(" | ").Append(MarkdownText.Escape(f.Type))
                  .Append(" | ").Append(MarkdownText.Escape(f.IsStatic ? f.Member + " (" + l["md.static"] + ")" : f.Member))
                  .Append(" | ").Append(MarkdownText.Escape(l.Category(f.Category)))
                  .Append(" | ").Append(MarkdownText.List(f.Purposes, ""))
                  .Append(" | ").Append(f.NotStored is not null ? l["md.notStored"] : f.Retention is null ? l["notStated"] : MarkdownText.Code(f.Retention))
                  .Append(" | ").Append(MarkdownText.Escape(Protection(f, l) + (string.IsNullOrWhiteSpace(f.ToConfirm) ? "" : "; " + l["toConfirm"] + Colon(l) + f.ToConfirm)))
                  .Append(" |\n");
            }
            md.Append('\n');
        }

        /// <summary>
        /// The fields in French: each datum by its data set and its label, its purposes by their activities' names, its
        /// retention in words; no C# type or member, no rule in the retention language (both are in the English file).
        /// </summary>
        private static void WriteFrenchFields(StringBuilder md, RegisterActivity a, Lexicon l)
        {
            md.Append("| ").Append(l["md.dataSet"]).Append(" | ").Append(l["md.datum"]).Append(" | ").Append(l["md.category"])
              .Append(" | ").Append(l["md.retention"]).Append(" | ").Append(l["md.protection"]).Append(" |\n|---|---|---|---|---|\n");
            foreach (var f in a.Fields)
            {
                var retention = f.NotStored is not null ? l["md.notStored"]
                    : f.Retention is null ? l.NotStated("fp")
                    : a.Retention.FirstOrDefault(r => r.AppliesTo == f.Category && r.Text == f.Retention)?.Description ?? l.NotStated("fp");
                md.Append("| ").Append(MarkdownText.Escape(f.DataSet))
                  .Append(" | ").Append(MarkdownText.Escape(f.IsStatic ? f.Label + " (" + l["md.static"] + ")" : f.Label))
                  .Append(" | ").Append(MarkdownText.Escape(l.Category(f.Category)))
                  .Append(" | ").Append(MarkdownText.Escape(retention))
                  .Append(" | ").Append(MarkdownText.Escape(Protection(f, l) + (string.IsNullOrWhiteSpace(f.ToConfirm) ? "" : " ; " + l["toConfirm"] + Colon(l) + f.ToConfirm)))
                  .Append(" |\n");
            }
            md.Append('\n');
        }

        private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);

        /// <summary>
        /// How the words for an empty value agree, in French, with the item they stand for (<see cref="Lexicon.NotStated"/>):
        /// "Données sensibles : aucune", "Destinataires : services internes : non renseignés".
        /// </summary>
        private static readonly Dictionary<string, string> Agreement = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["dataSubjects"] = "fp", ["recipients"] = "mp", ["internalRecipients"] = "mp", ["thirdPartyRecipients"] = "mp", ["processors"] = "mp",
            ["jointControllers"] = "mp", ["transfers"] = "m", ["securityChecklist"] = "fp", ["securityMeasures"] = "fp",
        };

        private static string AgreementOf(string key) => Agreement.TryGetValue(key, out var agreement) ? agreement : "m";

        /// <summary>The activity's fields that read as more than their text or list; any other field is shown by <see cref="Value"/>.</summary>
        private static readonly Dictionary<string, Func<RegisterActivity, Lexicon, string>> ActivityValues = new Dictionary<string, Func<RegisterActivity, Lexicon, string>>
        {
            ["legalBasis"] = Basis,
            ["specialCategoryCondition"] = (a, l) => a.SpecialCategoryCondition is null || a.SpecialCategoryCondition == "None" ? "" : MarkdownText.Escape(l.Condition(a.SpecialCategoryCondition)),
            ["dataCategories"] = (a, l) => MarkdownText.List(a.DataCategories.Select(l.Category), l["md.noneAnnotated"]),
            ["processors"] = (a, l) => a.Processors.Count == 0 ? l.NotStated(AgreementOf("processors")) : string.Join("; ", a.Processors.Select(p => Processor(p, l))),
            ["transfers"] = (a, l) => a.Transfers.Count == 0 ? l.None(AgreementOf("transfers")) : string.Join("; ", a.Transfers.Select(t => Transfer(t, l))),
            ["dpia"] = (a, l) => Dpia(a.Dpia, l),
            ["securityChecklist"] = (a, l) => MarkdownText.List(a.SecurityChecklist.Select(l.SecurityMeasure), l.NotStated(AgreementOf("securityChecklist"))),
            ["securityMeasures"] = (a, l) => MarkdownText.List(a.SecurityMeasures.Where(m => !SecurityFacts.IsDerived(m)), l.None(AgreementOf("securityMeasures"))),
        };

        /// <summary>A text as it is; a list joined, or the schema's word for an empty one.</summary>
        private static string Value(RegisterProperty property, object owner, Lexicon l) => property.Kind switch
        {
            RegisterValueKind.Texts => MarkdownText.List(property.GetTexts(owner), Empty(property, l)),
            _ => MarkdownText.Escape(property.GetText(owner)),
        };

        private static string Empty(RegisterProperty property, Lexicon l) => property.Empty switch
        {
            RegisterEmpty.NotStated => l.NotStated(AgreementOf(property.Key)),
            RegisterEmpty.None => l.None(AgreementOf(property.Key)),
            _ => "",
        };

        /// <summary>How a field is protected, in the words the law uses: encrypted, pseudonymised, hashed (one-way), redacted in output.</summary>
        internal static string Protection(RegisterField f, Lexicon l)
        {
            var words = new List<string>();
            if (f.Encrypted) words.Add(l["protect.encrypted"]);
            if (f.Pseudonymised) words.Add(l["protect.pseudonymised"]);
            if (f.Hashed) words.Add(l["protect.hashed"]);
            words.Add(l["protect.redacted", RedactionWords(f.Redaction, l)]);
            return string.Join(", ", words);
        }

        private static string RedactionWords(string redaction, Lexicon l) =>
            redaction is "Erase" or "Mask" or "Hash" ? l["redaction." + redaction] : redaction;

        /// <summary>The security facts the fields state, in the reader's language (the register's derived measures).</summary>
        /// <summary>The DPO named, "none designated" once confirmed, else "not stated" and to confirm.</summary>
        internal static string Dpo(RegisterController c, Lexicon l) =>
            c.DataProtectionOfficer ?? (c.NoDataProtectionOfficer ? l["noDpo"] : l["dpoToConfirm"]);

        internal static IEnumerable<string> FieldFacts(IReadOnlyList<RegisterField> fields, Lexicon l)
        {
            // In French, data by its data set and label ("Facturation : IBAN"): no C# name in the DPO's file.
            string Names(IEnumerable<RegisterField> some) => string.Join(", ", some.Select(f => l.IsFrench ? f.DataSet + " (" + f.Label + ")" : NaturalNames.ShortTypeName(f.Type) + "." + f.Member).Distinct());
            if (fields.Any(f => f.Encrypted)) yield return l["fact.Encrypted", Names(fields.Where(f => f.Encrypted))];
            if (fields.Any(f => f.Pseudonymised)) yield return l["fact.Pseudonymised", Names(fields.Where(f => f.Pseudonymised))];
            if (fields.Any(f => f.Hashed)) yield return l["fact.Hashed", Names(fields.Where(f => f.Hashed))];
            if (fields.Count > 0) yield return l["fact.Redacted", fields.Count == 1 ? l["fact.field"] : l["fact.fields", fields.Count]];
        }

        private static string Processor(RegisterProcessor p, Lexicon l) =>
            MarkdownText.Escape(p.Name) + (p.Country is null ? "" : " (" + MarkdownText.Escape(p.Country) + ")")
            + (p.Contract is null ? "" : ", " + MarkdownText.Escape(l["md.contract", p.Contract]))
            + (p.ToConfirm is null ? "" : " (" + l["toConfirm"] + Colon(l) + MarkdownText.Escape(p.ToConfirm) + ")");

        private static string Transfer(RegisterTransfer t, Lexicon l) =>
            MarkdownText.Escape(t.Recipient) + " (" + (t.Country is null ? l["countryNotIdentified"] : MarkdownText.Escape(t.Country)) + ", " + MarkdownText.Escape(l.Safeguard(t.Safeguard))
            + (string.IsNullOrEmpty(t.AdditionalSafeguards) ? "" : ", " + MarkdownText.Escape(t.AdditionalSafeguards)) + ")"
            + (t.ToConfirm is null ? "" : " (" + l["toConfirm"] + Colon(l) + MarkdownText.Escape(t.ToConfirm) + ")");

        private static string Dpia(RegisterDpia d, Lexicon l)
        {
            var words = l.Dpia(d.Status);
            if (d.Reference is not null) words += ", " + l["md.dpiaReference", d.Reference];
            if (d.Date is not null) words += " " + l["md.dpiaDate", d.Date];
            if (d.Reason is not null) words += Colon(l) + d.Reason;
            return MarkdownText.Escape(words);
        }

        /// <summary>French typography puts a space before the colon.</summary>
        private static string Colon(Lexicon l) => l.IsFrench ? " : " : ": ";

        private static bool IsSensitive(string category)
        {
            for (var candidate = DataCategory.Identification; candidate <= DataCategory.Professional; candidate++)
            {
                if (candidate.ToString() == category) return DataCategoryFacts.IsSensitive(candidate);
            }
            return false;
        }

        /// <summary>
        /// One period: its description. Several: each with the categories it applies to, separated by semicolons, so a
        /// reader never has to guess which period goes with which data.
        /// </summary>
        private static string RetentionSummary(RegisterActivity a, Lexicon l)
        {
            var periods = a.Retention.GroupBy(r => r.Description).ToList();
            if (periods.Count == 0) return l.NotStated("fp");
            if (periods.Count == 1) return MarkdownText.Escape(periods[0].Key);
            return string.Join("; ", periods.Select(p =>
                MarkdownText.List(p.Select(r => r.AppliesTo == "*" ? l["md.allData"] : l.Category(r.AppliesTo)).Distinct(), "") + Colon(l) + MarkdownText.Escape(p.Key)));
        }

        private static string Basis(RegisterActivity a, Lexicon l) =>
            a.LegalBasis is null ? l["md.noneDeclared"]
            : LegalBasisFacts.TryParse(a.LegalBasis, out _) ? MarkdownText.Escape(l.Basis(a.LegalBasis) + " (" + l.BasisArticle(a.LegalBasis) + ")")
            : MarkdownText.Escape(a.LegalBasis);

        private static void Row(StringBuilder md, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) md.Append("| ").Append(name).Append(" | ").Append(MarkdownText.Escape(value)).Append(" |\n");
        }

        private static void Item(StringBuilder md, Lexicon l, string name, string value)
        {
            if (value.Length > 0) md.Append("- **").Append(name).Append(l.IsFrench ? " :** " : ":** ").Append(value).Append('\n');
        }
    }
}
